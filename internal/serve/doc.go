// Package serve is the live preview behind "eventgraph serve": it serves
// the explorer of a case folder at /, its pictures (drawn by a function the
// command line gives it, with the commands' options as query parameters),
// the case's problems at /api/problems, and server-sent events at
// /api/events that fire after each save (the folder is watched with
// fsnotify; bursts of changes are taken together). A save that breaks the
// case reports its problems, located, and keeps the last good explorer and
// pictures. It answers GET only, serves nothing but these routes (no file
// is read from a request's path), sends a strict Content-Security-Policy,
// and, bound to loopback, answers only requests addressed to loopback.
package serve
