#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless and checks their headline figures against the CLI.
#
#   bash notebooks/run.sh                 # build the jar if needed, install the kernel if needed, run all
#   bash notebooks/run.sh 01-what-if.ipynb  # only these notebooks (names relative to notebooks/)
#   bash notebooks/run.sh --install       # only install the Java kernel (for interactive use), then stop
#   bash notebooks/run.sh --no-check      # execute, but skip the comparison with the CLI
#
# Each notebook is executed into a scratch copy (target/notebooks/); only when every cell ran is the copy,
# with its run-to-run noise stripped (notebooks/normalise.py), written over the notebook in notebooks/. So a
# failed run never leaves a half-executed notebook in the repository; nbconvert's output, with the failing
# cell and its error, stays in target/notebooks/NAME.log. Then notebooks/check_headlines.py runs the CLI with the arguments each
# notebook's "headline" lines name and requires the same figures in summary.json (or the file named).
#
# The Java kernel (io.github.padreati:rapaio-jupyter-kernel) sometimes hangs at start-up; nbconvert then
# fails with "Kernel didn't respond in N seconds". That failure, and only that one, is retried, at most
# 3 times in all, with a short start-up timeout. A failing cell fails the script, naming the notebook.
#
# Environment: JUPYTER (default /usr/bin/jupyter, Debian's, else jupyter on PATH), PYTHON (for the checks;
# stdlib only; default python3), KERNEL_STARTUP_TIMEOUT (seconds, default 30), CELL_TIMEOUT (seconds per
# cell, default 600), MVN_ARGS (extra Maven arguments, e.g. -o to build offline), M2_REPO (the local Maven
# repository, default ~/.m2/repository).
set -euo pipefail

KERNEL_VERSION=3.0.1
KERNEL_NAME=rapaio-jupyter-kernel
KERNEL_GAV="io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION"
ATTEMPTS=3

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

if [ -n "${JUPYTER:-}" ]; then
  jupyter="$JUPYTER"
elif [ -x /usr/bin/jupyter ]; then
  jupyter=/usr/bin/jupyter
else
  jupyter=jupyter
fi
python="${PYTHON:-python3}"
startup_timeout="${KERNEL_STARTUP_TIMEOUT:-30}"
cell_timeout="${CELL_TIMEOUT:-600}"
read -r -a mvn_args <<< "${MVN_ARGS:-}"
# Debian's Python 3.11 prints a debugger warning on every Jupyter start-up; it is noise here.
export PYDEVD_DISABLE_FILE_VALIDATION=1

fail() {
  echo "notebooks/run.sh: $*" >&2
  exit 1
}

install_only=no
check=yes
notebooks=()
for arg in "$@"; do
  case "$arg" in
    --install) install_only=yes ;;
    --no-check) check=no ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) fail "unknown option $arg (see --help)" ;;
    *) notebooks+=("notebooks/$(basename "$arg")") ;;
  esac
done

command -v "$jupyter" >/dev/null 2>&1 \
  || fail "no Jupyter: apt-get install jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient" \
    "(notebooks/README.md)"
command -v java >/dev/null 2>&1 || fail "no java found: apt-get install openjdk-17-jdk-headless"

# The Java kernel: installed (kernelspec $KERNEL_NAME) from the jar in the local Maven repository, which
# Maven fetches from Maven Central if it is not there yet.
install_kernel() {
  if "$jupyter" kernelspec list --json 2>/dev/null | "$python" -c \
      "import json,sys; sys.exit(0 if '$KERNEL_NAME' in json.load(sys.stdin)['kernelspecs'] else 1)"; then
    echo "kernel: $KERNEL_NAME is installed"
    return
  fi
  local jar
  jar="${M2_REPO:-$HOME/.m2/repository}/io/github/padreati/rapaio-jupyter-kernel/$KERNEL_VERSION"
  jar="$jar/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
  if [ ! -f "$jar" ]; then
    echo "kernel: fetching $KERNEL_GAV from Maven Central"
    mvn "${mvn_args[@]}" -q dependency:get -Dartifact="$KERNEL_GAV" -Dtransitive=false \
      || fail "could not fetch $KERNEL_GAV with Maven"
  fi
  [ -f "$jar" ] || fail "$jar is missing after mvn dependency:get"
  echo "kernel: installing $KERNEL_NAME from $jar"
  java -jar "$jar" -i -auto
  "$jupyter" kernelspec list 2>/dev/null | grep -q "$KERNEL_NAME" \
    || fail "the kernel installer ran but Jupyter does not list the kernelspec $KERNEL_NAME"
}

install_kernel
if [ "$install_only" = yes ]; then
  exit 0
fi

# The jar the notebooks load (%jar ../target/kamsim.jar): built when missing or older than the sources.
jar=target/kamsim.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
  echo "build: mvn -q -DskipTests package"
  mvn "${mvn_args[@]}" -q -DskipTests package || fail "the build failed"
fi

if [ "${#notebooks[@]}" -eq 0 ]; then
  for nb in notebooks/*.ipynb; do
    notebooks+=("$nb")
  done
fi
[ "${#notebooks[@]}" -gt 0 ] || fail "no notebooks in notebooks/"

scratch="target/notebooks"
mkdir -p "$scratch"

# Runs one notebook into $scratch; retries only a kernel that did not answer at start-up.
execute() {
  local nb="$1" name log attempt start
  name="$(basename "$nb")"
  log="$scratch/${name%.ipynb}.log"
  for attempt in $(seq 1 "$ATTEMPTS"); do
    start=$SECONDS
    if "$jupyter" nbconvert --to notebook --execute "$nb" \
        --output-dir "$scratch" --output "$name" \
        --ExecutePreprocessor.kernel_name="$KERNEL_NAME" \
        --ExecutePreprocessor.startup_timeout="$startup_timeout" \
        --ExecutePreprocessor.timeout="$cell_timeout" \
        --ExecutePreprocessor.record_timing=False \
        > "$log" 2>&1; then
      echo "ran $nb in $((SECONDS - start)) s"
      return 0
    fi
    if grep -q "Kernel didn't respond" "$log" && [ "$attempt" -lt "$ATTEMPTS" ]; then
      echo "$nb: the kernel did not respond at start-up (attempt $attempt of $ATTEMPTS); retrying"
      continue
    fi
    echo "---- $log (last 40 lines) ----" >&2
    tail -n 40 "$log" >&2
    if grep -q "Kernel didn't respond" "$log"; then
      fail "$nb: the kernel did not respond at start-up in $ATTEMPTS attempts"
    fi
    fail "$nb failed: a cell raised an error (above; the whole output of nbconvert is in $log)"
  done
}

for nb in "${notebooks[@]}"; do
  [ -f "$nb" ] || fail "$nb does not exist"
  execute "$nb"
  "$python" notebooks/normalise.py "$scratch/$(basename "$nb")" "$nb" "$root" \
    || fail "$nb: its outputs cannot be committed as they are (see above)"
done

if [ "$check" = yes ]; then
  "$python" notebooks/check_headlines.py "${notebooks[@]}" || fail "the notebooks' figures differ from the CLI's"
fi
echo "notebooks: all ${#notebooks[@]} ran$([ "$check" = yes ] && echo ', headline figures as the CLI gives them')"
