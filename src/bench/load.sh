#!/usr/bin/env bash
# Load test on loopback with wrk: the stub playing full dialogues, against two references
# serving a fixed answer (WireMock with one XPath-matched mapping, and a bare Jetty
# handler), at 1, 8 and 64 connections. Prints requests/s and p50/p99 latency, and the
# ratios. Bounded: DURATION per measure (default 10s); every server it starts, it stops.
#
#   bash src/bench/load.sh            DURATION=20s bash src/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-10s}
STUB_PORT=${STUB_PORT:-18181}
WIREMOCK_PORT=${WIREMOCK_PORT:-18182}
JETTY_PORT=${JETTY_PORT:-18183}
WORK=target/bench
mkdir -p "$WORK"

if ! command -v wrk >/dev/null; then
  apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() {  # log file, text
  for _ in $(seq 1 60); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "did not start: $1" >&2; cat "$1" >&2; exit 1
}

java -jar target/omega-coup.jar serve --port "$STUB_PORT" --clock 2027-01-11T09:00:00+01:00 \
  > "$WORK/stub.log" 2>&1 & PIDS+=($!)
wait_for "$WORK/stub.log" "endpoint:"
curl -s -H 'Content-Type: text/xml' --data-binary @stubs/samples/creer-demande.xml \
  "http://127.0.0.1:$STUB_PORT/ws/CreerDemandeCOUP" > "$WORK/answer.xml"
java -cp "$CP" dev.omegacoup.bench.ReferenceServers wiremock "$WIREMOCK_PORT" \
  "$WORK/answer.xml" > "$WORK/wiremock.log" 2>&1 & PIDS+=($!)
java -cp "$CP" dev.omegacoup.bench.ReferenceServers jetty "$JETTY_PORT" \
  "$WORK/answer.xml" > "$WORK/jetty.log" 2>&1 & PIDS+=($!)
wait_for "$WORK/wiremock.log" "listening"
wait_for "$WORK/jetty.log" "listening"

measure() {  # name, port, script, connections
  local threads=$(( $4 < 2 ? $4 : 2 ))  # dialogue.lua interleaves at most 2 threads
  local url="http://127.0.0.1:$2/ws/CreerDemandeCOUP"
  wrk -t"$threads" -c"$4" -d3s -s "$3" "$url" >/dev/null  # warm-up
  wrk -t"$threads" -c"$4" -d"$DURATION" -s "$3" --latency "$url" > "$WORK/$1-$4.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1-$4.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$1-$4.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1-$4.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/$1-$4.txt" | tr '\n' ' ')
  printf '%-22s %5s %12s %10s %10s  %s\n' "$1" "$4" "$rps" "$p50" "$p99" "$errors"
  echo "$rps" > "$WORK/$1-$4.rps"
}

printf '%-22s %5s %12s %10s %10s\n' "server" "conns" "requests/s" "p50" "p99"
for c in 1 8 64; do
  measure "stub-dialogues" "$STUB_PORT" src/bench/dialogue.lua "$c"
  measure "wiremock-one-xpath" "$WIREMOCK_PORT" src/bench/static.lua "$c"
  measure "bare-jetty" "$JETTY_PORT" src/bench/static.lua "$c"
done
echo
for c in 1 8 64; do
  awk -v c="$c" -v s="$(cat "$WORK/stub-dialogues-$c.rps")" \
      -v w="$(cat "$WORK/wiremock-one-xpath-$c.rps")" -v j="$(cat "$WORK/bare-jetty-$c.rps")" \
      'BEGIN { printf "%2d connections: stub / WireMock one-XPath = %.2f, stub / bare Jetty = %.3f\n", c, s / w, s / j }'
done
