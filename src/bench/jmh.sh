#!/usr/bin/env bash
# Per-message costs with JMH: parse + XSD validation, rules, the whole endpoint, the
# rendering of an answer, XMLUnit template comparison, Saxon XPath. Microseconds per
# operation, one fork, about a minute per benchmark. Extra arguments go to JMH (e.g. a
# name filter: bash src/bench/jmh.sh parseAndValidate).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/bench
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main "${@:-MessageCostsBenchmark}"
