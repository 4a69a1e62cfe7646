package gosub.language.nodes.call;

/**
 * A standard-library function implemented in Java. It receives the call's argument array ([goroutine, env,
 * params...], boxed Go values) and returns the result: a value, an Object[] for several results, or null.
 */
@FunctionalInterface
public interface NativeFunction {
    Object call(Object[] args);
}
