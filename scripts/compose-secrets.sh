#!/usr/bin/env bash
# Writes the Docker secrets docker-compose.yml reads, once: random values, files readable by their
# owner only, under ./secrets (ignored by git and by the image build). Existing files are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p secrets
chmod 700 secrets
umask 077
random() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40; }
[ -s secrets/postgres_password ] || random > secrets/postgres_password
[ -s secrets/gateway_secret ] || random > secrets/gateway_secret
[ -s secrets/auth_secret ] || random > secrets/auth_secret
password="$(cat secrets/postgres_password)"
[ -s secrets/database_owner_url ] || printf 'postgres://wuxi:%s@postgres:5432/postgres' "$password" > secrets/database_owner_url
# Until the application role exists (the database-role split), the services use the owner too;
# then write postgres://wuxi_app:<its password>@postgres:5432/postgres here.
[ -s secrets/database_url ] || cp secrets/database_owner_url secrets/database_url
echo "secrets written to ./secrets"
