#!/usr/bin/env bash
# A throwaway PostgreSQL server for the data-test suite (test/data-tests/postgres.test.ts), on a free local port.
#   source .ci/postgres.sh start   installs Debian's postgresql if missing, starts a server in a temporary folder
#                                  and exports PGHOST, PGPORT, PGUSER and PGDATABASE for the tests
#   .ci/postgres.sh stop           stops it and deletes its folder (also: dclens_pg_stop after sourcing)
# The server trusts local connections only (127.0.0.1 and its socket folder) and holds nothing but test data.
dclens_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

dclens_pg_start() {
  if [ -z "$(dclens_pg_bin)" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin; bin=$(dclens_pg_bin)
  [ -n "$bin" ] || { echo "postgresql is not installed" >&2; return 1; }
  DCLENS_PG_DIR=$(mktemp -d /tmp/dclens-pg.XXXXXX)
  local port; port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  # initdb and the server refuse to run as root: run them as the postgres user the Debian package creates.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$DCLENS_PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$DCLENS_PG_DIR/data" -A trust -U dclens >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$DCLENS_PG_DIR/data" -l "$DCLENS_PG_DIR/server.log" -w \
    -o "-p $port -k $DCLENS_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null || {
    cat "$DCLENS_PG_DIR/server.log" >&2; return 1; }
  export DCLENS_PG_DIR PGHOST=127.0.0.1 PGPORT=$port PGUSER=dclens PGDATABASE=postgres
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

dclens_pg_stop() {
  [ -n "${DCLENS_PG_DIR:-}" ] && [ -d "$DCLENS_PG_DIR/data" ] || return 0
  local bin; bin=$(dclens_pg_bin)
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$DCLENS_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DCLENS_PG_DIR"
}

case "${1:-}" in
  start) dclens_pg_start ;;
  stop) dclens_pg_stop ;;
esac
