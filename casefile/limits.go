package casefile

// Limits of a case folder on disk. Reading stops, with an error, at the
// first one passed: a case folder holding a link to / or /proc, or a
// folder that is not a case at all, ends quickly instead of reading the
// whole disk. Each file is also limited to MaxFileSize.
const (
	// MaxCaseFiles is the largest number of case files (.yaml, .yml) read.
	MaxCaseFiles = 100_000
	// MaxCaseBytes is the largest total size of the case files, in bytes
	// (2 GiB; the generated case of 1,000,000 events is about 600 MB).
	MaxCaseBytes = 2 << 30
	// MaxFolderEntries is the largest number of folder entries looked at
	// (files of any kind and folders).
	MaxFolderEntries = 500_000
)

// limits are the limits the walker applies (lowered by tests).
var limits = struct {
	entries, files int
	bytes          int64
}{MaxFolderEntries, MaxCaseFiles, MaxCaseBytes}

// MaxParticipants is the largest number of participants of one event. An
// event with more is reported (the first MaxParticipants are kept): no
// timeline lane or diagram could show them; list the organization they
// belong to instead, or split the event.
const MaxParticipants = 1000
