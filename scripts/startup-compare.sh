#!/usr/bin/env bash
# Compares launch-to-first-window-with-data of two builds of the jar (before/after a change), with and
# without an AppCDS archive, on an empty app and on prepared data folders, beside a bare FlatLaf
# JFrame. Every series is launched once per round, ROUNDS rounds, interleaved, so that a machine busy
# with other work slows all of them alike; prints the median wall time (process start to the line
# that ends the start-up) of each series in milliseconds.
#
#   scripts/startup-compare.sh BEFORE.jar AFTER.jar [ROUNDS] [DATA_DIR ...]
#
# DATA_DIRs hold a dialdesk.db with leads of agent B0001 (`dialdesk bench --only startup --size
# small|full --work DIR` leaves them in DIR/startup/data-10000 and data-100000); an empty app is
# always measured. AFTER_OPTS (e.g. "-XX:TieredStopAtLevel=1", as scripts/dialdesk uses) adds the
# series after+opts and after+opts-cds: the after jar with those JVM options. Needs a display: run it under `xvfb-run -a` on a headless machine.
set -euo pipefail

BEFORE=$(realpath "$1")
AFTER=$(realpath "$2")
ROUNDS=${3:-5}
shift 3 || shift $#
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

settings() {
  printf '{\n  "agent.id" : "B0001",\n  "agent.name" : "Benchmark"\n}\n' > "$1/settings.json"
}

mkdir -p "$WORK/empty"
settings "$WORK/empty"
DATA=("$WORK/empty")
for dir in "$@"; do
  DATA+=("$(realpath "$dir")")
  settings "$dir"
done

# Milliseconds from process start to the first output line starting with $DONE_LINE.
run() {
  local data=$1; shift
  local start end
  start=$(date +%s%N)
  end=$(DIALDESK_DATA_DIR="$data" DIALDESK_EXIT_AFTER_STARTUP=1 java "$@" 2>/dev/null | while IFS= read -r line; do
    case $line in
      startup.firstWindowWithData.ms=*|baseline.done) date +%s%N ;;
    esac
  done | head -n 1) || true
  echo $(( (end - start) / 1000000 ))
}

BARE=dev.dialdesk.app.bench.BareWindowMain
for jar in before after; do
  path=$([ $jar = before ] && echo "$BEFORE" || echo "$AFTER")
  # Train one archive per build on the empty app (as scripts/appcds.sh does); first starts create databases.
  DIALDESK_DATA_DIR="$WORK/empty" DIALDESK_EXIT_AFTER_STARTUP=1 \
    java -XX:ArchiveClassesAtExit="$WORK/$jar.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$path" >/dev/null 2>&1
  for data in "${DATA[@]}"; do run "$data" -jar "$path" --startup-report >/dev/null; done
done
java -XX:ArchiveClassesAtExit="$WORK/bare.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$AFTER" $BARE >/dev/null 2>&1

declare -A TIMES
for ((round = 1; round <= ROUNDS; round++)); do
  TIMES[bare]+=" $(run "$WORK/empty" -cp "$AFTER" $BARE)"
  TIMES[bare-cds]+=" $(run "$WORK/empty" -XX:SharedArchiveFile="$WORK/bare.jsa" -Xlog:cds=off -cp "$AFTER" $BARE)"
  for data in "${DATA[@]}"; do
    name=$(basename "$data")
    [ "$data" = "$WORK/empty" ] && name=empty
    for jar in before after; do
      path=$([ $jar = before ] && echo "$BEFORE" || echo "$AFTER")
      TIMES[$name/$jar]+=" $(run "$data" -jar "$path" --startup-report)"
      TIMES[$name/$jar-cds]+=" $(run "$data" -XX:SharedArchiveFile="$WORK/$jar.jsa" -Xlog:cds=off -jar "$path" --startup-report)"
    done
    if [ -n "${AFTER_OPTS:-}" ]; then
      read -r -a opts <<< "$AFTER_OPTS"
      TIMES[$name/after+opts]+=" $(run "$data" "${opts[@]}" -jar "$AFTER" --startup-report)"
      TIMES[$name/after+opts-cds]+=" $(run "$data" "${opts[@]}" -XX:SharedArchiveFile="$WORK/after.jsa" -Xlog:cds=off -jar "$AFTER" --startup-report)"
    fi
  done
  echo "round $round done" >&2
done

median() {
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
printf '%-28s %8s   %s\n' series median "all runs (ms)"
for key in $(printf '%s\n' "${!TIMES[@]}" | sort); do
  printf '%-28s %8s  %s\n' "$key" "$(echo "${TIMES[$key]}" | median)" "${TIMES[$key]}"
done
