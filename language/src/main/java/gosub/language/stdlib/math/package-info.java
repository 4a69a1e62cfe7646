/**
 * Natives of packages math and math/bits. The rule here is bit-for-bit agreement with Go 1.19 on amd64: a function
 * Go computes in portable Go stays Go code; one Go computes with amd64 assembly or one instruction is written out
 * with the same floating-point operations in the same order ({@code Amd64Math}, {@code PayneHanek} for huge
 * arguments of the trigonometric functions); exact operations (Mod, Remainder, float bits) use Java's, which are
 * exact too. math/bits gets the 64-bit primitives ({@code WideDivision} for Div64). Natives are DSL nodes on
 * doubles and longs, so they compile without boxing.
 */
package gosub.language.stdlib.math;
