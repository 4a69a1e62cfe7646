package main

var a = b + 1 // ERROR "initialization cycle or initialization loop"
var b = a + 1

var p = g()

func g() int { return p } // ERROR "initialization cycle"

var self = self // ERROR "initialization cycle"

func main() {
}
