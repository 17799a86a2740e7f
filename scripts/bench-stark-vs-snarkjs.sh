#!/usr/bin/env bash
# Hashes proved per second: the Rampart STARK prover against circom + snarkjs Groth16 on a Poseidon
# hash chain of N links, in one run on this machine, one after the other.
#   N=1024 scripts/bench-stark-vs-snarkjs.sh
# Env: N (default 1024) the chain length for both sides; PROVE_RUNS (default 3) snarkjs prove runs;
# ROUNDS (default 3) Rampart proofs per size after one warm-up; SIZES (default "4096 16384") more
# Rampart sizes for per-core figures ("" for none); PEER_DIR the peer (default
# ../shared/peers/snark beside the repository); PEER_WORK where its copy runs (default
# target/peer-snark: the peer's own results/ stay untouched; npm packages are kept there).
# Only the prove step's wall time counts on both sides: snarkjs `groth16 prove` (median of
# PROVE_RUNS; compile, setup and witness excluded) and Rampart's prove (median of ROUNDS; trace
# generation included, setup has no counterpart). Prints both rates, the ratio and the load.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
N=${N-1024}; PROVE_RUNS=${PROVE_RUNS-3}; ROUNDS=${ROUNDS-3}; SIZES=${SIZES-"4096 16384"}
PEER="${PEER_DIR:-$ROOT/../shared/peers/snark}"
WORK="${PEER_WORK:-$ROOT/target/peer-snark}"
[ -f "$PEER/run.sh" ] || { echo "error: the peer is missing: $PEER/run.sh" >&2; exit 2; }
case "$N" in
  '' | *[!0-9]*) echo "error: N must be a power of two >= 8, got '$N'" >&2; exit 2 ;;
esac
if [ "$N" -lt 8 ] || [ $((N & (N - 1))) -ne 0 ]; then
  echo "error: N must be a power of two >= 8 (the STARK trace length), got $N" >&2; exit 2
fi
. scripts/jdk25.sh
BENCH_JAR="$ROOT/bench/target/rampart-bench.jar"
[ -f "$BENCH_JAR" ] || ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl bench -am >&2
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# 1. The peer, in a copy of its directory (run.sh writes build/ and results/ beside itself).
mkdir -p "$WORK"
for f in circuits fastptau.mjs gen_input.js package.json package-lock.json run.sh summarize.js \
  tamper.js; do
  cp -r "$PEER/$f" "$WORK/"
done
[ -d "$WORK/node_modules" ] || [ ! -d "$PEER/node_modules" ] || cp -r "$PEER/node_modules" "$WORK/"
echo "# snarkjs Groth16, Poseidon chain N=$N (setup included in this phase, not in the figure);" \
  "load before: $(load)"
(cd "$WORK" && CHAIN_SIZES="$N" ROLLUP_SIZES="" PLONK="" CEREMONY_POWERS="" \
  PROVE_RUNS="$PROVE_RUNS" bash run.sh > peer-stdout.txt 2>&1) || true
grep -E "^chain +$N " "$WORK/peer-stdout.txt" || true
SNARK_S=$(awk -F, -v n="$N" '$1 == "chain" && $2 == n && $3 == "g16_prove" && $6 == 0 {print $4}' \
  "$WORK/results/steps.csv" | median)
[ -n "$SNARK_S" ] || { echo "error: no snarkjs prove time; see $WORK/results/log.txt" >&2; exit 1; }
VERIFIED=$(awk -F, -v n="$N" '$1 == "chain" && $2 == n && $3 == "g16_verify_ok" {print "yes"}' \
  "$WORK/results/steps.csv")
echo "# snarkjs done; load after: $(load)"

# 2. Rampart: the wide Poseidon2 chain AIR, BITS_100 profile; the larger sizes first (they warm
# up the JIT, which one warm-up proof at N <= 1024 does not), then N.
echo "# Rampart STARK prover, sizes $SIZES $N; load before: $(load)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx12g -XX:+UseParallelGC -Drounds="$ROUNDS" \
  -cp "$BENCH_JAR" io.rampart.bench.StarkCpuTime WIDE $SIZES "$N" | tee "$WORK/rampart.txt"
echo "# Rampart done; load after: $(load)"
rampart_s() {  # perms -> median prove wall seconds over the measured rounds
  { grep -E "^round [0-9]+ WIDE perms=$1 " "$WORK/rampart.txt" || true; } \
    | sed -E 's/.*prove wall ([0-9.]+) s.*/\1/' | median
}
if grep -q REJECTED "$WORK/rampart.txt"; then echo "error: a Rampart proof was rejected" >&2; exit 1; fi
STARK_S=$(rampart_s "$N")
[ -n "$STARK_S" ] || { echo "error: no Rampart prove time for N=$N" >&2; exit 1; }

echo
echo "Prove step only, wall clock (snarkjs: groth16 prove, median of $PROVE_RUNS;" \
  "Rampart: trace generation + prove, median of $ROUNDS after a warm-up)"
awk -v n="$N" -v s="$SNARK_S" -v v="${VERIFIED:-no}" 'BEGIN {
  printf "snarkjs Groth16 (BN254 Poseidon t=3), N=%d: %.3f s, %.1f hashes/s (proof verified: %s)\n", n, s, n / s, v }'
awk -v n="$N" -v s="$STARK_S" 'BEGIN {
  printf "Rampart STARK (Goldilocks Poseidon2 width 12, 100 bits), N=%d: %.3f s, %.0f hashes/s\n", n, s, n / s }'
for p in $SIZES; do
  awk -v n="$p" -v s="$(rampart_s "$p")" -v c="$(nproc)" 'BEGIN {
    printf "Rampart STARK, N=%d: %.3f s, %.0f hashes/s, %.0f per core (%d cores)\n", n, s, n / s, n / s / c, c }'
done
awk -v a="$SNARK_S" -v b="$STARK_S" -v n="$N" 'BEGIN {
  printf "ratio Rampart / snarkjs at N=%d: %.0fx (target >= 100x)\n", n, a / b }'
echo "load at end: $(load)"
