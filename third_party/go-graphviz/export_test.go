package graphviz

import "github.com/goccy/go-graphviz/internal/wasm"

// TestingCloseModule closes the running module, so that the next use
// starts it again with the cache set then.
func TestingCloseModule() { wasm.Close() }
