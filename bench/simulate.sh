#!/usr/bin/env bash
# Measures `tandem simulate` on a scenario: runs per second on all cores, peak resident memory, and
# the cost normalised by the work (nanoseconds per simulated step-month); then one replication on
# one thread with JMH and its allocation per replication (-prof gc). Not part of the tests.
#
#   bench/simulate.sh [SCENARIO] [RUNS] [STRATEGY]      (JMH=0 skips the JMH part, about 30 s)
#
# Needs the built jars (mvn -B -q package -DskipTests) and GNU time (Debian package 'time').
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-korea-2012}
runs=${2:-100000}
strategy=${3:-comprehensive}
jar=app/target/tandem.jar
benchmarks=bench/target/benchmarks.jar
[ -f "$jar" ] && [ -f "$benchmarks" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install time" >&2; exit 1; }

out=$(mktemp)
err=$(mktemp)
jmh=$(mktemp)
trap 'rm -f "$out" "$err" "$jmh"' EXIT
/usr/bin/time -v java -jar "$jar" simulate "$scenario" --strategy "$strategy" --runs "$runs" \
  --format json --quiet --no-report --out "$out" 2> "$err"
rss_kb=$(grep "Maximum resident set size" "$err" | awk '{print $NF}')
wall=$(grep "Elapsed (wall clock)" "$err" | awk '{print $NF}')
cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$err")
load=$(cut -d' ' -f1-3 /proc/loadavg)
steps=$(java -jar "$jar" check "$scenario" | grep -o '[0-9]* steps' | awk '{print $1}')
python3 - "$out" "$rss_kb" "$wall" "$steps" "$cpu" "$load" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
rss_mb = int(sys.argv[2]) / 1024
steps = int(sys.argv[4])
t = result["timing"]
months = len(result["series"][next(iter(result["series"]))]["months"])
runs = result["manifest"]["runs"]
ns_per_step_month = t["seconds"] * 1e9 / (runs * months * steps)
print(f"scenario {result['manifest']['scenario']} strategy {result['manifest']['strategy']}: "
      f"{runs} runs x {months} months x {steps} steps on {t['threads']} threads")
print(f"simulation: {t['seconds']:.2f} s, {t['runsPerSecond']:.0f} runs/s, "
      f"{ns_per_step_month:.2f} ns per step-month (x threads: {ns_per_step_month * t['threads']:.2f} core-ns)")
print(f"whole process: {sys.argv[3]} wall, {float(sys.argv[5]):.1f} s CPU (JVM start and compilation included), "
      f"{runs / float(sys.argv[5]):.0f} runs per CPU-second, peak RSS {rss_mb:.0f} MB")
print(f"load average at the end: {sys.argv[6]} (wall-clock figures depend on what else runs)")
PY

if [ "${JMH:-1}" != 0 ]; then
  java -jar "$benchmarks" ReplicationBenchmark -p scenario="$scenario" -p strategy="$strategy" \
    -f 1 -wi 3 -i 5 -w 2s -r 2s -prof gc -rf json -rff "$jmh" > /dev/null
  python3 - "$jmh" "$out" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))[0]
result = json.load(open(sys.argv[2]))
months = len(result["series"][next(iter(result["series"]))]["months"])
score, error = run["primaryMetric"]["score"], run["primaryMetric"]["scoreError"]
alloc = run["secondaryMetrics"]["gc.alloc.rate.norm"]["score"]
print(f"one replication on one thread (JMH, 5 x 2 s): {score:.1f} +- {error:.1f} us; "
      f"allocated {alloc:.0f} B per replication (on average {alloc / months:.1f} B per simulated month)")
PY
fi
