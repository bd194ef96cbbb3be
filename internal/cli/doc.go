// Package cli is the eventgraph command line: subcommands and flags, turned
// into the option structs of the library packages. It holds no domain logic.
//
// Main runs a whole invocation in-process, so tests drive the real command
// with their own arguments, standard streams and temporary folders.
//
// Exit codes: 0 success, 1 invalid input (a case that does not validate, a
// record named in a flag that does not exist, an output that cannot be
// written), 2 usage error (unknown command or flag, bad flag value).
package cli
