#!/usr/bin/env bash
# Wall time of the same USA-PRK dyad-month aggregation of a synthetic GDELT 1.0 file by mawk
# (bench/events-dyad-month.awk, one process) and by tandem (JVM start included, all cores), and the
# ratio. Checks that both print the same months, counts and Goldstein sums. Not part of the tests.
#
#   bench/events-vs-mawk.sh [MEGABYTES] [RUNS]
#
# Needs the jars (mvn -B -q -pl core,app,bench -am package -DskipTests) and mawk.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-300}
runs=${2:-3}
jar=app/target/tandem.jar
bench=bench/target/benchmarks.jar
for f in "$jar" "$bench"; do
  [ -f "$f" ] || { echo "build first: mvn -B -q -pl core,app,bench -am package -DskipTests" >&2; exit 1; }
done
command -v mawk >/dev/null || { echo "install mawk: apt-get install mawk" >&2; exit 1; }

dir=${TMPDIR:-/tmp}/tandem-events-bench
mkdir -p "$dir"
data=$dir/synthetic-gdelt1-${mb}mb.tsv
if [ ! -f "$data" ]; then
  echo "generating $data (seed 42) ..."
  java -cp "$bench" org.tandem.bench.SyntheticGdelt "$data" "$mb" 42
fi
bytes=$(stat -c %s "$data")
rows=$(wc -l < "$data")
echo "input: $data, $bytes bytes, $rows rows; cores: $(nproc)"
cat "$data" > /dev/null   # both read from the page cache

now() { date +%s.%N; }
best_mawk=""
best_tandem=""
for i in $(seq "$runs"); do
  t0=$(now)
  mawk -f bench/events-dyad-month.awk "$data" | sed "s/,-0\.0$/,0.0/" | sort > "$dir/mawk.out"
  t1=$(now)
  java -jar "$jar" events aggregate "$data" --dyad USA-PRK --period month --output-format csv --quiet \
    2> "$dir/tandem.err" | tail -n +2 | cut -d, -f2,4-9 | sort > "$dir/tandem.out"
  t2=$(now)
  m=$(echo "$t1 - $t0" | bc -l)
  t=$(echo "$t2 - $t1" | bc -l)
  printf 'run %d: mawk %.2f s, tandem %.2f s\n' "$i" "$m" "$t"
  if [ -z "$best_mawk" ] || [ "$(echo "$m < $best_mawk" | bc -l)" = 1 ]; then best_mawk=$m; fi
  if [ -z "$best_tandem" ] || [ "$(echo "$t < $best_tandem" | bc -l)" = 1 ]; then best_tandem=$t; fi
done
if ! diff -q "$dir/mawk.out" "$dir/tandem.out" > /dev/null; then
  echo "RESULTS DIFFER: diff $dir/mawk.out $dir/tandem.out" >&2
  exit 1
fi
echo "same result: $(wc -l < "$dir/mawk.out") months; tandem: $(head -1 "$dir/tandem.err")"
printf 'best of %d: mawk %.2f s (%.0f rows/s), tandem %.2f s (%.0f rows/s); mawk / tandem = %.2f\n' "$runs" \
  "$best_mawk" "$(echo "$rows / $best_mawk" | bc -l)" "$best_tandem" "$(echo "$rows / $best_tandem" | bc -l)" \
  "$(echo "$best_mawk / $best_tandem" | bc -l)"
