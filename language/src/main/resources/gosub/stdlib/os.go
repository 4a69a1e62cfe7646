package os

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)
