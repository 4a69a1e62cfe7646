// Package sync holds the basic tools for goroutines that share memory: mutexes, wait groups, Once, Cond,
// Map and Pool. Mutex, RWMutex and WaitGroup have Go 1.19's fields and keep their whole state in them (the
// natives in gosub.language.stdlib.sync run the algorithms on those words, with blocked goroutines queued in a
// table keyed by the word's location), so they are plain values: the zero value is ready to use, a copy
// copies the state, and they print as in Go. Cond waits on the runtime's notify list; the rest is Go code.
package sync

import "sync/atomic"

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy is embedded in types that must not be copied once used; go vet's copylocks check knows it.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Mutex is a lock that one goroutine holds at a time; any goroutine may unlock it. The zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock takes m, waiting as long as another goroutine holds it.
func (m *Mutex) Lock()

// TryLock takes m only if it is free at once, and says whether it did.
func (m *Mutex) TryLock() bool

// Unlock releases m; releasing a mutex that is not locked is a fatal error.
func (m *Mutex) Unlock()

// RWMutex is a lock held either by one writer or by any number of readers. A waiting writer keeps new readers
// out, so writers are not starved. The zero value is unlocked.
type RWMutex struct {
	w           Mutex  // taken by a writer first, so writers queue one behind the other
	writerSem   uint32 // where a writer waits for the readers it let finish
	readerSem   uint32 // where readers wait for the writer ahead of them
	readerCount int32  // readers inside or waiting; minus 1<<30 while a writer holds or wants the lock
	readerWait  int32  // readers the waiting writer still waits for
}

// RLock takes rw for reading.
func (rw *RWMutex) RLock()

// TryRLock takes rw for reading only if that needs no wait, and says whether it did.
func (rw *RWMutex) TryRLock() bool

// RUnlock gives back one read hold of rw.
func (rw *RWMutex) RUnlock()

// Lock takes rw for writing, once every reader is out.
func (rw *RWMutex) Lock()

// TryLock takes rw for writing only if it is free at once, and says whether it did.
func (rw *RWMutex) TryLock() bool

// Unlock releases the write hold of rw and lets the readers that waited in.
func (rw *RWMutex) Unlock()

// RLocker gives rw's read side as a Locker: its Lock is RLock, its Unlock is RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup lets a goroutine wait until a count of pending tasks drops to zero.
type WaitGroup struct {
	noCopy noCopy

	// state1 has the task count in its upper half and the number of waiting goroutines in its lower half;
	// state2 is the semaphore the waiters sleep on.
	state1 uint64
	state2 uint32
}

// Add changes the task count by delta; at zero the waiting goroutines go on. A negative count panics.
func (wg *WaitGroup) Add(delta int)

// Done takes one task off the count.
func (wg *WaitGroup) Done()

// Wait returns once the task count is zero.
func (wg *WaitGroup) Wait()

// Go (Go 1.25) runs f on a new goroutine as one task of wg: the count goes up now and down when f returns.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once runs a function a single time, however many goroutines ask for it.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if no Do of o has called a function yet. Every Do returns only after that one call has ended;
// a call that panicked counts as ended.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) != 0 {
		return // the fast path, without the mutex
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done != 0 {
		return
	}
	defer o.finish()
	f()
}

// finish marks o as done; it is deferred so that a panicking f counts too.
func (o *Once) finish() {
	atomic.StoreUint32(&o.done, 1)
}

// OnceValues gives a function that calls f the first time it is called and then returns f's results on
// every call. If f panics, every call panics with the same value.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		returned bool // f came back normally
		failure  any  // what f panicked with
		r1       T1
		r2       T2
	)
	run := func() {
		defer func() {
			if !returned {
				// Panic again here, on the first call, so that the report shows f's own frames.
				failure = recover()
				panic(failure)
			}
		}()
		r1, r2 = f()
		f = nil // f can be collected now
		returned = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !returned {
			panic(failure)
		}
		return r1, r2
	}
}

// OnceValue gives a function that calls f once and then returns its result on every call; a panic of f is
// repeated on every call.
func OnceValue[T any](f func() T) func() T {
	both := OnceValues(func() (T, struct{}) { return f(), struct{}{} })
	return func() T {
		v, _ := both()
		return v
	}
}

