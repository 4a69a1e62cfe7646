package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text.
func New(text string) error {
	return &errorString{text}
}
