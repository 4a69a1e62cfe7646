package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type Account struct {
	sync.Mutex
	balance int
}

type Stack struct {
	mu    sync.RWMutex
	items []int
}

func main() {
	// Once: f panics -> Do still considered done
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("boom") })
	}()
	called := false
	once.Do(func() { called = true })
	fmt.Println("second Do ran:", called)

	// embedded Mutex, lock methods promoted
	acc := &Account{balance: 10}
	acc.Lock()
	acc.balance += 5
	acc.Unlock()
	fmt.Println("balance:", acc.balance)
	var l sync.Locker = acc
	l.Lock()
	l.Unlock()

	// RLocker
	var st Stack
	rl := st.mu.RLocker()
	rl.Lock()
	rl.Lock()
	fmt.Println("TryLock while read-locked:", st.mu.TryLock())
	rl.Unlock()
	rl.Unlock()
	fmt.Printf("%T\n", rl)

	// sync.Map
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(7)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(8, 64)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete(8)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(8)
	fmt.Println(v, loaded)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)

	// Pool
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("a")
	fmt.Println(p.Get(), p.Get())
	var p2 sync.Pool
	fmt.Println(p2.Get())

	// Cond with a custom Locker
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready:", ready, c.L == &mu)
	c.Signal()

	// runtime
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0, runtime.NumGoroutine() >= 1) // goroutines that called wg.Done may still be exiting
	old := runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(old))
	runtime.Gosched()
	runtime.GC()
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	var re runtime.Error
	fmt.Println(re == nil, errors.New("x") != nil)

	// mutex fairness sanity: many goroutines, many locks
	var counter int
	var cmu sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				cmu.Lock()
				counter++
				cmu.Unlock()
				if j%50 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
