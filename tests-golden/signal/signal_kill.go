// syscall.Kill: signals a Go program drops unless os/signal asked for them leave it running, signal 0 only
// checks the process, a number Linux does not have is refused, and a process that is not there is reported.
package main

import (
	"errors"
	"fmt"
	"syscall"
)

func main() {
	self := syscall.Getpid()
	for _, sig := range []syscall.Signal{syscall.SIGCHLD, syscall.SIGURG, syscall.SIGWINCH, 0} {
		err := syscall.Kill(self, sig)
		fmt.Printf("Kill(self, %d) = %v\n", int(sig), err)
	}
	err := syscall.Kill(self, syscall.Signal(200))
	fmt.Printf("Kill(self, 200) = %v (EINVAL: %v)\n", err, errors.Is(err, syscall.EINVAL))
	err = syscall.Kill(self, syscall.Signal(-1))
	fmt.Printf("Kill(self, -1) = %v\n", err)
	// beyond Linux's largest process id (4194304)
	err = syscall.Kill(99999999, syscall.SIGTERM)
	fmt.Printf("Kill(99999999, SIGTERM) = %v (ESRCH: %v)\n", err, err == syscall.ESRCH)
	fmt.Println("survived")
}
