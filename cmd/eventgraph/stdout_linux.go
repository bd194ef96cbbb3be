//go:build linux

package main

import "syscall"

// stdoutClosed reports whether standard output was closed when the program
// started: the Go runtime then puts /dev/null, opened read-write, in its
// place, and every write would be lost without an error. (A shell's
// >/dev/null opens it write-only.)
func stdoutClosed() bool {
	var st syscall.Stat_t
	if err := syscall.Fstat(1, &st); err != nil {
		return true
	}
	const devNull = 1<<8 | 3 // major 1, minor 3
	if st.Mode&syscall.S_IFMT != syscall.S_IFCHR || st.Rdev != devNull {
		return false
	}
	fl, _, errno := syscall.Syscall(syscall.SYS_FCNTL, 1, syscall.F_GETFL, 0)
	return errno == 0 && fl&syscall.O_ACCMODE == syscall.O_RDWR
}
