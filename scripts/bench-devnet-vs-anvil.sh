#!/usr/bin/env bash
# ETH transfers per second end to end through eth_sendRawTransaction: the Rampart devnet against
# anvil, in one run, with the same client (../shared/peers/l1/bench.mjs, --node generic) and the
# same settings. Both nodes mine only on evm_mine; they run one after the other, alternating.
#   TXS=20000 RUNS=5 SENDERS=10 ROUNDS=1 scripts/bench-devnet-vs-anvil.sh
# Prints each SUMMARY line, the medians and the ratio devnet / anvil, with the load average.
# The devnet runs with the JVM options of ./rampart devnet; JAVA_OPTS adds more (e.g. a profiler).
# A read-only peer folder without node_modules is copied to PEER_WORK (default target/peer-l1).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PEER="${PEER_DIR:-$ROOT/../shared/peers/l1}"   # PEER_DIR overrides (e.g. from a git worktree)
TXS=${TXS-20000}; RUNS=${RUNS-5}; SENDERS=${SENDERS-10}; ROUNDS=${ROUNDS-1}
ANVIL_PORT=${ANVIL_PORT-18545}; DEVNET_PORT=${DEVNET_PORT-18546}
[ -f "$PEER/bench.mjs" ] || { echo "error: the peer client is missing: $PEER/bench.mjs" >&2; exit 2; }
if [ ! -x "$PEER/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil" ] && [ ! -w "$PEER" ]; then
  # a read-only peer without its packages: run a copy under target/ (PEER_WORK), packages kept there
  COPY="${PEER_WORK:-$ROOT/target/peer-l1}"
  mkdir -p "$COPY"
  cp -r "$PEER/bench.mjs" "$PEER/package.json" "$PEER/package-lock.json" "$PEER/contracts" "$COPY/"
  PEER="$COPY"
fi
[ -x "$PEER/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil" ] \
  || (cd "$PEER" && npm install --no-audit --no-fund >&2) \
  || { echo "error: could not install the peer's packages (anvil) with npm in $PEER" >&2; exit 2; }
ANVIL="$PEER/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
. scripts/jdk25.sh
CLI_JAR="$ROOT/cli/target/rampart.jar"
[ -f "$CLI_JAR" ] || ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package >&2
WORK="$(mktemp -d)"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

wait_rpc() {  # port
  for _ in $(seq 1 150); do
    if curl -s -m 1 -X POST -H 'content-type: application/json' \
      --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' \
      "http://127.0.0.1:$1" | grep -q result; then return 0; fi
    sleep 0.2
  done
  echo "error: no RPC on port $1" >&2; return 1
}

bench() {  # name port
  local out="$WORK/$1.txt"
  (cd "$PEER" && timeout 900 node bench.mjs --node generic --rpc "http://127.0.0.1:$2" --kind eth \
    --txs "$TXS" --runs "$RUNS" --senders "$SENDERS") > "$out"
  grep SUMMARY "$out" | sed "s/^/$1 /"
  grep SUMMARY "$out" | sed 's/.*"medianE2eTps":\([0-9]*\).*/\1/' >> "$WORK/$1.e2e"
}

for round in $(seq 1 "$ROUNDS"); do
  echo "# round $round, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$ANVIL" --host 127.0.0.1 --port "$ANVIL_PORT" --no-mining --accounts "$SENDERS" \
    --gas-limit 30000000 --silent > "$WORK/anvil.log" 2>&1 &
  PID=$!
  wait_rpc "$ANVIL_PORT"
  bench anvil "$ANVIL_PORT"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  rm -rf "$WORK/devnet"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
    -XX:-TieredCompilation ${JAVA_OPTS:-} \
    -jar "$CLI_JAR" devnet \
    --data-dir "$WORK/devnet" --rpc-port "$DEVNET_PORT" --no-mining --accounts "$SENDERS" \
    --gas-limit 30000000 --quiet > "$WORK/devnet.log" 2>&1 &
  PID=$!
  wait_rpc "$DEVNET_PORT"
  bench devnet "$DEVNET_PORT"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
A=$(median "$WORK/anvil.e2e"); D=$(median "$WORK/devnet.e2e")
echo "anvil  end-to-end tx/s (median of rounds): $A"
echo "devnet end-to-end tx/s (median of rounds): $D"
awk -v a="$A" -v d="$D" 'BEGIN { printf "ratio devnet / anvil: %.2f\n", d / a }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
