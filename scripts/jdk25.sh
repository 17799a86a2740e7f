# Sourced by ./rampart and .ci/run: exports JAVA_HOME pointing at a JDK 25 or newer, or exits
# with a message saying what to install. Looks at JAVA_HOME first, then the usual JVM folders.

rampart_java_major() {
  # Prints the feature version of the JDK at $1 (e.g. 25), or nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

rampart_find_jdk25() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" \
      /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* \
      /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(rampart_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if ! RAMPART_JDK=$(rampart_find_jdk25); then
  {
    echo "error: Rampart needs a JDK 25 (or newer) and none was found."
    echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and under /usr/lib/jvm."
    echo "  Install one, for example Temurin 25 (apt: temurin-25-jdk, or https://adoptium.net),"
    echo "  then set JAVA_HOME to its folder and run this again."
  } >&2
  exit 1
fi
export JAVA_HOME="$RAMPART_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
