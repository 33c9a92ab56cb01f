#!/usr/bin/env bash
# Runs the team-mode (PostgreSQL) tests on a developer machine the way CI does: a throwaway cluster
# in a temp folder (installed from Debian's packages if missing), DIALDESK_TEST_POSTGRES pointing at
# it, and the Maven arguments given (default: every PostgreSQL test class), then the cluster is
# stopped and removed.
#
#   scripts/test-postgres.sh                                   the PostgreSQL tests
#   scripts/test-postgres.sh -o -q test -Dtest=LeadClaimsTest  any Maven arguments
#   scripts/test-postgres.sh --shell                           a shell with the variable set
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=postgres-test-server.sh
. scripts/postgres-test-server.sh
trap dialdesk_pg_stop EXIT
dialdesk_pg_start
export CI="${CI:-true}"
if [ "${1:-}" = "--shell" ]; then
  echo "DIALDESK_TEST_POSTGRES is set; exit the shell to stop the server."
  "${SHELL:-bash}" -i || true
elif [ "$#" -gt 0 ]; then
  mvn -B "$@"
else
  mvn -B -q test -Dtest='dev/dialdesk/storage/postgres/*Test' -Dsurefire.failIfNoSpecifiedTests=false
fi
