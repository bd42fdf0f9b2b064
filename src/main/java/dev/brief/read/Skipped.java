package dev.brief.read;

/** An input that gave no article, and why. */
public record Skipped(String input, String reason) {
    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
