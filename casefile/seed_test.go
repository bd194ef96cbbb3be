package casefile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDataCases loads every case under ../data (the seed case) from disk:
// each must validate.
func TestDataCases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "data", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			c, err := LoadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if k := c.Counts(); k.Events == 0 || k.People == 0 {
				t.Errorf("%s holds %s", dir, k)
			}
		})
	}
	if n == 0 {
		t.Skip("no cases under ../data")
	}
}
