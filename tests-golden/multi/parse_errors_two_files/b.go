package main

func f() {
	defer f
	var s string = '\q'
}
