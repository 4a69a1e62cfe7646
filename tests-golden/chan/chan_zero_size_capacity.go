package main

// A channel's buffer limit is on its bytes: elements of no size need none, so any int capacity is allowed, while a
// buffer of sized elements past Go's limit (1<<48 bytes on amd64, less the channel's header) is out of range.

import "fmt"

func try(name string, f func() int) {
	defer func() {
		if caught := recover(); caught != nil {
			fmt.Println(name, "panic:", caught)
		}
	}()
	fmt.Println(name, "cap", f())
}

type empty struct{}

func main() {
	n := 1 << 40
	try("struct{} 1<<40", func() int { return cap(make(chan struct{}, n)) })
	try("[0]int 1<<62", func() int { return cap(make(chan [0]int, 1<<62)) })
	var maxInt int64 = 1<<63 - 1
	try("empty maxint64", func() int { return cap(make(chan empty, maxInt)) })
	m := -1
	try("struct{} -1", func() int { return cap(make(chan struct{}, m)) })
	var u uint64 = 1 << 63
	try("struct{} 1<<63 as uint64", func() int { return cap(make(chan struct{}, u)) })
	k := 1 << 45
	try("int 1<<45", func() int { return cap(make(chan int, k)) })
	b := 1<<48 - 95
	try("byte 1<<48-95", func() int { return cap(make(chan byte, b)) })
	try("int 1<<63 as uint64", func() int { return cap(make(chan int, u)) })

	c := make(chan struct{}, n)
	for sent := 0; sent < 100; sent++ {
		c <- struct{}{}
	}
	<-c
	fmt.Println(len(c), cap(c))
	close(c)
	got := 0
	for v := range c {
		_ = v
		got++
	}
	v, ok := <-c
	fmt.Println(got, len(c), v, ok)

	// one goroutine fills, another drains, through a buffer of no-size elements
	d := make(chan [0]int, maxInt)
	done := make(chan int)
	go func() {
		s := 0
		for range d {
			s++
		}
		done <- s
	}()
	for sent := 0; sent < 1000; sent++ {
		d <- [0]int{}
	}
	close(d)
	fmt.Println(<-done, cap(d))
}
