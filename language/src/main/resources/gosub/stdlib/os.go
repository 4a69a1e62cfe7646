// Package os gives a program its command line, its environment, its standard streams and Exit.
package os

import (
	"errors"
	"io"
)

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

// File is an open file descriptor; gosub provides the standard streams.
type File struct {
	fd int
}

func writeFd(fd int, s string) int

// Write writes b to the file; it writes all of it.
func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, string(b)), nil
}

// WriteString writes s to the file; it writes all of it.
func (f *File) WriteString(s string) (n int, err error) {
	return writeFd(f.fd, s), nil
}

// Stdin, Stdout and Stderr are the process's standard input, output and error.
var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

// readFd fills b (not empty) from file descriptor fd, which must be 0 for now: the context's input stream. It
// returns how many bytes it read, 0 at the end of the input, and the system's words when the read failed.
func readFd(fd int, b []byte) (n int, errText string)

// Read reads up to len(b) bytes into b and says how many; at the end of the input it returns 0 and io.EOF. A
// read takes what is there once something is: a short count is not the end.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errText := readFd(f.fd, b)
	switch {
	case errText != "":
		return n, &SyscallError{Syscall: "read", Err: errors.New(errText)}
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

// ReadFrom copies r to the file until r ends (the end is no error).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	return io.Copy(writerOnly{f}, r)
}

// writerOnly hides the file's ReadFrom from io.Copy, which would call it again.
type writerOnly struct {
	io.Writer
}

// Args are the program's command line: its name first, then its arguments.
var Args []string = runtimeArgs()

// Natives (gosub.language.stdlib.os.OsNatives): arguments and the environment.
func runtimeArgs() []string
func getenv(key string) (string, bool)

// Getenv is the value of the environment variable key, or "" when it is not set.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv is the value of the environment variable key, and whether it is set at all.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

func setenv(key, value string) bool

// Setenv gives the environment variable key the value value.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return &SyscallError{Syscall: "setenv", Err: errInvalid}
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error
func Clearenv()

// Environ lists the environment as "key=value" strings (a fresh slice).
func Environ() []string

// Getpid is the id of this process.
func Getpid() int

// Hostname is this machine's name, as the kernel has it.
func Hostname() (name string, err error)

// SyscallError is an error of a system call, with the call's name.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

type invalidArgument struct{}

func (invalidArgument) Error() string { return "invalid argument" }

var errInvalid error = invalidArgument{}
