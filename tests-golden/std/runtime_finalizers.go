package main

import (
	"fmt"
	"runtime"
	"time"
)

type Inner struct{ n int }

type Outer struct {
	in   *Inner
	name string
}

type Named interface{ Name() string }

func (o *Outer) Name() string { return o.name }

var events = make(chan string, 16)

func setup() {
	in := &Inner{7}
	out := &Outer{in, "first"}
	runtime.SetFinalizer(in, func(p *Inner) { events <- fmt.Sprint("inner ", p.n) })
	runtime.SetFinalizer(out, func(o *Outer) { events <- "outer " + o.name + fmt.Sprint(" ", o.in.n) })
	// the state set after SetFinalizer is what the finalizer sees
	out.name = "renamed"
	in.n = 8

	cleared := new(int)
	runtime.SetFinalizer(cleared, func(*int) { events <- "cleared ran" })
	runtime.SetFinalizer(cleared, nil)

	v := new(string)
	*v = "heap variable"
	runtime.SetFinalizer(v, func(p *string) { events <- *p })

	named := &Outer{nil, "through an interface"}
	runtime.SetFinalizer(named, func(n Named) { events <- n.Name() })
	empty := &Outer{nil, "through any"}
	runtime.SetFinalizer(empty, func(x any) { events <- x.(*Outer).name })
}

func main() {
	setup()
	got := map[string]bool{}
	seen := []string{}
	deadline := time.Now().Add(5 * time.Second)
	for len(seen) < 5 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * 1000 * time.Microsecond)
	drain:
		for {
			select {
			case e := <-events:
				if e == "inner 8" && !got["outer renamed 8"] {
					fmt.Println("inner finalized before the outer object that points to it")
				}
				got[e] = true
				seen = append(seen, e)
			default:
				break drain
			}
		}
	}
	for _, e := range []string{"outer renamed 8", "inner 8", "heap variable", "through an interface", "through any", "cleared ran"} {
		fmt.Println(e, got[e])
	}
}
