package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) MarshalJSON() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return json.Marshal(map[string]int{"n": c.n})
}

type Slow struct{ ch chan int }

func (s Slow) MarshalJSON() ([]byte, error) {
	v := <-s.ch
	return json.Marshal(v)
}

func main() {
	c := &Counter{n: 3}
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b, _ := json.Marshal([]*Counter{c, c})
			out[i] = string(b)
		}(i)
	}
	wg.Wait()
	fmt.Println(out[0], out[7])
	ch := make(chan int)
	go func() { ch <- 42 }()
	b, err := json.Marshal(Slow{ch})
	fmt.Println(string(b), err)
}
