#!/bin/bash
# measure-scale.sh N [OUTDIR]: the figures of docs/scale.md for a generated
# case of N events: wall time, CPU time (user, system) and peak memory of
# validate, query path, query search and each export, with the load average
# before and after each command, as tab-separated lines on standard output.
# Run from the repository's root; needs GNU time (/usr/bin/time).
set -eu
N=$1
OUT=${2:-/tmp/eventgraph-scale-$N}
mkdir -p "$OUT"
BIN=$OUT/eventgraph
CASE=$OUT/case
go build -o "$BIN" ./cmd/eventgraph
[ -d "$CASE" ] || go run ./internal/gen/gencase -events "$N" "$CASE" >&2
printf 'command\twall\tuser_s\tsys_s\tpeak_kb\texit\tload_before\tload_after\n'
run() {
  name=$1; shift
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  set +e
  /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  rc=$?
  set -e
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  field() { grep "$1" "$OUT/$name.time" | awk '{print $NF}'; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(field 'Elapsed (wall')" "$(field 'User time')" \
    "$(field 'System time')" "$(field 'Maximum resident')" "$rc" "$before" "$after"
}
run validate "$BIN" validate "$CASE"
run query-path "$BIN" query path person-1 "event-$N" "$CASE"
run query-search "$BIN" query search "montreal harbour contract" "$CASE"
for f in gexf graphml neo4j ftm timelinejs csv json; do
  o=$OUT/export.$f
  run "export-$f" "$BIN" export "$CASE" --format "$f" -o "$o"
  rm -rf "$o"
done
