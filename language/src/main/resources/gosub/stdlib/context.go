// Package context carries a deadline, a cancellation signal and request-scoped values from a caller down
// through the functions and goroutines working for it. It is plain Go over sync, time and channels. Every
// context this package derives links itself to its parent: to a parent of this package directly (the parent
// keeps a set of children to cancel), to any other parent through the parent's AfterFunc method when it has one,
// or else through a goroutine that waits for the parent's Done.
package context

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// Context is what a function needs to know about the work it is part of: when it must stop (Deadline), a
// channel closed once it should stop (Done), why it stopped (Err), and values set by its callers (Value). Any
// number of goroutines may use one Context at the same time.
type Context interface {
	// Deadline gives the time the work should be abandoned at; ok is false when there is none.
	Deadline() (at time.Time, ok bool)

	// Done gives a channel that is closed when the work should be abandoned, or nil if that can never happen.
	Done() <-chan struct{}

	// Err is nil while Done is open; afterwards it is Canceled or DeadlineExceeded.
	Err() error

	// Value gives the value a caller attached under key, or nil.
	Value(key any) any
}

var (
	// Canceled is Err's answer for a context canceled by its cancel function (or a parent's).
	Canceled = errors.New("context canceled")
	// DeadlineExceeded is Err's answer for a context whose deadline has passed. It reports itself as a timeout.
	DeadlineExceeded error = deadlineExceededError{}
)

// The panic messages of misuse, in Go's words.
const (
	nilParentMessage     = "cannot create context from nil parent"
	uncomparableKeyPanic = "key is not comparable"
)

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is the root context: never done, without values or deadline. Its value indexes rootNames.
type emptyCtx int

func (*emptyCtx) Deadline() (at time.Time, ok bool) { return time.Time{}, false }
func (*emptyCtx) Done() <-chan struct{}             { return nil }
func (*emptyCtx) Err() error                        { return nil }
func (*emptyCtx) Value(key any) any                 { return nil }

func (e *emptyCtx) String() string { return rootNames[*e] }

var rootNames = [...]string{"context.Background", "context.TODO"}

var backgroundRoot, todoRoot = rootContext(0), rootContext(1)

func rootContext(index int) *emptyCtx {
	e := emptyCtx(index)
	return &e
}

// Background is the root of the contexts of a program: never canceled, no deadline, no values.
func Background() Context { return backgroundRoot }

// TODO is an empty context like Background, to use where the right context is not known yet.
func TODO() Context { return todoRoot }

// CancelFunc cancels a context. It does not wait for the work to stop; calls after the first do nothing.
type CancelFunc func()

// CancelCauseFunc is a CancelFunc that also records why: its error (Canceled when nil) is what Cause gives.
type CancelCauseFunc func(cause error)

// canceler is a context that can be canceled directly: *cancelCtx, *timerCtx and *afterFuncCtx.
type canceler interface {
	cancel(detach bool, err, cause error)
	Done() <-chan struct{}
}

// ownCancelKey is the key under which a cancelCtx answers Value with itself, so that a derived context finds
// the nearest cancelCtx above it whatever wraps it.
var ownCancelKey byte

// cancelCtx is a context with its own Done channel, closed by the first cancellation, which also cancels the
// children registered with it.
type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex
	done     chan struct{}
	children map[canceler]struct{} // nil again once canceled
	err      error                 // set by the first cancellation
	cause    error                 // likewise
}

func (c *cancelCtx) Value(key any) any {
	if key == &ownCancelKey {
		return c
	}
	return c.Context.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) String() string {
	return nameOf(c.Context) + ".WithCancel"
}

// cancel records err and cause (cause defaults to err), closes Done and cancels the children; only the first
// call does anything. detach also takes c out of its parent's children.
func (c *cancelCtx) cancel(detach bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err, c.cause = err, cause
	close(c.done)
	kids := c.children
	c.children = nil
	c.mu.Unlock()
	for kid := range kids {
		kid.cancel(false, err, cause)
	}
	if detach {
		unlink(c.Context, c)
	}
}

