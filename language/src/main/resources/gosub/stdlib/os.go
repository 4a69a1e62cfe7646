package os

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

// File is an open file descriptor; gosub provides the standard streams.
type File struct {
	fd int
}

func writeFd(fd int, s string) int

func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, string(b)), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeFd(f.fd, s), nil
}

var (
	Stdout = &File{1}
	Stderr = &File{2}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Natives (gosub.language.stdlib.os.OsNatives): arguments and the environment.
func runtimeArgs() []string
func getenv(key string) (string, bool)

// Getenv retrieves the value of the environment variable named by the key; empty if it is not present.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and whether it is present.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

func setenv(key, value string) bool

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return &SyscallError{Syscall: "setenv", Err: errInvalid}
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error
func Clearenv()

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// Getpid returns the process id of the caller.
func Getpid() int

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error)

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

type invalidArgument struct{}

func (invalidArgument) Error() string { return "invalid argument" }

var errInvalid error = invalidArgument{}
