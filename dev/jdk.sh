# Sourced by dev/test.sh and dev/demo.sh: points JAVA_HOME at a JDK of 21 or later, the Java openHAB 5 runs on.
# Order: JAVA_HOME if it is 21+, then `java` on the PATH if it is 21+, then the newest 21+ JDK under /usr/lib/jvm.
# Nothing is downloaded: a machine without one gets a message saying what to install.

jdk_feature() { # prints the feature release (17, 21, 25, ...) of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidate feature best="" best_feature=0
  for candidate in "${JAVA_HOME:-}" \
    "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] || continue
    feature=$(jdk_feature "$candidate")
    if [ -n "$feature" ] && [ "$feature" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  for candidate in /usr/lib/jvm/*; do
    feature=$(jdk_feature "$candidate")
    if [ -n "$feature" ] && [ "$feature" -ge 21 ] && [ "$feature" -gt "$best_feature" ]; then
      best="$candidate"
      best_feature="$feature"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

if ! JAVA_HOME=$(find_jdk); then
  echo "This build needs a JDK of 21 or later (openHAB 5 runs on Java 21), and none was found:" >&2
  echo "neither JAVA_HOME, nor 'java' on the PATH, nor /usr/lib/jvm/* is one." >&2
  echo "Install one (for example Debian's openjdk-21-jdk, or Eclipse Temurin 21) and run this again," >&2
  echo "or set JAVA_HOME to where it is." >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
