package main

import (
	"fmt"
	"runtime"
	"time"
)

func two() (int, string) { return 7, "seven" }

// settle waits until the goroutines started so far have ended.
func settle() {
	deadline := time.Now().Add(10 * 1000 * time.Millisecond)
	for runtime.NumGoroutine() > 1 && time.Now().Before(deadline) {
		runtime.Gosched()
	}
}

func main() {
	x := 1.5
	s := []int{1, 2, 3}
	d := []int{0, 0, 0}
	m := map[string]int{"b": 2, "a": 1}
	c := make(chan int, 1)
	c <- 5
	go println("go println", 42, true, x, "world", byte(255))
	settle()
	go print("go print ", 1, "\n")
	settle()
	go println(two())
	settle()
	go copy(d, s)
	go delete(m, "a")
	go close(c)
	go recover()
	x = 99 // the goroutine printed the value x had at the go statement
	settle()
	v, ok := <-c
	v2, ok2 := <-c
	fmt.Println(d, len(m), v, ok, v2, ok2, x)
	for i := 0; i < 3; i++ {
		go println("loop", i)
		settle()
	}
	var nilc chan int
	fmt.Println("closing a nil channel in a goroutine")
	go close(nilc)
	time.Sleep(5000 * time.Millisecond)
	fmt.Println("not reached")
}
