// Functions whose coefficient tables the standard packages build only when first used, called for the first time
// by many goroutines at once: each must see its whole table, whichever goroutine builds it.
package main

import (
	"fmt"
	"math"
	"sync"
	"time"
)

func main() {
	fns := []struct {
		name string
		f    func(float64) float64
	}{
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Gamma", math.Gamma},
		{"Erf", math.Erf}, {"Erfinv", math.Erfinv}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p},
		{"Tanh", math.Tanh}, {"Atan", math.Atan}, {"Pow10", func(x float64) float64 { return math.Pow10(int(x * 10)) }},
	}
	const workers = 8
	results := make([][]string, workers)
	var start, done sync.WaitGroup
	start.Add(1)
	for w := 0; w < workers; w++ {
		done.Add(1)
		go func(w int) {
			defer done.Done()
			start.Wait()
			for i := range fns {
				fn := fns[(i+w)%len(fns)]
				x := 0.25 + float64(w)/16
				results[w] = append(results[w], fmt.Sprintf("%s(%.4f) = %.12g", fn.name, x, fn.f(x)))
			}
			results[w] = append(results[w], time.Month(w%12+1).String()[:3])
		}(w)
	}
	start.Done()
	done.Wait()
	for w, r := range results {
		fmt.Println(w, r)
	}
}
