// The training run for the JVM's AOT cache (see ./gosub, make_aot): a little of everything, so that the
// classes a typical program needs are loaded and linked ahead of time. Its output is thrown away.
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

func main() {
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
