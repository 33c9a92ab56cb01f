# Sourced (not run) by .ci/run and scripts/test-postgres.sh: a throwaway PostgreSQL cluster for the
# team-mode tests, in a temp folder, on a free port of 127.0.0.1, stopped and deleted by
# dialdesk_pg_stop. Debian's packages (postgresql, 15 on the project's machines).
#
#   dialdesk_pg_start   installs postgresql if missing, starts the cluster, creates the test
#                       database and exports DIALDESK_TEST_POSTGRES (a JDBC URL with user and
#                       password), DIALDESK_TEST_POSTGRES_DATA (the cluster's data folder) and
#                       DIALDESK_TEST_POSTGRES_CTL (a script: `stop` = pg_ctl stop -m immediate,
#                       `start` = pg_ctl start with the same options, as the cluster's owner; the
#                       outage tests stop the server in the middle of a shift and start it again)
#   dialdesk_pg_stop    stops the cluster and removes its folder (safe to call twice)

dialdesk_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

dialdesk_pg_install() {
  if [ -n "$(dialdesk_pg_bin)" ] && [ -x "$(dialdesk_pg_bin)/initdb" ]; then
    return 0
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing PostgreSQL from Debian's packages (apt-get install postgresql)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql
  # The package starts its own cluster on 5432; the tests use their own, so stop that one.
  command -v pg_ctlcluster >/dev/null 2>&1 && $sudo pg_ctlcluster --skip-systemctl-redirect \
    "$(basename "$(dirname "$(dialdesk_pg_bin)")")" main stop 2>/dev/null || true
}

# Runs a PostgreSQL server program as the cluster's owner: the postgres system user when we are
# root (initdb refuses root), else the current user.
dialdesk_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

dialdesk_pg_free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port between 54320 and 54420 for the test PostgreSQL" >&2
  return 1
}

dialdesk_pg_start() {
  dialdesk_pg_install
  local bin port password
  bin="$(dialdesk_pg_bin)"
  port="$(dialdesk_pg_free_port)"
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  DIALDESK_PG_DIR="$(mktemp -d /tmp/dialdesk-pg.XXXXXX)"
  export DIALDESK_PG_DIR
  printf '%s\n' "$password" > "$DIALDESK_PG_DIR/pwfile"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$DIALDESK_PG_DIR"; fi
  dialdesk_pg_as_owner "$bin/initdb" -D "$DIALDESK_PG_DIR/data" -U dialdesk_test \
    --pwfile="$DIALDESK_PG_DIR/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIALDESK_PG_DIR/initdb.log"
  rm -f "$DIALDESK_PG_DIR/pwfile"
  # A throwaway cluster: no fsync. Enough connections for the 20-agent claim test and a pool each;
  # DIALDESK_PG_MAX_CONNECTIONS raises it (bench --only team with 200 agents and pgbench needs ~420).
  local options="-p $port -k $DIALDESK_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=${DIALDESK_PG_MAX_CONNECTIONS:-200} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  dialdesk_pg_as_owner "$bin/pg_ctl" -D "$DIALDESK_PG_DIR/data" -l "$DIALDESK_PG_DIR/server.log" -w \
    -o "$options" start >/dev/null
  dialdesk_pg_write_ctl "$bin" "$options"
  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U dialdesk_test -d postgres -q \
    -c "CREATE DATABASE dialdesk_test"
  export DIALDESK_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$port/dialdesk_test?user=dialdesk_test&password=$password"
  export DIALDESK_TEST_POSTGRES_DATA="$DIALDESK_PG_DIR/data"
  export DIALDESK_TEST_POSTGRES_CTL="$DIALDESK_PG_DIR/ctl.sh"
  echo "Test $("$bin/postgres" --version) on 127.0.0.1:$port (data in $DIALDESK_PG_DIR)"
}

# Writes $DIALDESK_PG_DIR/ctl.sh: `ctl.sh stop` (immediate: as a crash or a pulled cable looks to
# the desks) and `ctl.sh start` (the same options as dialdesk_pg_start), as the cluster's owner.
dialdesk_pg_write_ctl() {
  local bin="$1" options="$2" as_owner=""
  [ "$(id -u)" = 0 ] && as_owner="runuser -u postgres --"
  cat >"$DIALDESK_PG_DIR/ctl.sh" <<CTL
#!/bin/sh
set -e
case "\$1" in
  stop)  exec $as_owner "$bin/pg_ctl" -D "$DIALDESK_PG_DIR/data" -m immediate -w stop ;;
  start) exec $as_owner "$bin/pg_ctl" -D "$DIALDESK_PG_DIR/data" -l "$DIALDESK_PG_DIR/server.log" -w -o "$options" start ;;
  *)     echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
  chmod 755 "$DIALDESK_PG_DIR/ctl.sh"
}

dialdesk_pg_stop() {
  if [ -n "${DIALDESK_PG_DIR:-}" ] && [ -d "$DIALDESK_PG_DIR/data" ]; then
    dialdesk_pg_as_owner "$(dialdesk_pg_bin)/pg_ctl" -D "$DIALDESK_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${DIALDESK_PG_DIR:-}" ]; then
    rm -rf "$DIALDESK_PG_DIR"
  fi
  DIALDESK_PG_DIR=""
}
