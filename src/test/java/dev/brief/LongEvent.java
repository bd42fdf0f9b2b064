package dev.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * An invented event of many long articles, written as text files with front matter: each article by
 * its own outlet, in sentences made from word lists with the article's own random seed, so that no
 * two are copies. For map-reduce tests and benchmarks; no real outlet or person is meant.
 */
public final class LongEvent {
    private static final String[] WHO = {"the harbour authority", "a spokesperson for the city council", "the regional governor",
        "the transport minister", "union representatives", "the port's operator", "local fishermen", "an independent engineer",
        "the coast guard", "residents of the old quarter", "the mayor's office", "insurance assessors"};
    private static final String[] DID = {"said", "confirmed", "estimated", "warned", "reported", "told reporters", "argued", "announced"};
    private static final String[] WHAT = {"the storm surge flooded", "repair crews reopened", "the inspection closed", "volunteers cleared",
        "the water damaged", "engineers surveyed", "the authorities evacuated", "contractors rebuilt"};
    private static final String[] WHERE = {"the northern pier", "the fish market", "the ferry terminal", "the railway bridge",
        "the old lighthouse", "the container yard", "the marina", "the sea wall", "the customs house", "the dry dock"};
    private static final String[] WHEN = {"on Tuesday morning", "overnight", "before dawn on Wednesday", "late on Monday",
        "within hours", "by the end of the week", "after the second high tide", "during the evening shift"};

    private LongEvent() {}

    /** Writes count articles of about words words each into dir, and returns dir. */
    public static Path write(Path dir, int count, int words) {
        try {
            Files.createDirectories(dir);
            for (int a = 1; a <= count; a++) {
                Random random = new Random(1000 + a);
                StringBuilder text = new StringBuilder();
                text.append("---\ntitle: Storm floods the harbour of Velmora, report ").append(a).append('\n');
                text.append("outlet: The Velmora Courier ").append(a).append('\n');
                text.append("published: 2025-03-1").append(a % 9 + 1).append("\n---\n\n");
                int written = 0;
                while (written < words) {
                    for (int s = 0; s < 5 && written < words; s++) {
                        String sentence = capital(pick(WHO, random)) + " " + pick(DID, random) + " that " + pick(WHAT, random) + " "
                                + pick(WHERE, random) + " " + pick(WHEN, random) + ", and that " + (2 + random.nextInt(400))
                                + " people were affected near " + pick(WHERE, random) + ".";
                        text.append(sentence).append(' ');
                        written += sentence.split(" ").length;
                    }
                    text.append("\n\n");
                }
                Files.writeString(dir.resolve(String.format("article-%02d.md", a)), text.toString(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
