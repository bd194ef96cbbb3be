package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var buf bytes.Buffer
	out := filepath.Join(t.TempDir(), "before.svg")
	chain := filepath.Join(t.TempDir(), "chain.svg")
	if err := run(&buf, out, chain); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	for _, want := range []string{
		"Han Dong, the Two Michaels and the Chinese consulate in Toronto\n",
		"[disputed] ",
		"    Han Dong denies 2023-03-21\n",
		"Han Dong to Justin Trudeau in ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	svg, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(svg, []byte("<svg")) {
		t.Fatalf("no SVG written: %v %.40q", err, svg)
	}
	if !bytes.Contains(svg, []byte("21 March 2023")) {
		t.Error("the as-of timeline does not say which day it shows")
	}
	pic, err := os.ReadFile(chain)
	if err != nil || !bytes.HasPrefix(pic, []byte("<svg")) {
		t.Fatalf("no chain diagram written: %v %.40q", err, pic)
	}
	for _, want := range []string{"The shortest chain between Han Dong and Justin Trudeau", "eg-on", "From the MP to the prime minister"} {
		if !bytes.Contains(pic, []byte(want)) {
			t.Errorf("the chain diagram lacks %q", want)
		}
	}
}
