//gosub:partial
// Package syscall, as far as gosub goes: signal numbers (the Signal type, for os/signal), error numbers (the
// Errno type, which *os.PathError values carry), Getenv, Getpid and Kill. Any other name of Go's syscall package is refused by
// name at compile time ("unsupported: syscall.Open").
package syscall

import "internal/oserror"

// Signal is a signal number, as Linux numbers them; it implements os.Signal.
type Signal int

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

// The descriptions Linux gives its signals (strsignal), from signal 1 on.
var signalTexts = [...]string{
	"hangup", "interrupt", "quit", "illegal instruction",
	"trace/breakpoint trap", "aborted", "bus error", "floating point exception",
	"killed", "user defined signal 1", "segmentation fault", "user defined signal 2",
	"broken pipe", "alarm clock", "terminated", "stack fault",
	"child exited", "continued", "stopped (signal)", "stopped",
	"stopped (tty input)", "stopped (tty output)", "urgent I/O condition", "CPU time limit exceeded",
	"file size limit exceeded", "virtual timer expired", "profiling timer expired", "window changed",
	"I/O possible", "power failure", "bad system call",
}

// String describes the signal as Linux does ("interrupt"), or as "signal N" for a number it does not name.
func (s Signal) String() string {
	if s >= 1 && int(s) <= len(signalTexts) {
		return signalTexts[s-1]
	}
	return "signal " + decimal(int(s))
}

// Linux's signal numbers (amd64).
const (
	SIGHUP    = Signal(1)
	SIGINT    = Signal(2)
	SIGQUIT   = Signal(3)
	SIGILL    = Signal(4)
	SIGTRAP   = Signal(5)
	SIGABRT   = Signal(6)
	SIGIOT    = Signal(6)
	SIGBUS    = Signal(7)
	SIGFPE    = Signal(8)
	SIGKILL   = Signal(9)
	SIGUSR1   = Signal(10)
	SIGSEGV   = Signal(11)
	SIGUSR2   = Signal(12)
	SIGPIPE   = Signal(13)
	SIGALRM   = Signal(14)
	SIGTERM   = Signal(15)
	SIGSTKFLT = Signal(16)
	SIGCHLD   = Signal(17)
	SIGCLD    = Signal(17)
	SIGCONT   = Signal(18)
	SIGSTOP   = Signal(19)
	SIGTSTP   = Signal(20)
	SIGTTIN   = Signal(21)
	SIGTTOU   = Signal(22)
	SIGURG    = Signal(23)
	SIGXCPU   = Signal(24)
	SIGXFSZ   = Signal(25)
	SIGVTALRM = Signal(26)
	SIGPROF   = Signal(27)
	SIGWINCH  = Signal(28)
	SIGIO     = Signal(29)
	SIGPOLL   = Signal(29)
	SIGPWR    = Signal(30)
	SIGSYS    = Signal(31)
)

// Errno is an error number of a failed system call, as Linux numbers them. Its Error() is Linux's description.
type Errno uintptr

// Linux's error numbers (amd64), those that file and process operations report.
const (
	EPERM        = Errno(1)
	ENOENT       = Errno(2)
	ESRCH        = Errno(3)
	EINTR        = Errno(4)
	EIO          = Errno(5)
	E2BIG        = Errno(7)
	ENOEXEC      = Errno(8)
	EBADF        = Errno(9)
	ECHILD       = Errno(10)
	EAGAIN       = Errno(11)
	EWOULDBLOCK  = Errno(11)
	ENOMEM       = Errno(12)
	EACCES       = Errno(13)
	EBUSY        = Errno(16)
	EEXIST       = Errno(17)
	EXDEV        = Errno(18)
	ENOTDIR      = Errno(20)
	EISDIR       = Errno(21)
	EINVAL       = Errno(22)
	ENFILE       = Errno(23)
	EMFILE       = Errno(24)
	ETXTBSY      = Errno(26)
	EFBIG        = Errno(27)
	ENOSPC       = Errno(28)
	ESPIPE       = Errno(29)
	EROFS        = Errno(30)
	EMLINK       = Errno(31)
	EPIPE        = Errno(32)
	ENAMETOOLONG = Errno(36)
	ENOSYS       = Errno(38)
	ENOTEMPTY    = Errno(39)
	ELOOP        = Errno(40)
	ENOTSUP      = Errno(95)
	EOPNOTSUPP   = Errno(95)
	ETIMEDOUT    = Errno(110)
	EDQUOT       = Errno(122)
)

// Linux's descriptions of the numbers above, lower-cased as Go prints them.
var errnoTexts = map[Errno]string{
	EPERM: "operation not permitted", ENOENT: "no such file or directory", ESRCH: "no such process",
	EINTR: "interrupted system call", EIO: "input/output error", EBADF: "bad file descriptor",
	E2BIG: "argument list too long", ENOEXEC: "exec format error", ECHILD: "no child processes",
	EAGAIN: "resource temporarily unavailable", ENOMEM: "cannot allocate memory", EACCES: "permission denied",
	EBUSY: "device or resource busy", EEXIST: "file exists", EXDEV: "invalid cross-device link",
	ENOTDIR: "not a directory", EISDIR: "is a directory", EINVAL: "invalid argument",
	ENFILE: "too many open files in system", EMFILE: "too many open files", ETXTBSY: "text file busy",
	EFBIG: "file too large", ENOSPC: "no space left on device", ESPIPE: "illegal seek",
	EROFS: "read-only file system", EMLINK: "too many links", EPIPE: "broken pipe",
	ENAMETOOLONG: "file name too long", ENOSYS: "function not implemented", ENOTEMPTY: "directory not empty",
	ELOOP: "too many levels of symbolic links", ENOTSUP: "operation not supported",
	ETIMEDOUT: "connection timed out", EDQUOT: "disk quota exceeded",
}

// Error is Linux's description of the number, or "errno N".
func (e Errno) Error() string {
	if text, ok := errnoTexts[e]; ok {
		return text
	}
	return "errno " + decimal(int(e))
}

// Is lets errors.Is match an error number with the portable error it stands for (fs.ErrNotExist, ...).
func (e Errno) Is(target error) bool {
	switch {
	case target == oserror.ErrNotExist:
		return e == ENOENT
	case target == oserror.ErrExist:
		return e == ENOTEMPTY || e == EEXIST
	case target == oserror.ErrPermission:
		return e == EPERM || e == EACCES
	}
	return false
}

// Temporary says whether trying again may succeed.
func (e Errno) Temporary() bool {
	switch e {
	case EINTR, EMFILE, ENFILE:
		return true
	}
	return e.Timeout()
}

// Timeout says whether the call ran out of time.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

// Getenv is the value of the environment variable key and whether it is set: the environment os.Getenv reads and
// os.Setenv changes (package time reads TZ and ZONEINFO through it, as Go's does).
func Getenv(key string) (value string, found bool)

// Getpid is the id of this process.
func Getpid() int

// Kill sends signal sig to process pid (to the process group -pid if pid is negative).
func Kill(pid int, sig Signal) error {
	if errno := kill(pid, int(sig)); errno != 0 {
		return Errno(errno)
	}
	return nil
}

// kill is kill(2) as gosub can give it (see SignalSending): 0 or the error number.
func kill(pid int, signo int) int

// decimal writes n in base 10 (syscall cannot import strconv).
func decimal(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
