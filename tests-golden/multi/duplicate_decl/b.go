package main

var limit = 3

func helper() string { return "b" }
