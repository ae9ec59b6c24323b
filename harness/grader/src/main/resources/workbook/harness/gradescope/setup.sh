#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image
# (written by `workbook-harness gradescope`; docs/instructor-guide.md, "Gradescope").
# It installs a JDK from the distribution's packages unless a JDK 17 or newer is there, then
# checks that the workbook in this zip opens: every jar grading needs ships in the zip, so
# grading itself needs no network. AUTOGRADER_ROOT stands in for /autograder in tests.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
workbook="$root/source/workbook"

java_major() {
  java -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]) }'
}

if ! command -v javac >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  echo "== installing a JDK from the distribution's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless
fi
echo "== $(java -version 2>&1 | head -n 1)"
chmod +x "$root/source/run_autograder" "$root/run_autograder" 2>/dev/null || true
java -jar "$workbook/harness/target/workbook-harness.jar" gradescope-run --root "$workbook" --check @CHAPTERS@
