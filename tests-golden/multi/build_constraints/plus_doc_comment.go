// A doc comment, not a constraint: the line below is not followed by a blank line.
// +build ignore
package main

func init() { built = append(built, "plus_doc_comment.go") }
