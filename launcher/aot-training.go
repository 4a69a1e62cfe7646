// The training run for the JVM's AOT cache (see ./gosub, make_aot): a little of everything, so that the
// classes a typical program needs are loaded and linked ahead of time. Its output is thrown away.
//
// With an argument (a duration: 15s for the JIT mode's recording, 5s for the interpreter-only one), it first
// keeps a few hot loops busy that long, so that the classes used while hot code runs are cached too: in the JIT
// mode those of Graal, which Truffle loads as it compiles the loops. The cache keeps no method profiles (./gosub
// records it without them: replayed, they slowed later runs). Measured 2026-12-07 on the quiet 2-core machine,
// interleaved whole-process runs with this training against one of 3 s (JIT) and none (interpreter-only): JIT
// nbody 3.6 s against 3.9 s, sort_slice 4.7 against 5.2, map_ops 2.75 against 2.97; interpreter-only map_ops 1.78
// against 1.88, the rest within noise; hello world the same.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type stack[T any] struct{ items []T }

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }
func (s *stack[T]) pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func sum[T int | float64](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

var errNeg = errors.New("negative")

func check(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check %d: %w", n, errNeg)
	}
	return n * 2, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("recovered: %v", rec)
		}
	}()
	return a / b, nil
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type point struct{ x, y int }

func (p point) norm() int { return p.x*p.x + p.y*p.y }

type stepper interface{ step(int) int }
type doubler struct{ k int }
type adder struct{ k int }

func (d doubler) step(v int) int { return v*2 + d.k }
func (a *adder) step(v int) int  { return v + a.k }

// busy is one round of the hot loops: calls, loops over slices, interface and closure calls, maps, strings and
// a channel, so that each kind of node is compiled.
func busy(round int) int {
	acc := fib(20)
	grid := make([]point, 0, 512)
	for i := 0; i < 512; i++ {
		grid = append(grid, point{i % 17, i % 23})
	}
	for _, p := range grid {
		acc += p.norm()
	}
	steppers := []stepper{doubler{1}, &adder{3}}
	for i := 0; i < 20000; i++ {
		acc = steppers[i%2].step(acc) % 1000003
	}
	counts := map[int]int{}
	for i := 0; i < 20000; i++ {
		counts[i%257] += i
	}
	acc += len(counts)
	words := make([]string, 0, 2000)
	for w := 0; w < cap(words); w++ {
		words = append(words, strconv.Itoa(w*7919%10007))
	}
	sort.Strings(words)
	acc += len(strings.Join(words[:50], ","))
	shift := func(v int) int { return v + round }
	for i := 0; i < 20000; i++ {
		acc = shift(acc) % 1000003
	}
	ch := make(chan int, 16)
	go func() {
		for i := 0; i < 3000; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		acc += v
	}
	return acc + len(fmt.Sprintf("%d %v", acc, grid[3]))
}

func main() {
	if len(os.Args) > 1 {
		if d, err := time.ParseDuration(os.Args[1]); err == nil {
			start := time.Now()
			for round := 0; time.Since(start) < d; round++ {
				fmt.Println(busy(round))
			}
		}
	}
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	for i, s := range shapes {
		fmt.Printf("%d %s %.2f %v %T\n", i, s.Name(), s.Area(), s, s)
	}
	m := map[string]int{}
	for _, w := range strings.Fields("a b c a b a") {
		m[w]++
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m, len(m))
	var st stack[string]
	st.push("x")
	st.push("y")
	v, ok := st.pop()
	fmt.Println(v, ok, sum(1, 2, 3), sum(1.5, 2.5))
	if _, err := check(-1); errors.Is(err, errNeg) {
		fmt.Println("check(-1):", err)
	}
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	n, _ := strconv.Atoi("42")
	fmt.Println(strconv.Itoa(n)+"!", fmt.Sprintf("%5.1f|%-4s|%x|%q", 3.14159, "go", 255, "hi"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	fmt.Println(b.String(), strings.Repeat("=", 3), strings.ToUpper("abc"), strings.Split("a,b", ","))
	arr := [5]int{5, 2, 4, 1, 3}
	sl := arr[:]
	sort.Slice(sl, func(a, b int) bool { return sl[a] < sl[b] })
	fmt.Println(arr, sl[1:3], cap(sl), fib(15))

	jobs := make(chan int, 10)
	results := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				total += j
				mu.Unlock()
				results <- j * j
			}
		}()
	}
	go func() {
		for i := 1; i <= 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	squares := 0
	for r := range results {
		squares += r
	}
	fmt.Println(total, squares)

	stopTicking := make(chan struct{})
	ticker := time.NewTicker(time.Millisecond)
	timeout := time.After(20 * time.Millisecond)
	go func() { time.Sleep(2 * time.Millisecond); close(stopTicking) }()
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-stopTicking:
			break loop
		case <-timeout:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks > 0:", ticks > 0)
	switch x := len(os.Args); {
	case x > 5:
		fmt.Println("many")
	default:
		fmt.Println("few")
	}
}
