package logbook

import "github.com/gluteplan/gluteplan/planner"

// SessionDone says what entry e says of the session planned on day d:
// whether it says what was done (logged), and the share of the session
// done, 0 to 1, a session done in part counting the share of its
// exercises done, as [Summarize] counts them. A day without a session,
// or without an entry, is never logged.
func SessionDone(d *planner.Day, e *Entry) (logged bool, done float64) {
	if e == nil || !hasSession(d) || e.Done == "" {
		return false, 0
	}
	switch e.Done {
	case DoneAll:
		return true, 1
	case DoneSome:
		return true, float64(len(e.Exercises)) / float64(len(sessionIDs(d)))
	}
	return true, 0
}

// HasSession reports whether day d holds a session to do.
func HasSession(d *planner.Day) bool { return hasSession(d) }
