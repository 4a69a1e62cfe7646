package main

import "fmt"

func main() {
	n := 0
	// 3000 nested if statements
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
if true {
	n++
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
	fmt.Println("ifs:", n)
	// 3000 nested blocks
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
	n++
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
	fmt.Println("blocks:", n)
	// 500 nested for loops, each once round
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
for i := 0; i < 1; i++ {
	n++
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
	fmt.Println("loops:", n)
	// an else-if chain of 500 conditions
	x := 497
	if x == 0 {
		n = 0
	} else if x == 1 {
		n = 2
	} else if x == 2 {
		n = 4
	} else if x == 3 {
		n = 6
	} else if x == 4 {
		n = 8
	} else if x == 5 {
		n = 10
	} else if x == 6 {
		n = 12
	} else if x == 7 {
		n = 14
	} else if x == 8 {
		n = 16
	} else if x == 9 {
		n = 18
	} else if x == 10 {
		n = 20
	} else if x == 11 {
		n = 22
	} else if x == 12 {
		n = 24
	} else if x == 13 {
		n = 26
	} else if x == 14 {
		n = 28
	} else if x == 15 {
		n = 30
	} else if x == 16 {
		n = 32
	} else if x == 17 {
		n = 34
	} else if x == 18 {
		n = 36
	} else if x == 19 {
		n = 38
	} else if x == 20 {
		n = 40
	} else if x == 21 {
		n = 42
	} else if x == 22 {
		n = 44
	} else if x == 23 {
		n = 46
	} else if x == 24 {
		n = 48
	} else if x == 25 {
		n = 50
	} else if x == 26 {
		n = 52
	} else if x == 27 {
		n = 54
	} else if x == 28 {
		n = 56
	} else if x == 29 {
		n = 58
	} else if x == 30 {
		n = 60
	} else if x == 31 {
		n = 62
	} else if x == 32 {
		n = 64
	} else if x == 33 {
		n = 66
	} else if x == 34 {
		n = 68
	} else if x == 35 {
		n = 70
	} else if x == 36 {
		n = 72
	} else if x == 37 {
		n = 74
	} else if x == 38 {
		n = 76
	} else if x == 39 {
		n = 78
	} else if x == 40 {
		n = 80
	} else if x == 41 {
		n = 82
	} else if x == 42 {
		n = 84
	} else if x == 43 {
		n = 86
	} else if x == 44 {
		n = 88
	} else if x == 45 {
		n = 90
	} else if x == 46 {
		n = 92
	} else if x == 47 {
		n = 94
	} else if x == 48 {
		n = 96
	} else if x == 49 {
		n = 98
	} else if x == 50 {
		n = 100
	} else if x == 51 {
		n = 102
	} else if x == 52 {
		n = 104
	} else if x == 53 {
		n = 106
	} else if x == 54 {
		n = 108
	} else if x == 55 {
		n = 110
	} else if x == 56 {
		n = 112
	} else if x == 57 {
		n = 114
	} else if x == 58 {
		n = 116
	} else if x == 59 {
		n = 118
	} else if x == 60 {
		n = 120
	} else if x == 61 {
		n = 122
	} else if x == 62 {
		n = 124
	} else if x == 63 {
		n = 126
	} else if x == 64 {
		n = 128
	} else if x == 65 {
		n = 130
	} else if x == 66 {
		n = 132
	} else if x == 67 {
		n = 134
	} else if x == 68 {
		n = 136
	} else if x == 69 {
		n = 138
	} else if x == 70 {
		n = 140
	} else if x == 71 {
		n = 142
	} else if x == 72 {
		n = 144
	} else if x == 73 {
		n = 146
	} else if x == 74 {
		n = 148
	} else if x == 75 {
		n = 150
	} else if x == 76 {
		n = 152
	} else if x == 77 {
		n = 154
	} else if x == 78 {
		n = 156
	} else if x == 79 {
		n = 158
	} else if x == 80 {
		n = 160
	} else if x == 81 {
		n = 162
	} else if x == 82 {
		n = 164
	} else if x == 83 {
		n = 166
	} else if x == 84 {
		n = 168
	} else if x == 85 {
		n = 170
	} else if x == 86 {
		n = 172
	} else if x == 87 {
		n = 174
	} else if x == 88 {
		n = 176
	} else if x == 89 {
		n = 178
	} else if x == 90 {
		n = 180
	} else if x == 91 {
		n = 182
	} else if x == 92 {
		n = 184
	} else if x == 93 {
		n = 186
	} else if x == 94 {
		n = 188
	} else if x == 95 {
		n = 190
	} else if x == 96 {
		n = 192
	} else if x == 97 {
		n = 194
	} else if x == 98 {
		n = 196
	} else if x == 99 {
		n = 198
	} else if x == 100 {
		n = 200
	} else if x == 101 {
		n = 202
	} else if x == 102 {
		n = 204
	} else if x == 103 {
		n = 206
	} else if x == 104 {
		n = 208
	} else if x == 105 {
		n = 210
	} else if x == 106 {
		n = 212
	} else if x == 107 {
		n = 214
	} else if x == 108 {
		n = 216
	} else if x == 109 {
		n = 218
	} else if x == 110 {
		n = 220
	} else if x == 111 {
		n = 222
	} else if x == 112 {
		n = 224
	} else if x == 113 {
		n = 226
	} else if x == 114 {
		n = 228
	} else if x == 115 {
		n = 230
	} else if x == 116 {
		n = 232
	} else if x == 117 {
		n = 234
	} else if x == 118 {
		n = 236
	} else if x == 119 {
		n = 238
	} else if x == 120 {
		n = 240
	} else if x == 121 {
		n = 242
	} else if x == 122 {
		n = 244
	} else if x == 123 {
		n = 246
	} else if x == 124 {
		n = 248
	} else if x == 125 {
		n = 250
	} else if x == 126 {
		n = 252
	} else if x == 127 {
		n = 254
	} else if x == 128 {
		n = 256
	} else if x == 129 {
		n = 258
	} else if x == 130 {
		n = 260
	} else if x == 131 {
		n = 262
	} else if x == 132 {
		n = 264
	} else if x == 133 {
		n = 266
	} else if x == 134 {
		n = 268
	} else if x == 135 {
		n = 270
	} else if x == 136 {
		n = 272
	} else if x == 137 {
		n = 274
	} else if x == 138 {
		n = 276
	} else if x == 139 {
		n = 278
	} else if x == 140 {
		n = 280
	} else if x == 141 {
		n = 282
	} else if x == 142 {
		n = 284
	} else if x == 143 {
		n = 286
	} else if x == 144 {
		n = 288
	} else if x == 145 {
		n = 290
	} else if x == 146 {
		n = 292
	} else if x == 147 {
		n = 294
	} else if x == 148 {
		n = 296
	} else if x == 149 {
		n = 298
	} else if x == 150 {
		n = 300
	} else if x == 151 {
		n = 302
	} else if x == 152 {
		n = 304
	} else if x == 153 {
		n = 306
	} else if x == 154 {
		n = 308
	} else if x == 155 {
		n = 310
	} else if x == 156 {
		n = 312
	} else if x == 157 {
		n = 314
	} else if x == 158 {
		n = 316
	} else if x == 159 {
		n = 318
	} else if x == 160 {
		n = 320
	} else if x == 161 {
		n = 322
	} else if x == 162 {
		n = 324
	} else if x == 163 {
		n = 326
	} else if x == 164 {
		n = 328
	} else if x == 165 {
		n = 330
	} else if x == 166 {
		n = 332
	} else if x == 167 {
		n = 334
	} else if x == 168 {
		n = 336
	} else if x == 169 {
		n = 338
	} else if x == 170 {
		n = 340
	} else if x == 171 {
		n = 342
	} else if x == 172 {
		n = 344
	} else if x == 173 {
		n = 346
	} else if x == 174 {
		n = 348
	} else if x == 175 {
		n = 350
	} else if x == 176 {
		n = 352
	} else if x == 177 {
		n = 354
	} else if x == 178 {
		n = 356
	} else if x == 179 {
		n = 358
	} else if x == 180 {
		n = 360
	} else if x == 181 {
		n = 362
	} else if x == 182 {
		n = 364
	} else if x == 183 {
		n = 366
	} else if x == 184 {
		n = 368
	} else if x == 185 {
		n = 370
	} else if x == 186 {
		n = 372
	} else if x == 187 {
		n = 374
	} else if x == 188 {
		n = 376
	} else if x == 189 {
		n = 378
	} else if x == 190 {
		n = 380
	} else if x == 191 {
		n = 382
	} else if x == 192 {
		n = 384
	} else if x == 193 {
		n = 386
	} else if x == 194 {
		n = 388
	} else if x == 195 {
		n = 390
	} else if x == 196 {
		n = 392
	} else if x == 197 {
		n = 394
	} else if x == 198 {
		n = 396
	} else if x == 199 {
		n = 398
	} else if x == 200 {
		n = 400
	} else if x == 201 {
		n = 402
	} else if x == 202 {
		n = 404
	} else if x == 203 {
		n = 406
	} else if x == 204 {
		n = 408
	} else if x == 205 {
		n = 410
	} else if x == 206 {
		n = 412
	} else if x == 207 {
		n = 414
	} else if x == 208 {
		n = 416
	} else if x == 209 {
		n = 418
	} else if x == 210 {
		n = 420
	} else if x == 211 {
		n = 422
	} else if x == 212 {
		n = 424
	} else if x == 213 {
		n = 426
	} else if x == 214 {
		n = 428
	} else if x == 215 {
		n = 430
	} else if x == 216 {
		n = 432
	} else if x == 217 {
		n = 434
	} else if x == 218 {
		n = 436
	} else if x == 219 {
		n = 438
	} else if x == 220 {
		n = 440
	} else if x == 221 {
		n = 442
	} else if x == 222 {
		n = 444
	} else if x == 223 {
		n = 446
	} else if x == 224 {
		n = 448
	} else if x == 225 {
		n = 450
	} else if x == 226 {
		n = 452
	} else if x == 227 {
		n = 454
	} else if x == 228 {
		n = 456
	} else if x == 229 {
		n = 458
	} else if x == 230 {
		n = 460
	} else if x == 231 {
		n = 462
	} else if x == 232 {
		n = 464
	} else if x == 233 {
		n = 466
	} else if x == 234 {
		n = 468
	} else if x == 235 {
		n = 470
	} else if x == 236 {
		n = 472
	} else if x == 237 {
		n = 474
	} else if x == 238 {
		n = 476
	} else if x == 239 {
		n = 478
	} else if x == 240 {
		n = 480
	} else if x == 241 {
		n = 482
	} else if x == 242 {
		n = 484
	} else if x == 243 {
		n = 486
	} else if x == 244 {
		n = 488
	} else if x == 245 {
		n = 490
	} else if x == 246 {
		n = 492
	} else if x == 247 {
		n = 494
	} else if x == 248 {
		n = 496
	} else if x == 249 {
		n = 498
	} else if x == 250 {
		n = 500
	} else if x == 251 {
		n = 502
	} else if x == 252 {
		n = 504
	} else if x == 253 {
		n = 506
	} else if x == 254 {
		n = 508
	} else if x == 255 {
		n = 510
	} else if x == 256 {
		n = 512
	} else if x == 257 {
		n = 514
	} else if x == 258 {
		n = 516
	} else if x == 259 {
		n = 518
	} else if x == 260 {
		n = 520
	} else if x == 261 {
		n = 522
	} else if x == 262 {
		n = 524
	} else if x == 263 {
		n = 526
	} else if x == 264 {
		n = 528
	} else if x == 265 {
		n = 530
	} else if x == 266 {
		n = 532
	} else if x == 267 {
		n = 534
	} else if x == 268 {
		n = 536
	} else if x == 269 {
		n = 538
	} else if x == 270 {
		n = 540
	} else if x == 271 {
		n = 542
	} else if x == 272 {
		n = 544
	} else if x == 273 {
		n = 546
	} else if x == 274 {
		n = 548
	} else if x == 275 {
		n = 550
	} else if x == 276 {
		n = 552
	} else if x == 277 {
		n = 554
	} else if x == 278 {
		n = 556
	} else if x == 279 {
		n = 558
	} else if x == 280 {
		n = 560
	} else if x == 281 {
		n = 562
	} else if x == 282 {
		n = 564
	} else if x == 283 {
		n = 566
	} else if x == 284 {
		n = 568
	} else if x == 285 {
		n = 570
	} else if x == 286 {
		n = 572
	} else if x == 287 {
		n = 574
	} else if x == 288 {
		n = 576
	} else if x == 289 {
		n = 578
	} else if x == 290 {
		n = 580
	} else if x == 291 {
		n = 582
	} else if x == 292 {
		n = 584
	} else if x == 293 {
		n = 586
	} else if x == 294 {
		n = 588
	} else if x == 295 {
		n = 590
	} else if x == 296 {
		n = 592
	} else if x == 297 {
		n = 594
	} else if x == 298 {
		n = 596
	} else if x == 299 {
		n = 598
	} else if x == 300 {
		n = 600
	} else if x == 301 {
		n = 602
	} else if x == 302 {
		n = 604
	} else if x == 303 {
		n = 606
	} else if x == 304 {
		n = 608
	} else if x == 305 {
		n = 610
	} else if x == 306 {
		n = 612
	} else if x == 307 {
		n = 614
	} else if x == 308 {
		n = 616
	} else if x == 309 {
		n = 618
	} else if x == 310 {
		n = 620
	} else if x == 311 {
		n = 622
	} else if x == 312 {
		n = 624
	} else if x == 313 {
		n = 626
	} else if x == 314 {
		n = 628
	} else if x == 315 {
		n = 630
	} else if x == 316 {
		n = 632
	} else if x == 317 {
		n = 634
	} else if x == 318 {
		n = 636
	} else if x == 319 {
		n = 638
	} else if x == 320 {
		n = 640
	} else if x == 321 {
		n = 642
	} else if x == 322 {
		n = 644
	} else if x == 323 {
		n = 646
	} else if x == 324 {
		n = 648
	} else if x == 325 {
		n = 650
	} else if x == 326 {
		n = 652
	} else if x == 327 {
		n = 654
	} else if x == 328 {
		n = 656
	} else if x == 329 {
		n = 658
	} else if x == 330 {
		n = 660
	} else if x == 331 {
		n = 662
	} else if x == 332 {
		n = 664
	} else if x == 333 {
		n = 666
	} else if x == 334 {
		n = 668
	} else if x == 335 {
		n = 670
	} else if x == 336 {
		n = 672
	} else if x == 337 {
		n = 674
	} else if x == 338 {
		n = 676
	} else if x == 339 {
		n = 678
	} else if x == 340 {
		n = 680
	} else if x == 341 {
		n = 682
	} else if x == 342 {
		n = 684
	} else if x == 343 {
		n = 686
	} else if x == 344 {
		n = 688
	} else if x == 345 {
		n = 690
	} else if x == 346 {
		n = 692
	} else if x == 347 {
		n = 694
	} else if x == 348 {
		n = 696
	} else if x == 349 {
		n = 698
	} else if x == 350 {
		n = 700
	} else if x == 351 {
		n = 702
	} else if x == 352 {
		n = 704
	} else if x == 353 {
		n = 706
	} else if x == 354 {
		n = 708
	} else if x == 355 {
		n = 710
	} else if x == 356 {
		n = 712
	} else if x == 357 {
		n = 714
	} else if x == 358 {
		n = 716
	} else if x == 359 {
		n = 718
	} else if x == 360 {
		n = 720
	} else if x == 361 {
		n = 722
	} else if x == 362 {
		n = 724
	} else if x == 363 {
		n = 726
	} else if x == 364 {
		n = 728
	} else if x == 365 {
		n = 730
	} else if x == 366 {
		n = 732
	} else if x == 367 {
		n = 734
	} else if x == 368 {
		n = 736
	} else if x == 369 {
		n = 738
	} else if x == 370 {
		n = 740
	} else if x == 371 {
		n = 742
	} else if x == 372 {
		n = 744
	} else if x == 373 {
		n = 746
	} else if x == 374 {
		n = 748
	} else if x == 375 {
		n = 750
	} else if x == 376 {
		n = 752
	} else if x == 377 {
		n = 754
	} else if x == 378 {
		n = 756
	} else if x == 379 {
		n = 758
	} else if x == 380 {
		n = 760
	} else if x == 381 {
		n = 762
	} else if x == 382 {
		n = 764
	} else if x == 383 {
		n = 766
	} else if x == 384 {
		n = 768
	} else if x == 385 {
		n = 770
	} else if x == 386 {
		n = 772
	} else if x == 387 {
		n = 774
	} else if x == 388 {
		n = 776
	} else if x == 389 {
		n = 778
	} else if x == 390 {
		n = 780
	} else if x == 391 {
		n = 782
	} else if x == 392 {
		n = 784
	} else if x == 393 {
		n = 786
	} else if x == 394 {
		n = 788
	} else if x == 395 {
		n = 790
	} else if x == 396 {
		n = 792
	} else if x == 397 {
		n = 794
	} else if x == 398 {
		n = 796
	} else if x == 399 {
		n = 798
	} else if x == 400 {
		n = 800
	} else if x == 401 {
		n = 802
	} else if x == 402 {
		n = 804
	} else if x == 403 {
		n = 806
	} else if x == 404 {
		n = 808
	} else if x == 405 {
		n = 810
	} else if x == 406 {
		n = 812
	} else if x == 407 {
		n = 814
	} else if x == 408 {
		n = 816
	} else if x == 409 {
		n = 818
	} else if x == 410 {
		n = 820
	} else if x == 411 {
		n = 822
	} else if x == 412 {
		n = 824
	} else if x == 413 {
		n = 826
	} else if x == 414 {
		n = 828
	} else if x == 415 {
		n = 830
	} else if x == 416 {
		n = 832
	} else if x == 417 {
		n = 834
	} else if x == 418 {
		n = 836
	} else if x == 419 {
		n = 838
	} else if x == 420 {
		n = 840
	} else if x == 421 {
		n = 842
	} else if x == 422 {
		n = 844
	} else if x == 423 {
		n = 846
	} else if x == 424 {
		n = 848
	} else if x == 425 {
		n = 850
	} else if x == 426 {
		n = 852
	} else if x == 427 {
		n = 854
	} else if x == 428 {
		n = 856
	} else if x == 429 {
		n = 858
	} else if x == 430 {
		n = 860
	} else if x == 431 {
		n = 862
	} else if x == 432 {
		n = 864
	} else if x == 433 {
		n = 866
	} else if x == 434 {
		n = 868
	} else if x == 435 {
		n = 870
	} else if x == 436 {
		n = 872
	} else if x == 437 {
		n = 874
	} else if x == 438 {
		n = 876
	} else if x == 439 {
		n = 878
	} else if x == 440 {
		n = 880
	} else if x == 441 {
		n = 882
	} else if x == 442 {
		n = 884
	} else if x == 443 {
		n = 886
	} else if x == 444 {
		n = 888
	} else if x == 445 {
		n = 890
	} else if x == 446 {
		n = 892
	} else if x == 447 {
		n = 894
	} else if x == 448 {
		n = 896
	} else if x == 449 {
		n = 898
	} else if x == 450 {
		n = 900
	} else if x == 451 {
		n = 902
	} else if x == 452 {
		n = 904
	} else if x == 453 {
		n = 906
	} else if x == 454 {
		n = 908
	} else if x == 455 {
		n = 910
	} else if x == 456 {
		n = 912
	} else if x == 457 {
		n = 914
	} else if x == 458 {
		n = 916
	} else if x == 459 {
		n = 918
	} else if x == 460 {
		n = 920
	} else if x == 461 {
		n = 922
	} else if x == 462 {
		n = 924
	} else if x == 463 {
		n = 926
	} else if x == 464 {
		n = 928
	} else if x == 465 {
		n = 930
	} else if x == 466 {
		n = 932
	} else if x == 467 {
		n = 934
	} else if x == 468 {
		n = 936
	} else if x == 469 {
		n = 938
	} else if x == 470 {
		n = 940
	} else if x == 471 {
		n = 942
	} else if x == 472 {
		n = 944
	} else if x == 473 {
		n = 946
	} else if x == 474 {
		n = 948
	} else if x == 475 {
		n = 950
	} else if x == 476 {
		n = 952
	} else if x == 477 {
		n = 954
	} else if x == 478 {
		n = 956
	} else if x == 479 {
		n = 958
	} else if x == 480 {
		n = 960
	} else if x == 481 {
		n = 962
	} else if x == 482 {
		n = 964
	} else if x == 483 {
		n = 966
	} else if x == 484 {
		n = 968
	} else if x == 485 {
		n = 970
	} else if x == 486 {
		n = 972
	} else if x == 487 {
		n = 974
	} else if x == 488 {
		n = 976
	} else if x == 489 {
		n = 978
	} else if x == 490 {
		n = 980
	} else if x == 491 {
		n = 982
	} else if x == 492 {
		n = 984
	} else if x == 493 {
		n = 986
	} else if x == 494 {
		n = 988
	} else if x == 495 {
		n = 990
	} else if x == 496 {
		n = 992
	} else if x == 497 {
		n = 994
	} else if x == 498 {
		n = 996
	} else if x == 499 {
		n = 998
	}
	fmt.Println("else-if:", n)
	// 500 nested function literals, the innermost reading a variable of main
	f := func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return func() int {
return n
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
}()
	fmt.Println("closures:", f)
}
