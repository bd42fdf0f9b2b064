package dev.brief.verify;

import dev.brief.domain.Problem;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Verification;
import java.util.List;

/** The text {@code brief verify} prints: each claim with its verdict and problems, then the counts. */
public final class VerificationReport {
    private VerificationReport() {}

    public static String render(Briefing checked) {
        StringBuilder out = new StringBuilder();
        section(out, "summary", checked.summary());
        section(out, "agreements", checked.agreements());
        for (int i = 0; i < checked.differences().size(); i++) {
            Difference d = checked.differences().get(i);
            line(out, "differences[" + i + "]", d.topic(), d.verified(), d.problems());
        }
        section(out, "singleSource", checked.singleSource());
        Verification v = checked.verification();
        out.append(v.claims()).append(" claims: ").append(v.verified()).append(" verified, ").append(v.unverified()).append(" unverified\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String name, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            line(out, name + "[" + i + "]", item.text(), item.verified(), item.problems());
        }
    }

    private static void line(StringBuilder out, String where, String text, boolean verified, List<Problem> problems) {
        out.append(verified ? "ok      " : "FAILED  ").append(where).append(": ").append(text.replaceAll("\\s+", " ").strip()).append('\n');
        for (Problem p : problems) {
            out.append("        - ").append(p).append('\n');
        }
    }
}
