// With GOTRACEBACK=all (gotraceback_all.env) an unrecovered panic lists, after the panicking goroutine, every
// other goroutine with its frames and creation site.
package main

import (
	"fmt"
	"time"
)

func worker(jobs chan int) {
	for j := range jobs {
		fmt.Println(j)
	}
}

func sleeper() {
	time.Sleep(time.Hour)
}

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("bad value %d", n))
	}
}

func main() {
	jobs := make(chan int)
	for i := 0; i < 2; i++ {
		go worker(jobs)
	}
	go sleeper()
	time.Sleep(time.Millisecond * 100)
	fmt.Println("checking")
	check(3)
}
