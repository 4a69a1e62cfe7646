package errors

// Package errors for gosub: error values, and searches along the errors an error wraps, through Unwrap() error and,
// depth first, Unwrap() []error. Natives (gosub.language.stdlib.errors.ErrorsNatives) stand in for Go's reflect.

// errorString is the error New makes; its name and field show in %T and %#v, as in Go.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns a new error with message text; no two calls give equal errors.
func New(text string) error {
	return &errorString{text}
}

// comparable reports whether err's dynamic type supports ==.
func comparable(err error) bool

// checkAsTarget panics as Go does when target is not a non-nil pointer to an interface or an error type.
func checkAsTarget(target any)

// asTarget stores err in *target and returns true if err's type fits it.
func asTarget(err error, target any) bool

// Unwrap returns what err wraps through an Unwrap() error method, or nil.
func Unwrap(err error) error {
	if w, ok := err.(interface{ Unwrap() error }); ok {
		return w.Unwrap()
	}
	return nil
}

// Is reports whether err, or an error it wraps, equals target or says it matches through an Is method.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	return isIn(err, target, comparable(target))
}

// isIn searches the tree of errors below err for target; == is tried only when target's type supports it.
func isIn(err, target error, useEqual bool) bool {
	for err != nil {
		if useEqual && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range w.Unwrap() {
				if isIn(inner, target, useEqual) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// As finds the first error in the tree below err that fits *target, by type or through an As method, stores it
// there and returns true. It panics if target is not a non-nil pointer to an interface or an error type.
func As(err error, target any) bool {
	checkAsTarget(target)
	return asIn(err, target)
}

// AsType (Go 1.26) is As with the type as a type argument: the first error in the tree below err that is an E
// (by type or through an As method), and true; or E's zero value and false.
func AsType[E error](err error) (E, bool) {
	var found E
	if err == nil {
		return found, false
	}
	ok := asIn(err, &found)
	return found, ok
}

// asIn is As's search.
func asIn(err error, target any) bool {
	for err != nil {
		if asTarget(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range w.Unwrap() {
				if asIn(inner, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// joinError holds the errors Join wraps; its name and field show in %T and %#v, as in Go.
type joinError struct {
	errs []error
}

// Join returns an error wrapping the non-nil errs, whose message is theirs on separate lines, or nil if there are
// none.
func Join(errs ...error) error {
	var kept []error
	for _, candidate := range errs {
		if candidate != nil {
			kept = append(kept, candidate)
		}
	}
	if kept == nil {
		return nil
	}
	return &joinError{kept}
}

func (e *joinError) Error() string {
	msg := ""
	for i, err := range e.errs {
		if i > 0 {
			msg += "\n"
		}
		msg += err.Error()
	}
	return msg
}

func (e *joinError) Unwrap() []error { return e.errs }
