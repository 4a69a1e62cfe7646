package main

// gosub's syscall has signals and error numbers only: other names of Go's syscall package are refused by name
// (Go itself compiles this program).

import (
	"fmt"
	"syscall"
)

func main() {
	fd, err := syscall.Open("x", syscall.O_RDONLY, 0)
	fmt.Println(fd, err, syscall.SIGINT)
}
