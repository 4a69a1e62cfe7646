/**
 * Natives of package strconv, also the number and quoting engine behind fmt: {@code FloatFormat} (FormatFloat in
 * every format, from the shortest round-tripping digits or exactly rounded ones, {@code DecimalDigits}),
 * {@code NumberText} (ParseInt, ParseUint, ParseFloat on the syntax of Go literals), {@code Quoting} and
 * {@code Unquoting} (Go literals, by Go 1.19's Unicode tables).
 * <p>
 * Rules: texts are byte strings; a parser returns its value with a failure code that strconv.go turns into a
 * {@code *NumError}, so errors are Go values made by Go code; results agree with Go's to the last digit.
 */
package gosub.language.stdlib.strconv;
