// Package os gives a program its command line, its environment, its standard streams and Exit.
package os

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

// Stdout and Stderr are the process's standard output and standard error.
var (
	Stdout = &File{1}
	Stderr = &File{2}
)

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
