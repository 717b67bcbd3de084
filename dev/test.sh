#!/usr/bin/env bash
# Builds everything and runs all the tests, on a JDK of 21 or later found by dev/jdk.sh.
# Extra arguments go to Maven, e.g. dev/test.sh -pl bundles/org.openhab.binding.ultrastream -am
set -euo pipefail
cd "$(dirname "$0")/.."
. dev/jdk.sh
echo "Using the JDK at $JAVA_HOME" >&2
exec mvn -B -ntp verify "$@"
