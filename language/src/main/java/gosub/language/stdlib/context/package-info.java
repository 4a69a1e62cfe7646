/**
 * Natives of package context: the package is Go code and asks Java one thing reflect would tell it, whether a
 * value's dynamic type is comparable (answered by {@code errors.TypeOps}, like the errors package's questions).
 */
package gosub.language.stdlib.context;
