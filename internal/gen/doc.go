// Package gen writes synthetic eventgraph cases of any size, for benchmarks
// and end-to-end tests. The same Options always give the same bytes: every
// random choice comes from one PCG generator seeded with Options.Seed, and no
// map is ranged over while writing.
//
// A generated case follows the case-file format of docs/format.md: people,
// organizations (some with a parent), sources (each with a publisher and an
// http URL), events with one to four participants and EDTF dates of mixed
// precision, claims with named and anonymous claimants and responses of every
// stance, and relations with intervals. Titles vary in length and some names
// are written in non-Latin scripts, so layout and text metrics are exercised.
package gen
