# Shared by bin/vidcat, bin/test and bench scripts: find a JDK >= 21 and make the bundled FFmpeg loadable.
# Sourced, not executed.
# shellcheck source=launch.sh
. "$(dirname "${BASH_SOURCE[0]}")/launch.sh"

vidcat_root() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}

java_major() { # prints the feature version of the java binary $1 (e.g. 25), or nothing
  # The JDK's release file answers without starting a JVM (a JVM start per installed JDK adds up);
  # the JVM itself is asked only when there is no such file.
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "$v" ]; then echo "$v"; return; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() { # sets JAVA_HOME to a JDK >= 21: $JAVA_HOME first, then /usr/lib/jvm/*, then java on PATH
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
    [ -d "$c" ] && candidates+=("${c%/}")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  local best="" best_v=0
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "vidcat: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/* and javac on PATH)." >&2
    echo "        Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
    return 2
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's bundled Guava trips JDK 24+'s sun.misc.Unsafe warnings; keep build output readable.
  if [ "$best_v" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

ensure_ffmpeg_runtime() { # the bundled FFmpeg's libavdevice links the PulseAudio client library
  vidcat_libpulse_present && return 0
  if can_apt_install; then
    echo "vidcat: installing libpulse0 (needed by the FFmpeg libraries vidcat ships) ..." >&2
    apt_install libpulse0 && return 0
  fi
  vidcat_libpulse_hint
  return 2
}

ensure_test_browser() { # the report page is tested in headless Chromium; best effort, the test skips without it
  command -v chromium >/dev/null 2>&1 && return 0
  if can_apt_install; then
    echo "vidcat: installing chromium for the report page's browser test ..." >&2
    apt_install chromium && return 0
  fi
  echo "vidcat: chromium is not installed; the report page's browser test will be skipped." >&2
  return 0
}

# The real OAI-PMH harvesters the serve tests (tagged slow) run; best effort, those tests skip without them:
# Debian's oai_pmh (libhttp-oai-perl) and npm's oai-pmh, pinned, in a cache folder outside the repository.
VIDCAT_NPM_OAI_PMH="oai-pmh@2.0.3"
vidcat_npm_prefix() { echo "${XDG_CACHE_HOME:-$HOME/.cache}/vidcat/npm"; }

ensure_harvest_clients() {
  if ! command -v oai_pmh >/dev/null 2>&1; then
    if can_apt_install; then
      echo "vidcat: installing libhttp-oai-perl (oai_pmh) for the OAI-PMH harvest tests ..." >&2
      apt_install libhttp-oai-perl || echo "vidcat: could not install libhttp-oai-perl; its harvest test will be skipped." >&2
    else
      echo "vidcat: oai_pmh (libhttp-oai-perl) is not installed; its harvest test will be skipped." >&2
    fi
  fi
  local prefix want
  prefix="$(vidcat_npm_prefix)"
  want="${VIDCAT_NPM_OAI_PMH#*@}"
  if ! grep -qs "\"version\": \"$want\"" "$prefix/node_modules/oai-pmh/package.json"; then
    if ! command -v npm >/dev/null 2>&1 && can_apt_install; then
      echo "vidcat: installing Debian's npm for the npm OAI-PMH harvester ..." >&2
      apt_install nodejs npm || true
    fi
    if command -v npm >/dev/null 2>&1; then
      echo "vidcat: installing npm $VIDCAT_NPM_OAI_PMH into $prefix for the OAI-PMH harvest tests ..." >&2
      mkdir -p "$prefix" && npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error \
        "$VIDCAT_NPM_OAI_PMH" >/dev/null 2>&1 ||
        echo "vidcat: could not install npm $VIDCAT_NPM_OAI_PMH; its harvest test will be skipped." >&2
    else
      echo "vidcat: npm is not installed; the npm oai-pmh harvest test will be skipped." >&2
    fi
  fi
  return 0
}

can_apt_install() { # root on a Debian-like system
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

apt_install() { # installs the Debian packages "$@" quietly, updating the package lists first if they are too old
  apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" >/dev/null 2>&1; }
}

ensure_jar() { # builds $1/target/vidcat.jar when missing or older than the sources in $1
  local root="$1" jar="$1/target/vidcat.jar"
  if [ -f "$jar" ] && [ -z "$(find "$root/pom.xml" "$root/src/main" "$root/catalog-schema" -newer "$jar" -type f \
    -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "vidcat: building (first run or sources changed; takes a minute) ..." >&2
  if ! (cd "$root" && mvn_quiet -q -DskipTests package >"$root/target-build.log" 2>&1); then
    echo "vidcat: build failed; see $root/target-build.log" >&2
    return 2
  fi
  rm -f "$root/target-build.log"
}

mvn_quiet() { # Maven without download chatter; -B for plain logs
  mvn -B -ntp -Dstyle.color=never "$@"
}
