#!/usr/bin/env bash
# For CI and a developer's machine (as root, Debian): install PostgreSQL if missing, start it on
# 127.0.0.1, create the test role and database, and print the TEST_DATABASE_URL the suite reads.
# Loopback only; nothing listens beyond this machine.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -n 1)
pg_ctlcluster "$version" main start >&2 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAtc \"select 1 from pg_roles where rolname='nianbao'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role nianbao login password 'nianbao'\"" >&2
su postgres -c "psql -qAtc \"select 1 from pg_database where datname='nianbao_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O nianbao nianbao_test" >&2
echo "postgres://nianbao:nianbao@127.0.0.1:5432/nianbao_test"
