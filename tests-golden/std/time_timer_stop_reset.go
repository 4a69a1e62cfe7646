package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired; stop:", t.Stop())
	fmt.Println("reset fired:", t.Reset(time.Hour))
	fmt.Println("reset pending:", t.Reset(2*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// a timer that fired without being received keeps its value in the buffered channel
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop after expiry:", t2.Stop(), "len(C):", len(t2.C))
	<-t2.C

	// AfterFunc runs f in its own goroutine; Stop prevents it
	done := make(chan string, 2)
	a := time.AfterFunc(time.Hour, func() { done <- "never" })
	fmt.Println("afterfunc stop:", a.Stop(), "C is nil:", a.C == nil)
	b := time.AfterFunc(time.Millisecond, func() { done <- "ran" })
	fmt.Println(<-done)
	fmt.Println("afterfunc reset after run:", b.Reset(time.Millisecond))
	fmt.Println(<-done)

	// tickers
	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticks:", n+1)
	fmt.Println("tick nil for 0:", time.Tick(0) == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Reset(time.Second)
	}()

	// time.After in a select with a timeout
	c := make(chan int)
	select {
	case <-c:
		fmt.Println("unexpected")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept >= 15ms:", el >= 15*time.Millisecond, "< 2s:", el < 2*time.Second)
	fmt.Println("until negative:", time.Until(start) < 0)
	time.Sleep(-1)
	time.Sleep(0)
	fmt.Println("done")
}
