package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}
