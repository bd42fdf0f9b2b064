package dev.brief.text;

/** A count with its noun in the right number, for messages: "1 article", "2 articles", "0 events". */
public final class Counted {
    private Counted() {}

    /** For nouns whose plural adds an s. */
    public static String of(int n, String singular) {
        return of(n, singular, singular + "s");
    }

    public static String of(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
