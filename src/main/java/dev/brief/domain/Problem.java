package dev.brief.domain;

import java.util.List;

/**
 * Why a statement failed a check: what kind of check, the sources it disputes, and the sentence a
 * reader sees.
 *
 * @param sources the ids of the cited sources this problem is about; empty when it is about the
 *                statement as a whole
 */
public record Problem(Kind kind, List<String> sources, String message) {
    public enum Kind {
        /** A citation names no source, an unknown one, or too few independent outlets. */
        CITATION,
        /** A quote is not printed by a source it cites. */
        QUOTE,
        /** A number or date is not in its sources. */
        NUMBER,
        /** A name is not in its sources. */
        NAME,
        /** The sources do not say the statement, or one cited source does not. */
        SUPPORT,
        /** The statement's names stand in the opposite roles in its source ("Lavrov met Rubio" for "Rubio met Lavrov"). */
        ROLE,
        /** The model check (--check-with) finds the cited passage does not support the statement, or no verdict. */
        MODEL,
        /** The statement comes from text addressed to the model. */
        INJECTION,
        /** Read back from a briefing file, which keeps only the message. */
        RECORDED
    }

    public Problem {
        sources = List.copyOf(sources);
    }

    public static Problem of(Kind kind, String message) {
        return new Problem(kind, List.of(), message);
    }

    public static Problem about(Kind kind, List<String> sources, String message) {
        return new Problem(kind, sources, message);
    }

    /** The same problem, seen from a difference's position: the message says whose position. */
    public Problem atPosition(String source) {
        return new Problem(kind, sources.isEmpty() ? List.of(source) : sources, "position of " + source + ": " + message);
    }

    public boolean disputes(String source) {
        return sources.contains(source);
    }

    /** The messages, one after another, as a reader sees them beside an unverified statement. */
    public static String messages(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::message).toList());
    }

    @Override
    public String toString() {
        return message;
    }
}
