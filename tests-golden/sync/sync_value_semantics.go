package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

// A value receiver copies the mutex (go vet reports it); the copy is an independent lock with the state
// the original had at the time of the copy.
func (c Counter) Snapshot() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type Registry struct {
	sync.RWMutex
	wg    sync.WaitGroup
	once  sync.Once
	items map[string]int
}

func main() {
	var c Counter
	c.Inc()
	fmt.Println(c.Snapshot())
	fmt.Printf("%v %+v\n", &c, c.mu)

	c.mu.Lock()
	locked := c // copying a locked mutex gives a locked mutex
	fmt.Println("copy of locked mutex TryLock:", locked.mu.TryLock())
	c.mu.Unlock()
	fmt.Println("original TryLock:", c.mu.TryLock())
	fmt.Println("copy still locked:", locked.mu.TryLock())
	c.mu.Unlock()
	fmt.Printf("%v\n", c.mu)

	r := &Registry{items: map[string]int{}}
	fmt.Printf("%v\n", r)
	r.Lock()
	r.items["a"] = 1
	fmt.Printf("%+v\n", r.RWMutex)
	r.Unlock()
	r.RLock()
	r.RLock()
	fmt.Printf("%+v\n", r.RWMutex)
	r.RUnlock()
	r.RUnlock()
	r.wg.Add(3)
	fmt.Printf("%+v\n", r.wg)
	r.wg.Add(-3)
	r.once.Do(func() {})
	fmt.Printf("%+v\n", r.once)
	fmt.Println(r.items)

	var wg sync.WaitGroup
	wgs := []sync.WaitGroup{{}, {}}
	wgs[1].Add(1)
	go func() {
		defer wgs[1].Done()
		wg.Wait()
	}()
	wgs[1].Wait()
	fmt.Printf("%v\n", wgs)
	var mus [2]sync.Mutex
	mus[0].Lock()
	fmt.Println(mus, mus[1].TryLock())
}
