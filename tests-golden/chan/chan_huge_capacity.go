package main

import "fmt"

func main() {
	ch := make(chan int, 2147483647)
	for i := 0; i < 100; i++ {
		ch <- i
	}
	sum := 0
	for i := 0; i < 60; i++ {
		sum += <-ch
	}
	fmt.Println(len(ch), cap(ch), sum)
}
