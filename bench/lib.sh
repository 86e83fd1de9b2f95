# Shared by the bench/ scripts: JDK, bench classpath, and Debian's ffmpeg as a peer. Sourced.
here_bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../bin/lib/env.sh
. "$here_bench/../bin/lib/env.sh"
root="$(vidcat_root)"
find_jdk || exit 2
ensure_ffmpeg_runtime || exit 2

ensure_debian_ffmpeg() { # the peer for media benchmarks; never used by vidcat itself
  if [ ! -x /usr/bin/ffmpeg ] || [ ! -x /usr/bin/ffprobe ]; then
    echo "bench: installing Debian's ffmpeg as the comparison peer ..." >&2
    (apt-get install -y -qq ffmpeg >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq ffmpeg >/dev/null; }) \
      || { echo "bench: cannot install Debian's ffmpeg (need root + apt)" >&2; exit 2; }
  fi
}

ensure_wrk() { # the load generator of the serve benchmarks (C, event loop: far lighter than the server it loads)
  command -v wrk >/dev/null 2>&1 && return 0
  can_apt_install && echo "bench: installing Debian's wrk (load generator) ..." >&2 && apt_install wrk && return 0
  echo "bench: wrk is missing; install it (apt-get install wrk) and run again" >&2
  exit 2
}

bench_classpath() { # compiled main, test and bench classes and all dependencies
  (cd "$root" && mvn_quiet -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null) \
    || { echo "bench: build failed" >&2; exit 2; }
  echo "$root/target/classes:$root/target/test-classes:$root/target/bench-classes:$(cat "$root/target/bench.cp")"
}

bench_java() { # runs a bench main class with the given args
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.bytedeco.javacpp.platform.extension=-gpl \
    -Dlog4j2.configurationFile=log4j2-test.xml ${BENCH_JAVA_OPTS:-} -cp "$(bench_classpath)" "$@"
}
