#!/usr/bin/env bash
# Probes the running app's search and list endpoints for SQL injection with sqlmap (Debian's package), signed in as
# the demo accounts that may use them, on a fresh small demo database:
#
#   bench/sqlmap.sh [sqlite|postgres]
#
# Exit code 0 when sqlmap finds no injectable parameter on any target, 1 when it finds one (its log names it), 2 when
# the run itself could not be made. SQLMAP_DIR (default /tmp/casewell-sqlmap) holds the database, the logs and
# sqlmap's session files; SQLMAP_LEVEL (default 2) and SQLMAP_RISK (default 1) set sqlmap's thoroughness;
# SQLMAP_POSTGRES is the PostgreSQL server (default: the local test server), on which database casewell_sqlmap is
# dropped and made again; SQLMAP_PORT (5091) is the server's port.
set -euo pipefail
cd "$(dirname "$0")/.."

provider=${1:-sqlite}
dir=${SQLMAP_DIR:-/tmp/casewell-sqlmap}
level=${SQLMAP_LEVEL:-2}
risk=${SQLMAP_RISK:-1}
port=${SQLMAP_PORT:-5091}
base="http://127.0.0.1:$port"
command -v sqlmap >/dev/null || { echo "sqlmap is missing: apt-get install sqlmap" >&2; exit 2; }

rm -rf "$dir" && mkdir -p "$dir"
case "$provider" in
  sqlite) export Database__Provider=Sqlite ConnectionStrings__Casewell="Data Source=$dir/casewell.db" ;;
  postgres)
    server=${SQLMAP_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=casewell_ci;Password=ci"}
    psql "$(sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/' <<<"$server") dbname=postgres" \
      -qc "DROP DATABASE IF EXISTS casewell_sqlmap" >/dev/null
    export Database__Provider=Postgres ConnectionStrings__Casewell="$server;Database=casewell_sqlmap" ;;
  *) echo "usage: bench/sqlmap.sh [sqlite|postgres]" >&2; exit 2 ;;
esac
Security__FieldEncryptionKey=$(openssl rand -base64 32)
export Security__FieldEncryptionKey Logging__LogLevel__Default=Warning

echo "== Building and seeding a small demo database ($provider)"
dotnet build -c Release -v quiet -nologo src/Casewell.Web >/dev/null
web=src/Casewell.Web/bin/Release/net10.0/Casewell.Web.dll
(cd src/Casewell.Web && dotnet "../../$web" seed-demo --size small) > "$dir/seed.log"
password=$(grep -o 'password [a-z-]*' "$dir/seed.log" | head -1 | cut -d' ' -f2)
account() { awk -v role="$1" '$1 == role { print $2; exit }' "$dir/seed.log"; }

(cd src/Casewell.Web && exec dotnet "../../$web" --urls "$base") > "$dir/server.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$base/healthz" >/dev/null || { echo "the server did not start: see $dir/server.log" >&2; exit 2; }

# The session cookie of a demo account, signed in over the API.
cookie_of() {
  curl -fsS -o /dev/null -D - -H 'Content-Type: application/json' \
    -d "{\"email\":\"$(account "$1")\",\"password\":\"$password\"}" "$base/api/v1/session" |
    awk -F'[ ;]' 'tolower($1) == "set-cookie:" { printf "%s%s", sep, $2; sep = "; " }'
}
worker=$(cookie_of CaseWorker)
intake=$(cookie_of IntakeWorker)
supervisor=$(cookie_of Supervisor)
auditor=$(cookie_of Auditor)
for c in "$worker" "$intake" "$supervisor" "$auditor"; do [ -n "$c" ] || { echo "a demo account could not sign in" >&2; exit 2; }; done

# target name, cookie, url (the '*' marks where sqlmap injects), optional JSON body.
targets=$dir/targets.tsv
printf '%s\t%s\t%s\t%s\n' \
  client-search "$intake" "$base/api/v1/clients?q=smith*&page=1&pageSize=25" "" \
  my-caseload "$worker" "$base/api/v1/caseload?status=Open*&priority=High*&sort=NextDue*&page=1*" "" \
  my-tasks "$worker" "$base/api/v1/tasks/mine?due=overdue*&page=1*" "" \
  contacts-due "$worker" "$base/api/v1/my-work/contacts-due?page=1*&pageSize=10*" "" \
  team-caseloads "$supervisor" "$base/api/v1/team-caseloads*" "" \
  audit-trail "$auditor" "$base/api/v1/audit?pageSize=20*&before=9999*" "" \
  duplicate-check "$intake" "$base/api/v1/clients/duplicate-candidates" \
  '{"givenName":"Maria*","familyName":"Lopez*","birthDate":"1980-02-03*"}' > "$targets"

found=0
while IFS=$'\t' read -r name cookie url body; do
  echo "== sqlmap: $name"
  args=(--batch --flush-session --level "$level" --risk "$risk" --output-dir "$dir/sqlmap" --cookie "$cookie" -u "$url"
    --skip-waf --disable-coloring)
  [ -n "$body" ] && args+=(--data "$body" --headers "Content-Type: application/json")
  sqlmap "${args[@]}" > "$dir/$name.log" 2>&1 || true
  if grep -qiE "is vulnerable|appears to be .*injectable|identified the following injection point" "$dir/$name.log"; then
    echo "  INJECTABLE: see $dir/$name.log"; found=1
  elif grep -q "all tested parameters do not appear to be injectable" "$dir/$name.log"; then
    echo "  no injectable parameter ($(grep -c 'testing ' "$dir/$name.log") tests)"
  else
    echo "  sqlmap did not finish its tests: see $dir/$name.log"; found=2
  fi
done < "$targets"
if grep -qi 'unhandled exception' "$dir/server.log"; then echo "the server failed a request during the run: see $dir/server.log"; found=1; fi
exit "$found"
