#!/usr/bin/env bash
# The main job in one command (see demo/README-sections.md): builds the shipped binding and what the demo
# needs, then runs the binding in an embedded Apache Felix against emulated devices on 127.0.0.1.
# Options go to the demo: ./demo/run.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never -DskipTests -pl demo/launcher -am package
exec java -jar demo/launcher/target/ultrastream-demo.jar "$@"
