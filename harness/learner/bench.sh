#!/usr/bin/env bash
# Benchmark of the learner tool (docs/learner-tool.md#speed), not a test: prints figures.
#   1. save-to-feedback, warm: `./workbook watch CHAPTER` runs resident; each round appends a
#      comment to one source file and times until the tool has drawn the new screen
#      (-Dworkbook.drawLog), after WARMUP rounds;
#   2. the same edit followed by `../../mvnw -o -q test` in the chapter, same rounds;
#   3. `./workbook status` over all chapters, cold JVM, each round.
# Usage: harness/learner/bench.sh [CHAPTER] [ROUNDS]   (default ch01-data-types, 10)
# Needs the one-time setup (./mvnw install -DskipTests) and works on a copy of the chapter.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
chapter=${1:-ch01-data-types}
rounds=${2:-10}
warmup=3

[ -f harness/target/workbook.jar ] || { echo "build first: ./mvnw -q install -DskipTests" >&2; exit 3; }
[ -f "chapters/$chapter/target/workbook-classpath/test.txt" ] || { echo "run the setup first: ./mvnw -q install -DskipTests" >&2; exit 3; }

work=$(mktemp -d)
trap 'kill "$watch_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
# A private copy of the workbook (chapters, root pom, wrapper, tool), so the learner's files are never touched.
cp -r pom.xml mvnw .mvn workbook chapters docs "$work"/
mkdir -p "$work/harness/target" && cp harness/target/workbook.jar "$work/harness/target/"
file=$(grep -l "TODO " -r "$work/chapters/$chapter/src/main/java" | sort | head -n 1)
ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "== $chapter: save-to-feedback with ./workbook watch ($rounds rounds after $warmup warm-up)"
log="$work/drawn.log"; : > "$log"
mkfifo "$work/keys"
(cd "$work" && WORKBOOK_OPTS="-Dworkbook.drawLog=$log" ./workbook watch "$chapter" < "$work/keys" > "$work/watch.out" 2>&1) &
watch_pid=$!
exec 3> "$work/keys"   # keeps the tool's input open
wait_lines() { local want=$1; for _ in $(seq 1 3000); do [ "$(wc -l < "$log")" -ge "$want" ] && return 0; sleep 0.01; done; echo "the tool drew nothing within 30 s; its output:" >&2; cat "$work/watch.out" >&2; exit 1; }
wait_lines 1
tool=()
for i in $(seq 1 $((warmup + rounds))); do
  before=$(wc -l < "$log")
  start=$(ms); echo "// bench edit $i" >> "$file"
  wait_lines $((before + 1))
  took=$(( $(tail -n 1 "$log") - start ))
  [ "$i" -gt "$warmup" ] && tool+=("$took")
  sleep 0.3
done
echo "q" >&3; exec 3>&-
tool_median=$(printf '%s\n' "${tool[@]}" | median)
echo "   per save (ms): ${tool[*]}"
echo "   median: $tool_median ms"

echo "== $chapter: the same edit, then ../../mvnw -o -q test ($rounds rounds after 1 warm-up)"
mvn=()
for i in $(seq 0 "$rounds"); do
  echo "// bench edit mvn $i" >> "$file"
  start=$(ms); (cd "$work/chapters/$chapter" && ../../mvnw -o -q test > /dev/null 2>&1 || true); took=$(( $(ms) - start ))
  [ "$i" -gt 0 ] && mvn+=("$took")
done
mvn_median=$(printf '%s\n' "${mvn[@]}" | median)
echo "   per run (ms): ${mvn[*]}"
echo "   median: $mvn_median ms"
awk -v t="$tool_median" -v m="$mvn_median" 'BEGIN { printf "   ratio tool / mvn: %.2f\n", t / m }'

echo "== ./workbook status over every chapter (cold JVM, 3 rounds)"
status=()
for i in 1 2 3; do
  start=$(ms); (cd "$work" && ./workbook status > "$work/status.out" 2>&1 || true); status+=($(( $(ms) - start )))
done
echo "   per run (ms): ${status[*]}"
echo "   median: $(printf '%s\n' "${status[@]}" | median) ms"
tail -n 3 "$work/status.out"
echo "== conditions: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
