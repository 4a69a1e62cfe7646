package main

func main() {
	s := []int{1}
	go append(s, 2)
	defer len(s)
}
