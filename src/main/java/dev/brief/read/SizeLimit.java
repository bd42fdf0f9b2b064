package dev.brief.read;

import java.util.Locale;

/** The one wording of an input refused for its size, for files, stdin and web pages alike. */
final class SizeLimit {
    private static final double MIB = 1024 * 1024;

    private SizeLimit() {}

    /** "too large (10.5 MiB; the limit is 10 MiB)". */
    static String tooLarge(long size, long limit) {
        return "too large (" + mib(size) + "; the limit is " + mib(limit) + ")";
    }

    /** When reading stopped at the limit and the size is not known: "too large (more than 10 MiB)". */
    static String tooLarge(long limit) {
        return "too large (more than " + mib(limit) + ")";
    }

    /**
     * Whole MiB when exact, else rounded up, to one decimal under 100 MiB: a size over the limit never
     * reads as the limit itself (10 MiB and one byte is "10.1 MiB").
     */
    static String mib(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        double tenths = Math.ceil(bytes / MIB * 10);
        return tenths < 1000 ? String.format(Locale.ROOT, "%.1f MiB", tenths / 10) : (long) Math.ceil(bytes / MIB) + " MiB";
    }
}
