#!/usr/bin/env bash
# Builds Dialdesk's package for the system this runs on, with a Java runtime of its own, so that an
# agent's PC needs no Java (docs/packaging.md):
#
#   scripts/package.sh [TYPE]     TYPE: deb or app-image on Linux (default deb), msi or app-image on
#                                 Windows (default msi), dmg or app-image on macOS (default dmg)
#
# Everything lands in target/package/: image/ (the app image), the package itself, modules.txt (the
# runtime's modules and why), the icons. Steps:
#   1. the shaded jar (built when missing or older than the sources), copied with only this
#      platform's SQLite native library (scripts/packaging/KeepOwnNativeLibrary.java);
#   2. the runtime: jlink with the modules jdeps finds, plus the ones loaded by name (below);
#   3. the icons (scripts/icons.sh; the Windows and macOS jobs bring the ones made on Linux);
#   4. jpackage's app image, with the launcher options of docs/startup.md;
#   5. a class cache trained on a start of the app image on the demo data (Java 25's AOT cache, or an
#      AppCDS archive on 17), shipped beside the jar: a first launch makes the data folder, the second,
#      an everyday start, is recorded;
#   6. jpackage's package made from that app image.
#
# Environment: PACKAGE_JDK the JDK whose jlink, jpackage and runtime are used (default: Temurin 25 when
# installed under /usr/lib/jvm, else JAVA_HOME, else the java on the PATH); PACKAGE_VERSION (default:
# the pom's version without -SNAPSHOT); PACKAGE_CLASS_CACHE aot | appcds | none (default: aot on
# Java 25 and later, none before: Java 17 cannot use an archive recorded at another path); PACKAGE_OUT
# the output folder (default target/package).
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) OS=linux; TYPE=${1:-deb}; NAME=dialdesk ;;
  Darwin) OS=mac; TYPE=${1:-dmg}; NAME=Dialdesk ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows; TYPE=${1:-msi}; NAME=Dialdesk ;;
  *) echo "package.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
OUT=${PACKAGE_OUT:-target/package}
JAR=target/dialdesk.jar

# --- the JDK -------------------------------------------------------------------------------------
if [ -z "${PACKAGE_JDK:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-* "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ]; then PACKAGE_JDK=$candidate; break; fi
  done
  [ -n "${PACKAGE_JDK:-}" ] || PACKAGE_JDK=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
[ -x "$PACKAGE_JDK/bin/jpackage" ] || [ -x "$PACKAGE_JDK/bin/jpackage.exe" ] \
  || { echo "package.sh: no jpackage in $PACKAGE_JDK (set PACKAGE_JDK to a JDK 17 or later)" >&2; exit 1; }
JAVA_FEATURE=$("$PACKAGE_JDK/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')
CLASS_CACHE=${PACKAGE_CLASS_CACHE:-$([ "$JAVA_FEATURE" -ge 25 ] && echo aot || echo none)}
echo "JDK $JAVA_FEATURE from $PACKAGE_JDK; class cache: $CLASS_CACHE"

# --- 1. the jar, with this platform's SQLite library only -----------------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -type f -print -quit)" ]; then
  mvn -B -q -ntp -DskipTests package
fi
VERSION=${PACKAGE_VERSION:-$(sed -n '/<artifactId>dialdesk<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' pom.xml)}
VERSION=${VERSION%%-*}
if [ "$OS" = mac ] && [ "${VERSION%%.*}" = 0 ]; then
  echo "package.sh: macOS bundles need a version of 1 or more, not $VERSION: set PACKAGE_VERSION" >&2
  exit 1
fi
rm -rf "$OUT/input" "$OUT/runtime" "$OUT/image" "$OUT/resources"
mkdir -p "$OUT/input"
echo -n "SQLite native library kept: "
"$PACKAGE_JDK/bin/java" scripts/packaging/KeepOwnNativeLibrary.java "$JAR" "$OUT/input/dialdesk.jar"

# --- 2. the runtime ---------------------------------------------------------------------------------
# jdeps finds the modules the classes name; these are loaded by name at run time, so jdeps cannot:
#   jdk.charsets    MS949 (CP949), the character set of the centre's Excel files
#   jdk.localedata  Korean dates, numbers and the Korean collation order of the lead list
EXTRA_MODULES=jdk.charsets,jdk.localedata
FOUND=$("$PACKAGE_JDK/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$OUT/input/dialdesk.jar" | tr -d '\r')
MODULES="$FOUND,$EXTRA_MODULES"
printf 'Modules of the bundled runtime (scripts/package.sh):\n  found by jdeps: %s\n  loaded by name: %s\n' \
  "$FOUND" "$EXTRA_MODULES" > "$OUT/modules.txt"
# The runtime keeps bin/java: the class cache is trained with it and `bench` measures with it.
"$PACKAGE_JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,ko --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive --output "$OUT/runtime"

# --- 3. icons -----------------------------------------------------------------------------------------
ICONS=$OUT/icons
case $OS in
  linux) ICON=$ICONS/dialdesk.png; [ -f "$ICON" ] || scripts/icons.sh "$ICONS" ;;
  windows) ICON=$ICONS/dialdesk.ico ;;
  mac) ICON=$ICONS/dialdesk.icns ;;
