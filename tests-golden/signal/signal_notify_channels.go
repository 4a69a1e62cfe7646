package main

// Notify and Stop on several channels with no signal sent: nothing arrives, a nil channel panics, Stop of an
// unknown channel is fine, Notify for every signal, Ignore and Reset of all, and a context from NotifyContext
// that its parent cancels.

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	a := make(chan os.Signal, 1)
	b := make(chan os.Signal, 4)
	signal.Notify(a, os.Interrupt, syscall.SIGTERM)
	signal.Notify(b)
	signal.Notify(a, syscall.SIGHUP)
	select {
	case s := <-a:
		fmt.Println("unexpected", s)
	case s := <-b:
		fmt.Println("unexpected", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no signal")
	}
	signal.Stop(a)
	signal.Stop(a)
	signal.Stop(make(chan os.Signal))
	signal.Ignore()
	fmt.Println(signal.Ignored(syscall.SIGUSR1), signal.Ignored(os.Kill), signal.Ignored(syscall.Signal(0)), signal.Ignored(syscall.Signal(99)))
	signal.Reset()
	signal.Notify(b, syscall.SIGUSR1)
	fmt.Println(signal.Ignored(syscall.SIGUSR1), signal.Ignored(syscall.SIGUSR2))
	signal.Stop(b)

	parent, cancel := context.WithCancel(context.Background())
	ctx, stop := signal.NotifyContext(parent, syscall.SIGTERM)
	defer stop()
	fmt.Println(ctx)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())

	done, stopDone := signal.NotifyContext(parent)
	fmt.Println(done.Err())
	stopDone()

	defer func() { fmt.Println("recovered:", recover()) }()
	signal.Notify(nil, os.Interrupt)
}
