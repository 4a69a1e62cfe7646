package main

// What os/signal keeps track of without a signal being sent: Ignored through Ignore, Reset, Notify and Stop
// (Reset leaves a signal ignored, as in Go), NotifyContext's name and its cancellation by stop, and the
// names of signals.

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	fmt.Println(signal.Ignored(os.Interrupt))
	signal.Ignore(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt))
	signal.Reset(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt))
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt))
	signal.Ignore(syscall.SIGTERM)
	signal.Notify(sigs, syscall.SIGTERM)
	fmt.Println(signal.Ignored(syscall.SIGTERM))
	signal.Stop(sigs)
	fmt.Println(signal.Ignored(syscall.SIGTERM))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGHUP)
	fmt.Println(ctx)
	fmt.Println(ctx.Err())
	stop()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	ctx2, stop2 := signal.NotifyContext(context.TODO())
	fmt.Println(ctx2)
	stop2()
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGUSR1, syscall.Signal(40))
	fmt.Printf("%v %d %T %#v\n", syscall.SIGTERM, syscall.SIGTERM, os.Kill, syscall.SIGHUP)
}