esac
[ -f "$ICON" ] || { echo "package.sh: no $ICON (make it on Linux with scripts/icons.sh)" >&2; exit 1; }

# --- 4. the app image --------------------------------------------------------------------------------
# The quick compiler only (docs/startup.md); the class cache; no warning about sqlite-jdbc's System.load.
BASE_OPTIONS=(-XX:TieredStopAtLevel=1)
[ "$JAVA_FEATURE" -ge 22 ] && BASE_OPTIONS+=(--enable-native-access=ALL-UNNAMED)
# A cache the JVM cannot use (another JVM, a changed jar) is ignored, never misused.
JAVA_OPTIONS=("${BASE_OPTIONS[@]}")
case $CLASS_CACHE in
  aot) CACHE_FILE=dialdesk.aot; JAVA_OPTIONS+=("-XX:AOTCache=\$APPDIR/$CACHE_FILE" -Xlog:aot=off -Xlog:cds=off) ;;
  appcds) CACHE_FILE=dialdesk.jsa; JAVA_OPTIONS+=("-XX:SharedArchiveFile=\$APPDIR/$CACHE_FILE" -Xshare:auto -Xlog:cds=off) ;;
  none) CACHE_FILE= ;;
  *) echo "package.sh: PACKAGE_CLASS_CACHE is aot, appcds or none, not $CLASS_CACHE" >&2; exit 1 ;;
esac
LAUNCHER_OPTIONS=()
for option in "${JAVA_OPTIONS[@]}"; do LAUNCHER_OPTIONS+=(--java-options "$option"); done
DESCRIPTION="Desktop client for outbound call-centre agents: leads, calls, callbacks, QA deadlines"
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Dialdesk" --description "$DESCRIPTION"
  --copyright "Apache-2.0")
"$PACKAGE_JDK/bin/jpackage" --type app-image "${COMMON[@]}" --input "$OUT/input" --main-jar dialdesk.jar \
  --main-class dev.dialdesk.app.Main --runtime-image "$OUT/runtime" --icon "$ICON" --dest "$OUT/image" \
  "${LAUNCHER_OPTIONS[@]}"
case $OS in
  mac) APP=$OUT/image/$NAME.app; APP_DIR=$APP/Contents/app; RUNTIME_JAVA=$APP/Contents/runtime/Contents/Home/bin/java ;;
  windows) APP=$OUT/image/$NAME; APP_DIR=$APP/app; RUNTIME_JAVA=$APP/runtime/bin/java ;;
  linux) APP=$OUT/image/$NAME; APP_DIR=$APP/lib/app; RUNTIME_JAVA=$APP/lib/runtime/bin/java ;;
esac

