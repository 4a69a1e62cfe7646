/**
 * Natives of math/rand: Go 1.19's additive lagged Fibonacci generator and its seeding
 * ({@link gosub.language.stdlib.rand.LaggedFibonacci}), so a seed gives Go's sequence; sources made by NewSource step
 * their ring in Go, and the synchronized source behind the top-level functions is one instance per context.
 */
package gosub.language.stdlib.rand;
