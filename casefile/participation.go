package casefile

import "sort"

// PeopleInEvents returns, sorted by ID, the people taking part in at least
// min events (a person listed twice in one event counts once). render draws
// a focus diagram of each person in two or more events.
func (c *Case) PeopleInEvents(min int) []string {
	if c == nil {
		return nil
	}
	count := map[string]int{}
	for _, ev := range c.Events {
		seen := map[string]bool{}
		for _, p := range ev.Participants {
			if !seen[p.Who] && c.Kind(p.Who) == KindPerson {
				seen[p.Who] = true
				count[p.Who]++
			}
		}
	}
	var ids []string
	for id, n := range count {
		if n >= min {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}
