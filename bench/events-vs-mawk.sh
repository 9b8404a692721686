#!/usr/bin/env bash
# Wall time of the same USA-PRK dyad-month aggregation of a synthetic GDELT 1.0 file by mawk
# (bench/events-dyad-month.awk, one process) and by tandem (JVM start included, all cores), and the
# ratio. Checks that both print the same months, counts and Goldstein sums. Not part of the tests.
#
#   bench/events-vs-mawk.sh [MEGABYTES] [RUNS]
#
# tandem runs as bin/tandem runs it, with a class-data sharing archive of its own (in the data
# directory), which an untimed first run writes. Each run times mawk, then tandem, on the same file
# from the page cache; both CPU times (user +
# system, from GNU time when it is installed) are printed beside the wall times, because on a shared
# machine the wall time of the two-thread side depends on whether the second core is free. The load
# average is printed before and after. Needs the jars (mvn -B -q -pl core,app,bench -am package
# -DskipTests) and mawk.
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
gnutime=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %e true 2>/dev/null; then gnutime=/usr/bin/time; fi

dir=${TMPDIR:-/tmp}/tandem-events-bench
mkdir -p "$dir"
data=$dir/synthetic-gdelt1-${mb}mb.tsv
if [ ! -f "$data" ]; then
  echo "generating $data (seed 42) ..."
  java -cp "$bench" org.tandem.bench.SyntheticGdelt "$data" "$mb" 42
fi
bytes=$(stat -c %s "$data")
rows=$(wc -l < "$data")
echo "input: $data, $bytes bytes, $rows rows; cores: $(nproc); java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$data" > /dev/null   # both read from the page cache
export TANDEM_CDS_ARCHIVE=$dir/tandem-events.jsa
bin/tandem events aggregate "$data" --dyad USA-PRK --period month --output-format csv --quiet > /dev/null 2>&1

now() { date +%s.%N; }
# Runs "$@" with stdout to $out; sets elapsed (s) and cpu (user + system s, or "?" without GNU time).
timed() {
  local out=$1; shift
  local t0 t1
  t0=$(now)
  if [ -n "$gnutime" ]; then
    "$gnutime" -o "$dir/time.txt" -f "%U %S" "$@" > "$out"
  else
    "$@" > "$out"
  fi
  t1=$(now)
  elapsed=$(echo "$t1 - $t0" | bc -l)
  cpu="?"
  if [ -n "$gnutime" ]; then cpu=$(awk '{printf "%.2f", $1 + $2}' "$dir/time.txt"); fi
}
mawk_times=()
tandem_times=()
for i in $(seq "$runs"); do
  timed "$dir/mawk.raw" mawk -f bench/events-dyad-month.awk "$data"
  m=$elapsed; mcpu=$cpu
  timed "$dir/tandem.raw" bin/tandem events aggregate "$data" --dyad USA-PRK --period month \
    --output-format csv --quiet 2> "$dir/tandem.err"
  t=$elapsed; tcpu=$cpu
  printf 'run %d: mawk %.2f s (CPU %s s), tandem %.2f s (CPU %s s), mawk / tandem = %.2f\n' "$i" "$m" "$mcpu" "$t" \
    "$tcpu" "$(echo "$m / $t" | bc -l)"
  mawk_times+=("$m")
  tandem_times+=("$t")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
sed "s/,-0\.0$/,0.0/" "$dir/mawk.raw" | sort > "$dir/mawk.out"
tail -n +2 "$dir/tandem.raw" | cut -d, -f2,4-9 | sort > "$dir/tandem.out"
if ! diff -q "$dir/mawk.out" "$dir/tandem.out" > /dev/null; then
  echo "RESULTS DIFFER: diff $dir/mawk.out $dir/tandem.out" >&2
  exit 1
fi
echo "same result: $(wc -l < "$dir/mawk.out") months; tandem: $(head -1 "$dir/tandem.err")"
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
mm=$(median "${mawk_times[@]}")
tm=$(median "${tandem_times[@]}")
printf 'median of %d: mawk %.2f s (%.0f rows/s), tandem %.2f s (%.0f rows/s); mawk / tandem = %.2f\n' "$runs" \
  "$mm" "$(echo "$rows / $mm" | bc -l)" "$tm" "$(echo "$rows / $tm" | bc -l)" "$(echo "$mm / $tm" | bc -l)"
