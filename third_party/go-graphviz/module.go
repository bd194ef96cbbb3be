package graphviz

import "github.com/goccy/go-graphviz/internal/wasm"

// CloseModule closes the running Graphviz module, giving its WebAssembly
// memory back, and the next use starts a new one. A module's memory only
// grows (freeing a Graphviz context or a graph returns memory to the
// module's allocator, never to the process), so a long-running program
// closes the module now and then. Every Graphviz, Graph and other object
// made before must not be used afterwards; the caller makes sure nothing
// is using the module.
func CloseModule() { wasm.Close() }
