/**
 * Natives of package errors: the parts of {@code Is} and {@code As} that Go does with reflect (is a type comparable,
 * is a value assignable to the type a pointer points to, store it there). {@link gosub.language.stdlib.errors.TypeOps}
 * answers with the checker's type rules and the context's {@code MethodTable}, the same method sets type assertions
 * use, and is shared with the other packages that need such answers.
 */
package gosub.language.stdlib.errors;
