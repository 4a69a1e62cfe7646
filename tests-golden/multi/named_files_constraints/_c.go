package main

func helper() string { return "never built: its name starts with _" }
