#!/usr/bin/env bash
# The whole benchmark in one command, on agency-size demo data:
#   1. seeds the database with `seed-demo --size agency` if it has not been (and times it);
#   2. measures each page's API call in process, median and p95, beside one hand-written SQL query for the
#      same rows (Casewell.Benchmarks);
#   3. starts the server and measures requests per second at a fixed concurrency with wrk;
#   4. writes the figures, the machine and the commands into this database's section of docs/benchmarks.md.
#
#   bench/run.sh [sqlite|postgres]
#
# BENCH_DIR (default /tmp/casewell-bench) holds the SQLite file, the field encryption key, the demo password
# and the raw results. BENCH_POSTGRES is the PostgreSQL connection string (default: the local test server,
# database casewell_bench, which the seed creates). BENCH_ITERATIONS (300), WRK_DURATION (20s),
# WRK_CONNECTIONS (8), WRK_THREADS (2) and BENCH_PORT (5090) tune the run.
set -euo pipefail
cd "$(dirname "$0")/.."

provider=${1:-sqlite}
dir=${BENCH_DIR:-/tmp/casewell-bench}
iterations=${BENCH_ITERATIONS:-300}
duration=${WRK_DURATION:-20s}
connections=${WRK_CONNECTIONS:-8}
threads=${WRK_THREADS:-2}
port=${BENCH_PORT:-5090}
case "$provider" in
  sqlite) db_provider=Sqlite; connection="Data Source=$dir/agency.db" ;;
  postgres) db_provider=Postgres; connection=${BENCH_POSTGRES:-"Host=127.0.0.1;Port=55999;Username=dev;Password=dev;Database=casewell_bench"} ;;
  *) echo "usage: bench/run.sh [sqlite|postgres]" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

out=$dir/$provider
mkdir -p "$out"
[ -s "$dir/field-encryption.key" ] || openssl rand -base64 32 > "$dir/field-encryption.key"
export Database__Provider=$db_provider
export ConnectionStrings__Casewell=$connection
Security__FieldEncryptionKey=$(cat "$dir/field-encryption.key")
export Security__FieldEncryptionKey
export Logging__LogLevel__Default=Warning

echo "== Building (Release)"
dotnet build -c Release -v quiet -nologo src/Casewell.Web >/dev/null
dotnet build -c Release -v quiet -nologo bench/Casewell.Benchmarks >/dev/null

# The demo password is printed once, at seeding; without it the demo accounts cannot sign in.
if [ ! -s "$out/password" ]; then
  echo "== Seeding agency-size demo data ($provider)"
  if [ "$provider" = sqlite ]; then rm -f "$dir"/agency.db "$dir"/agency.db-*; fi
  started=$(date +%s)
  if ! dotnet run -c Release --no-build --project src/Casewell.Web -- seed-demo --size agency | tee "$out/seed.log"; then
    echo "Seeding failed. A PostgreSQL database seeded earlier must be dropped first (its password is lost): DROP DATABASE casewell_bench;" >&2
    exit 1
  fi
  echo $(( $(date +%s) - started )) > "$out/seed-seconds"
  grep -o 'password [a-z-]*' "$out/seed.log" | cut -d' ' -f2 > "$out/password"
fi

echo "== Latency in process, page beside its floor ($iterations iterations each)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
dotnet bench/Casewell.Benchmarks/bin/Release/net10.0/Casewell.Benchmarks.dll --provider "$provider" --connection "$connection" \
  --key "$Security__FieldEncryptionKey" --password "$(cat "$out/password")" --iterations "$iterations" --out "$out"

echo "== Throughput with wrk ($connections connections, $threads threads, $duration a page)"
# The built server, run as `dotnet run -c Release --project src/Casewell.Web` runs it, so that its process id is ours to stop.
(cd src/Casewell.Web && exec dotnet bin/Release/net10.0/Casewell.Web.dll --urls "http://127.0.0.1:$port") > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

throughput=$out/throughput.md
{
  echo "| page | as | requests/s | median ms | p99 ms | non-2xx |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
} > "$throughput"
# wrk prints latencies with units (812.00us, 12.34ms, 1.02s): in milliseconds for the table.
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0; else if (v ~ /s$/) printf "%.0f", v * 1000; else print v }'; }
while IFS=$'\t' read -r slug name caller; do
  script="$out/wrk-$slug.lua"
  wrk -t"$threads" -c"$connections" -d3s -s "$script" "http://127.0.0.1:$port" >/dev/null   # warm-up
  result=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "http://127.0.0.1:$port")
  echo "$result" > "$out/wrk-$slug.txt"
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$result")
  median=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$result")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$result")")
  failed=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$result")
  echo "| $name | $caller | $rps | $median | $p99 | ${failed:-0} |" >> "$throughput"
  echo "  $name: $rps requests/s"
done < "$out/wrk.tsv"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== Writing docs/benchmarks.md"
title=$([ "$provider" = sqlite ] && echo SQLite || echo PostgreSQL)
seeded=$([ -s "$out/seed-seconds" ] && echo "$(cat "$out/seed-seconds") s" || echo "not timed")
counts=$(grep -h -A2 '^Done in' "$out/seed.log" 2>/dev/null | tr '\n' ' ' | sed 's/  */ /g' || true)
server_version=$([ "$provider" = postgres ] && psql --version | head -1 || echo "SQLite bundled with Microsoft.Data.Sqlite")
section=$(mktemp)
{
  echo "<!-- bench:$provider:begin -->"
  echo "### $title"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\` with \`bench/run.sh $provider\`."
  echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM,"
  echo "$(uname -sr), .NET $(dotnet --version), $server_version. The machine is shared with other work: load average"
  echo "$load_before (1, 5, 15 min) before the latency run, $load_after after wrk."
  echo
  echo "Data: \`seed-demo --size agency\` ($seeded): $counts"
  echo
  echo "**Server-side latency**, in process ($iterations requests per page after a warm-up, page and floor in turns):"
  echo
  cat "$out/latency.md"
  echo
  echo "**Requests per second** with wrk against the running server ($connections connections, $threads threads, $duration per page):"
  echo
  cat "$throughput"
  echo "<!-- bench:$provider:end -->"
} > "$section"

doc=docs/benchmarks.md
if grep -q "<!-- bench:$provider:begin -->" "$doc"; then
  awk -v begin="<!-- bench:$provider:begin -->" -v end="<!-- bench:$provider:end -->" -v file="$section" '
    $0 == begin { while ((getline line < file) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0; next }
    !skipping { print }' "$doc" > "$doc.new"
  mv "$doc.new" "$doc"
else
  { echo; cat "$section"; } >> "$doc"
fi
rm -f "$section"
echo "Done: docs/benchmarks.md ($title section); raw results in $out"
