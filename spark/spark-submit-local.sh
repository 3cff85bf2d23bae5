#!/usr/bin/env bash
# spark-submit for a machine without a Spark distribution: runs Spark's own launcher class
# (org.apache.spark.deploy.SparkSubmit, what the spark-submit script runs) on Spark's jars as Maven resolves them
# (spark/distribution/pom.xml: Spark alone, as a distribution's jars/ folder holds it), listed once in
# spark/target/spark-classpath.txt.
#
#   spark/spark-submit-local.sh simulate scenarios/baseline.yaml --out out/baseline-spark --partitions 4
#
# The master is local[2] unless SPARK_MASTER says otherwise; SPARK_SUBMIT_OPTS adds JVM options (a heap:
# -Xmx4g), SPARK_CONF replaces the default spark-submit options (--conf spark.ui.enabled=false --conf
# spark.log.level=WARN: no UI port, Spark's logging at WARN). Everything after the script's
# name goes to the application, as after the jar on a spark-submit command line.
set -euo pipefail
# Local mode stays on loopback, with no UI port opened, unless the caller says otherwise.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/kamsim-spark.jar"
classpath="$here/target/spark-classpath.txt"
if [ ! -f "$jar" ]; then
  echo "spark-submit-local.sh: $jar is missing; build it first, from the repository's root:" >&2
  echo "  mvn -q -DskipTests install && mvn -q -f spark/pom.xml -DskipTests package" >&2
  exit 2
fi
if [ ! -s "$classpath" ]; then
  mvn -q -f "$here/distribution/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath" >&2
fi
# shellcheck disable=SC2086
exec java ${SPARK_SUBMIT_OPTS:-} -cp "$(cat "$classpath")" org.apache.spark.deploy.SparkSubmit \
  --master "${SPARK_MASTER:-local[2]}" ${SPARK_CONF:---conf spark.ui.enabled=false --conf spark.log.level=WARN} \
  --class org.kamsim.spark.SparkMain "$jar" "$@"
