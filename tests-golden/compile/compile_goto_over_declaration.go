package main

import "fmt"

func main() {
	if len("x") > 0 {
		goto done
	}
	total, count := 10, 2
	fmt.Println(total / count)
done:
	fmt.Println("done")
}
