#!/usr/bin/env bash
# The auditor's filters on millions of audit entries (issue 8, Audit 5), on PostgreSQL:
#   1. creates a database of its own (casewell_audit_bench by default), migrates it with the built server, and fills
#      AuditEntries with ROWS generated rows (bulk SQL; MACs are not computed, so verify-audit fails on them: this
#      measures reading, not the chain) and AuditEntryClients with 5 clients per list read;
#   2. starts the server on it and times each filter's first page through GET /api/v1/audit as an auditor
#      (the handler's own queries, its access check and its AuditTrail.Viewed entry), median of RUNS after one warm-up;
#   3. prints the plan of each of the handler's queries (EXPLAIN ANALYZE of the SQL EF logged), and drops the database.
#
#   bench/audit-trail.sh [path/to/Casewell.Web.dll]
#
# BENCH_POSTGRES names the server (default: the local test server); ROWS (3000000), RUNS (5), BENCH_PORT (5097),
# EXTRA_INDEXES=1 adds the indexes the audit-store migration brings (EntityType, EntityId, Sequence),
# (Action, Sequence) and (OccurredAt), for a before/after. KEEP=1 keeps the database.
set -euo pipefail
cd "$(dirname "$0")/.."
dll=$(realpath "${1:-src/Casewell.Web/bin/Release/net10.0/Casewell.Web.dll}")
rows=${ROWS:-3000000}; runs=${RUNS:-5}; port=${BENCH_PORT:-5097}; db=${BENCH_DB:-casewell_audit_bench}
server=${BENCH_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=casewell_ci;Password=ci"}
out=${BENCH_DIR:-/tmp/casewell-audit-bench}; mkdir -p "$out"
pg() { PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server")" "$@"; }

case "$db" in casewell_bench*) echo "casewell_bench* belongs to the main benchmark; choose another BENCH_DB" >&2; exit 2 ;; esac
pg -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
[ "${KEEP:-0}" = 1 ] || trap '[ -z "${pid:-}" ] || kill "$pid" 2>/dev/null || true; pg -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT

export Database__Provider=Postgres ConnectionStrings__Casewell="$server;Database=$db" Logging__LogLevel__Default=Warning
Security__FieldEncryptionKey=$(openssl rand -base64 32); export Security__FieldEncryptionKey
(cd "$(dirname "$dll")" && dotnet "$dll" migrate) >/dev/null
password=$(openssl rand -hex 16)
(cd "$(dirname "$dll")" && dotnet "$dll" create-user --email auditor@bench.example --name "Bench Auditor" --role Auditor --password-stdin <<<"$password") >/dev/null

