// Package iter (Go 1.23) names the iterator function types a for-range loop accepts, and turns such a push
// iterator into a pull iterator.
//
// Pull runs the iterator on a goroutine of its own that hands control back and forth with the caller, so that
// exactly one of the two runs at a time, as Go's coroutines do: next resumes the iterator until it yields or
// returns, stop resumes it with yield answering false. A panic of the iterator is caught on its goroutine and
// raised again in the caller of next or stop.
package iter

// Seq is an iterator over single values: it calls yield with each value until yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// baton passes control between the caller of a pull iterator and the goroutine that runs its push iterator.
type baton struct {
	toIterator chan struct{}
	toCaller   chan struct{}
	started    bool
	finished   bool // the push iterator has returned or panicked
	stopping   bool // stop was called: yield answers false from now on
	waiting    bool // the caller is waiting in next for a value
	panicked   bool
	panicValue any
}

func newBaton() *baton {
	return &baton{toIterator: make(chan struct{}), toCaller: make(chan struct{})}
}

// resume runs the iterator until it yields or ends; body is the iterator's whole run, started on first use.
func (b *baton) resume(body func()) {
	if !b.started {
		b.started = true
		go func() {
			<-b.toIterator
			defer func() {
				if v := recover(); v != nil {
					b.panicked = true
					b.panicValue = v
				}
				b.finished = true
				b.toCaller <- struct{}{}
			}()
			body()
		}()
	}
	b.toIterator <- struct{}{}
	<-b.toCaller
	if b.panicked {
		b.panicked = false
		panic(b.panicValue)
	}
}

// pause gives control back to the caller (called by the iterator's goroutine from yield).
func (b *baton) pause() {
	b.toCaller <- struct{}{}
	<-b.toIterator
}

// Pull turns seq into a pull iterator: each call of next gives the next value and true, or the zero value and
// false once seq has ended or stop was called. stop ends the iteration (seq's yield returns false); calling it
// again, or after next has returned false, does nothing. A caller that does not read seq to its end must call stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	b := newBaton()
	var cur V
	var have bool
	run := func() {
		seq(func(v V) bool {
			if b.stopping {
				return false
			}
			if !b.waiting {
				panic("iter.Pull: yield called again before next")
			}
			b.waiting = false
			cur, have = v, true
			b.pause()
			return !b.stopping
		})
	}
	next = func() (V, bool) {
		var zero V
		if b.finished || b.stopping {
			return zero, false
		}
		if b.waiting {
			panic("iter.Pull: next called again before yield")
		}
		b.waiting = true
		have = false
		b.resume(run)
		b.waiting = false
		if !have {
			return zero, false
		}
		v := cur
		cur = zero
		return v, true
	}
	stop = func() {
		if b.stopping {
			return
		}
		b.stopping = true
		if b.started && !b.finished {
			b.resume(run)
		}
	}
	return next, stop
}

// Pull2 is Pull for iterators over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	b := newBaton()
	var curK K
	var curV V
	var have bool
	run := func() {
		seq(func(k K, v V) bool {
			if b.stopping {
				return false
			}
			if !b.waiting {
				panic("iter.Pull2: yield called again before next")
			}
			b.waiting = false
			curK, curV, have = k, v, true
			b.pause()
			return !b.stopping
		})
	}
	next = func() (K, V, bool) {
		var zeroK K
		var zeroV V
		if b.finished || b.stopping {
			return zeroK, zeroV, false
		}
		if b.waiting {
			panic("iter.Pull2: next called again before yield")
		}
		b.waiting = true
		have = false
		b.resume(run)
		b.waiting = false
		if !have {
			return zeroK, zeroV, false
		}
		k, v := curK, curV
		curK, curV = zeroK, zeroV
		return k, v, true
	}
	stop = func() {
		if b.stopping {
			return
		}
		b.stopping = true
		if b.started && !b.finished {
			b.resume(run)
		}
	}
	return next, stop
}
