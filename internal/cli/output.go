package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// writeOutput writes data to path. A regular file (or a new one) is written
// atomically: to a temporary file in the same folder, then renamed over
// path, so a failure never leaves half a file; a file that is replaced
// keeps its permissions. Anything else that path names, or that a symbolic
// link at path leads to (a FIFO, a character device such as /dev/stdout or
// /dev/null), is written into in place and never replaced. The path "-"
// writes to stdout.
func writeOutput(path string, data []byte, stdout io.Writer) error {
	return writeOutputWith(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, stdout)
}

// writeOutputWith is writeOutput for output made as it is written: write
// gets a buffered writer on the temporary file (or the file written in
// place, or stdout) and returns the writer's first error, so that a large
// export is never held whole in memory.
func writeOutputWith(path string, write func(io.Writer) error, stdout io.Writer) error {
	if path == "-" {
		if err := buffered(stdout, write); err != nil {
			return fmt.Errorf("cannot write to standard output: %w", err)
		}
		return nil
	}
	if err := checkOutputPath(path); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return writeInPlace(path, write)
		}
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	name := tmp.Name()
	untrack := trackTemp(name)
	defer untrack()
	err = buffered(tmp, write)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = commitTemp(name, path)
	}
	if err != nil {
		os.Remove(name)
		return writeError(path, err)
	}
	return nil
}

// writeInPlace writes into an existing file that is not a regular file (a
// FIFO, a device), as a shell redirection would.
func writeInPlace(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return writeError(path, err)
	}
	err = buffered(f, write)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return writeError(path, err)
	}
	return nil
}

// buffered runs write on a buffer over w and flushes it.
func buffered(w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// checkOutputPath reports, in the user's terms, why path cannot be written:
// its folder is missing or is a file, or path itself is a folder.
func checkOutputPath(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("cannot write %s: it is a folder; name a file inside it, such as %s", quotePath(path), filepath.Join(quotePath(path), "out.svg"))
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: the folder %s does not exist; create it first", quotePath(path), quotePath(dir))
	case err == nil && !fi.IsDir():
		return fmt.Errorf("cannot write %s: %s is a file, not a folder", quotePath(path), quotePath(dir))
	}
	return nil
}

// guardOutput refuses, as a usage error, an empty -o, an output path that
// is one of the case's input files (the case folder named by args), and,
// with folder set (render), an output folder inside the case folder. It
// runs before anything is drawn.
func guardOutput(output string, args []string, folder bool) error {
	if output == "" {
		if folder {
			return usagef("-o \"\": name an output folder, such as -o out")
		}
		return usagef("-o \"\": name an output file, or - for standard output")
	}
	if output == "-" || len(args) == 0 {
		return nil
	}
	dir := args[0]
	if folder {
		if inside(output, dir) {
			return usagef("-o %s is inside the case folder %s: the pictures would be mixed into the case; name a folder outside it, such as -o out", quotePath(output), quotePath(dir))
		}
		return nil
	}
	ofi, err := os.Stat(output)
	if err != nil {
		return nil
	}
	files, err := casefile.InputFiles(dir)
	if err != nil {
		return nil
	}
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && os.SameFile(fi, ofi) {
			if f == output {
				return usagef("-o %s is a case file: writing would destroy it; name another output file", quotePath(output))
			}
			return usagef("-o %s is the case file %s: writing would destroy it; name another output file", quotePath(output), quotePath(f))
		}
	}
	return nil
}

// inside reports whether path, once symbolic links are resolved as far as
// it exists, is dir or lies below it.
func inside(path, dir string) bool {
	d, err := resolve(dir)
	if err != nil {
		return false
	}
	p, err := resolve(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolve returns the absolute path of p with the symbolic links of its
// longest existing prefix resolved.
func resolve(p string) (string, error) {
	p, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest), nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

// writeError words a failed write without the temporary file's name.
func writeError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", quotePath(path), err)
}
