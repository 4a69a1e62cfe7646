// Maps used by one goroutine, or by several that take turns (a mutex, a channel
// hand-off, a WaitGroup before reading), behave as ordinary maps: the runtime's
// check for concurrent use never fires on them. Every operation that writes
// (assignment, compound assignment, delete, delete and insert during range,
// json.Unmarshal, reflect.SetMapIndex) and every one that reads (index,
// comma-ok, range, len, fmt, json.Marshal, reflect.DeepEqual, MapIndex, MapKeys).
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"sync"
)

type point struct{ x, y int }

func oneGoroutine() {
	m := map[string]*int{}
	one := 1
	m["nil"] = nil
	m["one"] = &one
	v, ok := m["nil"]
	fmt.Println(v == nil, ok, len(m))
	_, ok = m["absent"]
	fmt.Println(ok)

	counts := map[point]int{}
	for n := 0; n < 1000; n++ {
		counts[point{n % 7, n % 3}] += n
	}
	fmt.Println(len(counts), counts[point{0, 0}], counts[point{6, 2}])

	// deleting every key during range, and inserting while ranging (how many of the
	// new keys the loop sees is unspecified: only the final length is printed)
	squares := map[int]int{}
	for n := 0; n < 100; n++ {
		squares[n] = n * n
	}
	for k := range squares {
		if k%2 == 0 {
			delete(squares, k)
		}
	}
	fmt.Println(len(squares))
	for k := range squares {
		if k < 100 {
			squares[k+1000] = k
		}
	}
	fmt.Println(len(squares))
	for k := range squares {
		delete(squares, k)
	}
	fmt.Println(len(squares), squares)

	ages := map[string]int{"ann": 31, "bob": 27, "cy": 45}
	fmt.Println(ages)
	fmt.Printf("%v %d\n", ages, len(ages))
	b, _ := json.Marshal(ages)
	fmt.Println(string(b))
	var back map[string]int
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Println(reflect.DeepEqual(ages, back))
	back["dee"] = 50
	fmt.Println(reflect.DeepEqual(ages, back))

	rv := reflect.ValueOf(ages)
	rv.SetMapIndex(reflect.ValueOf("eve"), reflect.ValueOf(22))
	rv.SetMapIndex(reflect.ValueOf("bob"), reflect.Value{})
	fmt.Println(rv.MapIndex(reflect.ValueOf("eve")), rv.MapIndex(reflect.ValueOf("bob")).IsValid())
	var names []string
	for _, k := range rv.MapKeys() {
		names = append(names, k.String())
	}
	sort.Strings(names)
	fmt.Println(names)
}

func takingTurns() {
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				m[i*4+g]++
				if i%3 == 0 {
					delete(m, i*4+g)
				}
				_ = m[i]
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	n := 0
	for range m {
		n++
	}
	fmt.Println(len(m), n)

	// hand-off: whoever holds the map's token may use it
	token := make(chan map[int]int, 1)
	token <- map[int]int{}
	done := make(chan bool)
	for g := 0; g < 3; g++ {
		go func(g int) {
			for turn := 0; turn < 1000; turn++ {
				mm := <-token
				mm[g] += turn
				token <- mm
			}
			done <- true
		}(g)
	}
	for g := 0; g < 3; g++ {
		<-done
	}
	fmt.Println(<-token)

	// many readers at once, no writer: allowed
	shared := map[int]int{}
	for n := 0; n < 1000; n++ {
		shared[n] = n
	}
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for k, v := range shared {
					sums[g] += k + v + shared[k]
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)
}

func main() {
	oneGoroutine()
	takingTurns()
}