// start makes c a child of parent: c is canceled when parent is (at once if parent is done already).
func (c *cancelCtx) start(parent Context, self canceler) {
	if parent == nil {
		panic(nilParentMessage)
	}
	c.Context = parent
	c.done = make(chan struct{})
	parentDone := parent.Done()
	if parentDone == nil {
		return // a parent that is never canceled
	}
	select {
	case <-parentDone:
		self.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p := nearestCancelCtx(parent); p != nil {
		p.mu.Lock()
		if p.err == nil {
			if p.children == nil {
				p.children = map[canceler]struct{}{}
			}
			p.children[self] = struct{}{}
			p.mu.Unlock()
			return
		}
		err, cause := p.err, p.cause
		p.mu.Unlock()
		self.cancel(false, err, cause)
		return
	}
	if hook, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		c.Context = stopCtx{parent, hook.AfterFunc(func() { self.cancel(false, parent.Err(), Cause(parent)) })}
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parentDone:
			self.cancel(false, parent.Err(), Cause(parent))
		case <-self.Done():
		}
	}()
}

// nearestCancelCtx gives the cancelCtx that parent's Done belongs to, or nil when parent's Done is some other
// channel (a foreign Context type that wraps one of ours but has its own Done).
func nearestCancelCtx(parent Context) *cancelCtx {
	p, ok := parent.Value(&ownCancelKey).(*cancelCtx)
	if !ok {
		return nil
	}
	var ours <-chan struct{} = p.done
	if ours != parent.Done() {
		return nil
	}
	return p
}

// unlink takes child out of the children of parent's cancelCtx (or stops the AfterFunc hook that stands in).
func unlink(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	if p := nearestCancelCtx(parent); p != nil {
		p.mu.Lock()
		delete(p.children, child)
		p.mu.Unlock()
	}
}

// afterFuncer is a foreign Context that can run a function when it is done, as AfterFunc does for ours.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// stopCtx stands for the parent of a context linked through the parent's AfterFunc; stop undoes the link.
type stopCtx struct {
	Context
	stop func() bool
}

// WithCancel derives a context that is done when cancel is called or when parent is done, whichever is first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := &cancelCtx{}
	c.start(parent, c)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function records a cause for Cause (Canceled when given nil).
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := &cancelCtx{}
	c.start(parent, c)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause says why c was canceled: the cause given to the first cancellation of c or of a context above it, which
// is the same as c.Err() unless a CancelCauseFunc or a deadline with a cause set it. It is nil while c is not
// canceled.
func Cause(c Context) error {
	if cc, ok := c.Value(&ownCancelKey).(*cancelCtx); ok {
		cc.mu.Lock()
		defer cc.mu.Unlock()
		return cc.cause
	}
	return c.Err()
}

// AfterFunc runs f in a goroutine of its own once ctx is done (right away if it is done already). The stop
// function it gives undoes that: it reports true if it prevented f from starting.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.start(ctx, a)
	return func() bool {
		prevented := false
		a.once.Do(func() { prevented = true })
		if prevented {
			a.cancel(true, Canceled, nil)
		}
		return prevented
	}
}

// afterFuncCtx is AfterFunc's link to ctx: its cancellation starts f, unless stop came first (once decides).
type afterFuncCtx struct {
	cancelCtx
	once sync.Once
	f    func()
}

func (a *afterFuncCtx) cancel(detach bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if detach {
		unlink(a.Context, a)
	}
	a.once.Do(func() { go a.f() })
}

// WithoutCancel derives a context with parent's values only: it is never canceled and has no deadline, whatever
// happens to parent.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic(nilParentMessage)
	}
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (at time.Time, ok bool) { return time.Time{}, false }
func (withoutCancelCtx) Done() <-chan struct{}             { return nil }
func (withoutCancelCtx) Err() error                        { return nil }

