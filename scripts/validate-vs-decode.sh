#!/bin/bash
# validate-vs-decode.sh [ROUNDS] [OUTDIR]: the loading target of
# docs/performance.md. Runs `eventgraph validate` on a generated case of
# 100,000 events and BenchmarkDecodeNodes/events=100000 (a single-threaded
# yaml.Node decode of the same files) alternately, ROUNDS times each (10
# by default), each in a process of its own, and prints every run, then
# the medians (wall and CPU time, minor page faults, validate's peak
# RSS) and the ratio of validate's wall time to the decode's. The
# decode's faults are those of its timed loop alone (faults/op), not of
# generating the case in memory before it.
# CASE=DIR reuses a case generated before. Run from the repository's root
# on a machine with nothing else running (wall times measure any other
# work too); needs GNU time (/usr/bin/time).
set -eu
ROUNDS=${1:-10}
OUT=${2:-/tmp/eventgraph-validate-vs-decode}
mkdir -p "$OUT"
CASE=${CASE:-$OUT/case-100000}
go build -o "$OUT/eventgraph" ./cmd/eventgraph
go test -c -o "$OUT/casefile.test" ./casefile/
[ -d "$CASE" ] || go run ./internal/gen/gencase -events 100000 "$CASE" >&2
: >"$OUT/runs.tsv"
printf 'run\twall_s\tcpu_s\tpeak_kb\tfaults\tload\n'
for i in $(seq "$ROUNDS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$("$OUT/casefile.test" -test.run '^$' -test.bench 'DecodeNodes/events=100000$' -test.benchtime 1x | grep '^BenchmarkDecodeNodes')
  # BenchmarkDecodeNodes/events=100000-2  1  NS ns/op  MB MB/op  CPU cpu-s/op  F faults/op
  echo "$line" | awk -v load="$load" '{for (i = 4; i <= NF; i++) m[$i] = $(i-1); printf "decode\t%.3f\t%s\t-\t%d\t%s\n", $3/1e9, m["cpu-s/op"], m["faults/op"], load}' | tee -a "$OUT/runs.tsv"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$OUT/time.txt" -f '%e %U %S %M %R' "$OUT/eventgraph" validate "$CASE" >/dev/null 2>"$OUT/validate.err"
  awk -v load="$load" '{printf "validate\t%.3f\t%.2f\t%s\t%s\t%s\n", $1, $2+$3, $4, $5, load}' "$OUT/time.txt" | tee -a "$OUT/runs.tsv"
done
median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.10g\n", (v[NR/2]+v[NR/2+1])/2}'; }
dw=$(awk '$1=="decode"{print $2}' "$OUT/runs.tsv" | median)
dc=$(awk '$1=="decode"{print $3}' "$OUT/runs.tsv" | median)
vw=$(awk '$1=="validate"{print $2}' "$OUT/runs.tsv" | median)
vc=$(awk '$1=="validate"{print $3}' "$OUT/runs.tsv" | median)
vm=$(awk '$1=="validate"{print $4}' "$OUT/runs.tsv" | median)
df=$(awk '$1=="decode"{print $5}' "$OUT/runs.tsv" | median)
vf=$(awk '$1=="validate"{print $5}' "$OUT/runs.tsv" | median)
echo "medians: decode wall ${dw} s, CPU ${dc} s, ${df} faults; validate wall ${vw} s, CPU ${vc} s, ${vf} faults, peak ${vm} KB"
awk -v v="$vw" -v d="$dw" 'BEGIN {printf "validate / decode wall time: %.2f\n", v/d}'
