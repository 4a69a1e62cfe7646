package main

import (
	"fmt"
)

// Tag formats with a value receiver: values and pointers to them are Formatters.
type Tag string

func (t Tag) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "#%s/%c", string(t), verb)
	if width, ok := f.Width(); ok {
		fmt.Fprintf(f, "/%d", width)
	}
	if f.Flag('+') {
		f.Write([]byte("+"))
	}
	if f.Flag('#') {
		f.Write([]byte("#"))
	}
}

// Node formats with a pointer receiver: only *Node is a Formatter.
type Node struct {
	Name string
	Next *Node
}

func (n *Node) Format(f fmt.State, verb rune) {
	if n == nil {
		f.Write([]byte("END"))
		return
	}
	fmt.Fprintf(f, "(%s -> %v)", n.Name, n.Next)
}

type Pair struct {
	Left  Tag
	right Tag
	Any   interface{}
	Ptr   *Tag
}

type Holder struct {
	Node  Node
	PNode *Node
	Tags  []Tag
	ByKey map[Tag]Tag
	Arr   [2]Tag
}

// Embedded gets Tag's Format promoted, so it formats as a Tag.
type Embedded struct {
	Tag
	Extra int
}

// Plain has no methods: only what it holds formats itself.
type Plain struct {
	A Tag
	B []interface{}
}

func main() {
	t := Tag("x")
	fmt.Println(Pair{Left: "l", right: "r", Any: Tag("a"), Ptr: &t})
	fmt.Printf("%+v\n", Pair{Left: "l", right: "r"})
	fmt.Printf("%#v\n", Pair{Left: "l", right: "r", Any: Tag("a")})
	fmt.Printf("%6v\n", Pair{Left: "l"})
	fmt.Printf("%d\n", Pair{Left: "l"})

	fmt.Println([]Tag{"a", "b"}, [2]Tag{"c", "d"})
	fmt.Printf("%5s|%-3x\n", []Tag{"a", "b"}, []Tag{"e"})
	fmt.Println(map[Tag]Tag{"k2": "v2", "k1": "v1"})
	fmt.Println(map[string]Tag{"z": "1", "a": "2"})
	fmt.Println([]interface{}{Tag("i"), 3, "s", nil})
	fmt.Println(&t, []*Tag{&t}[0] != nil)

	list := &Node{"a", &Node{"b", nil}}
	fmt.Println(list)
	fmt.Printf("%v|%s\n", *list, Node{Name: "solo"})
	h := Holder{Node: Node{Name: "n"}, PNode: list, Tags: []Tag{"t"}, ByKey: map[Tag]Tag{"k": "v"}, Arr: [2]Tag{"p", "q"}}
	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%v\n", &h)
	fmt.Printf("%v\n", []*Node{list, nil})
	fmt.Printf("%v\n", []Node{{Name: "val"}})

	fmt.Println(Embedded{"emb", 1}, &Embedded{"pemb", 2})
	fmt.Printf("%+v|%#v\n", Embedded{"e", 3}, Embedded{"e", 3})
	fmt.Println(Plain{A: "pa", B: []interface{}{Tag("pb"), &Node{Name: "pn"}}})
	fmt.Println(&Plain{A: "pp"})
	pp := &Plain{A: "deep"}
	fmt.Println([]*Plain{pp}[0] == pp, struct{ P *Plain }{nil})
	var nilNode *Node
	fmt.Println(nilNode, []*Node{nilNode})
	fmt.Printf("[%v] [%+v]\n", struct{ T Tag }{"anon"}, struct {
		T Tag
		u Tag
	}{"x", "y"})
}
