#!/usr/bin/env bash
# The load kit, on loopback with wrk. Stages (all by default, or STAGES="table growth"):
#   table   the stub playing full dialogues, and three references serving one fixed answer
#           (WireMock with one XPath-matched mapping, journal off; the same WireMock with its
#           default configuration; a bare Jetty handler), at 1, 8 and 64 connections:
#           requests/s, p50/p99 latency, the CPU time each server and wrk spent per request,
#           then the ratios
#   growth  the stub with 100 000 more PCEs and 100 override mappings, at 8 connections
#   startup command to first answered request, default and grown data sets
#   memory  1 000 000 dialogue requests with the default caps, then the heap after a full GC
#   suite   the conformance suite on the embedded stub, JVM start included
# Each server gets WARMUP (60 s) at 8 connections before it is measured, and 5 s before each
# measure: on two cores shared with wrk, the JIT needs about a minute of load before the
# stub's figures stop rising (after 30 s it still runs 10 % slower, with twice the p99). The
# stub's state is reset before each of its measures. Every server it starts, it stops; raw
# outputs stay in target/bench/.
#
#   bash src/bench/load.sh          DURATION=20s WARMUP=90s STAGES=table bash src/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C  # bash's time and awk print 0.5, not 0,5
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-60s}
STAGES=${STAGES:-table growth startup memory suite}
for word in $STAGES; do
  case $word in
    table | growth | startup | memory | suite) ;;
    *) echo "unknown stage '$word' in STAGES; stages: table growth startup memory suite" >&2
       exit 2 ;;
  esac
