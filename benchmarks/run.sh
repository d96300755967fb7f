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

mvn -q -B -DskipTests package -pl benchmarks -am   # always: a stale jar would measure old code

echo "== data (seed fixed; generated once)" >&2
java -cp "$jar" io.github.tsunagari.benchmarks.Workload "$data" 10000 100000
java -cp "$jar" io.github.tsunagari.benchmarks.Workload "$data" 1000000

if [ "$mode" = full ]; then
  jmh=(-f 2 -wi 5 -w 5s -i 5 -r 5s)
else
  jmh=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
fi

echo "== (1)-(5) JMH" >&2
java -jar "$jar" 'ReadBenchmark|ValidateBenchmark' "${jmh[@]}" \
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

java -cp "$jar" io.github.tsunagari.benchmarks.Results "$out" "$mode"
