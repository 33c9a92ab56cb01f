#!/usr/bin/env bash
# Tests the Linux package as IT would use it (issue 17 §5; run by .ci/run, as root):
#   build the .deb (scripts/package.sh), check its contents and size (< 80 MB); unpack it with
#   dpkg-deb -x and start the bundled launcher with no Java on the PATH: --help, and under Xvfb the
#   window on the demo data; install it with dpkg -i, run it (the command on the PATH, the window, a
#   headless import into the user's data folder), remove it with dpkg -r, and check that the user's
#   data folder is still there with its leads.
#
#   scripts/package-test.sh [DEB]     DEB: test this package instead of building one
#
# Never touches the machine's own Dialdesk data: every run uses a data folder under a temporary HOME
# (XDG_DATA_HOME). Needs root for dpkg -i / -r; installs the package's dependencies with apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$SECONDS
passed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { echo "FAILED: $*" >&2; echo "package checks: $passed passed, 1 failed"; exit 1; }

DEB=${1:-}
if [ -z "$DEB" ]; then
  scripts/package.sh deb
  DEB=$(ls -t target/package/dialdesk_*.deb | head -1)
fi
echo "Testing $DEB (built in $((SECONDS - START)) s)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# --- contents and size -------------------------------------------------------------------------------
size=$(stat -c %s "$DEB")
[ "$size" -lt $((80 * 1024 * 1024)) ] || fail "the package is $((size / 1024 / 1024)) MB, over 80 MB"
ok "package size $((size / 1024 / 1024)) MB (< 80 MB)"
dpkg-deb -c "$DEB" | awk '{print $6}' > "$WORK/contents"
for path in ./opt/dialdesk/bin/dialdesk ./opt/dialdesk/lib/app/dialdesk.jar ./opt/dialdesk/lib/app/dialdesk.cfg \
    ./opt/dialdesk/lib/runtime/bin/java ./opt/dialdesk/lib/dialdesk.png ./opt/dialdesk/lib/dialdesk-dialdesk.desktop; do
  grep -qx "$path" "$WORK/contents" || fail "the package has no $path"
done
ok "contents: launcher, jar, runtime, icon, menu entry"
[ "$(dpkg-deb -f "$DEB" Package)" = dialdesk ] || fail "the package is not named dialdesk"
dpkg-deb -e "$DEB" "$WORK/control"
grep -q 'ln -sf /opt/dialdesk/bin/dialdesk /usr/bin/dialdesk' "$WORK/control/postinst" || fail "postinst puts no dialdesk on the PATH"
grep -q 'xdg-desktop-menu install' "$WORK/control/postinst" || fail "postinst installs no menu entry"
ok "control: package dialdesk $(dpkg-deb -f "$DEB" Version), menu entry and PATH link in postinst"

# --- unpacked, no Java on the PATH ----------------------------------------------------------------------
dpkg-deb -x "$DEB" "$WORK/root"
APP=$WORK/root/opt/dialdesk
natives=$(unzip -Z1 "$APP/lib/app/dialdesk.jar" 'org/sqlite/native/*' | grep -v '/$')
[ "$natives" = org/sqlite/native/Linux/x86_64/libsqlitejdbc.so ] || fail "the jar holds other SQLite libraries: $natives"
ok "the jar carries only Linux/x86_64's SQLite library"
# The class cache the launcher names (none when the package was built on a Java before 25).
CACHE=$(sed -n 's/^java-options=-XX:\(AOTCache\|SharedArchiveFile\)=\$APPDIR\///p' "$APP/lib/app/dialdesk.cfg")
if [ -n "$CACHE" ]; then
  [ -s "$APP/lib/app/$CACHE" ] || fail "the launcher names the class cache $CACHE, which the package lacks"
  ok "contents: the class cache $CACHE ($(du -m "$APP/lib/app/$CACHE" | cut -f1) MB)"
else
  echo "note: the package has no class cache (built on Java $(sed -n 's/^JAVA_VERSION=//p' "$APP/lib/runtime/release"))"
fi
# A PATH with every command of the machine but Java's.
mkdir -p "$WORK/bin"
for tool in /usr/bin/* /bin/*; do
  name=$(basename "$tool")
  case "$(readlink -f "$tool")" in /usr/lib/jvm/*) continue ;; esac
  [ -e "$WORK/bin/$name" ] || ln -s "$tool" "$WORK/bin/$name"
done
if PATH=$WORK/bin command -v java >/dev/null; then fail "java is still on the test PATH"; fi
nojava() { env -i PATH="$WORK/bin" HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" LANG=C.UTF-8 "$@"; }
nojava "$APP/bin/dialdesk" --help > "$WORK/help.txt" || fail "dialdesk --help exited $?"
grep -q 'import FILE' "$WORK/help.txt" || fail "--help lists no commands: $(head -3 "$WORK/help.txt")"
ok "unpacked launcher: --help works with no Java on the PATH"
window() {
  nojava DIALDESK_EXIT_AFTER_STARTUP=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$@" --demo --startup-report \
    > "$WORK/window.txt" 2>&1 || { cat "$WORK/window.txt" >&2; fail "the window did not start: $*"; }
  grep -q '^startup.firstWindowWithData.ms=' "$WORK/window.txt" || { cat "$WORK/window.txt" >&2; fail "no window with data: $*"; }
  [ -s "$WORK/home/.local/share/dialdesk/demo/dialdesk.db" ] || fail "the demo database was not made"
  # SqliteNativeLibrary copies the driver's library out of the stripped jar into the data folder.
  ls "$WORK"/home/.local/share/dialdesk/demo/native/sqlite-jdbc-*/libsqlitejdbc.so > /dev/null 2>&1 \
    || fail "SQLite's native library was not copied into the data folder's native/"
  sed -n 's/^startup.firstWindowWithData.ms=/first window with the demo leads after (ms): /p' "$WORK/window.txt"
}
window "$APP/bin/dialdesk"
ok "unpacked launcher: the window opens on the demo data under Xvfb (SQLite's library kept in native/)"

