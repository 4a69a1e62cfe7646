// Package exec runs other programs. Processes are started through the embedder (Truffle's process builder, by the
// natives of gosub.language.stdlib.exec.ExecNatives), so an embedder that does not allow creating processes gets
// an error from Start, never a process. A standard stream that is the program's own os.Stdin, os.Stdout or
// os.Stderr is the child's too; any other reader or writer is copied by a goroutine, as Go does, and the pipes of
// StdinPipe, StdoutPipe and StderrPipe are read and written by the natives. There are no SysProcAttr and no
// ExtraFiles (a Java process has only its three standard streams).
package exec

import (
	"bytes"
	"context"
	"errors"
	"internal/childprocess"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Natives. start gives the natives' handle of the process, its id and an error number (-1: the embedder does
// not allow creating processes); stdin, stdout and stderr are each one of the stream modes below or the number of
// one of the program's own standard streams (0, 1, 2). The pipe natives work on a process's pipes: 0 is the one
// to its standard input, 1 and 2 those from its standard output and error; a read waits for at least one byte
// and gives 0 at the end.
func start(path string, argv, env []string, dir string, stdin, stdout, stderr int) (handle, pid, errno int)
func inheritsStdio() bool
func pipeRead(handle, stream int, b []byte) (n, errno int)
func pipeWrite(handle int, b []byte) (n, errno int)
func pipeClose(handle, stream int) int
func forget(handle int)

// The stream modes of start.
const (
	streamNull         = -1 // /dev/null
	streamPipe         = -2 // a pipe this package reads or writes
	streamSameAsStdout = -3 // standard error into standard output's pipe or stream
)

// misuse is the error of a Cmd used the wrong way, or not set up right.
func misuse(what string) error { return errors.New("exec: " + what) }

// startDenied is start's error number when the embedder does not allow creating processes.
const startDenied = -1

// Error is the error of a command that could not be looked up: "exec: NAME: REASON".
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrNotFound is LookPath's reason when no directory of $PATH has the executable.
var ErrNotFound error = errors.New("executable file not found in $PATH")

// ErrDot is LookPath's reason when the executable it found is relative to the working directory (an entry
// "." or "" of $PATH): the path comes back too, with this error.
var ErrDot error = errors.New("cannot run executable found relative to current directory")

// ExitError is Wait's error for a process that did not exit with status 0: "exit status 3", "signal: killed".
type ExitError struct {
	*os.ProcessState

	// Stderr is what the process wrote to its standard error, when Output collected it (the first and last 32 KB
	// of it when it was longer).
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// deniedError is the reason Start gives when the embedder does not allow the program to create processes; it is
// a permission error (errors.Is(err, fs.ErrPermission)).
type deniedError struct{}

func (deniedError) Error() string {
	return "operation not permitted (the embedder does not allow creating processes)"
}

func (deniedError) Is(target error) bool { return target == os.ErrPermission }

// Cmd is a command to run, and once started, its process.
type Cmd struct {
	// Path is the executable; Command looks a bare name up in $PATH.
	Path string
	// Args is the command line, the command's name first (Path alone when empty).
	Args []string
	// Env is the environment as "KEY=VALUE" entries; nil gives the program's own (and PWD for Dir).
	Env []string
	// Dir is the working directory; "" is the program's.
	Dir string

	// Stdin is what the process reads: nothing (nil), the program's own (os.Stdin), or any reader, which a
	// goroutine copies into a pipe.
	Stdin io.Reader
	// Stdout and Stderr take what the process writes: nil discards it, the program's os.Stdout or os.Stderr
	// take it directly, any other writer gets it from a goroutine. The same writer for both gets both, in
	// the order the process wrote them.
	Stdout io.Writer
	Stderr io.Writer

	// Process is the started process; ProcessState says how it ended, once Wait has returned.
	Process      *os.Process
	ProcessState *os.ProcessState // set by Wait

	// Err is the error of looking Path up, if any (Start returns it).
	Err error

	ctx      context.Context
	handle   int
	copying  []func() error // goroutines to start with the process; Wait waits for them
	copyErrs chan error
	watch    chan error // from the goroutine that kills the process when ctx is done

	stdinPipe  *pipeWriter // handed out by StdinPipe
	outPipes   []*pipeReader
	background []func() error // copies Wait does not wait for (from the program's own standard input)

	// The natives keep the process until its Wait and every command reading its StdoutPipe or StderrPipe as
	// Stdin are done with it (Go hands such a pipe to the other process; here a goroutine of that one copies it).
	mu      sync.Mutex
	holds   int
	started chan struct{} // closed when Start has returned, for the commands reading its pipes
}

// Command makes the command that runs name with the arguments arg. A name without a slash is looked up in $PATH
// now: when that fails, Err says why and Start returns it.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if name != "" && !strings.ContainsRune(name, '/') {
		found, err := LookPath(name)
		if found != "" {
			c.Path = found
		}
		c.Err = err
	}
	return c
}

