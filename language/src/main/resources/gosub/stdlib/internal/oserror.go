// Package oserror holds the portable file errors that both syscall (whose error numbers match them) and io/fs
// (which exports them) need, so that neither has to import the other.
package oserror

import "errors"

// An argument that makes no sense.
var ErrInvalid = errors.New("invalid argument")

// The system refused.
var ErrPermission = errors.New("permission denied")

// There is a file already.
var ErrExist = errors.New("file already exists")

// There is no such file.
var ErrNotExist = errors.New("file does not exist")

// The file was closed before.
var ErrClosed = errors.New("file already closed")
