package wasmcache

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// manifestName is the file, in the cache folder, that records the SHA-256
// of every file wazero wrote there, as "hex  relative/path" lines.
const manifestName = "SHA256SUMS"

// maxFile bounds the size of a cached file that is hashed; a larger one is
// removed. graphviz.wasm compiles to about 5 MB.
const maxFile = 256 << 20

// manifest maps a path relative to the cache folder to its SHA-256 (hex).
type manifest map[string]string

// verify checks the cache folder's contents: the manifest and wazero's
// version folders must be the user's own; a cached file that is missing
// from the manifest or does not match it is removed. It returns the
// manifest, without the entries of removed or vanished files.
func verify(dir string) (manifest, error) {
	known, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	kept := manifest{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("wasmcache: %w", err)
	}
	for _, e := range entries {
		if e.Name() == manifestName {
			continue
		}
		sub := filepath.Join(dir, e.Name())
		if !strings.HasPrefix(e.Name(), "wazero-") {
			if err := os.RemoveAll(sub); err != nil {
				return nil, fmt.Errorf("wasmcache: %w", err)
			}
			continue
		}
		if err := checkOwn(sub, true); err != nil {
			return nil, err
		}
		files, err := os.ReadDir(sub)
		if err != nil {
			return nil, fmt.Errorf("wasmcache: %w", err)
		}
		for _, f := range files {
			rel := e.Name() + "/" + f.Name()
			p := filepath.Join(sub, f.Name())
			if want, ok := known[rel]; ok && checkOwn(p, false) == nil {
				if got, err := hashFile(p); err == nil && got == want {
					kept[rel] = want
					continue
				}
			}
			if err := os.RemoveAll(p); err != nil {
				return nil, fmt.Errorf("wasmcache: %w", err)
			}
		}
	}
	return kept, nil
}

// readManifest reads the manifest; a missing one is empty.
func readManifest(dir string) (manifest, error) {
	p := filepath.Join(dir, manifestName)
	m := manifest{}
	if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err := checkOwn(p, false); err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("wasmcache: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, 1<<20))
	for sc.Scan() {
		sum, rel, ok := strings.Cut(sc.Text(), "  ")
		if ok && len(sum) == 64 && !strings.Contains(rel, "..") {
			m[rel] = sum
		}
	}
	return m, nil
}

// hashFile returns the SHA-256 of a regular file no larger than maxFile.
func hashFile(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(f, maxFile+1))
	if err != nil {
		return "", err
	}
	if n > maxFile {
		return "", fmt.Errorf("wasmcache: %s is larger than %d bytes", p, maxFile)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Seal records the files wazero has written since Open in the manifest, so
// that the next Open keeps them. Call it once the module is compiled. A
// file that is not the user's own is not recorded.
func (c *Cache) Seal() error {
	m := manifest{}
	for rel, sum := range c.known {
		m[rel] = sum
	}
	changed := false
	subs, err := filepath.Glob(filepath.Join(c.Dir, "wazero-*"))
	if err != nil {
		return err
	}
	for _, sub := range subs {
		if checkOwn(sub, true) != nil {
			continue
		}
		files, err := os.ReadDir(sub)
		if err != nil {
			return fmt.Errorf("wasmcache: %w", err)
		}
		for _, f := range files {
			rel := filepath.Base(sub) + "/" + f.Name()
			p := filepath.Join(sub, f.Name())
			if _, ok := m[rel]; ok || strings.HasSuffix(f.Name(), ".tmp") || checkOwn(p, false) != nil {
				continue
			}
			sum, err := hashFile(p)
			if err != nil {
				continue
			}
			m[rel] = sum
			changed = true
		}
	}
	if !changed {
		return nil
	}
	c.known = m
	return writeManifest(c.Dir, m)
}

// writeManifest replaces the manifest atomically (0600).
func writeManifest(dir string, m manifest) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s  %s\n", m[k], k)
	}
	f, err := os.CreateTemp(dir, manifestName+".*.tmp")
	if err != nil {
		return fmt.Errorf("wasmcache: %w", err)
	}
	tmp := f.Name()
	_, err = f.WriteString(b.String())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, manifestName))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("wasmcache: %w", err)
	}
	return nil
}
