#!/usr/bin/env bash
# The main job in one command: builds the shipped binding and what the demo needs, then runs the binding in an
# embedded Apache Felix against emulated devices on 127.0.0.1, on a JDK of 21 or later found by dev/jdk.sh.
# Options go to the demo: dev/demo.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
. dev/jdk.sh
mvn -B -q -Dstyle.color=never -DskipTests -pl dev/demo -am package
exec "$JAVA_HOME/bin/java" -jar dev/demo/target/ultrastream-demo.jar "$@"