// CommandContext is Command with a context: when ctx is done before the process has ended, the process is
// killed.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	return c
}

// String shows the command (not quoted for a shell).
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ") // the name as given: it was not found
	}
	var b strings.Builder
	b.WriteString(c.Path)
	for i := 1; i < len(c.Args); i++ {
		b.WriteByte(' ')
		b.WriteString(c.Args[i])
	}
	return b.String()
}

// LookPath finds the executable file in the directories of $PATH, or checks it when it has a slash.
func LookPath(file string) (string, error) {
	if strings.IndexByte(file, '/') >= 0 {
		if reason := isExecutable(file); reason != nil {
			return "", &Error{Name: file, Err: reason}
		}
		return file, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "." // an empty entry is the working directory, as for a shell
		}
		candidate := filepath.Join(dir, file)
		if isExecutable(candidate) == nil {
			if !filepath.IsAbs(candidate) {
				return candidate, &Error{Name: file, Err: ErrDot}
			}
			return candidate, nil
		}
	}
	return "", &Error{Name: file, Err: ErrNotFound}
}

// isExecutable says why path cannot be run: it is missing, a directory or has no execute bit.
func isExecutable(path string) error {
	fi, statErr := os.Stat(path)
	if statErr != nil {
		return statErr
	}
	if mode := fi.Mode(); mode.IsDir() || mode&0111 == 0 {
		return os.ErrPermission
	}
	return nil
}

// Run starts the command and waits for it.
func (c *Cmd) Run() error {
	err := c.Start()
	if err == nil {
		err = c.Wait()
	}
	return err
}

// Output runs the command and returns what it wrote to its standard output. When Stderr is nil, an *ExitError
// carries what it wrote to its standard error.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, misuse("Stdout already set")
	}
	var out bytes.Buffer
	c.Stdout = &out
	var saved *headAndTail
	if c.Stderr == nil {
		saved = &headAndTail{keep: 32 << 10}
		c.Stderr = saved
	}
	err := c.Run()
	if exit, ok := err.(*ExitError); ok && saved != nil {
		exit.Stderr = saved.Bytes()
	}
	return out.Bytes(), err
}

// CombinedOutput runs the command and returns what it wrote to its standard output and error, interleaved as
// written.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, misuse("Stdout already set")
	}
	if c.Stderr != nil {
		return nil, misuse("Stderr already set")
	}
	var both bytes.Buffer
	c.Stdout = &both
	c.Stderr = &both
	err := c.Run()
	return both.Bytes(), err
}

// Environ is the environment the command would run with as it is now set up.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// environ is Env, or the program's environment with PWD set to Dir; an entry for a key given again later is
// dropped, and so is an entry with a NUL byte (with an error).
func (c *Cmd) environ() ([]string, error) {
	env := c.Env
	var err error
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if abs, absErr := filepath.Abs(c.Dir); absErr == nil {
				env = append(env, "PWD="+abs)
			} else {
				err = absErr
			}
		}
	}
	seen := make(map[string]bool, len(env))
	kept := make([]string, len(env))
	n := len(kept)
	for i := len(env) - 1; i >= 0; i-- {
		entry := env[i]
		if strings.IndexByte(entry, 0) >= 0 {
			err = misuse("environment variable contains NUL")
			continue
		}
		eq := strings.Index(entry, "=")
		if eq == 0 {
			eq = strings.Index(entry[1:], "=") + 1 // a key may start with '=' (Windows has such)
		}
		if eq < 0 {
			if entry != "" {
				n--
				kept[n] = entry
			}
			continue
		}
		if key := entry[:eq]; !seen[key] {
			seen[key] = true
			n--
			kept[n] = entry
		}
	}
	return kept[n:], err
}

