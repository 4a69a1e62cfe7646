package gosub.language.nodes.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gosub.language.types.MemorySizes;
import gosub.language.types.Types;
import gosub.language.values.Slice;
import gosub.runtime.FatalError;

import org.junit.jupiter.api.Test;

/** append's growth near the JVM's array limit, and the byte sizes Go's makeslice rule is stated in. */
class SliceGrowthTest {

    /** A length past 2^31 wrapped to a negative int, and the growth loop never ended. */
    @Test
    void growingPastTheArrayLimitIsOutOfMemoryNotAHang() {
        Slice s = new Slice(new byte[16], 0, 16, 16);
        FatalError e = assertThrows(FatalError.class, () -> SliceNodes.Append.grow(Types.UINT8, s, Integer.MAX_VALUE));
        assertEquals("runtime: out of memory", e.getMessage());
    }

    @Test
    void growthBelowTheLimitKeepsGosAmortizedSteps() {
        Slice s = new Slice(new long[300], 0, 300, 300);
        Slice r = SliceNodes.Append.grow(Types.INT, s, 1);
        assertEquals(301, r.len);
        assertEquals(300 + (300 + 768) / 4, r.cap);
    }

    @Test
    void sizesFollowGosLayout() {
        assertEquals(8, MemorySizes.sizeOf(Types.INT));
        assertEquals(16, MemorySizes.sizeOf(Types.STRING));
        assertEquals(24, MemorySizes.sizeOf(Types.slice(Types.INT)));
        assertEquals(1L << 20, MemorySizes.sizeOf(Types.array(Types.UINT8, 1 << 20)));
        assertEquals(Long.MAX_VALUE, MemorySizes.sizeOf(Types.array(Types.array(Types.INT, 1L << 40), 1L << 40)));
    }
}
