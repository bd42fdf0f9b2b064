package dev.brief.read;

/**
 * An input that gave no article, and why.
 *
 * @param duplicate whether it was left out as an exact duplicate of another input (merged into it)
 */
public record Skipped(String input, String reason, boolean duplicate) {
    public Skipped(String input, String reason) {
        this(input, reason, false);
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
