package dev.brief.text;

/** Words as whitespace-separated runs, the way a reader counts them. */
public final class Words {
    private Words() {}

    public static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
