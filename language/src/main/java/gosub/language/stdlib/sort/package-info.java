/**
 * Natives of package sort (and slices.Sort). sort.Slice and sort.SliceStable are nodes at their call sites
 * ({@link gosub.language.stdlib.sort.SliceSortNode}): each site has its own call target
 * ({@link gosub.language.stdlib.sort.SliceSortRoot}) running Go 1.19's pdqsort or stable sort
 * ({@link gosub.language.stdlib.sort.IndexedSort}) with that site's less closure inlined into every comparison and a
 * swap specialised to the backing array, as Go's generated sort for funcs has less and swap with no interface between.
 * sort.Ints, sort.Strings and slices.Sort of integers and strings sort the backing array with the JDK's sorts (equal
 * elements cannot be told apart, so the result is Go's); sort.Float64s and slices.Sort of floats run Go's algorithm
 * ({@link gosub.language.stdlib.sort.DoubleOrder}), since -0 and +0 are equal to the order yet print differently.
 * <p>
 * Rules: IndexedSort makes the calls of less and swap that Go's sort makes, in Go's order, so equal elements end up
 * where Go puts them and a less with side effects sees what it sees under Go; the goldens std/sort_* hold it to go run.
 * sort.Sort and sort.Stable on a sort.Interface stay Go code (resources/gosub/stdlib/sort.go), the same algorithms,
 * except for the package's own IntSlice, StringSlice and Float64Slice, whose methods nobody can change.
 */
package gosub.language.stdlib.sort;
