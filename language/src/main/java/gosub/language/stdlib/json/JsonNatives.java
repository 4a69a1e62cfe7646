package gosub.language.stdlib.json;

import gosub.language.GoContext;
import gosub.language.check.Universe;
import gosub.language.methods.MethodTable;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoroutineState;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.PointerType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * encoding/json's natives (the body-less functions of json.go). Each call gets a {@link GoMethods} for its
 * goroutine that calls Go methods through the context's method table; field lists are cached per context.
 */
public final class JsonNatives {
    private JsonNatives() {
    }

    private static final FuncType MARSHAL_SIG = Types.func(List.of(), List.of(Types.slice(Types.UINT8), Universe.ERROR), false);
    private static final FuncType UNMARSHAL_SIG = Types.func(List.of(Types.slice(Types.UINT8)), List.of(Universe.ERROR), false);

    private static final Map<GoMethods.Method, InterfaceType> INTERFACES = new EnumMap<>(GoMethods.Method.class);

    static {
        for (GoMethods.Method m : GoMethods.Method.values()) {
            FuncType sig = m == GoMethods.Method.MARSHAL_JSON || m == GoMethods.Method.MARSHAL_TEXT ? MARSHAL_SIG : UNMARSHAL_SIG;
            INTERFACES.put(m, Types.iface(List.of(new InterfaceType.Method(m.goName, sig)), List.of(), false));
        }
    }

    public static void register(Natives n, GoContext context) {
        JsonFields fields = new JsonFields();
        n.register("encoding/json.encode", (g, p) -> {
            ValueEncoder e = new ValueEncoder(methods(context.methods, g), fields, (Boolean) p[1], typeOf(p[2]));
            try {
                return new Object[] {bytes(e.encode((Iface) p[0])), 0L, "", "", null};
            } catch (JsonFailure f) {
                return new Object[] {null, f.kind, f.typeName, f.text, f.cause};
            }
        });
        n.register("encoding/json.syntaxProblem", (g, p) -> {
            Slice s = (Slice) p[0];
            SyntaxCheck.Problem problem = s == null ? SyntaxCheck.check(new byte[0], 0, 0)
                            : SyntaxCheck.check((byte[]) s.array, s.offset, s.offset + s.len);
            return problem == null ? new Object[] {"", 0L} : new Object[] {problem.message(), problem.offset()};
        });
        n.register("encoding/json.compact", (g, p) -> {
            byte[] b = array(p[0]);
            return bytes(TextLayout.compact(b, 0, b.length, (Boolean) p[1]));
        });
        n.register("encoding/json.indent", (g, p) -> {
            byte[] b = array(p[0]);
            return bytes(TextLayout.indent(b, 0, b.length, (String) p[1], (String) p[2]));
        });
        n.register("encoding/json.checkTarget", (g, p) -> {
            Iface target = (Iface) p[0];
            if (target == null) {
                return new Object[] {JsonFailure.INVALID_UNMARSHAL, ""};
            }
            String name = ValueEncoder.typeName(target.type);
            if (!(target.type.underlying() instanceof PointerType)) {
                return new Object[] {JsonFailure.INVALID_UNMARSHAL, name};
            }
            if (target.value == null) {
                return new Object[] {JsonFailure.INVALID_UNMARSHAL_NIL, name};
            }
            return new Object[] {0L, ""};
        });
        n.register("encoding/json.decode", (g, p) -> {
            ValueDecoder d = new ValueDecoder(array(p[0]), 0, methods(context.methods, g), fields, (Boolean) p[2], (Boolean) p[3],
                            typeOf(p[4]));
            try {
                d.decode((Iface) p[1]);
                return JsonFailure.NONE.clone();
            } catch (JsonFailure f) {
                return f.tuple();
            }
        });
        n.register("encoding/json.valueEnd", (g, p) -> {
            byte[] b = array(p[0]);
            try {
                return new Object[] {(long) SyntaxCheck.valueEnd(b, 0, b.length, (Boolean) p[1]), "", 0L};
            } catch (JsonFailure f) {
                return new Object[] {0L, f.text, f.offset};
            }
        });
    }

    private static GoType typeOf(Object sample) {
        return ((Iface) sample).type;
    }

    private static byte[] array(Object slice) {
        Slice s = (Slice) slice;
        return s == null ? new byte[0] : Arrays.copyOfRange((byte[]) s.array, s.offset, s.offset + s.len);
    }

    /** A byte string as a new []byte. */
    private static Slice bytes(String s) {
        byte[] b = ByteStrings.bytes(s);
        return new Slice(b, 0, b.length, b.length);
    }

    private static GoMethods methods(MethodTable table, GoroutineState g) {
        return new GoMethods() {
            @Override
            public boolean has(GoType t, Method m) {
                return table.implementsIface(t, INTERFACES.get(m));
            }

            @Override
            public Marshalled marshal(Iface receiver, Method m) {
                Object[] results = (Object[]) call(receiver, m.goName);
                Slice s = (Slice) results[0];
                byte[] b = s == null ? null : Arrays.copyOfRange((byte[]) s.array, s.offset, s.offset + s.len);
                return new Marshalled(b, (Iface) results[1]);
            }

            @Override
            public Iface unmarshal(Iface receiver, Method m, byte[] text) {
                return (Iface) call(receiver, m.goName, new Slice(text, 0, text.length, text.length));
            }

            @Override
            public String errorText(Iface err) {
                return (String) call(err, "Error");
            }

            private Object call(Iface receiver, String name, Object... args) {
                return table.resolve(receiver.type, name).callFromJava(g, receiver.value, args);
            }
        };
    }
}
