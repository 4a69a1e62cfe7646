#!/usr/bin/env bash
# Writes the golden programs deep_nesting_*.go: expressions, statements and closures nested thousands deep, which
# Go compiles and runs (and whose compilation overflowed a Java thread's default stack). Then records their
# output with the Go toolchain, as for every golden test.
#
# Usage: tests-golden/lang/generate-deep-nesting.sh     (needs go on PATH)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

# repeat TEXT N: TEXT N times, no separator (awk turns \n in TEXT into a newline; $(...) drops the last one)
repeat() { awk -v t="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'; }

{
  printf 'package main\n\nimport "fmt"\n\nfunc id(x int) int { return x }\n\nfunc main() {\n'
  printf '\t// 5000 parentheses\n\tparens := %s1%s\n' "$(repeat '(' 5000)" "$(repeat ')' 5000)"
  printf '\t// 3001 unary minus signs\n\tneg := %s7\n' "$(repeat '- ' 3001)"
  printf '\t// 2000 nested calls\n\tcalls := %s42%s\n' "$(repeat 'id(' 2000)" "$(repeat ')' 2000)"
  printf '\t// a constant sum of 5000 terms\n\tconst total = 1%s\n' "$(repeat ' + 1' 4999)"
  printf '\tone := 1\n\t// the same sum of a variable, added at run time\n\tsum := one%s\n' "$(repeat ' + one' 4999)"
  printf '\tfmt.Println(parens, neg, calls, total, sum)\n}\n'
} > deep_nesting_expr.go

{
  printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 0\n'
  printf '\t// 3000 nested if statements\n%s\n\tn++\n%s\n' "$(repeat 'if true {\n' 3000)" "$(repeat '}\n' 3000)"
  printf '\tfmt.Println("ifs:", n)\n'
  printf '\t// 3000 nested blocks\n%s\n\tn++\n%s\n' "$(repeat '{\n' 3000)" "$(repeat '}\n' 3000)"
  printf '\tfmt.Println("blocks:", n)\n'
  printf '\t// 500 nested for loops, each once round\n%s\n\tn++\n%s\n' \
    "$(repeat 'for i := 0; i < 1; i++ {\n' 500)" "$(repeat '}\n' 500)"
  printf '\tfmt.Println("loops:", n)\n'
  printf '\t// an else-if chain of 500 conditions\n\tx := 497\n\tif x == 0 {\n\t\tn = 0\n'
  awk 'BEGIN { for (i = 1; i < 500; i++) printf "\t} else if x == %d {\n\t\tn = %d\n", i, 2 * i }'
  printf '\t}\n\tfmt.Println("else-if:", n)\n'
  printf '\t// 500 nested function literals, the innermost reading a variable of main\n'
  printf '\tf := %sn%s\n' "$(repeat 'func() int {\nreturn ' 500)" "$(repeat '\n}()' 500)"
  printf '\tfmt.Println("closures:", f)\n}\n'
} > deep_nesting_blocks.go

for name in deep_nesting_expr deep_nesting_blocks; do
  gofmt -l "$name.go" >/dev/null # a syntax error in the generator shows here
  go run "$name.go" > "$name.out"
done