// argv is the command line the process gets.
func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// standardNumber is the descriptor number of the program's own standard stream x is, or -1.
func standardNumber(x any) int {
	if f, ok := x.(*os.File); ok && f != nil && f.Fd() <= 2 {
		return int(f.Fd())
	}
	return -1
}

// sameWriter says whether a and b are one writer (false for values == cannot compare).
func sameWriter(a, b io.Writer) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// Start starts the command; Wait must be called for it afterwards.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = misuse("no command")
	}
	if c.Err != nil {
		c.closePipes()
		return c.Err
	}
	if c.Process != nil {
		return misuse("already started")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			c.closePipes()
			return c.ctx.Err()
		default:
		}
	}
	inherit := inheritsStdio()
	stdin, stdout, stderr := streamNull, streamNull, streamNull
	switch in := c.Stdin.(type) {
	case nil:
	case *pipeEnd:
		stdin = streamPipe
	case *pipeReader:
		stdin = streamPipe
		in.handedOff = true
		in.c.hold()
		c.copying = append(c.copying, c.feed(handoff{in}))
	default:
		stdin = streamPipe
		if standardNumber(in) == 0 {
			if inherit {
				stdin = 0
			} else {
				c.background = append(c.background, c.feed(in))
			}
		} else {
			c.copying = append(c.copying, c.feed(in))
		}
	}
	stdout = c.output(c.Stdout, 1)
	if c.Stderr != nil && sameWriter(c.Stderr, c.Stdout) {
		stderr = streamSameAsStdout
	} else {
		stderr = c.output(c.Stderr, 2)
	}

	env, err := c.environ()
	if err != nil {
		c.closePipes()
		return err
	}
	if c.Dir != "" {
		if _, err := os.Stat(c.Dir); err != nil {
			c.closePipes()
			if perr, ok := err.(*os.PathError); ok {
				perr.Op = "chdir"
			}
			return err
		}
	}
	handle, pid, e := start(c.Path, c.argv(), env, c.Dir, stdin, stdout, stderr)
	if e != 0 {
		c.copying, c.background = nil, nil
		if r, ok := c.Stdin.(*pipeReader); ok {
			r.c.release()
		}
		c.closePipes()
		c.markStarted()
		var reason error = syscall.Errno(e)
		if e == startDenied {
			reason = deniedError{}
		}
		return &os.PathError{Op: "fork/exec", Path: c.Path, Err: reason}
	}
	c.handle = handle
	c.Process = childprocess.New(pid, handle).(*os.Process)
	c.hold()
	c.markStarted()
	if c.stdinPipe != nil && c.stdinPipe.closed {
		pipeClose(handle, 0) // closed before the process started: it reads end of file
	}
	if len(c.copying) > 0 {
		c.copyErrs = make(chan error, len(c.copying))
		for _, copy := range c.copying {
			go func(copy func() error) { c.copyErrs <- copy() }(copy)
		}
	}
	for _, copy := range c.background {
		go copy()
	}
	if c.ctx != nil {
		c.watch = make(chan error)
		go c.killWhenDone()
	}
	return nil
}

// output is the stream mode for Stdout or Stderr (stream 1 or 2), with the goroutine that copies to w if one is
// needed.
func (c *Cmd) output(w io.Writer, stream int) int {
	switch w := w.(type) {
	case nil:
		return streamNull
	case *pipeEnd:
		return streamPipe
	default:
		if n := standardNumber(w); n == 1 || n == 2 {
			return n
		}
		c.copying = append(c.copying, c.drain(w, stream))
		return streamPipe
	}
}

// drain copies pipe stream to w until the process closes it. When w fails, the pipe is closed (the process then
// fails to write, as in Go) and w's error is the copy's.
func (c *Cmd) drain(w io.Writer, stream int) func() error {
	return func() error {
		chunk := make([]byte, 32<<10)
		for {
			n, e := pipeRead(c.handle, stream, chunk)
			if n > 0 {
				if _, err := w.Write(chunk[:n]); err != nil {
					pipeClose(c.handle, stream)
					return err
				}
			}
			if e != 0 {
				return &os.PathError{Op: "read", Path: "|0", Err: syscall.Errno(e)}
			}
			if n == 0 {
				return nil
			}
		}
	}
}

