// A worker pool: jobs on a channel, results on another, sync.WaitGroup to
// know when the workers are done, and a sync.Mutex-protected tally.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, steps int
}

// collatz counts the steps from n down to 1.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup, mu *sync.Mutex, perWorker map[int]int) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, collatz(j)}
		mu.Lock()
		perWorker[id]++
		mu.Unlock()
	}
}

func main() {
	const numJobs, numWorkers = 10000, 4
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := map[int]int{}

	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, &mu, perWorker)
	}
	go func() {
		for j := 1; j <= numJobs; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	total, best := 0, result{}
	for r := range results {
		total += r.steps
		if r.steps > best.steps {
			best = r
		}
	}
	done := 0
	for _, n := range perWorker {
		done += n
	}
	fmt.Printf("%d jobs by %d workers: total steps %d\n", done, numWorkers, total)
	fmt.Printf("longest: %d takes %d steps\n", best.job, best.steps)
}
