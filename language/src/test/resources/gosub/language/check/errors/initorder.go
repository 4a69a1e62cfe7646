package main

var a = b + 1 // ERROR "initialization loop for a"
var b = a + 1

var p = g() // ERROR "initialization loop for p"

func g() int { return p }

var self = self // ERROR "initialization loop for self"

func main() {
}
