//go:build unix

package wasmcache

import (
	"fmt"
	"os"
	"syscall"
)

// checkOwn reports an error unless p, not followed if a symbolic link, is
// a folder (or, with dir false, a regular file) owned by the current user
// and not writable by group or others.
func checkOwn(p string, dir bool) error {
	fi, err := os.Lstat(p)
	if err != nil {
		return fmt.Errorf("wasmcache: %w", err)
	}
	switch {
	case fi.Mode()&os.ModeSymlink != 0:
		return fmt.Errorf("%w: %s is a symbolic link", ErrUnsafe, p)
	case dir && !fi.IsDir():
		return fmt.Errorf("%w: %s is not a folder", ErrUnsafe, p)
	case !dir && !fi.Mode().IsRegular():
		return fmt.Errorf("%w: %s is not a regular file", ErrUnsafe, p)
	case fi.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("%w: %s is writable by others (mode %v)", ErrUnsafe, p, fi.Mode().Perm())
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("%w: cannot tell who owns %s", ErrUnsafe, p)
	}
	if int(st.Uid) != os.Getuid() {
		return fmt.Errorf("%w: %s belongs to user %d, not %d", ErrUnsafe, p, st.Uid, os.Getuid())
	}
	return nil
}

// checkParent reports an error unless base (followed if a link) is a folder
// owned by the current user or root that others cannot write, or that is
// sticky (as /tmp is: others cannot rename what is ours).
func checkParent(base string) error {
	fi, err := os.Stat(base)
	if err != nil {
		return fmt.Errorf("wasmcache: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%w: %s is not a folder", ErrUnsafe, base)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Errorf("%w: cannot tell who owns %s", ErrUnsafe, base)
	}
	if int(st.Uid) != os.Getuid() && st.Uid != 0 {
		return fmt.Errorf("%w: %s belongs to user %d", ErrUnsafe, base, st.Uid)
	}
	if fi.Mode().Perm()&0o022 != 0 && fi.Mode()&os.ModeSticky == 0 {
		return fmt.Errorf("%w: %s is writable by others (mode %v)", ErrUnsafe, base, fi.Mode().Perm())
	}
	return nil
}
