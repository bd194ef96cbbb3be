package browsertest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// CPUTime is the processor time (user and system, in milliseconds) spent
// so far by the processes of the shared browser, by process type
// ("browser", "renderer", "gpu-process", ...), read from /proc. Unlike wall
// time it hardly changes when other work shares the machine, so a
// benchmark reports it beside its wall times. It is nil where /proc is
// missing or before the browser started.
func CPUTime() map[string]float64 {
	if browserDir == "" {
		return nil
	}
	dirs, err := filepath.Glob("/proc/[0-9]*")
	if err != nil || len(dirs) == 0 {
		return nil
	}
	tick := 100.0 // USER_HZ on Linux
	out := map[string]float64{}
	for _, d := range dirs {
		cmd, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil || !strings.Contains(string(cmd), browserDir) {
			continue
		}
		typ := "browser"
		// Chromium rewrites its children's arguments into one string.
		for _, arg := range strings.FieldsFunc(string(cmd), func(r rune) bool { return r == 0 || r == ' ' }) {
			if t, ok := strings.CutPrefix(arg, "--type="); ok {
				typ = t
			}
		}
		st, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue
		}
		// Fields after the command name in parentheses: utime and stime
		// are the 12th and 13th.
		s := string(st)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 13 {
			continue
		}
		u, err1 := strconv.ParseFloat(f[11], 64)
		k, err2 := strconv.ParseFloat(f[12], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out[typ] += (u + k) * 1000 / tick
	}
	return out
}
