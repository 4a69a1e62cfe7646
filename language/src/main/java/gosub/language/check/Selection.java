package gosub.language.check;

import gosub.language.types.GoType;
import gosub.language.types.NamedType;

import java.util.List;

/**
 * What {@code x.f} denotes. path holds the embedded fields walked through (promotion) before the final field or
 * method; each step records whether that embedded field is a pointer.
 */
public record Selection(Kind kind, GoType recvType, List<Step> path, GoType fieldOwner, String name,
                        NamedType.Method method, FuncEntity methodEntity, GoType type, boolean indirect) {

    public enum Kind { FIELD, METHOD_VALUE, INTERFACE_METHOD, METHOD_EXPR, QUALIFIED }

    /** One embedded-field hop: the struct's field name, and whether the struct was reached through a pointer. */
    public record Step(String field, GoType structType, boolean throughPointer) {
    }
}
