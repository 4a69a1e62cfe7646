// Misuse of sync and sync/atomic that Go reports with a recoverable panic, and RWMutex's reader/writer rules.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// try runs f and prints what it panicked with, if anything.
func try(what string, f func()) {
	defer func() {
		if failure := recover(); failure != nil {
			fmt.Printf("%s: panic %T %v\n", what, failure, failure)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", what)
}

type meters float64
type feet float64

func atomicValue() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	try("Store nil", func() { v.Store(nil) })
	try("Swap nil", func() { v.Swap(nil) })
	try("CompareAndSwap nil new", func() { v.CompareAndSwap(nil, nil) })
	try("CompareAndSwap on empty, old not nil", func() { fmt.Println(v.CompareAndSwap(meters(1), meters(2))) })
	try("CompareAndSwap on empty, old nil", func() { fmt.Println(v.CompareAndSwap(nil, meters(2))) })
	try("Store same type", func() { v.Store(meters(3)) })
	try("Store other type", func() { v.Store(feet(3)) })
	try("Swap other type", func() { v.Swap(feet(3)) })
	try("Swap same type", func() { fmt.Println("old", v.Swap(meters(4))) })
	try("CompareAndSwap mixed old/new", func() { v.CompareAndSwap(feet(4), meters(5)) })
	try("CompareAndSwap held type differs", func() { v.CompareAndSwap(feet(4), feet(5)) })
	try("CompareAndSwap wrong old", func() { fmt.Println(v.CompareAndSwap(meters(9), meters(5))) })
	try("CompareAndSwap right old", func() { fmt.Println(v.CompareAndSwap(meters(4), meters(5))) })
	try("CompareAndSwap nil old on full", func() { fmt.Println(v.CompareAndSwap(nil, meters(6))) })
	fmt.Println("final:", v.Load())
}

func waitGroup() {
	var wg sync.WaitGroup
	try("Add(-1) on zero", func() { wg.Add(-1) })
	var wg2 sync.WaitGroup
	wg2.Add(2)
	try("Done twice", func() { wg2.Done(); wg2.Done() })
	try("Done once more", func() { wg2.Done() })
	var wg3 sync.WaitGroup
	wg3.Add(3)
	try("Add(-4)", func() { wg3.Add(-4) })
	var wg4 sync.WaitGroup
	wg4.Wait()
	fmt.Println("Wait on zero returns")
}

func once() {
	var o sync.Once
	n := 0
	try("first Do panics", func() { o.Do(func() { n++; panic(fmt.Sprint("inside ", n)) }) })
	try("second Do", func() { o.Do(func() { n += 10 }) })
	fmt.Println("calls:", n)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("o2 ran with i =", i) })
	}
	// A Do inside another Once's f is fine; only the same Once would deadlock.
	var outer, inner sync.Once
	outer.Do(func() { inner.Do(func() { fmt.Println("nested Do on another Once") }) })
}

func rwMutex() {
	var rw sync.RWMutex
	fmt.Println("TryRLock on free:", rw.TryRLock())
	fmt.Println("TryRLock again:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock on free:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	fmt.Println("TryLock with writer:", rw.TryLock())
	rw.Unlock()

	// A writer waiting for a reader keeps new readers out.
	rw.RLock()
	writerIn := make(chan bool)
	writerOut := make(chan bool)
	go func() {
		rw.Lock()
		writerIn <- true
		rw.Unlock()
		writerOut <- true // Go does not promise the writer unlocks before main runs again: wait for it
	}()
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("waiting writer blocks TryRLock")
	select {
	case <-writerIn:
		fmt.Println("writer got in while a reader held the lock")
	default:
		fmt.Println("writer still waits for the reader")
	}
	rw.RUnlock()
	fmt.Println("writer in:", <-writerIn)
	<-writerOut
	fmt.Println("TryLock after writer left:", rw.TryLock())
	rw.Unlock()

	// Many readers at once, counted under the read lock.
	var inside, most int32
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			rw.RLock()
			n := atomic.AddInt32(&inside, 1)
			for {
				m := atomic.LoadInt32(&most)
				if n <= m || atomic.CompareAndSwapInt32(&most, m, n) {
					break
				}
			}
			for atomic.LoadInt32(&most) < 4 {
				runtime.Gosched()
			}
			atomic.AddInt32(&inside, -1)
			rw.RUnlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("readers inside together:", most)

	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker holds a read lock, TryLock:", rw.TryLock())
	rl.Unlock()
	fmt.Println("after RLocker Unlock, TryLock:", rw.TryLock())
	rw.Unlock()
}

func mutexState() {
	var mu sync.Mutex
	fmt.Println("zero:", mu)
	mu.Lock()
	fmt.Println("locked:", mu, "TryLock:", mu.TryLock())
	copyOf := mu
	mu.Unlock()
	fmt.Println("unlocked:", mu, "copy made while locked:", copyOf)
	fmt.Println("copy TryLock:", copyOf.TryLock())
	copyOf2 := &copyOf
	copyOf2.Unlock()
	fmt.Println("TryLock:", mu.TryLock())
	mu.Unlock()
}

func main() {
	atomicValue()
	waitGroup()
	once()
	rwMutex()
	mutexState()
}
