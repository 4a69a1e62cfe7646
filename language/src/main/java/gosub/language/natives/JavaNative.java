package gosub.language.natives;

import gosub.language.runtime.GoroutineState;

/**
 * A native whose work is Java library code: it gets the calling goroutine and the evaluated Go arguments (boxed,
 * receiver first for a method) and returns the result: a value, an Object[] for several results, or null.
 */
@FunctionalInterface
public interface JavaNative {
    Object call(GoroutineState g, Object[] params);
}
