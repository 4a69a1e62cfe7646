package main

import "fmt"

// Legal gotos: backward loops, jumps out of loops, switches and selects, labels inside case clauses of switch, type
// switch and select statements, a goto that restarts a labelled for statement, and gotos in function literals.

func backward() {
	i := 0
again:
	x := i * i // declared again on every pass
	if i < 4 {
		i++
		fmt.Print(x, " ")
		goto again
	}
	fmt.Println("| i =", i)
}

func outOfLoops(target int) string {
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if i*j == target {
				fmt.Print("at ", i, j, ": ")
				goto found
			}
		}
	}
	return "not found"
found:
	return "found"
}

func outOfSwitch(v any) (s string) {
	switch v.(type) {
	case int:
		goto isInt
	case string:
		s = "string"
		goto done
	}
	s = "other"
	goto done
isInt:
	s = "int"
done:
	return s + "!"
}

func outOfSelect() {
	ch := make(chan int, 1)
	ch <- 7
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			goto out
		default:
			fmt.Println("unreachable")
		}
	}
out:
	fmt.Println("out of select")
}

func insideCases(v any, n int) {
	switch n {
	case 1:
		k := 0
	loop1:
		k++
		if k < 3 {
			goto loop1
		}
		fmt.Println("switch case", k)
	}
	switch x := v.(type) {
	case int:
		sum := 0
	loop2:
		sum += x
		if sum < 10 {
			goto loop2
		}
		fmt.Println("type switch case", sum)
	default:
		goto skip
		fmt.Println("skipped")
	skip:
		fmt.Println("default skipped a line")
	}
	msgs := make(chan string, 1)
	msgs <- "hi"
	select {
	case s := <-msgs:
		t := 0
	loop3:
		t++
		if t < len(s) {
			goto loop3
		}
		fmt.Println("select case", s, t)
	}
}

func restartFor() {
	tries := 0
retry:
	for i := 0; i < 3; i++ {
		if i == 1 && tries < 2 {
			tries++
			goto retry
		}
		fmt.Print(i, " ")
	}
	fmt.Println("tries", tries)
}

func inClosure() {
	f := func(n int) (r int) {
	top:
		if n > 0 {
			r += n
			n--
			goto top
		}
		return
	}
	fmt.Println("closure", f(4))
}

func forwardSkipsNoDecl(skip bool) {
	x := 1
	if skip {
		goto end
	}
	x = 2
	{
		y := 3 // inside an inner block: not in scope at the label
		x += y
	}
end:
	fmt.Println("x =", x)
}

func main() {
	backward()
	fmt.Println(outOfLoops(6), outOfLoops(100))
	fmt.Println(outOfSwitch(1), outOfSwitch("a"), outOfSwitch(1.5))
	outOfSelect()
	insideCases(3, 1)
	insideCases("s", 2)
	restartFor()
	inClosure()
	forwardSkipsNoDecl(true)
	forwardSkipsNoDecl(false)
}
