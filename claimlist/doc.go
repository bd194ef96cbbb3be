// Package claimlist selects the claims of a case and writes them for
// people and for other programs: as aligned, wrapped text for a terminal,
// as JSON, and as CSV with one row per claim. Each claim carries its status,
// claimants, responses and dated status history, in the words of casefile's
// wording table. It reads the model only; an as-of view is made before, with
// casefile.Case.AsOf.
package claimlist
