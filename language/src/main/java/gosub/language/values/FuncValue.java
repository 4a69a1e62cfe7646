package gosub.language.values;

import com.oracle.truffle.api.CallTarget;

/**
 * A Go function value: a call target plus what it closes over (the captured variables' cells, or the bound receiver
 * of a method value). Calls pass {@code env} as argument 1.
 */
public final class FuncValue {
    public final CallTarget target;
    public final Object env;
    public final String name;

    public FuncValue(CallTarget target, Object env, String name) {
        this.target = target;
        this.env = env;
        this.name = name;
    }
}
