package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) IncCopy()  { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k int)    { *m += MyInt(k) }

type StrList []string

func (s StrList) Join() string { return strings.Join(s, ",") }
func (s *StrList) Push(x string) { *s = append(*s, x) }

type Fn func(int) int

func (f Fn) Apply(x int) int { return f(x) }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	inc := c.Inc
	inc()
	fmt.Println(c.n)
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	var m MyInt = 5
	m.Add(3)
	fmt.Println(m.Double(), m)
	d := MyInt.Double
	fmt.Println(d(21))
	var l StrList
	l.Push("a")
	l.Push("b")
	fmt.Println(l.Join(), len(l))
	sq := Fn(func(x int) int { return x * x })
	fmt.Println(sq.Apply(7))
	pc := &Counter{10}
	fmt.Println(pc.Get())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	mc := map[string]*Counter{"a": {}}
	mc["a"].Inc()
	fmt.Println(mc["a"].n)
	var h func() int = pc.Get
	pc.n = 50
	fmt.Println(h())
	pm := (*MyInt).Add
	pm(&m, 100)
	fmt.Println(m)
}