# --- dpkg -i, run, dpkg -r ----------------------------------------------------------------------------
missing=()
for dep in $(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg -s "${dep%%(*}" >/dev/null 2>&1 || missing+=("${dep%%(*}")
done
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi
# A desktop has the system menu folders that xdg-desktop-menu writes to; a bare CI machine may not,
# and then the package installs without a menu entry (postinst says so). The test makes the missing
# ones, as a desktop has them, and takes them away after.
made=()
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
  [ -d "$dir" ] || { mkdir -p "$dir"; made+=("$dir"); }
done
trap 'rm -rf "$WORK" ${made[@]+"${made[@]}"}' EXIT
dpkg -i "$DEB" > "$WORK/dpkg.txt" 2>&1 || { cat "$WORK/dpkg.txt" >&2; fail "dpkg -i failed"; }
[ "$(readlink /usr/bin/dialdesk)" = /opt/dialdesk/bin/dialdesk ] || fail "no /usr/bin/dialdesk after dpkg -i"
[ -f /usr/share/applications/dialdesk-dialdesk.desktop ] || fail "no menu entry after dpkg -i"
ok "dpkg -i: /opt/dialdesk, dialdesk on the PATH, the menu entry"
ln -sf /usr/bin/dialdesk "$WORK/bin/dialdesk"
nojava dialdesk --help | grep -q 'import FILE' || fail "the installed dialdesk --help failed"
ok "installed: dialdesk --help from the PATH, no Java on it"
# The shipped class cache must be accepted by the JVM once installed (the launcher's own options,
# with -XX:AOTMode=on, which refuses to start on a cache it cannot use).
CACHE_OPTS=$(sed -n 's/^java-options=//p' /opt/dialdesk/lib/app/dialdesk.cfg | grep -v '^-Xlog' | sed 's|\$APPDIR|/opt/dialdesk/lib/app|')
if grep -q -- '-XX:AOTCache=' <<< "$CACHE_OPTS"; then
  # shellcheck disable=SC2086
  /opt/dialdesk/lib/runtime/bin/java $CACHE_OPTS -XX:AOTMode=on -cp /opt/dialdesk/lib/app/dialdesk.jar \
    dev.dialdesk.app.Main --help > /dev/null 2> "$WORK/aot.txt" || { cat "$WORK/aot.txt" >&2; fail "the installed AOT cache is refused"; }
  ok "installed: the JVM uses the shipped AOT cache"
fi
rm -rf "$WORK/home"
window dialdesk
ok "installed: the window opens on the demo data"
nojava dialdesk import sample-data/leads.json --agent PKG01 --json > "$WORK/import.txt" 2>&1 \
  || { cat "$WORK/import.txt" >&2; fail "import failed"; }
IMPORTED=$(sed -n 's/.*"imported" *: *\([0-9]*\).*/\1/p' "$WORK/import.txt")
DB=$WORK/home/.local/share/dialdesk/dialdesk.db
[ -s "$DB" ] && [ "${IMPORTED:-0}" -gt 0 ] || fail "the import made no leads in the user's data folder: $(cat "$WORK/import.txt")"
ok "installed: a headless import of $IMPORTED sample leads into the user's data folder"
dpkg -r dialdesk > "$WORK/dpkg.txt" 2>&1 || { cat "$WORK/dpkg.txt" >&2; fail "dpkg -r failed"; }
[ ! -e /opt/dialdesk/bin/dialdesk ] || fail "/opt/dialdesk is still there after dpkg -r"
[ ! -e /usr/bin/dialdesk ] && [ ! -L /usr/bin/dialdesk ] || fail "/usr/bin/dialdesk is still there after dpkg -r"
[ ! -e /usr/share/applications/dialdesk-dialdesk.desktop ] || fail "the menu entry is still there after dpkg -r"
[ -s "$DB" ] && [ -d "$WORK/home/.local/share/dialdesk/logs" ] || fail "dpkg -r took the user's data folder"
if command -v sqlite3 >/dev/null; then
  [ "$(sqlite3 "$DB" 'SELECT count(*) FROM lead')" = "$IMPORTED" ] || fail "the user's leads are gone after dpkg -r"
fi
ok "dpkg -r: program, PATH link and menu entry gone; the user's data folder and its leads kept"
echo "Package test took $((SECONDS - START)) s"
echo "package checks: $passed passed, 0 failed"
