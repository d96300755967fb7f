#!/usr/bin/env bash
# Runs the benchmarks side by side and prints a table of figures and ratios against the targets.
#   benchmarks/run.sh          quick mode: one fork, short iterations (under 10 minutes on 2 cores)
#   benchmarks/run.sh full     two forks, longer iterations
# Needs only a JDK and Maven. Data sets are generated once into benchmarks/target/data (about 1.5 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
data=benchmarks/target/data
mkdir -p "$out"

mvn -q -B -DskipTests package -pl benchmarks,cli -am   # always: a stale jar would measure old code

echo "== data (seed fixed; generated once)" >&2
java -cp "$jar" io.github.tsunagari.benchmarks.Workload "$data" 10000 100000
java -cp "$jar" io.github.tsunagari.benchmarks.Workload "$data" 1000000

if [ "$mode" = full ]; then
  jmh=(-f 2 -wi 5 -w 5s -i 5 -r 5s)
else
  jmh=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
fi

echo "== (1)-(5), (11) JMH" >&2
java -jar "$jar" 'ReadBenchmark|ValidateBenchmark|ReadAndValidateBenchmark' "${jmh[@]}" \
  -jvmArgsAppend "-Dtsunagari.data=$data -Xmx3g" -rf json -rff "$out/jmh.json" >&2

echo "== (6) streaming validation under -Xmx64m" >&2
for n in 100000 1000000; do
  java -Xmx64m -XX:+UseSerialGC -cp "$jar" io.github.tsunagari.benchmarks.StreamCheck "$data/grants-$n.jsonl" \
    > "$out/stream-$n.txt"
  cat "$out/stream-$n.txt" >&2
done

echo "== (7) start-up, 7 fresh JVMs each" >&2
: > "$out/startup.txt"
for main in StartupSample StartupBaseline; do
  for i in 1 2 3 4 5 6 7; do
    start=$(date +%s%N)
    java -Xshare:auto -cp "$jar" "io.github.tsunagari.benchmarks.$main"
    end=$(date +%s%N)
    echo "$main $(( (end - start) / 1000000 ))" >> "$out/startup.txt"
  done
done

echo "== (8) whole process, side by side: 100 000 grants, median of 5 fresh processes each" >&2
cli=cli/target/tsunagari/bin/tsunagari
schema=core/src/main/resources/io/github/tsunagari/schema/grant-program.schema.json
# wall NAME FORM COMMAND...: the median wall time of five runs, in ms, as a line "NAME FORM MS" of peers.txt
wall() {
  local name=$1 form=$2; shift 2
  local times=()
  for i in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" > "$out/last-output.txt" 2>&1 || { echo "$name $form failed:" >&2; cat "$out/last-output.txt" >&2; return 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  echo "$name $form $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" >> "$out/peers.txt"
}
: > "$out/peers.txt"
ajv=
if command -v node > /dev/null && command -v npm > /dev/null; then
  (cd benchmarks/peers/ajv && npm ci --silent --no-audit --no-fund) && ajv=yes
fi
for form in array lines; do
  file=$data/grants-100000.json
  [ $form = lines ] && file=$data/grants-100000.jsonl
  ajvLines=(); [ $form = lines ] && ajvLines=(--lines)
  wall tsunagari $form "$cli" validate --quiet "$file"
  [ -n "$ajv" ] && wall ajv $form node benchmarks/peers/ajv/validate.js "$schema" "$file" "${ajvLines[@]}"
  wall networknt $form java -cp "$jar" io.github.tsunagari.benchmarks.Peers networknt "$schema" "$file"
  wall records $form java -cp "$jar" io.github.tsunagari.benchmarks.Peers records "$file"
done
start=$(date +%s%N)
TSUNAGARI_JAVA_OPTS=-Xmx64m "$cli" validate --quiet "$data/grants-1000000.jsonl" > /dev/null
end=$(date +%s%N)
echo "tsunagari lines-1000000 $(( (end - start) / 1000000 ))" >> "$out/peers.txt"
cat "$out/peers.txt" >&2

echo "== (9) allocation per grant" >&2
java -cp "$jar" io.github.tsunagari.benchmarks.Allocation "$data/grants-100000.json" "$data/grants-100000.jsonl" \
  > "$out/allocation.txt"
cat "$out/allocation.txt" >&2

echo "== (10) adversarial positions" >&2
java -Xmx3g -cp "$jar" io.github.tsunagari.benchmarks.PositionPatterns 120000 200000 > "$out/positions.txt"
cat "$out/positions.txt" >&2

java -cp "$jar" io.github.tsunagari.benchmarks.Results "$out" "$mode"