func (w withoutCancelCtx) Value(key any) any {
	if key == &ownCancelKey {
		return nil // no cancellation above counts: Cause gives nil
	}
	return w.c.Value(key)
}

func (w withoutCancelCtx) String() string {
	return nameOf(w.c) + ".WithoutCancel"
}

// timerCtx is a cancelCtx that a timer cancels at its deadline.
type timerCtx struct {
	cancelCtx
	timer *time.Timer // guarded by cancelCtx.mu

	deadline time.Time
}

func (t *timerCtx) Deadline() (at time.Time, ok bool) { return t.deadline, true }

func (t *timerCtx) String() string {
	return fmt.Sprintf("%s.WithDeadline(%s [%s])", nameOf(t.cancelCtx.Context), t.deadline.String(),
		time.Until(t.deadline).String())
}

func (t *timerCtx) cancel(detach bool, err, cause error) {
	t.cancelCtx.cancel(false, err, cause)
	if detach {
		unlink(t.cancelCtx.Context, t)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

// WithDeadline derives a context that is done at d at the latest, or earlier when cancel is called or parent is
// done. A parent whose deadline comes before d gives a context like WithCancel's.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline whose expiry records cause for Cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic(nilParentMessage)
	}
	if earlier, ok := parent.Deadline(); ok && earlier.Before(d) {
		return WithCancel(parent)
	}
	t := &timerCtx{deadline: d}
	t.cancelCtx.start(parent, t)
	left := time.Until(d)
	if left <= 0 {
		t.cancel(true, DeadlineExceeded, cause)
		return t, func() { t.cancel(false, Canceled, nil) }
	}
	t.mu.Lock()
	if t.err == nil {
		t.timer = time.AfterFunc(left, func() { t.cancel(true, DeadlineExceeded, cause) })
	}
	t.mu.Unlock()
	return t, func() { t.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline with the deadline timeout from now.
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithTimeoutCause(parent, timeout, nil)
}

// WithTimeoutCause is WithTimeout whose expiry records cause for Cause.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// comparable says whether values of v's dynamic type support ==.
func comparable(v any) bool

// WithValue derives a context whose Value gives val for key and asks parent for any other key. The key must be
// comparable; a type of its own keeps packages from colliding.
func WithValue(parent Context, key, val any) Context {
	switch {
	case parent == nil:
		panic(nilParentMessage)
	case key == nil:
		panic("nil key")
	case !comparable(key):
		panic(uncomparableKeyPanic)
	}
	return &valueCtx{Context: parent, key: key, val: val}
}

// valueCtx holds one key and its value.
type valueCtx struct {
	Context
	key, val any
}

func (v *valueCtx) Value(key any) any {
	if v.key == key {
		return v.val
	}
	return v.Context.Value(key)
}

func (v *valueCtx) String() string {
	return fmt.Sprintf("%s.WithValue(type %T, val %s)", nameOf(v.Context), v.key, describe(v.val))
}

// stringer is fmt.Stringer, without importing it for one interface.
type stringer interface {
	String() string
}

// nameOf names a context in String output: its own String, or else its type.
func nameOf(c Context) string {
	if named, ok := c.(stringer); ok {
		return named.String()
	}
	return fmt.Sprintf("%T", c)
}

// describe shows a value in valueCtx.String: a string as is, a Stringer by its String, anything else not at all.
func describe(v any) string {
	if s, ok := v.(stringer); ok {
		return s.String()
	}
	if s, ok := v.(string); ok {
		return s
	}
	return "<not Stringer>"
}

// init runs the usual paths once (see time's init), so that deadlines set in a program's first moments stay
// as accurate as in Go.
func init() {
	ctx, cancel := WithTimeout(WithValue(backgroundRoot, &ownCancelKey, nil), time.Hour)
	child, cancelChild := WithCancel(ctx)
	_ = child.Err()
	_ = Cause(child)
	cancelChild()
	cancel()
	<-ctx.Done()
}
