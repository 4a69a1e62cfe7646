package main

// go run leaves out files whose name starts with an underscore: were this one compiled, it would not type-check
var draft int = "not an int"
