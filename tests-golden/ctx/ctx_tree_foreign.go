// Context trees: cancellation reaching every descendant through value and deadline contexts, contexts of
// other types as parents (with their own Done, or wrapping one of the package's), Value shadowing and
// String() of nested derivations.
package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type user string
type trace int

// ownDone is a foreign Context with a Done channel of its own.
type ownDone struct {
	context.Context
	done chan struct{}
	err  error
}

func (o *ownDone) Done() <-chan struct{} { return o.done }
func (o *ownDone) Err() error {
	select {
	case <-o.done:
		return o.err
	default:
		return nil
	}
}

// wrapped embeds a package context and changes nothing but its name.
type wrapped struct{ context.Context }

func (wrapped) String() string { return "wrapped" }

// quiet has no String method: it is shown by its type.
type quiet struct{ context.Context }

func report(name string, c context.Context) {
	fmt.Printf("%-10s err=%v\n", name, c.Err())
}

// clockless replaces the time left to each deadline in a context's String by "...".
func clockless(s string) string {
	var out strings.Builder
	for {
		i := strings.Index(s, " [")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "]")
		out.WriteString(s[:i] + " [...]")
		s = s[i+j+1:]
	}
	out.WriteString(s)
	return out.String()
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a := context.WithValue(root, user("u"), "ann")
	b, cancelB := context.WithTimeout(a, time.Hour)
	c, cancelC := context.WithCancel(b)
	d := context.WithValue(c, trace(1), 7)
	sibling, cancelSibling := context.WithCancel(context.Background())
	defer cancelB()
	defer cancelC()
	defer cancelSibling()

	fmt.Println(d.Value(user("u")), d.Value(trace(1)), d.Value("u"), d.Value(trace(2)))
	shadow := context.WithValue(d, user("u"), "bob")
	fmt.Println(shadow.Value(user("u")), d.Value(user("u")))
	type pair struct{ x, y int }
	pk := context.WithValue(shadow, pair{1, 2}, "pair")
	fmt.Println(pk.Value(pair{1, 2}), pk.Value(pair{2, 1}))

	cancelRoot()
	<-d.Done()
	for _, n := range []struct {
		name string
		c    context.Context
	}{{"root", root}, {"a", a}, {"b", b}, {"c", c}, {"d", d}, {"sibling", sibling}} {
		report(n.name, n.c)
	}
	fmt.Println("second cancel is harmless")
	cancelRoot()
	cancelC()
	report("c", c)

	// A foreign parent with its own Done: the child is canceled when that channel closes.
	od := &ownDone{Context: context.Background(), done: make(chan struct{}), err: context.Canceled}
	fc, cancelFC := context.WithCancel(od)
	defer cancelFC()
	fv := context.WithValue(fc, user("u"), "eve")
	report("foreign", fc)
	close(od.done)
	<-fv.Done()
	report("foreign", fc)
	fmt.Println(fv.Value(user("u")))

	// A wrapper around a package context: children still hear of its cancellation.
	p, cancelP := context.WithCancel(context.Background())
	w := wrapped{p}
	wc, cancelWC := context.WithCancel(w)
	defer cancelWC()
	q := quiet{wc}
	qc, cancelQC := context.WithDeadline(q, time.Date(2040, time.May, 6, 7, 8, 9, 0, time.FixedZone("X", 3600)))
	defer cancelQC()
	fmt.Println(wc)
	fmt.Println(clockless(fmt.Sprint(qc)))
	cancelP()
	<-qc.Done()
	report("wrapped", wc)
	report("quiet", qc)

	// Deadlines: the earlier one wins, whichever side it is on.
	at := time.Date(2031, time.March, 4, 5, 6, 7, 8, time.UTC)
	e1, cancelE1 := context.WithDeadline(context.Background(), at)
	defer cancelE1()
	e2, cancelE2 := context.WithDeadline(e1, at.Add(time.Hour))
	defer cancelE2()
	e3, cancelE3 := context.WithDeadline(e1, at.Add(-time.Hour))
	defer cancelE3()
	for _, e := range []context.Context{e1, e2, e3} {
		dl, ok := e.Deadline()
		fmt.Printf("%T %v %v %s\n", e, dl, ok, clockless(fmt.Sprint(e)))
	}
	e4, cancelE4 := context.WithCancel(e1)
	defer cancelE4()
	fmt.Println(clockless(fmt.Sprint(e4)))
	fmt.Println(clockless(fmt.Sprint(context.WithValue(e4, trace(3), user("x")))))
	fmt.Println(context.WithValue(context.WithValue(context.Background(), user("a"), wrapped{}), trace(3), user("x")))
	fmt.Println(context.WithValue(context.TODO(), "k", 1.5))
	fmt.Println(context.WithValue(context.TODO(), 1, time.Second))
	nd, ok := context.WithValue(context.TODO(), 1, 2).Deadline()
	fmt.Println(nd.IsZero(), ok)

	// A deadline already passed: done at once, with every descendant.
	gone, cancelGone := context.WithDeadline(d, at.AddDate(-20, 0, 0))
	defer cancelGone()
	report("gone", gone)
	past, cancelPast := context.WithTimeout(context.Background(), -time.Second)
	kid := context.WithValue(past, trace(4), 0)
	grand, cancelGrand := context.WithCancel(kid)
	report("past", past)
	report("grand", grand)
	cancelGrand()
	cancelPast()
	report("past", past)
}
