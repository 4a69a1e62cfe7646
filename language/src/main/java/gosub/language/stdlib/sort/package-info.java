/**
 * Natives of package sort: what sort.Slice gets from reflect (a slice's length, swapping two elements of any
 * element type) and fast paths for sort.Ints and sort.Strings, which sort the backing array in place with the JDK's
 * sort (the results are the same: these orders are total). Sorting through sort.Interface stays Go code, so Less
 * and Swap run as Go calls.
 */
package gosub.language.stdlib.sort;
