#!/bin/sh
# Compares every declaration of the stand-in with openhab-core at a tag (default 5.2.1), by parsing both sides, and
# checks every member of openHAB core that the built binding's classes use (main and test) against both sides.
# Nothing of openHAB is built or committed: the openhab-core side is read with `git show` from a local mirror.
# Usage: ./check-signatures.sh [git-dir-of-openhab-core] [tag]     Exit status 0 when every declaration matches.
# Build the binding first (mvn -B -q verify -pl bundles/org.openhab.binding.ultrastream -am) for the second check.
set -e
here=$(cd "$(dirname "$0")" && pwd)
mirror=${1:-/work/.mirror/openhab+openhab-core/repo}
tag=${2:-5.2.1}
bundles=$(git -C "$here" rev-parse --show-toplevel)/bundles
# first show that the comparison itself notices mismatches, then compare
java "$here/signature-check/SignatureCheck.java" --self-test
exec java "$here/signature-check/SignatureCheck.java" "$mirror" "$tag" "$here/src/main/java" \
    "$bundles/org.openhab.binding.ultrastream/target/classes" \
    "$bundles/org.openhab.binding.ultrastream/target/test-classes" \
    "$bundles/org.openhab.binding.ultrastream.client/target/classes"
