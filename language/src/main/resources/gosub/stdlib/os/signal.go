// Package signal lets a program take signals (SIGINT, SIGTERM, ...) on channels instead of dying of them, ignore
// them, or give them back their default action. Signals reach a gosub program when the process is its own (the
// gosub command): SIGHUP, SIGINT, SIGQUIT, SIGTERM and SIGUSR1. Notify accepts any signal, but others never
// arrive; in a program embedded without the option go.Signals none does.
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

// Natives (gosub.language.stdlib.signal.SignalNatives): the action for a signal from now on, and, once, the
// function that the runtime calls (on a goroutine of its own) for every notified signal that arrives.
func enable(sig int)
func disable(sig int)
func ignore(sig int)
func watch(deliver func(sig int))

// nilChannel is Notify's panic for a nil channel (Go's words).
const nilChannel = "os/signal: Notify using nil channel"

// signals is the number of signal numbers (Linux has 1 to 64; 0 counts as one for os/signal's books, as in Go).
const signals = 65

// wanted is the set of signals a channel was registered for.
type wanted [signals]bool

// The books of os/signal, all under one lock. While a signal is sent (process) the lock is held, so once Stop
// has returned its channel receives nothing more.
var books struct {
	sync.Mutex
	channels map[chan<- os.Signal]*wanted
	refs     [signals]int  // how many channels want each signal
	ignored  [signals]bool // Ignore'd, and not notified since
	watching bool
}

// number is sig's signal number, or -1 for a signal that is not one of syscall's.
func number(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && s >= 0 && s < signals {
		return int(s)
	}
	return -1
}

// Notify has signals of the kinds given (every kind when none is given) sent to c instead of having their
// default effect. Sending never blocks: a signal that finds c full is dropped, so c should have room for as
// many as may come at once (a buffer of 1 for one kind). Calling it again for c adds kinds.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic(nilChannel)
	}
	books.Lock()
	defer books.Unlock()
	w := books.channels[c]
	if w == nil {
		if books.channels == nil {
			books.channels = make(map[chan<- os.Signal]*wanted)
		}
		w = new(wanted)
		books.channels[c] = w
	}
	add := func(n int) {
		if n < 0 || w[n] {
			return
		}
		w[n] = true
		if books.refs[n] == 0 {
			books.ignored[n] = false
			enable(n)
			if !books.watching {
				books.watching = true
				watch(process)
			}
		}
		books.refs[n]++
	}
	if len(sig) == 0 {
		for n := 0; n < signals; n++ {
			add(n)
		}
		return
	}
	for _, s := range sig {
		add(number(s))
	}
}

// process sends signal n to every channel that wants it, without waiting for any.
func process(n int) {
	sig := syscall.Signal(n)
	books.Lock()
	defer books.Unlock()
	for c, w := range books.channels {
		if w[n] {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

// Stop sends nothing more to c; signals no channel wants any more have their default effect again.
func Stop(c chan<- os.Signal) {
	books.Lock()
	defer books.Unlock()
	w := books.channels[c]
	if w == nil {
		return
	}
	delete(books.channels, c)
	for n := 0; n < signals; n++ {
		if w[n] {
			books.refs[n]--
			if books.refs[n] == 0 {
				disable(n)
			}
		}
	}
}

// Ignore has the signals given (every one when none is given) ignored, whatever Notify asked before.
func Ignore(sig ...os.Signal) {
	forget(sig, func(n int) {
		books.ignored[n] = true
		ignore(n)
	})
}

// Reset gives the signals given (every one when none is given) their default effect, whatever Notify asked.
func Reset(sig ...os.Signal) {
	forget(sig, disable)
}

// forget takes the signals out of every channel's set, then applies action to each.
func forget(sig []os.Signal, action func(n int)) {
	books.Lock()
	defer books.Unlock()
	drop := func(n int) {
		if n < 0 {
			return
		}
		for c, w := range books.channels {
			if w[n] {
				w[n] = false
				books.refs[n]--
				if *w == (wanted{}) {
					delete(books.channels, c)
				}
			}
		}
		action(n)
	}
	if len(sig) == 0 {
		for n := 0; n < signals; n++ {
			drop(n)
		}
		return
	}
	for _, s := range sig {
		drop(number(s))
	}
}

// Ignored says whether sig is ignored (by Ignore: Reset leaves that as it is, as Go does; Notify ends it).
func Ignored(sig os.Signal) bool {
	n := number(sig)
	books.Lock()
	defer books.Unlock()
	return n >= 0 && books.ignored[n]
}

// NotifyContext is a copy of parent that is cancelled when one of the signals arrives (any signal when none is
// given), or when stop is called, or with parent. stop also gives the signals their default effect back.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	inner, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: inner, cancel: cancel, signals: signals, ch: make(chan os.Signal, 1)}
	Notify(c.ch, signals...)
	if inner.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

// signalCtx is the context NotifyContext returns.
type signalCtx struct {
	context.Context
	cancel  func()
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

// String reads "signal.NotifyContext(PARENT, [SIGNALS])".
func (c *signalCtx) String() string {
	parent := "context"
	if named, ok := c.Context.(interface{ String() string }); ok {
		parent = named.String()
		const suffix = ".WithCancel"
		if len(parent) >= len(suffix) && parent[len(parent)-len(suffix):] == suffix {
			parent = parent[:len(parent)-len(suffix)]
		}
	}
	s := "signal.NotifyContext(" + parent
	if len(c.signals) > 0 {
		s += ", ["
		for i, sig := range c.signals {
			if i > 0 {
				s += " "
			}
			s += sig.String()
		}
		s += "]"
	}
	return s + ")"
}
