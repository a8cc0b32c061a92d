#!/usr/bin/env bash
# Audited reads per second on PostgreSQL from 8 and from 32 concurrent connections (issue 8), for one built server:
# my caseload, a case, and a client search, as the demo case worker, on a database `bench/run.sh postgres` seeded.
# Run it once per build to compare (for example the commit before a change, then after; the later build migrates
# the database forward on start, so run the older one first):
#
#   bench/concurrent-reads.sh LABEL path/to/Casewell.Web.dll
#
# BENCH_DIR (default /tmp/casewell-bench) holds the seeded database's field key and demo password, as run.sh left
# them; BENCH_POSTGRES is its connection string; the figures are appended to $BENCH_DIR/concurrent-reads.txt.
set -euo pipefail
label=${1:?usage: bench/concurrent-reads.sh LABEL WEB_DLL}; dll=$(realpath "${2:?usage: bench/concurrent-reads.sh LABEL WEB_DLL}")
dir=${BENCH_DIR:-/tmp/casewell-bench}; port=${BENCH_PORT:-5095}; out=$dir/concurrent/$label; mkdir -p "$out"
export Database__Provider=Postgres ConnectionStrings__Casewell="${BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=casewell_ci;Password=ci;Database=casewell_bench};Maximum Pool Size=100"
Security__FieldEncryptionKey=$(cat "$dir/field-encryption.key"); export Security__FieldEncryptionKey Logging__LogLevel__Default=Warning
(cd "$(dirname "$dll")" && exec dotnet "$dll" --urls http://127.0.0.1:$port) > $out/server.log 2>&1 &
server=$!; trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fsS http://127.0.0.1:$port/healthz >/dev/null 2>&1 && break; sleep 1; done
for who in caseworker supervisor; do
  curl -fsS -o /dev/null -c $out/$who.jar -H 'Content-Type: application/json' -d "{\"email\":\"$who@harmoncounty.example\",\"password\":\"$(cat "$dir/postgres/password")\"}" http://127.0.0.1:$port/api/v1/session
  cookie=$(awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " } /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; " }' $out/$who.jar)
  echo "wrk.headers[\"Cookie\"] = \"$cookie\"" > $out/$who.lua
done
case_id=$(curl -fsS -H "Cookie: $(sed 's/.*= "\(.*\)"/\1/' $out/caseworker.lua)" "http://127.0.0.1:$port/api/v1/caseload?pageSize=1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["cases"][0]["caseId"])')
for path in "/api/v1/caseload" "/api/v1/cases/$case_id" "/api/v1/clients?q=smith"; do
  who=caseworker
  for c in 8 32; do
    wrk -t2 -c$c -d3s -s $out/$who.lua "http://127.0.0.1:$port$path" >/dev/null
    r=$(wrk -t2 -c$c -d15s --latency -s $out/$who.lua "http://127.0.0.1:$port$path")
    echo "$label $path c=$c $(awk '/^Requests\/sec/ {print "rps", $2} $1=="50%" {print "p50", $2} $1=="99%" {print "p99", $2} /Non-2xx/ {print "non2xx", $5}' <<<"$r" | tr '\n' ' ') load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$dir/concurrent-reads.txt"
  done
done
