package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }

type Walker interface{ Walk() string }
type Runner interface{ Run() string }
type WalkRunner interface {
	Walker
	Runner
}

type Cat struct{}

func (Cat) Walk() string { return "cat walks" }
func (Cat) Run() string  { return "cat runs" }

type Empty interface{}

func nilCheck(g Getter) string {
	if g == nil {
		return "nil"
	}
	return "non-nil"
}

func main() {
	c := Counter{1}
	var g Getter = c
	c.n = 2
	fmt.Println(g.Get(), c.Get())
	var e Empty = c
	c2 := e.(Counter)
	c2.n = 5
	fmt.Println(e.(Counter).n, c2.n)
	var wr WalkRunner = Cat{}
	var w Walker = wr
	fmt.Println(w.Walk(), wr.Run())
	r, ok := w.(Runner)
	fmt.Println(r.Run(), ok)
	var cp *Counter
	fmt.Println(nilCheck(nil), nilCheck(cp), nilCheck(c))
	var i1, i2 interface{}
	fmt.Println(i1 == i2, i1 == nil)
	i1 = (*int)(nil)
	fmt.Println(i1 == nil, i1 == (*int)(nil))
	i1, i2 = 1, 1
	fmt.Println(i1 == i2)
	i1, i2 = "a", 'a'
	fmt.Println(i1 == i2)
	var x interface{} = Counter{3}
	var y interface{} = &Counter{3}
	fmt.Println(x == Counter{3}, y == &Counter{3})
	things := []interface{}{1, "s", 2.5, true, nil, []int{1}, Counter{}, &Counter{}, Cat{}}
	for _, t := range things {
		_, isG := t.(Getter)
		fmt.Printf("%T:%v ", t, isG)
	}
	fmt.Println()
	var ge Getter = &Counter{7}
	fmt.Println(ge.Get())
	switch v := ge.(type) {
	case *Counter:
		v.n = 70
	}
	fmt.Println(ge.Get())
	fmt.Println(fmt.Sprint(ge) != "")
}
