package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sizes in refusals read above the limit they break. */
class SizeLimitTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aSizeIsRoundedUpToOneDecimalUnder100MibAndToWholeMibAbove() {
        assertEquals("10 MiB", SizeLimit.mib(10 * MIB));
        assertEquals("10.1 MiB", SizeLimit.mib(10 * MIB + 1));
        assertEquals("10.5 MiB", SizeLimit.mib(11_000_000));
        assertEquals("99.9 MiB", SizeLimit.mib(99 * MIB + 900_000));
        assertEquals("100 MiB", SizeLimit.mib(100 * MIB - 1));
        assertEquals("151 MiB", SizeLimit.mib(150 * MIB + 1));
    }

    @Test
    void theReasonNamesTheSizeWhenItIsKnown() {
        assertEquals("too large (10.5 MiB; the limit is 10 MiB)", SizeLimit.tooLarge(11_000_000, 10 * MIB));
        assertEquals("too large (more than 10 MiB)", SizeLimit.tooLarge(10 * MIB));
    }
}
