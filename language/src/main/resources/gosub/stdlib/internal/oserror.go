// Package oserror holds the portable file errors that both syscall (whose error numbers match them) and io/fs
// (which exports them) need, so that neither has to import the other.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
