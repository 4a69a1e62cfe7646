package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type ctxKey struct{}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Printf("%T %T\n", bg, context.TODO())
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	fmt.Printf("%T\n", ctx)
	vctx := context.WithValue(ctx, key("user"), "alice")
	fmt.Println(vctx)
	fmt.Println(context.WithValue(bg, ctxKey{}, 42))
	fmt.Printf("%T\n", vctx)
	fmt.Println(vctx.Value(key("user")), vctx.Value("user"), vctx.Value(ctxKey{}))
	cancel()
	<-vctx.Done()
	fmt.Println(vctx.Err(), ctx.Err() == context.Canceled)

	dctx, dcancel := context.WithTimeout(bg, time.Hour)
	dl, ok := dctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 59*time.Minute)
	fmt.Printf("%T\n", dctx)
	dcancel()
	fmt.Println(dctx.Err())

	tctx, tcancel := context.WithTimeout(bg, 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	err := tctx.Err()
	fmt.Println(err, err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	fmt.Printf("%T %v\n", err, err)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te), te.Timeout())

	// a deadline already in the past
	pctx, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(pctx.Err())
	pcancel()

	// child of a timed parent with a later deadline keeps the parent's deadline
	parent, c1 := context.WithTimeout(bg, 20*time.Millisecond)
	child, c2 := context.WithTimeout(parent, time.Hour)
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("same deadline:", pd.Equal(cd))
	<-child.Done()
	fmt.Println("child:", child.Err())
	c2()
	c1()

	// canceling a child does not cancel the parent
	p2, cancelP := context.WithCancel(bg)
	ch2, cancelC := context.WithCancel(p2)
	cancelC()
	fmt.Println(ch2.Err(), p2.Err())
	cancelP()
	fmt.Println(p2.Err())

	// nil parent and bad keys
	for _, f := range []func(){
		func() { context.WithCancel(nil) },
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
