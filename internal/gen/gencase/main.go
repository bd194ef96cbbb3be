// Command gencase writes a synthetic case of any size into a new folder, for
// measuring the loader and the pictures on large cases:
//
//	go run ./internal/gen/gencase -events 1000000 -seed 1 /tmp/case-1m
//	go run ./cmd/eventgraph validate /tmp/case-1m
//
// The folder must not exist or be empty, so that no file of an earlier case
// is mixed in. Every file stays far below the loader's size limit: kinds
// with many records are split across files (see gen.Options).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/eventgraph/eventgraph/internal/gen"
)

func main() {
	events := flag.Int("events", gen.DefaultEvents, "number of events")
	seed := flag.Uint64("seed", 1, "random seed; equal seeds give equal cases")
	perFile := flag.Int("records-per-file", gen.DefaultRecordsPerFile, "largest number of people, organizations, sources or relations in one file")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencase [-events N] [-seed S] [-records-per-file N] DIR\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *events < 1 || *perFile < 1 {
		flag.Usage()
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "gencase: %s is not empty; give a new folder\n", dir)
		os.Exit(1)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "gencase: %v\n", err)
		os.Exit(1)
	}
	o := gen.Options{Events: *events, Seed: *seed, RecordsPerFile: *perFile}
	if err := gen.WriteDir(dir, o); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n := o.Counts()
	fmt.Printf("%s: %d events, %d claims, %d people, %d organizations, %d sources, up to %d relations\n",
		dir, n.Events, n.Claims, n.People, n.Organizations, n.Sources, n.Relations)
}
