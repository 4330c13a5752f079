# Sourced by .ci/run: starts a throw-away PostgreSQL server on loopback for PostgresProfileTest and exports
# LSTM_EXPLORER_TEST_POSTGRES_URL / _USER, so that the "postgres" profile is tested against a real server.
# Its own cluster in a temporary directory (trust authentication, loopback only, a port of its own): it
# never touches a PostgreSQL the machine already runs. Stopped when .ci/run exits.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$pg_bin" ]]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  return 1
fi
pg_port="${LSTM_EXPLORER_CI_PG_PORT:-55432}"
pg_dir="$(mktemp -d /tmp/lstm-explorer-pg.XXXXXX)"
chown postgres: "$pg_dir"
as_postgres() { runuser -u postgres -- "$@"; }
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null
trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null || true; rm -rf "$pg_dir"' EXIT
as_postgres "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE lstm_explorer LOGIN" -c "CREATE DATABASE lstm_explorer OWNER lstm_explorer"
export LSTM_EXPLORER_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/lstm_explorer"
export LSTM_EXPLORER_TEST_POSTGRES_USER=lstm_explorer
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port for PostgresProfileTest"
