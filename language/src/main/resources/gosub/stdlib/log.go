// Package log writes messages, one per line, each after a header that the flags choose: a prefix, the date and
// time, the source position of the call. The Fatal functions end the program after writing (status 1), the
// Panic functions panic with the message. A standard Logger writes to standard error.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
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

var std = New(os.Stderr, "", LstdFlags)

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

// appendDigits appends i in decimal, with leading zeros up to width digits.
func appendDigits(buf []byte, i int, width int) []byte {
	var digits [20]byte
	at := len(digits)
	for i >= 10 || width > 1 {
		width--
		at--
		digits[at] = byte('0' + i%10)
		i /= 10
	}
	at--
	digits[at] = byte('0' + i)
	return append(buf, digits[at:]...)
}

// header appends what the flags put before the message.
func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = appendDigits(buf, year, 4)
			buf = append(buf, '/')
			buf = appendDigits(buf, int(month), 2)
			buf = append(buf, '/')
			buf = appendDigits(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = appendDigits(buf, hour, 2)
			buf = append(buf, ':')
			buf = appendDigits(buf, min, 2)
			buf = append(buf, ':')
			buf = appendDigits(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = appendDigits(buf, t.Nanosecond()/1000, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = appendDigits(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes s with its header, adding a newline unless s ends with one. calldepth says whose call the file
// and line are of: 1 is the caller of Output, 2 the caller of that function (what Print and friends pass).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now() // the moment of the call, before any waiting for the lock
	var file string
	var line int
	if l.Flags()&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = l.header(l.buf[:0], now, file, line)
	l.buf = append(l.buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

// Print writes its operands as fmt.Print formats them.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf writes its operands as fmt.Printf formats them.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println writes its operands as fmt.Println formats them.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print, then os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf, then a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println, then a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
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
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf is Logger.Printf on the standard Logger.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println is Logger.Println on the standard Logger.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print, then os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf, then a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println, then a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
