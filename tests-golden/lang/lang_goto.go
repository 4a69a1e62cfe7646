package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto done
		}
		fmt.Println("j", j)
	}
done:
	fmt.Println("done")
}
