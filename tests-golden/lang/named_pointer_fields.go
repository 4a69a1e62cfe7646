package main

// A named pointer type (type PS *node) has no methods, but the fields of the struct it points to, and of
// structs embedded there, are its selectors: read, assigned and addressed through it.

import "fmt"

type base struct{ id int }

func (b *base) Name() string { return fmt.Sprint("b", b.id) }

type node struct {
	base
	req  chan int
	next *node
}

type PS *node

type Pair *[2]PS

func mk(id int) PS {
	n := &node{req: make(chan int, 1)}
	n.id = id
	return n
}

func main() {
	var z PS = mk(1)
	z.req <- 7
	fmt.Println(<-z.req, z.id, z.base.id)
	z.next = mk(2)
	z.next.id += 40
	p := &z.id
	*p = 10
	fmt.Println(z.id, z.next.id, (*node)(z).Name())

	pr := Pair(&[2]PS{z, mk(3)})
	fmt.Println(pr[1].id, len(pr))
}
