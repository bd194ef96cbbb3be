package gen

// Options says what case to generate. The zero value is a case of
// DefaultEvents events generated with seed 0.
//
// Record counts are proportional to Events:
//   - people: Events/4, at least 3;
//   - organizations: Events/20, at least 2;
//   - sources: Events/2, at least 1;
//   - claims: Events/3;
//   - relations: as many as people (fewer when the people and organizations
//     cannot form that many distinct ties).
type Options struct {
	// Events is the number of events; zero or less means DefaultEvents.
	Events int
	// Seed seeds the random generator; equal seeds give equal cases.
	Seed uint64
	// RecordsPerFile is the largest number of people, organizations,
	// sources or relations written to one file; zero or less means
	// DefaultRecordsPerFile. It changes how records are split across
	// files, never the records.
	RecordsPerFile int
}

// recordsPerFile returns the number of records per file o asks for.
func (o Options) recordsPerFile() int {
	if o.RecordsPerFile <= 0 {
		return DefaultRecordsPerFile
	}
	return o.RecordsPerFile
}

// DefaultEvents is the number of events generated when Options.Events is
// zero or less.
const DefaultEvents = 100

// EventsPerFile is the largest number of events in one events/NNNN.yaml file.
const EventsPerFile = 100

// Counts is how many records of each kind a case generated with some
// Options holds.
type Counts struct {
	People, Organizations, Sources, Events, Claims, Relations int
}

// events returns the number of events o asks for.
func (o Options) events() int {
	if o.Events <= 0 {
		return DefaultEvents
	}
	return o.Events
}

// Counts returns the number of records of each kind Files writes for o.
// Relations is an upper bound: duplicate ties are skipped.
func (o Options) Counts() Counts {
	n := o.events()
	return Counts{
		People:        max(3, n/4),
		Organizations: max(2, n/20),
		Sources:       max(1, n/2),
		Events:        n,
		Claims:        n / 3,
		Relations:     max(3, n/4),
	}
}
