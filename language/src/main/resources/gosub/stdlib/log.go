// Package log writes messages, one per line, each after a header that the flags choose: a prefix, the date and
// time, the source position of the call. The Fatal functions end the program after writing (status 1), the
// Panic functions panic with the message. A standard Logger writes to standard error.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The flags say what goes before each message, in this order: prefix, date, time, file and line, then the
// message. Lmsgprefix moves the prefix to just before the message.
const (
	Ldate         = 1 << iota     // 2009/01/23
	Ltime                         // 01:23:23
	Lmicroseconds                 // 01:23:23.123123 (implies Ltime)
	Llongfile                     // /a/b/c/d.go:23
	Lshortfile                    // d.go:23 (overrides Llongfile)
	LUTC                          // date and time in UTC rather than the local zone
	Lmsgprefix                    // the prefix right before the message instead of at the start of the line
	LstdFlags     = Ldate | Ltime // the standard Logger's flags
)

// Logger writes lines to an io.Writer, one Write per message; several goroutines may use one Logger at once.
type Logger struct {
	mu     sync.Mutex // guards the fields and keeps messages whole
	prefix string
	flag   int
	out    io.Writer
	buf    []byte // the line being built
}

// New makes a Logger writing to out, with prefix (see Lmsgprefix for where it goes) and flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

// the standard Logger
var std = &Logger{out: os.Stderr, flag: LstdFlags}

// Default is the standard Logger, which the package's functions use.
func Default() *Logger { return std }

// SetOutput makes the Logger write to w.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer is where the Logger writes.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Prefix is the Logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the Logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Flags are the Logger's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the Logger's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// appendDigits appends n (not negative) in decimal, with zeros in front up to width digits.
func appendDigits(buf []byte, n int, width int) []byte {
	digits := strconv.Itoa(n)
	for pad := width - len(digits); pad > 0; pad-- {
		buf = append(buf, '0')
	}
	return append(buf, digits...)
}

// wants says whether any of flags is set.
func (l *Logger) wants(flags int) bool { return l.flag&flags != 0 }

// header appends what the flags put before the message.
func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	prefixLast := l.wants(Lmsgprefix)
	if !prefixLast {
		buf = append(buf, l.prefix...)
	}
	if l.wants(LUTC) {
		t = t.UTC()
	}
	if l.wants(Ldate) {
		buf = appendDate(buf, t)
	}
	if l.wants(Ltime | Lmicroseconds) {
		buf = appendClock(buf, t, l.wants(Lmicroseconds))
	}
	if l.wants(Lshortfile | Llongfile) {
		if l.wants(Lshortfile) {
			// the file's own name; a slash at the very start does not count
			if slash := strings.LastIndexByte(file, '/'); slash > 0 {
				file = file[slash+1:]
			}
		}
		buf = append(buf, file...)
		buf = appendDigits(append(buf, ':'), line, 0)
		buf = append(buf, ": "...)
	}
	if prefixLast {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// appendDate appends "yyyy/mm/dd ".
func appendDate(buf []byte, t time.Time) []byte {
	y, mo, d := t.Date()
	buf = appendDigits(buf, y, 4)
	buf = appendDigits(append(buf, '/'), int(mo), 2)
	buf = appendDigits(append(buf, '/'), d, 2)
	return append(buf, ' ')
}

// appendClock appends "hh:mm:ss ", or "hh:mm:ss.uuuuuu " with the microseconds.
func appendClock(buf []byte, t time.Time, micro bool) []byte {
	h, m, sec := t.Clock()
	buf = appendDigits(buf, h, 2)
	buf = appendDigits(append(buf, ':'), m, 2)
	buf = appendDigits(append(buf, ':'), sec, 2)
	if micro {
		buf = appendDigits(append(buf, '.'), t.Nanosecond()/int(time.Microsecond), 6)
	}
	return append(buf, ' ')
}

// Output writes s with its header, adding a newline unless s ends with one. calldepth says whose call the file
// and line are of: 1 is the caller of Output, 2 the caller of that function (what Print and friends pass).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now() // the moment of the call, before any waiting for the lock
	file, line := "", 0
	if l.Flags()&(Lshortfile|Llongfile) != 0 {
		var known bool
		if _, file, line, known = runtime.Caller(calldepth); !known {
			file, line = "???", 0
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	msg := append(l.header(l.buf[:0], now, file, line), s...)
	if last := len(s) - 1; last < 0 || s[last] != '\n' {
		msg = append(msg, '\n')
	}
	l.buf = msg // kept for the next message
	_, err := l.out.Write(msg)
	return err
}

// The functions below pass Output a calldepth of 2: the position is that of their caller.

// Print writes its operands as fmt.Print formats them.
func (l *Logger) Print(args ...any) { l.Output(2, fmt.Sprint(args...)) }

// Printf writes its operands as fmt.Printf formats them.
func (l *Logger) Printf(format string, args ...any) { l.Output(2, fmt.Sprintf(format, args...)) }

// Println writes its operands as fmt.Println formats them.
func (l *Logger) Println(args ...any) { l.Output(2, fmt.Sprintln(args...)) }

// Fatal is Print, then os.Exit(1).
func (l *Logger) Fatal(args ...any) {
	l.Output(2, fmt.Sprint(args...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func (l *Logger) Fatalf(format string, args ...any) {
	l.Output(2, fmt.Sprintf(format, args...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func (l *Logger) Fatalln(args ...any) {
	l.Output(2, fmt.Sprintln(args...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func (l *Logger) Panic(args ...any) {
	message := fmt.Sprint(args...)
	l.Output(2, message)
	panic(message)
}

// Panicf is Printf, then a panic with the message.
func (l *Logger) Panicf(format string, args ...any) {
	message := fmt.Sprintf(format, args...)
	l.Output(2, message)
	panic(message)
}

// Panicln is Println, then a panic with the message.
func (l *Logger) Panicln(args ...any) {
	message := fmt.Sprintln(args...)
	l.Output(2, message)
	panic(message)
}

// SetOutput makes the standard Logger write to w.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags are the standard Logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard Logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix is the standard Logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard Logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer is where the standard Logger writes.
func Writer() io.Writer { return std.Writer() }

// Output is Logger.Output on the standard Logger; calldepth counts from the caller of this function.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// Print is Logger.Print on the standard Logger.
func Print(args ...any) { std.Output(2, fmt.Sprint(args...)) }

// Printf is Logger.Printf on the standard Logger.
func Printf(format string, args ...any) { std.Output(2, fmt.Sprintf(format, args...)) }

// Println is Logger.Println on the standard Logger.
func Println(args ...any) { std.Output(2, fmt.Sprintln(args...)) }

// Fatal is Print, then os.Exit(1).
func Fatal(args ...any) {
	std.Output(2, fmt.Sprint(args...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func Fatalf(format string, args ...any) {
	std.Output(2, fmt.Sprintf(format, args...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func Fatalln(args ...any) {
	std.Output(2, fmt.Sprintln(args...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func Panic(args ...any) {
	message := fmt.Sprint(args...)
	std.Output(2, message)
	panic(message)
}

// Panicf is Printf, then a panic with the message.
func Panicf(format string, args ...any) {
	message := fmt.Sprintf(format, args...)
	std.Output(2, message)
	panic(message)
}

// Panicln is Println, then a panic with the message.
func Panicln(args ...any) {
	message := fmt.Sprintln(args...)
	std.Output(2, message)
	panic(message)
}