# --- 5. the class cache: a launch that quits as soon as its window shows the demo leads ---------------
if [ -n "$CACHE_FILE" ]; then
  TRAIN_DIR=$(mktemp -d)
  trap 'rm -rf "$TRAIN_DIR"' EXIT
  RUN=()
  [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ] && RUN=(xvfb-run -a -s "-screen 0 1600x1000x24")
  case $CLASS_CACHE in
    aot) RECORD=(-XX:AOTCacheOutput="$APP_DIR/$CACHE_FILE" -Xlog:aot=off -Xlog:cds=off) ;;
    appcds) RECORD=(-XX:ArchiveClassesAtExit="$APP_DIR/$CACHE_FILE" -Xlog:cds=off -Xlog:cds+dynamic=off) ;;
  esac
  # The first start of a data folder migrates the new database and seeds the demo: not the path of the
  # starts that follow, so it is not recorded (docs/startup.md). The recorded one opens the window as
  # every later start does.
  for record in no yes; do
    OPTIONS=()
    if [ $record = yes ]; then OPTIONS=("${RECORD[@]}"); fi
    DIALDESK_DATA_DIR="$TRAIN_DIR" DIALDESK_EXIT_AFTER_STARTUP=1 "${RUN[@]}" "$RUNTIME_JAVA" \
      "${BASE_OPTIONS[@]}" ${OPTIONS[@]+"${OPTIONS[@]}"} -cp "$APP_DIR/dialdesk.jar" \
      dev.dialdesk.app.Main --demo > "$OUT/training.log" 2>&1 \
      || { cat "$OUT/training.log" >&2; echo "package.sh: the training launch failed" >&2; exit 1; }
  done
  [ -s "$APP_DIR/$CACHE_FILE" ] || { echo "package.sh: no class cache written" >&2; exit 1; }
  echo "Class cache: $APP_DIR/$CACHE_FILE ($(du -k "$APP_DIR/$CACHE_FILE" | cut -f1) KiB)"
  # jpackage seals a macOS app image with an ad-hoc signature, which a file added since breaks.
  [ "$OS" = mac ] && codesign --force --deep --sign - "$APP"
fi
[ "$TYPE" = app-image ] && { echo "App image: $APP"; exit 0; }

# --- 6. the package -----------------------------------------------------------------------------------
mkdir -p "$OUT/resources"
case $TYPE in
  deb)
    # The cache is valid for the jar's time of change, which jpackage's copy loses: postinst restores it.
    JAR_MTIME=$(stat -c %Y "$APP_DIR/dialdesk.jar")
    sed "s/JAR_MTIME/$JAR_MTIME/" src/packaging/linux/postinst > "$OUT/resources/postinst"
    cp src/packaging/linux/prerm src/packaging/linux/dialdesk.desktop "$OUT/resources/"
    [ -n "$CACHE_FILE" ] || sed -i '/touch -m -d/d' "$OUT/resources/postinst"
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
      || { echo "package.sh: a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)" >&2; exit 1; }
    "$PACKAGE_JDK/bin/jpackage" --type deb "${COMMON[@]}" --app-image "$APP" --dest "$OUT" \
      --resource-dir "$OUT/resources" --license-file LICENSE --linux-shortcut --linux-menu-group Office \
      --linux-app-category office --linux-deb-maintainer "Dialdesk <dialdesk@users.noreply.github.com>"
    ;;
  msi)
    # A fixed upgrade code: a newer msi replaces the installed version (data stays in %APPDATA%\Dialdesk).
    "$PACKAGE_JDK/bin/jpackage" --type msi "${COMMON[@]}" --app-image "$APP" --dest "$OUT" \
      --license-file LICENSE --win-per-user-install --win-menu --win-menu-group Dialdesk --win-shortcut \
      --win-upgrade-uuid 6f1c3e52-8d4a-4b7e-9a31-2c5d7e0b9f14
    ;;
  dmg)
    "$PACKAGE_JDK/bin/jpackage" --type dmg "${COMMON[@]}" --app-image "$APP" --dest "$OUT" \
      --license-file LICENSE --mac-package-name Dialdesk
    ;;
  *) echo "package.sh: cannot build $TYPE here ($OS)" >&2; exit 1 ;;
esac
ls -l "$OUT"/*."$TYPE"
