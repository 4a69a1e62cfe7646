// main calls runtime.Goexit: its deferred calls run, the other goroutine finishes, and then Go reports that no
// goroutine is left (a deadlock of its own kind, with no goroutine listed).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Millisecond * 30)
		fmt.Println("other done")
	}()
	defer fmt.Println("deferred")
	runtime.Goexit()
}
