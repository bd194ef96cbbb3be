#!/bin/bash
# measure-scale.sh N [OUTDIR] [COMMAND...]: the figures of docs/scale.md for
# a generated case of N events: wall time, CPU time (user, system) and peak
# memory of validate, each query and each export, with the load average
# before and after each command, as tab-separated lines on standard output.
# Name COMMANDs (validate, query-path, query-neighbours, query-search,
# query-cites, export-gexf, ...) to measure only those. CASE=DIR reuses a
# case generated before (generating 1,000,000 events takes minutes).
# Run from the repository's root; needs GNU time (/usr/bin/time).
set -eu
N=$1
OUT=${2:-/tmp/eventgraph-scale-$N}
shift $(($# < 2 ? $# : 2))
ONLY=" $* "
mkdir -p "$OUT"
BIN=$OUT/eventgraph
CASE=${CASE:-$OUT/case}
go build -o "$BIN" ./cmd/eventgraph
[ -d "$CASE" ] || go run ./internal/gen/gencase -events "$N" "$CASE" >&2
printf 'command\twall\tuser_s\tsys_s\tpeak_kb\texit\tload_before\tload_after\n'
run() {
  name=$1; shift
  [ "$ONLY" = "  " ] || case $ONLY in *" $name "*) ;; *) return 0 ;; esac
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
run query-neighbours "$BIN" query neighbours person-1 --depth 2 "$CASE"
run query-search "$BIN" query search "montreal harbour contract" "$CASE"
run query-cites "$BIN" query cites source-1 "$CASE"
for f in gexf graphml neo4j ftm timelinejs csv json; do
  o=$OUT/export.$f
  run "export-$f" "$BIN" export "$CASE" --format "$f" -o "$o"
  [ ! -e "$o" ] || du -sk "$o" | cut -f1 >"$OUT/export-$f.size"
  rm -rf "$o"
done
