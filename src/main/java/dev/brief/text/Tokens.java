package dev.brief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words of a text, and the common words that are neither names nor facts. */
public final class Tokens {
    /** Letters and digits, with inner apostrophes and dots ("it's", "U.S."); hyphens split words. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['.][\\p{L}\\p{N}]+)*\\.?'?");
    public static final Set<String> COMMON = load();

    private Tokens() {}

    /** The words of normalised text, without trailing dots: "u.s." is "u.s", as a quote cut after it has it. */
    public static List<String> words(String normal) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(w);
        }
        return out;
    }

    /** Enough of a word to match its other forms: "disclosed" and "disclosing". */
    public static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    private static Set<String> load() {
        try (InputStream in = Tokens.class.getResourceAsStream("common-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
