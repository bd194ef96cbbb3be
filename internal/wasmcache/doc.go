// Package wasmcache keeps the native code that wazero compiles from
// WebAssembly in a per-user folder that no one else can write, so a later
// process starts quickly and never runs code another user planted.
//
// The folder is os.UserCacheDir()/eventgraph/<name>. It is created 0700 and
// used only while it is a real folder (not a symbolic link) owned by the
// current user and not writable by group or others; its parent must not be
// writable by others either (unless sticky, as /tmp is). Every file wazero
// writes is recorded with its SHA-256 in a manifest once the module is
// compiled (Seal); before the next use, a file that is missing from the
// manifest or does not match it (truncated, corrupted, left half-written)
// is removed, so wazero compiles afresh and replaces it rather than loading
// it. Open returns an error, never panics, when any of this cannot be
// assured; the caller then compiles in memory. EVENTGRAPH_NO_CACHE=1 turns
// the cache off.
package wasmcache