// OnceFunc gives a function that calls f the first time only; a panic of f is repeated on every call.
func OnceFunc(f func()) func() {
	call := OnceValues(func() (struct{}, struct{}) {
		f()
		return struct{}{}, struct{}{}
	})
	return func() { call() }
}

// notifyList has the field layout of Go's; its natives keep a gosub.runtime.NotifyList (tickets handed out
// in order, waiters woken in ticket order) in head, made on first use.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   chan struct{}
	tail   chan struct{}
}

func (l *notifyList) ticket() uint32
func (l *notifyList) waitTicket(t uint32)
func (l *notifyList) notifyOne()
func (l *notifyList) notifyAll()

// copyChecker is Go's guard against copying a Cond; gosub keeps the field for the layout but does not check.
type copyChecker uintptr

// Cond is a condition variable: goroutines wait on it until another announces, under the lock L, that the
// condition they wait for may have changed.
type Cond struct {
	noCopy noCopy

	// L must be held to look at or change the condition, and when calling Wait.
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond makes a Cond over l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait releases c.L, sleeps until a Signal or Broadcast wakes this goroutine, and takes c.L again before it
// returns. The ticket is drawn while c.L is still held, so a wake-up right after the unlock is not missed.
func (c *Cond) Wait() {
	t := c.notify.ticket()
	c.L.Unlock()
	c.notify.waitTicket(t)
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine in c.Wait, if any.
func (c *Cond) Signal() {
	c.notify.notifyOne()
}

// Broadcast wakes every goroutine in c.Wait.
func (c *Cond) Broadcast() {
	c.notify.notifyAll()
}

// Map is a map[any]any that goroutines may use at the same time without their own locking. Its zero value is
// an empty map. (gosub guards a plain map with a mutex.)
type Map struct {
	mu Mutex
	m  map[any]any
}

// put stores key's value; m.mu is held.
func (m *Map) put(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// Load gives key's value and whether key is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

// Store gives key the value value.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.put(key, value)
}

// LoadOrStore gives key's value if key is present (loaded is true); otherwise it stores value and gives it.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if held, ok := m.m[key]; ok {
		return held, true
	}
	m.put(key, value)
	return value, false
}

// LoadAndDelete removes key and gives the value it had, and whether it was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete removes key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap gives key the value value and returns the value it had, and whether it was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.put(key, value)
	return
}

// CompareAndSwap gives key the value new if its value now is old, and says whether it did.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if held, ok := m.m[key]; !ok || held != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete removes key if its value now is old, and says whether it did.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if held, ok := m.m[key]; !ok || held != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Clear removes every key.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}

// Range calls f on each key and value until f returns false. f runs on a snapshot taken under the lock and
// without the lock held, so it may use m itself.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	type entry struct{ key, value any }
	snapshot := make([]entry, 0, len(m.m))
	for k, v := range m.m {
		snapshot = append(snapshot, entry{k, v})
	}
	m.mu.Unlock()
	for _, e := range snapshot {
		if !f(e.key, e.value) {
			return
		}
	}
}

// Pool keeps spare values for reuse, so that a program can take one instead of allocating. The pool may
// hand out any of the values it holds.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any
	shared  []any

	// New, when set, makes a value for Get when the pool is empty.
	New func() any
}

// Put gives x to the pool for reuse; a nil x is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

// Get takes a value out of the pool; with the pool empty it gives p.New() (or nil when New is not set).
func (p *Pool) Get() any {
	if x := p.take(); x != nil {
		return x
	}
	if p.New == nil {
		return nil
	}
	return p.New()
}

// take removes a value from the pool, the private one first, or gives nil.
func (p *Pool) take() any {
	p.mu.Lock()
	defer p.mu.Unlock()
	if x := p.private; x != nil {
		p.private = nil
		return x
	}
	last := len(p.shared) - 1
	if last < 0 {
		return nil
	}
	x := p.shared[last]
	p.shared[last] = nil
	p.shared = p.shared[:last]
	return x
}
