// A pointer to a struct or array, or to a field or element inside one, keeps pointing at that storage when a whole
// new value is stored there: the store copies into the storage, it does not put new storage in its place.
package main

import (
	"fmt"
	"sort"
)

type point struct{ x int }

type shape struct {
	at      point
	corners [2]point
}

var global shape
var row [3]point

type byX []point

func (b byX) Len() int           { return len(b) }
func (b byX) Less(i, j int) bool { return b[i].x < b[j].x }
func (b byX) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	// slice element, struct field, whole struct, array element, plain variable
	pts := []point{{1}}
	first := &pts[0]
	pts[0] = point{2}
	fmt.Println("slice element:", first.x)

	var s shape
	at := &s.at
	s.at = point{5}
	fmt.Println("field:", at.x)
	s = shape{at: point{7}}
	fmt.Println("whole struct:", at.x)

	arr := [2]point{}
	second := &arr[1]
	arr[1] = point{9}
	fmt.Println("array element:", second.x)
	arr = [2]point{{3}, {4}}
	fmt.Println("whole array:", second.x)

	var v point
	pv := &v
	v = point{11}
	*pv = point{12}
	fmt.Println("variable:", v.x, pv.x)

	// an array inside a struct
	corner := &s.corners[0]
	s = shape{corners: [2]point{{5}, {6}}}
	fmt.Println("nested array:", corner.x)
	s.corners = [2]point{{7}, {8}}
	fmt.Println("nested array field:", corner.x)

	// copy and append store into the elements
	dst := make([]point, 2)
	last := &dst[1]
	copy(dst, []point{{9}, {10}})
	fmt.Println("copy:", last.x)
	short := make([]point, 1, 4)
	spare := &short[:2][1]
	short = append(short, point{11})
	fmt.Println("append:", spare.x, len(short))

	// swaps and a literal made of the old value still see values, not storage
	sw := []point{{1}, {2}}
	sw[0], sw[1] = sw[1], sw[0]
	fmt.Println("swap:", sw)
	s.corners[0], s.corners[1] = s.corners[1], s.corners[0]
	fmt.Println("field swap:", s.corners)
	s = shape{corners: [2]point{s.corners[1], s.corners[0]}}
	fmt.Println("literal of itself:", s.corners)

	grid := [2][2]int{}
	line := &grid[1]
	grid = [2][2]int{{1, 2}, {3, 4}}
	fmt.Println("array of arrays:", *line)

	// package-level variables
	gp := &global.at
	gc := &global.corners[1]
	global = shape{at: point{1}, corners: [2]point{{2}, {3}}}
	fmt.Println("global:", gp.x, gc.x)
	end := &row[2]
	row = [3]point{{4}, {5}, {6}}
	fmt.Println("global array:", end.x)

	// sorting moves values between elements; a pointer stays with its element
	list := []point{{3}, {1}, {2}}
	head := &list[0]
	sort.Sort(byX(list))
	fmt.Println("sort.Sort:", list, head.x)
	list = []point{{3}, {1}, {2}}
	head = &list[0]
	sort.Slice(list, func(i, j int) bool { return list[i].x < list[j].x })
	fmt.Println("sort.Slice:", list, head.x)

	// a received value and a closure's assignment
	ch := make(chan point, 1)
	box := []point{{0}}
	inBox := &box[0]
	ch <- point{7}
	box[0] = <-ch
	fmt.Println("received:", inBox.x)
	func() {
		c := shape{}
		cp := &c.corners[0]
		set := func() { c = shape{corners: [2]point{{8}, {9}}} }
		set()
		fmt.Println("closure:", cp.x)
	}()

	// map values are not addressable: a read is a copy
	m := map[string]point{"a": {1}}
	old := m["a"]
	m["a"] = point{2}
	fmt.Println("map:", old.x, m["a"].x)
}
