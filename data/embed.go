package data

import "embed"

// FS holds the seed case: the folder named by SeedCase, with its YAML files.
//
//go:embed han-dong
var FS embed.FS

// SeedCase is the root of the seed case within FS; pass it with FS to
// casefile.Load (for example fs.Sub(data.FS, data.SeedCase)).
const SeedCase = "han-dong"
