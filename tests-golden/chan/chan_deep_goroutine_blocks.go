package main

// A goroutine tens of thousands of calls deep blocks on channels, yields and is preempted, then returns: its
// whole stack is saved and restored each time (G1 refused to save one this large; see the pom's JVM flags).

import (
	"fmt"
	"runtime"
	"sync"
)

type walker struct{ unwound int }

func (w *walker) descend(n int, in <-chan int, out chan<- int) int {
	if n == 0 {
		sum := 0
		for i := 0; i < 20; i++ {
			v := <-in
			out <- v * 2
			sum += v
			runtime.Gosched()
		}
		spin := 0
		for i := 0; i < 50000; i++ { // long enough to be preempted
			spin += i & 1
		}
		return sum + spin%2
	}
	defer func() { w.unwound++ }()
	return w.descend(n-1, in, out) + 1
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 2)
	for k, depth := range []int{2000, 8000} {
		in, out := make(chan int), make(chan int)
		wg.Add(1)
		go func(k, depth int) {
			defer wg.Done()
			w := &walker{}
			r := w.descend(depth, in, out)
			results[k] = fmt.Sprint(depth, " deep: ", r, ", unwound ", w.unwound)
		}(k, depth)
		go func() {
			for i := 1; i <= 20; i++ {
				in <- i
				<-out
			}
		}()
	}
	wg.Wait()
	for _, line := range results {
		fmt.Println(line)
	}
}
