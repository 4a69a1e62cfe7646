/**
 * Natives of package math/big. The Go side (resources/gosub/stdlib/math/big.go) keeps Go's types, their
 * mutability, aliasing and zero values; the numbers themselves are Java {@link java.math.BigInteger}s held behind
 * the reference a {@code func()} field carries (nil stands for zero, and a native never hands back a reference to
 * zero, so the Go side can test for zero without a call). What Go's results depend on beyond the mathematical
 * value is written out here so that the same digits come out: the grammar numbers are scanned with, the cofactors
 * of the extended Euclidean algorithm, which square root ModSqrt finds, how a Float is rounded, how Sqrt iterates
 * and how decimal text is rounded.
 * <p>
 * Nothing here keeps state: every native is a function of its arguments.
 */
package gosub.language.stdlib.big;
