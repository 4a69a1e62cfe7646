package main

// container/heap: an int heap, a priority queue whose items change priority (Fix) or leave (Remove), and the
// exact sequence of Less and Swap calls the heap makes.

import (
	"container/heap"
	"fmt"
	"strings"
)

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type item struct {
	name     string
	priority int
	index    int
}

type queue []*item

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].name < q[j].name
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	old[len(old)-1] = nil
	it.index = -1
	*q = old[:len(old)-1]
	return it
}

type traced struct {
	ints
	log *strings.Builder
}

func (t traced) Less(i, j int) bool {
	fmt.Fprintf(t.log, "L%d%d ", i, j)
	return t.ints.Less(i, j)
}

func (t traced) Swap(i, j int) {
	fmt.Fprintf(t.log, "S%d%d ", i, j)
	t.ints.Swap(i, j)
}

func main() {
	h := &ints{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, -1)
	heap.Push(h, 11)
	fmt.Println((*h)[0], h.Len())
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	(*h)[5] = -5
	heap.Fix(h, 5)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	q := queue{}
	items := map[string]*item{}
	for i, name := range []string{"write", "test", "lint", "ship", "plan"} {
		it := &item{name: name, priority: (i * 7) % 5}
		items[name] = it
		heap.Push(&q, it)
	}
	items["lint"].priority = 10
	heap.Fix(&q, items["lint"].index)
	removed := heap.Remove(&q, items["test"].index).(*item)
	fmt.Println("removed", removed.name, removed.index)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Printf("%s:%d ", it.name, it.priority)
	}
	fmt.Println()

	var log strings.Builder
	t := traced{ints{5, 3, 8, 1, 9, 2}, &log}
	heap.Init(&t)
	fmt.Println("init:", log.String())
	log.Reset()
	heap.Push(&t, 0)
	fmt.Println("push:", log.String())
	log.Reset()
	heap.Pop(&t)
	fmt.Println("pop:", log.String(), t.ints)
}

func (t *traced) Push(x any) { t.ints.Push(x) }
func (t *traced) Pop() any   { return t.ints.Pop() }
