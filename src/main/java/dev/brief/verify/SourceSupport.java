package dev.brief.verify;

import dev.brief.domain.Problem;
import dev.brief.domain.Problem.Kind;
import dev.brief.text.Passages;
import dev.brief.verify.Verifier.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each source a statement cites says it by itself: "outlets A and B report this" is checked for B
 * as well as for A. A source says a statement when one passage of it (a sentence, or two adjacent
 * ones) holds at least half of the statement's content words, or, for an outlet that says the same
 * thing in other words, when that passage holds some of them and is close in meaning (the sentence
 * embeddings of {@link Meaning}). Words scattered over the article are not enough.
 */
final class SourceSupport {
    /** This share of the statement's words in one passage says it (tuned on the dev split): {@link Passages#SAYS_IT}. */
    static final double SAYS_IT = Passages.SAYS_IT;
    /** Below this share, no closeness in meaning makes up for the words: the passage is about something else. */
    static final double SAYS_SOME = 0.25;
    /** A passage this close in meaning (cosine of the embeddings) says the statement in other words. */
    static final double CLOSE = 0.85;

    private final Meaning meaning;
    private final Signals signals;

    SourceSupport(Meaning meaning, Signals signals) {
        this.meaning = meaning;
        this.signals = signals;
    }

    /** Only a statement that cites two sources or more has a source to check on its own: one source is the coverage check's. */
    List<Problem> check(String statement, Set<String> stems, List<SourceText> cited) {
        List<Problem> problems = new ArrayList<>();
        if (cited.size() < 2 || stems.size() < ContentCheck.MIN_WORDS_FOR_COVERAGE) {
            return problems;
        }
        for (SourceText s : cited) {
            PassageSupport.Best best = PassageSupport.best(stems, s);
            if (!says(statement, best)) {
                problems.add(Problem.about(Kind.SUPPORT, List.of(s.article.id()), ContentCheck.name(s)
                        + " does not say this by itself (its closest passage holds " + Math.round(100 * best.share())
                        + "% of the statement's words); cite only the articles that say it"));
            }
        }
        return problems;
    }

    private boolean says(String statement, PassageSupport.Best best) {
        return switch (signals) {
            case WORDS -> best.share() >= SAYS_IT;
            case MEANING -> meaning.closest(statement, best.candidates()) >= CLOSE;
            case BOTH -> best.share() >= SAYS_IT
                    || (best.share() >= SAYS_SOME && meaning.closest(statement, best.candidates()) >= CLOSE);
        };
    }
}
