#!/usr/bin/env bash
# Creates an AppCDS archive for target/dialdesk.jar: one training launch that quits as soon as its
# window shows (DIALDESK_EXIT_AFTER_STARTUP=1), in a throw-away data folder so that no real database
# is touched. Launching with the archive roughly halves launch-to-window (see docs/data-safety.md).
#
#   scripts/appcds.sh [JAR] [ARCHIVE]          # defaults: target/dialdesk.jar target/dialdesk.jsa
#   java -XX:SharedArchiveFile=target/dialdesk.jsa -jar target/dialdesk.jar
#
# The archive belongs to one build of the jar: rebuild it after every `mvn package` (a stale archive
# is ignored by the JVM with a warning, never misused). Java 17 has no -XX:+AutoCreateSharedArchive
# (that came with Java 19), hence this script. Needs a display: on a headless machine it uses xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-target/dialdesk.jar}
ARCHIVE=${2:-target/dialdesk.jsa}
[ -f "$JAR" ] || { echo "No $JAR: run 'mvn -q -DskipTests package' first" >&2; exit 1; }

TRAIN_DIR=$(mktemp -d)
trap 'rm -rf "$TRAIN_DIR"' EXIT
printf '{\n  "agent.id" : "TRAIN",\n  "agent.name" : "AppCDS training"\n}\n' > "$TRAIN_DIR/settings.json"

RUN=()
if [ -z "${DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  RUN=(xvfb-run -a)
fi
rm -f "$ARCHIVE"
DIALDESK_DATA_DIR="$TRAIN_DIR" DIALDESK_EXIT_AFTER_STARTUP=1 \
  "${RUN[@]}" java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" >/dev/null
echo "Wrote $ARCHIVE. Launch with:"
echo "  java -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
