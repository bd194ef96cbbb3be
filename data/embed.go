package data

import "embed"

// FS holds the seed case: the folder named by SeedCase, with its YAML files.
// Load it with casefile.Load(data.FS, data.SeedCase).
//
//go:embed han-dong
var FS embed.FS

// SeedCase is the root of the seed case within FS.
const SeedCase = "han-dong"
