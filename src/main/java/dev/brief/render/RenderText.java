package dev.brief.render;

import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.Briefing.Verification;
import dev.brief.domain.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The header and footer lines every human-readable format shares. */
final class RenderText {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private RenderText() {}

    /** "3 sources (2 independent) · 10–11 July 2025 · engine: ollama · model: qwen2.5:7b · prompts: 1a2b3c4d5e6f". */
    static String header(Briefing b) {
        StringBuilder h = new StringBuilder();
        int n = b.sources().size();
        h.append(n).append(n == 1 ? " source" : " sources");
        long independent = Source.independent(b.sources());
        if (independent != n) {
            // wire copies of one story are several sources but one report
            h.append(" (").append(independent).append(" independent)");
        }
        String range = dateRange(b);
        if (range != null) {
            h.append(" · ").append(range);
        }
        h.append(" · engine: ").append(b.engine().id());
        if (b.model() != null) {
            h.append(" · model: ").append(b.model());
        }
        if (b.promptHash() != null) {
            h.append(" · prompts: ").append(b.promptHash());
        }
        return h.toString();
    }

    static String footer(Briefing b) {
        Verification v = b.verification();
        Usage u = b.usage();
        StringBuilder f = new StringBuilder();
        f.append("Verification: ").append(v.claims()).append(" claims, ").append(v.verified()).append(" verified, ")
                .append(v.unverified()).append(" unverified, ").append(v.repaired()).append(" repaired.");
        if (b.model() != null) {
            f.append(" Model calls: ").append(u.calls()).append(" (").append(u.cachedCalls()).append(" cached); ")
                    .append(u.promptTokens()).append(" prompt and ").append(u.completionTokens()).append(" completion tokens.");
        }
        return f.toString();
    }

    static String dateRange(Briefing b) {
        LocalDate first = b.sources().stream().map(Source::published).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate last = b.sources().stream().map(Source::published).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return null;
        }
        if (first.equals(last)) {
            return DAY_MONTH_YEAR.format(first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(last);
        }
        if (first.getYear() == last.getYear()) {
            return DAY_MONTH.format(first) + " – " + DAY_MONTH_YEAR.format(last);
        }
        return DAY_MONTH_YEAR.format(first) + " – " + DAY_MONTH_YEAR.format(last);
    }
}