// feed copies r into the process's standard input, then closes it. A process that ended without reading it all
// is no error.
func (c *Cmd) feed(r io.Reader) func() error {
	return func() error {
		w := &pipeWriter{c: c}
		_, err := io.Copy(w, r)
		if perr, ok := err.(*os.PathError); ok && perr.Err == syscall.EPIPE {
			err = nil
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if h, ok := r.(handoff); ok {
			h.r.c.release()
		}
		return err
	}
}

// killWhenDone waits, next to the process, for Wait or for the context: when the context is done first it kills
// the process and tells Wait the context's error.
func (c *Cmd) killWhenDone() {
	select {
	case c.watch <- nil:
		return
	case <-c.ctx.Done():
	}
	var err error
	if kerr := c.Process.Kill(); kerr == nil {
		err = c.ctx.Err()
	} else if !errors.Is(kerr, os.ErrProcessDone) {
		err = signalError{kerr}
	}
	c.watch <- err
}

// signalError is the error of a kill that failed when the context was done.
type signalError struct{ err error }

func (e signalError) Error() string { return "exec: error sending signal to Cmd: " + e.err.Error() }

func (e signalError) Unwrap() error { return e.err }

// Wait waits for the started command to end and for the goroutines copying its input and output, and says how it
// went: nil for an exit with status 0, an *ExitError for another ending, or the first copying error.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return misuse("not started")
	}
	if c.ProcessState != nil { // waited already
		return misuse("Wait was already called")
	}
	ended, err := c.Process.Wait()
	if err == nil && !ended.Success() {
		err = &ExitError{ProcessState: ended}
	}
	c.ProcessState = ended
	var copyErr error
	for range c.copying {
		if e := <-c.copyErrs; e != nil && copyErr == nil {
			copyErr = e
		}
	}
	c.copying = nil
	if c.watch != nil {
		if werr := <-c.watch; werr != nil && err == nil {
			err = werr
		}
	}
	if err == nil {
		err = copyErr
	}
	c.closePipes()
	c.release()
	return err
}

// hold keeps the natives' entry of the process for one more user (its Wait, or a command reading its pipe).
func (c *Cmd) hold() {
	c.mu.Lock()
	c.holds++
	c.mu.Unlock()
}

// release ends one hold; the last one lets the natives forget the process.
func (c *Cmd) release() {
	c.mu.Lock()
	c.holds--
	last := c.holds == 0 && c.Process != nil
	c.mu.Unlock()
	if last {
		forget(c.handle)
	}
}

// markStarted tells the commands reading this one's pipes that Start has returned.
func (c *Cmd) markStarted() {
	c.mu.Lock()
	if c.started != nil {
		select {
		case <-c.started:
		default:
			close(c.started)
		}
	}
	c.mu.Unlock()
}

// handoff reads another command's StdoutPipe or StderrPipe for the command it is the Stdin of: the pipe belongs to
// that command now, so the first command's Wait does not close it.
type handoff struct{ r *pipeReader }

func (h handoff) Read(b []byte) (int, error) {
	<-h.r.c.started
	if h.r.c.Process == nil {
		return 0, io.EOF // its command did not start: nothing will come
	}
	n, e := pipeRead(h.r.c.handle, h.r.stream, b)
	if e != 0 {
		return n, &os.PathError{Op: "read", Path: "|0", Err: syscall.Errno(e)}
	}
	if n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// closePipes closes the pipes StdinPipe, StdoutPipe and StderrPipe handed out (Wait does, and a failed Start).
func (c *Cmd) closePipes() {
	if c.stdinPipe != nil {
		c.stdinPipe.Close()
	}
	for _, r := range c.outPipes {
		if !r.handedOff {
			r.closed = true
		}
	}
}

// pipeEnd stands in Stdin, Stdout or Stderr for the process's end of a pipe StdinPipe, StdoutPipe or StderrPipe
// made; nothing reads or writes it.
type pipeEnd struct{}

func (*pipeEnd) Read([]byte) (int, error)  { return 0, os.ErrInvalid }
func (*pipeEnd) Write([]byte) (int, error) { return 0, os.ErrInvalid }

// StdinPipe gives a writer to the command's standard input; closing it ends the input (Wait closes it too).
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, misuse("Stdin already set")
	}
	if c.Process != nil {
		return nil, misuse("StdinPipe after process started")
	}
	c.Stdin = &pipeEnd{}
	c.stdinPipe = &pipeWriter{c: c}
	return c.stdinPipe, nil
}

