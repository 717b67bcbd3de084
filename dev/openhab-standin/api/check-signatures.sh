#!/bin/sh
# Compares every declaration of the stand-in with openhab-core at a tag (default 5.2.1), by parsing both sides.
# Nothing of openHAB is built or committed: the openhab-core side is read with `git show` from a local mirror.
# Usage: ./check-signatures.sh [git-dir-of-openhab-core] [tag]     Exit status 0 when every declaration matches.
set -e
here=$(cd "$(dirname "$0")" && pwd)
mirror=${1:-/work/.mirror/openhab+openhab-core/repo}
tag=${2:-5.2.1}
# first show that the comparison itself notices mismatches, then compare
java "$here/signature-check/SignatureCheck.java" --self-test
exec java "$here/signature-check/SignatureCheck.java" "$mirror" "$tag" "$here/src/main/java"