echo "== Filling $rows entries"
started=$(date +%s)
pg -d "$db" <<SQL
-- A month partition for each month of the year the entries span, as a year of running Casewell leaves them.
SELECT casewell_audit_create_month(now() - make_interval(months => m)) FROM generate_series(0, 12) m;
-- Deterministic, spread like a year of an agency: 400 staff, 100,000 clients, 150,000 cases, newest last.
CREATE FUNCTION pg_temp.id(prefix int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  \$\$ SELECT (lpad(to_hex(prefix), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid \$\$;
INSERT INTO "AuditEntries" ("Id", "OccurredAt", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "ClientId", "Details", "Mac", "EncodingVersion", "Source")
SELECT pg_temp.id(9, g), now() - interval '365 days' + g * (interval '365 days' / $rows),
       pg_temp.id(1, g % 400), 'Staff ' || (g % 400), k.action, k.type, k.entity, k.client, k.details, '\x00'::bytea,
       2, '10.0.' || (g % 400 / 250) || '.' || (g % 250)
FROM generate_series(1::bigint, $rows) g,
LATERAL (SELECT (g * 2654435761) % 1000 AS r, pg_temp.id(2, (g * 7919) % 100000) AS c, pg_temp.id(3, (g * 104729) % 150000) AS k) x,
LATERAL (SELECT * FROM (VALUES
  (x.r < 400, 'Client.Viewed', 'Client', x.c::text, x.c, NULL),
  (x.r >= 400 AND x.r < 650, 'Case.Viewed', 'Case', x.k::text, x.c, NULL),
  (x.r >= 650 AND x.r < 750, 'Caseload.Listed', 'Caseload', NULL, NULL, '5 shown'),
  (x.r >= 750 AND x.r < 800, 'Client.Updated', 'Client', x.c::text, x.c, 'Phone'),
  (x.r >= 800 AND x.r < 850, 'CaseTask.Created', 'CaseTask', pg_temp.id(4, g)::text, x.c, NULL),
  (x.r >= 850 AND x.r < 930, 'Staff.SignedIn', 'StaffUser', pg_temp.id(1, g % 400)::text, NULL, 'session'),
  (x.r >= 930 AND x.r < 950, 'Staff.SignInFailed', 'StaffUser', NULL, NULL, 'wrong password'),
  (x.r >= 950 AND x.r < 980, 'Case.TimelineViewed', 'Case', x.k::text, x.c, NULL),
  (x.r >= 980 AND x.r < 990, 'Client.AccessRefused', 'Client', x.c::text, x.c, 'read'),
  (x.r >= 990 AND x.r < 995, 'Case.AccessRefused', 'Case', x.k::text, x.c, 'read'),
  (x.r >= 995 AND x.r < 998, 'Endpoint.AccessRefused', 'Endpoint', '/api/v1/audit', NULL, 'GET'),
  (x.r = 998, 'EmergencyAccess.Opened', 'Client', x.c::text, x.c, 'reason'),
  (x.r = 999, 'AuditTrail.Viewed', 'AuditTrail', NULL, NULL, 'all entries')
) v(hit, action, type, entity, client, details) WHERE v.hit) k;
INSERT INTO "AuditEntryClients" ("EntryId", "ClientId", "OccurredAt")
SELECT a."Id", pg_temp.id(2, (a."Sequence" * 31 + s * 977) % 100000), a."OccurredAt"
FROM "AuditEntries" a, generate_series(0, 4) s WHERE a."Action" = 'Caseload.Listed';
SQL
if [ "${EXTRA_INDEXES:-0}" = 1 ]; then
  pg -d "$db" -c 'CREATE INDEX ON "AuditEntries" ("EntityType", "EntityId", "Sequence")' \
    -c 'CREATE INDEX ON "AuditEntries" ("Action", "Sequence")' -c 'CREATE INDEX ON "AuditEntries" ("OccurredAt")'
fi
pg -d "$db" -c 'VACUUM ANALYZE "AuditEntries"' -c 'VACUUM ANALYZE "AuditEntryClients"'
echo "filled in $(( $(date +%s) - started )) s: $(pg -d "$db" -At -c 'SELECT count(*) FROM "AuditEntries"') entries, $(pg -d "$db" -At -c 'SELECT count(*) FROM "AuditEntryClients"') shown clients"

echo "== Server"
# The generated entries carry no MACs; the sealer is slowed to one entry a minute so it does not compete for the cores.
export Audit__SealInterval=00:01:00 Audit__SealBatchSize=1
(cd "$(dirname "$dll")" && exec env 'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information' dotnet "$dll" --urls http://127.0.0.1:$port) > "$out/server.log" 2>&1 &
pid=$!
for _ in $(seq 120); do curl -fsS http://127.0.0.1:$port/healthz >/dev/null 2>&1 && break; sleep 1; done
curl -fsS -o /dev/null -c "$out/jar" -H 'Content-Type: application/json' -d "{\"email\":\"auditor@bench.example\",\"password\":\"$password\"}" http://127.0.0.1:$port/api/v1/session
cookie=$(awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " } /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; " }' "$out/jar")

client=$(pg -d "$db" -At -c "SELECT '00000002-0000-4000-8000-' || lpad(to_hex(4242), 12, '0')")
actor=$(pg -d "$db" -At -c "SELECT '00000001-0000-4000-8000-' || lpad(to_hex(7), 12, '0')")
case_id=$(pg -d "$db" -At -c "SELECT '00000003-0000-4000-8000-' || lpad(to_hex(4242), 12, '0')")
week=$(date -u -d '6 days ago' +%F); today=$(date -u +%F); month=$(date -u -d '30 days ago' +%F)
middle=$(( rows / 2 ))
filters=(
  "newest page|"
  "client (named and shown)|clientId=$client"
  "staff member|actorId=$actor"
  "case|caseId=$case_id"
  "refused accesses|group=Refusals"
  "emergency access|group=EmergencyAccess"
  "what did this user open last week|actorId=$actor&group=Reads&from=$week&to=$today"
  "one day a month ago|from=$month&to=$month"
  "client's refusals|clientId=$client&group=Refusals"
  "one action, halfway down|action=Client.Updated&before=$middle"
  "CSV export of the client|EXPORT clientId=$client"
)
printf '| filter | rows | median ms | min ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n' | tee "$out/results.md"
for f in "${filters[@]}"; do
  name=${f%%|*}; query=${f#*|}; url="http://127.0.0.1:$port/api/v1/audit?$query&pageSize=50"
  [[ $query == EXPORT* ]] && url="http://127.0.0.1:$port/api/v1/audit/export?${query#EXPORT }"
  curl -fsS -o "$out/body" -H "Cookie: $cookie" "$url"
  times=$(for _ in $(seq "$runs"); do curl -fsS -o "$out/body" -w '%{time_total}\n' -H "Cookie: $cookie" "$url"; done | sort -n)
  count=$([[ $query == EXPORT* ]] && echo $(( $(wc -l < "$out/body") - 1 )) || python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$out/body")
  awk -v name="$name" -v count="$count" '{ t[NR] = $1 * 1000 } END { printf "| %s | %d | %.1f | %.1f | %.1f |\n", name, count, t[int((NR + 1) / 2)], t[1], t[NR] }' <<<"$times" | tee -a "$out/results.md"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.md"
# The SQL the handler sent, for EXPLAIN: the distinct audit queries in the server's log.
grep -A12 'FROM "AuditEntries"' "$out/server.log" > "$out/queries.log" || true
echo "raw figures in $out"
