package main

// Go 1.20/1.21 context API (WithCancelCause, Cause, AfterFunc, WithoutCancel, WithTimeoutCause).
// Go 1.19 has none of it, so ctx_cause.out was written by hand from the Go 1.21 documentation and sources.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(ctx, context.Cause(ctx))
	cancel(errors.New("boom"))
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	child, c2 := context.WithCancel(ctx)
	fmt.Println(child.Err(), context.Cause(child))
	c2()

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(context.Cause(ctx2))
	fmt.Println(context.Cause(context.Background()))

	ctx3, c3 := context.WithCancelCause(context.Background())
	sub, subCancel := context.WithCancel(ctx3)
	defer subCancel()
	c3(errors.New("first"))
	c3(errors.New("second"))
	fmt.Println(context.Cause(ctx3), context.Cause(sub), sub.Err())

	tctx, tc := context.WithTimeout(context.Background(), time.Millisecond)
	<-tctx.Done()
	fmt.Println(context.Cause(tctx))
	tc()
	fmt.Println(context.Cause(tctx))

	tctx2, tc2 := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	<-tctx2.Done()
	fmt.Println(tctx2.Err(), context.Cause(tctx2))
	tc2()

	actx, acancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(actx, func() {
		fmt.Println("after func ran")
		close(done)
	})
	acancel()
	<-done
	fmt.Println("stop after run:", stop())

	actx2, acancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(actx2, func() { fmt.Println("never") })
	fmt.Println("stop:", stop2(), stop2())
	acancel2()

	done3 := make(chan struct{})
	context.AfterFunc(ctx, func() { close(done3) }) // already canceled: runs at once
	<-done3
	fmt.Println("after func on a canceled context ran")

	wc := context.WithoutCancel(ctx)
	fmt.Println(wc.Err(), wc.Done() == nil, context.Cause(wc))
	fmt.Println(wc)
	_, hasDeadline := context.WithoutCancel(tctx).Deadline()
	fmt.Println("deadline:", hasDeadline)
	type key int
	vctx := context.WithValue(ctx, key(1), "v")
	fmt.Println(context.WithoutCancel(vctx).Value(key(1)))
	wchild, wcancel := context.WithCancel(wc)
	fmt.Println(wchild.Err())
	wcancel()
	fmt.Println(wchild.Err(), context.Cause(wchild))
	time.Sleep(5 * time.Millisecond)
}
