#!/usr/bin/env bash
# Probes the running app's search and list endpoints for SQL injection with sqlmap (Debian's package), signed in as
# the demo accounts that may use them, on a fresh small demo database:
#
#   bench/sqlmap.sh [sqlite|postgres]
#
# Exit code 0 when sqlmap finds no injectable parameter on any target, 1 when it finds one (its log names it) or the
# server failed a request, 2 when the run itself could not be made or a target ran out of time. SQLMAP_DIR (default
# /tmp/casewell-sqlmap-<provider>) holds the database, the logs and sqlmap's session files; SQLMAP_LEVEL (default 2)
# and SQLMAP_RISK (default 1) set sqlmap's thoroughness: risk 1 keeps to payloads that cannot change data (risk 3
# adds OR-based ones, which on an injectable UPDATE would rewrite every row); SQLMAP_TARGET_SECONDS (600) bounds each
# target; SQLMAP_POSTGRES is the PostgreSQL server (default: the local test server), on which database
# casewell_sqlmap is dropped and made again; SQLMAP_PORT (5091) is the server's port. The summary (target,
# parameters tested, result, seconds) is printed at the end and written to $SQLMAP_DIR/summary.tsv. SQLMAP_ONLY, a
# regular expression, runs only the targets whose name it matches (e.g. SQLMAP_ONLY=audit).
set -euo pipefail
cd "$(dirname "$0")/.."

provider=${1:-sqlite}
dir=${SQLMAP_DIR:-/tmp/casewell-sqlmap-$provider}
level=${SQLMAP_LEVEL:-2}
risk=${SQLMAP_RISK:-1}
port=${SQLMAP_PORT:-5091}
target_seconds=${SQLMAP_TARGET_SECONDS:-600}
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

# Real ids for the routes that need one: the supervisor's first team, and a client the intake worker can find.
team=$(curl -fsS -H "Cookie: $supervisor" "$base/api/v1/team-caseloads" | jq -r '[.. | objects | .teamId? // empty][0]')
client=$(curl -fsS -H "Cookie: $intake" "$base/api/v1/clients?q=a&pageSize=1" | jq -r '[.. | objects | (.clientId? // .id?) // empty][0]')
actor=$(curl -fsS -H "Cookie: $auditor" "$base/api/v1/audit?pageSize=1" | jq -r '[.. | objects | .actorId? // empty][0]')
case_id=$(curl -fsS -H "Cookie: $worker" "$base/api/v1/caseload?pageSize=1" | jq -r '[.. | objects | .caseId? // empty][0]')
for id in "$team" "$client" "$actor" "$case_id"; do [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || { echo "a demo id could not be read (team $team, client $client, actor $actor, case $case_id)" >&2; exit 2; }; done

# target name, cookie, url, the parameters sqlmap tests (-p; empty: the points marked '*' in the url, for route ids),
# optional JSON body. Naming the parameters keeps sqlmap off the session cookie, which level 2 would test as well
# and which only signs the request out.
targets=$dir/targets
printf '%s\037%s\037%s\037%s\037%s\n' \
  client-search "$intake" "$base/api/v1/clients?q=smith&page=1&pageSize=25" "q,page,pageSize" "" \
  my-caseload "$worker" "$base/api/v1/caseload?status=Open&priority=High&sort=NextDue&descending=true&overdueOnly=false&page=1&pageSize=25" \
    "status,priority,sort,descending,overdueOnly,page,pageSize" "" \
  team-queue "$supervisor" "$base/api/v1/teams/$team/queue?page=1&pageSize=25" "page,pageSize" "" \
  team-queue-id "$supervisor" "$base/api/v1/teams/$team*/queue" "" "" \
  team-caseloads "$supervisor" "$base/api/v1/team-caseloads*" "" "" \
  my-tasks "$worker" "$base/api/v1/tasks/mine?due=overdue&page=1&pageSize=10" "due,page,pageSize" "" \
  contacts-due "$worker" "$base/api/v1/my-work/contacts-due?page=1&pageSize=10" "page,pageSize" "" \
  audit-trail "$auditor" "$base/api/v1/audit?clientId=$client&actorId=$actor&pageSize=20&before=9999" "clientId,actorId,pageSize,before" "" \
  audit-filters "$auditor" "$base/api/v1/audit?caseId=$case_id&action=Client.Viewed&group=Reads&from=2026-01-01&to=2026-12-31&pageSize=20" \
    "caseId,action,group,from,to" "" \
  audit-export "$auditor" "$base/api/v1/audit/export?clientId=$client&group=Refusals&from=2026-01-01&to=2026-12-31" "clientId,group,from,to" "" \
  accounting "$auditor" "$base/api/v1/clients/$client/disclosures/accounting?format=json" "format" "" \
  accounting-id "$auditor" "$base/api/v1/clients/$client*/disclosures/accounting" "" "" \
  restrictions "$auditor" "$base/api/v1/restrictions?page=1&pageSize=25" "page,pageSize" "" \
  duplicate-check "$intake" "$base/api/v1/clients/duplicate-candidates" "" \
    '{"givenName":"Maria*","familyName":"Lopez*","birthDate":"1980-02-03*"}' > "$targets"

summary=$dir/summary.tsv
printf 'target\tparameters\tresult\tseconds\n' > "$summary"
found=0
run_started=$SECONDS
# Fields split on the unit separator, not on tabs: read merges runs of tabs, and would lose an empty field.
while IFS=$'\037' read -r name cookie url params body; do
  [[ "$name" =~ ${SQLMAP_ONLY:-.} ]] || continue
  echo "== sqlmap: $name"
  args=(--batch --flush-session --level "$level" --risk "$risk" --output-dir "$dir/sqlmap" --cookie "$cookie" -u "$url"
    --skip-waf --disable-coloring --timeout 15 --retries 1 --time-sec 3)
  [ -n "$params" ] && args+=(-p "$params")
  [ -n "$body" ] && args+=(--data "$body" --headers "Content-Type: application/json")
  started=$SECONDS
  timeout "$target_seconds" sqlmap "${args[@]}" > "$dir/$name.log" 2>&1 || true
  seconds=$((SECONDS - started))
  parameters=$(grep -oE "parameter '[^']+' (does not seem to be|is|appears to be)" "$dir/$name.log" | cut -d"'" -f2 | sort -u | paste -sd, -)
  if grep -qiE "is vulnerable|appears to be .*injectable|identified the following injection point" "$dir/$name.log"; then
    result=INJECTABLE; found=1
  elif grep -q "all tested parameters do not appear to be injectable" "$dir/$name.log"; then
    result="not injectable"
  else
    result="did not finish"; [ "$found" = 1 ] || found=2
  fi
  echo "  $result; parameters: ${parameters:-none}; ${seconds} s (log: $dir/$name.log)"
  printf '%s\t%s\t%s\t%s\n' "$name" "${parameters:-none}" "$result" "$seconds" >> "$summary"
done < "$targets"
if grep -qi 'unhandled exception' "$dir/server.log"; then echo "the server failed a request during the run: see $dir/server.log"; found=1; fi
echo "== $provider, level $level, risk $risk: $((SECONDS - run_started)) s in all"
column -t -s $'\t' "$summary"
exit "$found"
