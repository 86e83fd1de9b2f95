# What a vidcat launcher decides from the command line, shared by bin/vidcat (from source) and the launcher of a
# release (src/release/vidcat, beside a copy of this file in lib/). POSIX sh (and local), sourced, not executed.

vidcat_runs_ffmpeg() { # whether the vidcat command line "$@" starts the bundled ffmpeg executable (its libavdevice
  # needs libpulse): transcode, thumbnails and run. The others never do: validate, search, index, export, report,
  # review, history, restore and check load no FFmpeg at all, and ingest and sheet probe in-process with libraries
  # that do not need it. The first subcommand name decides; an option's value that happens to be one is taken for it
  # (at worst a needless check).
  local a
  for a in "$@"; do
    case "$a" in
      run | transcode | thumbnails) return 0 ;;
      sheet | ingest | validate | index | search | export | review | history | restore | report | check) return 1 ;;
      generate-completion) return 1 ;;
    esac
  done
  return 1
}

vidcat_libpulse_present() { # the PulseAudio client library, as the dynamic linker finds it
  # no grep -q: it exits at the first match, ldconfig dies of SIGPIPE and pipefail calls the check failed
  local ldconfig
  for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
    if command -v "$ldconfig" >/dev/null 2>&1; then
      "$ldconfig" -p 2>/dev/null | grep 'libpulse\.so\.0 ' >/dev/null
      return
    fi
  done
  return 0 # no ldconfig to ask: let the JVM say what is missing
}

vidcat_libpulse_hint() {
  echo "vidcat: the bundled FFmpeg needs the PulseAudio client library (libpulse.so.0), which is missing." >&2
  echo "        Install it once: sudo apt-get install libpulse0   (Fedora: sudo dnf install pulseaudio-libs)" >&2
}

vidcat_tuning() { # prints the JVM options for the vidcat command line "$@"
  # validate and check do little work per record in a JVM that lives seconds, so their time goes to compiling more
  # than to running compiled code; inlining less makes C2 finish sooner. Long runs (index, transcode) keep the
  # defaults.
  #
  # The parallel collector is the JDK's choice for batch work without pause-time goals: cheaper write barriers than
  # G1 and no concurrent refinement threads competing for the cores. Not when the user picked a collector: the JVM
  # refuses two. Both are measured in docs/performance.md.
  local a
  for a in "$@"; do
    if [ "$a" = validate ] || [ "$a" = check ]; then
      printf '%s\n' -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100
      case " ${VIDCAT_JAVA_OPTS:-} ${JDK_JAVA_OPTIONS:-} ${JAVA_TOOL_OPTIONS:-} " in
        *-XX:+Use*GC*) ;;
        *) printf '%s\n' -XX:+UseParallelGC ;;
      esac
      return
    fi
  done
}
