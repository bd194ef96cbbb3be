package cli

import "testing"

// BenchmarkRenderSeed is "eventgraph render" on the bundled case, in
// process: load, validate, both timelines, the relationship diagram and
// every focus diagram, written to disk.
func BenchmarkRenderSeed(b *testing.B) {
	out := b.TempDir()
	for b.Loop() {
		if r := runCLI(b, "render", "-o", out); r.code != ExitOK {
			b.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
}

// BenchmarkValidateSeed is "eventgraph validate" on the bundled case.
func BenchmarkValidateSeed(b *testing.B) {
	for b.Loop() {
		if r := runCLI(b, "validate"); r.code != ExitOK {
			b.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
}
