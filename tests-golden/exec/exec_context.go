// CommandContext kills the process when its context is done; Kill and Signal on a running process; and other
// goroutines keep running while one waits for a command.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	err := exec.CommandContext(ctx, "sleep", "10").Run()
	fmt.Println("timeout:", err, time.Since(start) < 5*time.Second, ctx.Err())
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		fmt.Println(exit.ExitCode(), exit.Exited(), exit.String())
	}

	// cancelled before the start: nothing runs
	done, stop := context.WithCancel(context.Background())
	stop()
	err = exec.CommandContext(done, "echo", "never").Run()
	fmt.Println("cancelled first:", err, errors.Is(err, context.Canceled))

	// a context that is not done changes nothing
	out, err := exec.CommandContext(context.Background(), "echo", "in time").Output()
	fmt.Printf("%q %v\n", out, err)

	// cancelled by hand while Output waits
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(400 * time.Millisecond)
		cancel2()
	}()
	start = time.Now()
	_, err = exec.CommandContext(ctx2, "sh", "-c", "echo started; exec sleep 10").Output()
	fmt.Println("cancel:", err, time.Since(start) < 5*time.Second)

	cmd := exec.Command("sleep", "10")
	cmd.Start()
	fmt.Println("kill:", cmd.Process.Kill())
	fmt.Println("wait:", cmd.Wait(), cmd.ProcessState.ExitCode(), cmd.ProcessState.Exited(), cmd.ProcessState.Success())

	cmd = exec.Command("sleep", "10")
	cmd.Start()
	fmt.Println("interrupt:", cmd.Process.Signal(os.Interrupt))
	fmt.Println("wait:", cmd.Wait())

	cmd = exec.Command("sleep", "10")
	cmd.Start()
	fmt.Println("terminate:", cmd.Process.Signal(syscall.SIGTERM))
	fmt.Println("wait:", cmd.Wait())

	// other goroutines run while main waits for the command
	ticks := make(chan int, 100)
	go func() {
		for i := 0; i < 5; i++ {
			ticks <- i
			time.Sleep(25 * time.Millisecond)
		}
		close(ticks)
	}()
	err = exec.Command("sleep", "0.5").Run()
	n := 0
	for range ticks {
		n++
	}
	fmt.Println("slept:", err, "ticks while waiting:", n)
}
