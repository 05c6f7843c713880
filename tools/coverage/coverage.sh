#!/usr/bin/env bash
# Coverage of interaction extraction: builds INPUT into a fresh store with the geokg of GEOKG_HOME and
# writes OUT-build.log and OUT-interactions.csv; prints the share of sentences with an interaction claim.
# Compare two runs with coverage.py (docs/QUALITY.md, "Coverage").
#   tools/coverage/coverage.sh GEOKG_HOME OUT INPUT...
# One CoreNLP JVM at a time: run the builds of two versions one after the other.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
home="$1"; out="$2"; shift 2
store="$out-store"
rm -rf "$store"
GEOKG_JAVA_OPTS="${GEOKG_JAVA_OPTS:--Xmx4g}" "$home/geokg" build --quiet --threads "${THREADS:-2}" \
  --store "$store" "$@" > "$out-build.log" || echo "coverage: the build reported failed documents ($out-build.log)" >&2
# The query runs with this checkout's geokg: the store layout is the same across versions.
"$here/../../geokg" query --store "$store" --all --format csv "$here/interactions.rq" > "$out-interactions.csv"
rm -rf "$store"
python3 "$here/coverage.py" "$out"