// StdoutPipe gives a reader of the command's standard output. Wait closes it, so read it to the end first (and
// use Start and Wait, not Run).
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, misuse("Stdout already set")
	}
	if c.Process != nil {
		return nil, misuse("StdoutPipe after process started")
	}
	c.Stdout = &pipeEnd{}
	if c.started == nil {
		c.started = make(chan struct{})
	}
	r := &pipeReader{c: c, stream: 1}
	c.outPipes = append(c.outPipes, r)
	return r, nil
}

// StderrPipe gives a reader of the command's standard error, as StdoutPipe does for its output.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, misuse("Stderr already set")
	}
	if c.Process != nil {
		return nil, misuse("StderrPipe after process started")
	}
	c.Stderr = &pipeEnd{}
	if c.started == nil {
		c.started = make(chan struct{})
	}
	r := &pipeReader{c: c, stream: 2}
	c.outPipes = append(c.outPipes, r)
	return r, nil
}

// pipeReader reads a pipe from the process (Go's would be an *os.File named "|0").
type pipeReader struct {
	c         *Cmd
	stream    int
	closed    bool
	handedOff bool // another command's Stdin: that one reads it (through handoff)
}

func (r *pipeReader) Read(b []byte) (int, error) {
	if r.closed {
		return 0, &os.PathError{Op: "read", Path: "|0", Err: os.ErrClosed}
	}
	if r.c.Process == nil {
		return 0, misuse("not started")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := pipeRead(r.c.handle, r.stream, b)
	if e != 0 {
		if r.closed {
			return n, &os.PathError{Op: "read", Path: "|0", Err: os.ErrClosed}
		}
		return n, &os.PathError{Op: "read", Path: "|0", Err: syscall.Errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (r *pipeReader) Close() error {
	if r.closed {
		return &os.PathError{Op: "close", Path: "|0", Err: os.ErrClosed}
	}
	r.closed = true
	if r.c.Process != nil {
		pipeClose(r.c.handle, r.stream)
	}
	return nil
}

// pipeWriter writes the pipe to the process's standard input (Go's would be an *os.File named "|1"). Closing it
// again is no error.
type pipeWriter struct {
	c      *Cmd
	closed bool
}

func (w *pipeWriter) Write(b []byte) (int, error) {
	if w.closed {
		return 0, &os.PathError{Op: "write", Path: "|1", Err: os.ErrClosed}
	}
	if w.c.Process == nil {
		return 0, misuse("not started")
	}
	n, e := pipeWrite(w.c.handle, b)
	if e != 0 {
		return n, &os.PathError{Op: "write", Path: "|1", Err: syscall.Errno(e)}
	}
	return n, nil
}

func (w *pipeWriter) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	if w.c.Process != nil {
		pipeClose(w.c.handle, 0)
	}
	return nil
}

// headAndTail keeps the first and the last keep bytes written to it, for ExitError.Stderr.
type headAndTail struct {
	keep    int
	head    []byte
	tail    []byte // bytes after head, of which the last keep count (it is cut back when twice that long)
	dropped int64  // bytes cut from the front of tail
}

func (s *headAndTail) Write(p []byte) (int, error) {
	n := len(p)
	if room := s.keep - len(s.head); room > 0 {
		if room > len(p) {
			room = len(p)
		}
		s.head = append(s.head, p[:room]...)
		p = p[room:]
	}
	s.tail = append(s.tail, p...)
	if len(s.tail) > 2*s.keep {
		cut := len(s.tail) - s.keep
		s.dropped += int64(cut)
		s.tail = append(s.tail[:0:0], s.tail[cut:]...)
	}
	return n, nil
}

// Bytes is what was kept, with a line saying how many bytes were left out in between.
func (s *headAndTail) Bytes() []byte {
	tail, dropped := s.tail, s.dropped
	if extra := len(tail) - s.keep; extra > 0 {
		tail, dropped = tail[extra:], dropped+int64(extra)
	}
	if dropped == 0 {
		return append(s.head, tail...)
	}
	out := append([]byte(nil), s.head...)
	out = append(out, "\n... omitting "+strconv.FormatInt(dropped, 10)+" bytes ...\n"...)
	return append(out, tail...)
}
