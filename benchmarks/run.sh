#!/usr/bin/env bash
# Builds the engine and the JMH benchmarks, then runs them. See benchmarks/README.md.
#
#   benchmarks/run.sh                       # the whole suite (about 4 minutes)
#   benchmarks/run.sh KernelBenchmark       # one benchmark (a regular expression over benchmark names)
#   benchmarks/run.sh KernelBenchmark -p accounts=1000 -prof gc   # one size, with allocation figures
#   benchmarks/run.sh --smoke               # every benchmark once, tiny sizes (what CI runs)
#   benchmarks/run.sh --no-build ...        # skip both Maven builds, use benchmarks/target/benchmarks.jar
#   benchmarks/run.sh -h                    # this help, then JMH's own options
#
# Every other argument goes to JMH unchanged (java -jar benchmarks/target/benchmarks.jar "$@"). Forks,
# warm-up and measurement iterations are set per benchmark by annotations (2 forks, 3 warm-ups, 5
# measurements for the micro-benchmarks; single shots for the whole runs), so the plain command is the
# reference run; JMH options given here override them for every selected benchmark. Results also go to
# benchmarks/target/jmh-result.json (or -rff FILE), and a summary with the derived figures (ns per
# account-month, kernel / floor, 1 -> 2 threads, environment) is printed at the end.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
}

build=1
smoke=0
args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help)
      usage
      if [ -f "$jar" ]; then
        printf '\nJMH options (java -jar benchmarks/target/benchmarks.jar -h):\n'
        java -jar "$jar" -h
      else
        printf '\n(build once to see JMH'"'"'s own options: benchmarks/run.sh -l)\n'
      fi
      exit 0
      ;;
    --no-build) build=0 ;;
    --smoke) smoke=1 ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$build" -eq 1 ]; then
  echo "run.sh: installing the engine jar into the local Maven repository (mvn -DskipTests install)" >&2
  (cd "$root" && mvn -q -B -DskipTests install)
  echo "run.sh: building the benchmarks (mvn -f benchmarks/pom.xml package)" >&2
  (cd "$root" && mvn -q -B -f benchmarks/pom.xml package)
fi
if [ ! -f "$jar" ]; then
  echo "run.sh: $jar not found: run without --no-build first" >&2
  exit 1
fi

jmh=()
if [ "$smoke" -eq 1 ]; then
  # Each benchmark once, smallest sizes: checks that the suite runs, not how fast (about a minute).
  # -foe: a benchmark that throws fails the run. accounts/trials shrink every benchmark that has them,
  # including the whole optimisation.
  jmh+=(-f 1 -wi 0 -i 1 -r 100ms -foe true -p accounts=100 -p trials=500)
fi
# Results as JSON (for the summary below) unless the caller chose a format or a file.
result="$root/benchmarks/target/jmh-result.json"
has_rf=0
has_rff=0
listing=0
prev=""
for arg in ${args[@]+"${args[@]}"}; do
  case "$arg" in
    -rf) has_rf=1 ;;
    -rff) has_rff=1 ;;
    -l|-lp|-lprof|-lrf) listing=1 ;;
  esac
  if [ "$prev" = "-rff" ]; then result="$arg"; fi
  prev="$arg"
done
if [ "$has_rf" -eq 0 ]; then jmh+=(-rf json); fi
if [ "$has_rff" -eq 0 ]; then jmh+=(-rff "$result"); fi

cd "$root"
rm -f "$result"
java -jar "$jar" ${jmh[@]+"${jmh[@]}"} ${args[@]+"${args[@]}"}
# Derived figures (ns per account-month, kernel / floor, 1 -> 2 threads) for the README's table.
if [ "$listing" -eq 0 ] && [ "$has_rf" -eq 0 ] && [ -s "$result" ]; then
  if [ "$smoke" -eq 1 ]; then
    # Single shots at the smallest sizes: the figures check that the suite runs, not how fast it runs.
    echo "Smoke pass: one iteration per benchmark at the smallest sizes; the figures and ratios below are not measurements and no target applies to them."
  fi
  java -cp "$jar" org.kamsim.bench.Summary "$result"
fi