done
STUB_PORT=${STUB_PORT:-18181}
WIREMOCK_PORT=${WIREMOCK_PORT:-18182}
DEFAULTS_PORT=${DEFAULTS_PORT:-18183}
JETTY_PORT=${JETTY_PORT:-18184}
GROWN_PORT=${GROWN_PORT:-18185}
WORK=target/bench
CLOCK=2027-01-11T09:00:00+01:00
mkdir -p "$WORK"
rm -f "$WORK"/*.rps "$WORK"/*.cpu  # a ratio never takes a figure from an earlier run

if ! command -v wrk >/dev/null; then
  apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"

PIDS=()
declare -A PID_AT  # port -> the server listening there, for its CPU time
TICKS=$(getconf CLK_TCK)
cleanup() {  # stops what this script started, and waits until its ports are free
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
  PID_AT=()
}
trap cleanup EXIT
stage() { [[ " $STAGES " == *" $1 "* ]]; }

# Starts a server in the background, its output in a log emptied first: a background job
# opens its log only once it runs, so a log left by an earlier run could answer wait_for
# before the new server starts. Sets LAST_PID (no subshell: PIDS must grow).
start_logged() {  # log, command...
  local log=$1
  shift
  : > "$log"
  "$@" > "$log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
}

wait_for() {  # log file, text; the server is LAST_PID
  for _ in $(seq 1 120); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$LAST_PID" 2>/dev/null || break
    sleep 0.25
  done
  echo "did not start: $1" >&2; cat "$1" >&2; exit 1
}

all_alive() {  # stops the run when any server it started has died
  local port
  for port in "${!PID_AT[@]}"; do
    if ! kill -0 "${PID_AT[$port]}" 2>/dev/null; then
      echo "the server on port $port stopped during the run; its log is in $WORK" >&2
      exit 1
    fi
  done
}

serve() {  # port, log, extra serve options...; sets LAST_PID
  local port=$1 log=$2
  shift 2
  start_logged "$log" java -jar target/omega-coup.jar serve --port "$port" --clock "$CLOCK" "$@"
  PID_AT[$port]=$LAST_PID
  wait_for "$log" "endpoint:"
}

wrk_failed() {  # wrk output: a dead server first, else what wrk said
  all_alive
  cat "$1" >&2
  exit 1
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # user + system, in ticks

reset_stub() {
  curl -sf -X POST "http://127.0.0.1:$1/__admin/omega/reset" > /dev/null \
    || { echo "the stub on port $1 did not answer its reset" >&2; exit 1; }
}

url() { echo "http://127.0.0.1:$1/ws/CreerDemandeCOUP"; }

# wrk with the script for this kind of server: dialogues for the stub, one fixed request
# for the references. Arguments: name, port, connections, duration, [PCE].
run_wrk() {
  local threads=$(( $3 < 2 ? $3 : 2 ))  # dialogue.lua interleaves at most 2 threads
  local script=src/bench/static.lua
  [[ $1 == stub* ]] && script=src/bench/dialogue.lua
  wrk -t"$threads" -c"$3" -d"$4" -s "$script" --latency "$(url "$2")" -- ${5:-}
}

# One measure, after 5 s of the same load. Besides wrk's figures it takes the CPU time
# (user + system, JIT and GC threads included) that the server and wrk spent per request:
# on two cores that wrk shares, requests/s also depend on wrk's share, while a server's CPU
# per request is its own cost. bash's time counts every child that ends meanwhile, so a
# run where any server died stops before the figures are printed.
measure() {  # name, port, connections, [PCE]
  local out=$WORK/$1-$3 server=${PID_AT[$2]} before after
  all_alive
  if [[ $1 == stub* ]]; then reset_stub "$2"; fi
  run_wrk "$1" "$2" "$3" 5s "${4:-}" > "$out.txt" 2>&1 || wrk_failed "$out.txt"
  if [[ $1 == stub* ]]; then reset_stub "$2"; fi
  before=$(cpu_ticks "$server")
  local TIMEFORMAT='%U %S'
  { time run_wrk "$1" "$2" "$3" "$DURATION" "${4:-}" > "$out.txt" 2>&1; } 2> "$out.wrk-cpu" \
    || wrk_failed "$out.txt"
  all_alive
  after=$(cpu_ticks "$server")
  local rps p50 p99 requests server_us wrk_us notes
  rps=$(awk '/Requests\/sec/ {print $2}' "$out.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out.txt")
  requests=$(awk '/requests in/ {print $1}' "$out.txt")
  if [[ ! ${requests:-0} -gt 0 ]]; then
    echo "no request answered by $1 on port $2 (wrk output in $out.txt)" >&2
    exit 1
  fi
  server_us=$(awk -v t=$(( after - before )) -v hz="$TICKS" -v n="$requests" \
    'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  wrk_us=$(awk -v n="$requests" '{ printf "%.1f", ($1 + $2) * 1e6 / n }' "$out.wrk-cpu")
  notes=$(grep -E 'Non-2xx|Socket errors|answers:|first unexpected|first MSG_020' \
    "$out.txt" | tr '\n' ' ' || true)
  printf '%-22s %5s %12s %10s %10s %9s %9s  %s\n' "$1" "$3" "$rps" "$p50" "$p99" \
    "$server_us" "$wrk_us" "$notes"
  echo "$rps" > "$out.rps"
  echo "$server_us" > "$out.cpu"
}

ratio() {  # a / b, from the files WORK/a.ext and WORK/b.ext (ext: rps by default)
  awk -v a="$(cat "$WORK/$1.${3:-rps}")" -v b="$(cat "$WORK/$2.${3:-rps}")" \
    'BEGIN { printf "%.2f", a / b }'
}
header() {
  printf '%-22s %5s %12s %10s %10s %9s %9s\n' "server" "conns" "requests/s" "p50" "p99" \
    "server" "wrk"
  printf '%-22s %5s %12s %10s %10s %9s %9s\n' "" "" "" "" "" "CPU/req" "CPU/req"
}

if stage table || stage growth; then
  serve "$STUB_PORT" "$WORK/stub.log"
  run_wrk stub "$STUB_PORT" 8 "$WARMUP" > /dev/null
fi

if stage table; then
  curl -s -H 'Content-Type: text/xml' --data-binary @stubs/samples/creer-demande.xml \
    "$(url "$STUB_PORT")" > "$WORK/answer.xml"
  for ref in "wiremock $WIREMOCK_PORT" "wiremock-defaults $DEFAULTS_PORT" "jetty $JETTY_PORT"; do
    set -- $ref
    start_logged "$WORK/$1.log" \
      java -cp "$CP" dev.omegacoup.bench.ReferenceServers "$1" "$2" "$WORK/answer.xml"
    PID_AT[$2]=$LAST_PID
    wait_for "$WORK/$1.log" "listening"
    run_wrk "$1" "$2" 8 "$WARMUP" > /dev/null
  done

  echo "== Full dialogues against the stub; one fixed answer from the references"
  echo "   (CPU/req: user + system microseconds per request, of the server and of wrk)"
  header
  for c in 1 8 64; do
    measure stub-dialogues "$STUB_PORT" "$c"
    measure wiremock-one-xpath "$WIREMOCK_PORT" "$c"
    measure wiremock-defaults "$DEFAULTS_PORT" "$c"
    measure bare-jetty "$JETTY_PORT" "$c"
  done
  echo
  echo "requests/s, stub / reference:"
  for c in 1 8 64; do
    printf '%2d connections: WireMock one-XPath (journal off) %s, WireMock defaults %s,' "$c" \
      "$(ratio "stub-dialogues-$c" "wiremock-one-xpath-$c")" \
      "$(ratio "stub-dialogues-$c" "wiremock-defaults-$c")"
    printf ' bare Jetty %s\n' "$(ratio "stub-dialogues-$c" "bare-jetty-$c")"
  done
  echo "server CPU per request, reference / stub (at 8 and 64 connections, where the"
  echo "servers keep the cores busy, the requests/s ratio each would reach with the cores"
  echo "to itself; at 1 connection they wait on wrk):"
  for c in 1 8 64; do
    printf '%2d connections: WireMock one-XPath (journal off) %s, WireMock defaults %s,' "$c" \
      "$(ratio "wiremock-one-xpath-$c" "stub-dialogues-$c" cpu)" \
      "$(ratio "wiremock-defaults-$c" "stub-dialogues-$c" cpu)"
    printf ' bare Jetty %s\n' "$(ratio "bare-jetty-$c" "stub-dialogues-$c" cpu)"
  done
  echo
fi

if stage growth; then
  if [[ ! -f "$WORK/stub-dialogues-8.rps" ]]; then
    measure stub-dialogues "$STUB_PORT" 8 > /dev/null
  fi
  GROWN_PCE=$(java -cp "$CP" dev.omegacoup.bench.GrowthData "$WORK/grown" 100000 100)
  serve "$GROWN_PORT" "$WORK/grown.log" --data "$WORK/grown/omega-data.json" \
    --mappings "$WORK/grown"
  run_wrk stub-grown "$GROWN_PORT" 8 "$WARMUP" "$GROWN_PCE" > /dev/null
  echo "== Growth: 100 000 more PCEs (dialogues on the last one), 100 override mappings"
  header
  measure stub-grown "$GROWN_PORT" 8 "$GROWN_PCE"
  echo "grown / default data at 8 connections = $(ratio stub-grown-8 stub-dialogues-8)"
  echo
fi
cleanup

first_answer() {  # port, log, extra serve options; sets MILLIS
  local port=$1 log=$2 start tries=0
  shift 2
  start=$(date +%s%N)
  start_logged "$log" java -jar target/omega-coup.jar serve --port "$port" --clock "$CLOCK" "$@"
  until curl -s -o /dev/null -H 'Content-Type: text/xml' \
      --data-binary @stubs/samples/verifier-recevabilite.xml "$(url "$port")"; do
    (( ++tries < 3000 )) || { echo "no answer after 60 s: $log" >&2; cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  MILLIS=$(( ($(date +%s%N) - start) / 1000000 ))
}

if stage startup; then
  echo "== Start-up: command to first answered request"
  first_answer "$STUB_PORT" "$WORK/startup.log"
  echo "default data set: $MILLIS ms"
  if [[ -f "$WORK/grown/omega-data.json" ]]; then
    first_answer "$GROWN_PORT" "$WORK/startup-grown.log" \
      --data "$WORK/grown/omega-data.json" --mappings "$WORK/grown"
    echo "100 000 more PCEs, 100 mappings: $MILLIS ms"
  fi
  cleanup
  echo
fi

if stage memory; then
  echo "== Memory: 1 000 000 dialogue requests with the default caps"
  serve "$STUB_PORT" "$WORK/memory.log"
  served=0
  while (( served < 1000000 )); do
    run_wrk stub "$STUB_PORT" 8 20s "21000000000001 $served" > "$WORK/memory-wrk.txt"
    served=$(( served + $(awk '/requests in/ {print $1}' "$WORK/memory-wrk.txt") ))
    grep -E 'answers:|first unexpected|first MSG_020' "$WORK/memory-wrk.txt"
  done
  jcmd "$LAST_PID" GC.run > /dev/null
  used=$(jcmd "$LAST_PID" GC.heap_info | awk '/garbage-first heap|total/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }')
  echo "requests served: $served; heap used after a full GC: $used"
  jcmd "$LAST_PID" GC.class_histogram | head -8 | tail -5
  cleanup
  echo
fi

if stage suite; then
  echo "== The conformance suite on the embedded stub, JVM start included"
  start=$(date +%s%N)
  java -jar target/omega-coup.jar conformance > "$WORK/suite.log" 2>&1 || true
  echo "$(grep '^Conformance:' "$WORK/suite.log")"
  echo "wall time: $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
