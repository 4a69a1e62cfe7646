package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type counters struct {
	a int32
	b uint32
	c int64
	d uint64
	e uintptr
}

func main() {
	var c counters
	c.a = math.MaxInt32
	fmt.Println(atomic.AddInt32(&c.a, 1), c.a)
	fmt.Println(atomic.AddInt32(&c.a, -1), atomic.LoadInt32(&c.a))
	fmt.Println(atomic.AddUint32(&c.b, ^uint32(0)), atomic.AddUint32(&c.b, 2))
	c.c = math.MaxInt64
	fmt.Println(atomic.AddInt64(&c.c, 1))
	fmt.Println(atomic.AddUint64(&c.d, ^uint64(0)), atomic.AddUint64(&c.d, 1))
	fmt.Println(atomic.AddUintptr(&c.e, 7))
	fmt.Println(atomic.CompareAndSwapInt32(&c.a, 0, 5), atomic.CompareAndSwapInt32(&c.a, math.MaxInt32, 5), c.a)
	fmt.Println(atomic.CompareAndSwapUint64(&c.d, 0, 9), atomic.SwapUint64(&c.d, 10), atomic.LoadUint64(&c.d))
	fmt.Println(atomic.SwapInt64(&c.c, -3), atomic.LoadInt64(&c.c))
	atomic.StoreUint32(&c.b, 42)
	atomic.StoreInt32(&c.a, -42)
	fmt.Println(atomic.LoadUint32(&c.b), atomic.LoadInt32(&c.a), atomic.SwapInt32(&c.a, 1), atomic.SwapUint32(&c.b, 2))

	// atomics on array elements, slice elements and heap variables
	arr := make([]int64, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&arr[i%4], 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(arr)
	var x int32
	p := &x
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for {
					old := atomic.LoadInt32(p)
					if atomic.CompareAndSwapInt32(p, old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(x)

	var u32 atomic.Uint32
	u32.Store(math.MaxUint32)
	fmt.Println(u32.Add(1), u32.Load(), u32.CompareAndSwap(0, 3), u32.Swap(4), u32.Load())
	var i32 atomic.Int32
	i32.Store(math.MinInt32)
	fmt.Println(i32.Add(-1), i32.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load(), b.Swap(false), b.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Load(), v.Swap(2), v.CompareAndSwap(2, 3), v.CompareAndSwap(2, 4), v.Load())
	for _, f := range []func(){
		func() { v.Store("str") },
		func() { v.Store(nil) },
		func() { v.Swap(nil) },
		func() { v.CompareAndSwap(1, "x") },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	var nilp *int32
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		atomic.AddInt32(nilp, 1)
	}()
}
