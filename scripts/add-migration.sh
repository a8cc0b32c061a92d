#!/usr/bin/env bash
# Adds a migration named $1 for both databases, each in its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Casewell --startup-project src/Casewell \
    --context "${provider}CasewellDbContext" --output-dir "Data/${provider}/Migrations" \
    --namespace "Casewell.Data.${provider}.Migrations"
done
