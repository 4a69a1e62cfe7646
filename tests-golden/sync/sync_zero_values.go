package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Zero values of every sync and sync/atomic type work in struct fields, array elements and locals.
type Server struct {
	mu      sync.Mutex
	rw      sync.RWMutex
	wg      sync.WaitGroup
	once    sync.Once
	hits    atomic.Int64
	flag    atomic.Bool
	small   atomic.Int32
	big     atomic.Uint64
	u32     atomic.Uint32
	val     atomic.Value
	cache   sync.Map
	workers [3]sync.Mutex
}

func main() {
	var s Server
	for i := 0; i < 3; i++ {
		s.wg.Add(1)
		go func(i int) {
			defer s.wg.Done()
			s.workers[i].Lock()
			s.mu.Lock()
			s.rw.RLock()
			s.hits.Add(int64(i + 1))
			s.small.Add(-1)
			s.big.Add(10)
			s.u32.Add(^uint32(0))
			s.flag.Store(true)
			s.rw.RUnlock()
			s.mu.Unlock()
			s.workers[i].Unlock()
			s.once.Do(func() { s.val.Store("first") })
			s.cache.Store(i, i*10)
		}(i)
	}
	s.wg.Wait()
	v, _ := s.cache.Load(2)
	fmt.Println(s.hits.Load(), s.flag.Load(), s.small.Load(), s.big.Load(), s.u32.Load(), s.val.Load(), v)

	// copies of never-used zero values are independent, as in Go
	a := s.workers[0]
	a.Lock()
	fmt.Println("copy locked independently:", s.workers[0].TryLock())
	s.workers[0].Unlock()
	a.Unlock()

	// printing the atomic types shows Go's field layout
	var i64 atomic.Int64
	i64.Store(7)
	var b atomic.Bool
	var u atomic.Uint32
	u.Store(3)
	fmt.Printf("%v %v %v %+v\n", &i64, &b, &u, &i64)
	var av atomic.Value
	fmt.Println(&av)
	av.Store(5)
	fmt.Println(&av)
}
