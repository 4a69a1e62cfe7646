package main

this file is not compiled by go run: it is a test file
