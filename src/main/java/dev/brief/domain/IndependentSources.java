package dev.brief.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for what counts as an independent source, used wherever brief says "N outlets" or
 * "the sources agree": one agency's story counts once, and a copy counts as the original it copies
 * when that original is among the reports (following copies of copies).
 */
public final class IndependentSources {
    private final Map<String, Report> byId = new LinkedHashMap<>();

    private IndependentSources(Collection<? extends Report> reports) {
        reports.forEach(r -> byId.put(r.id(), r));
    }

    /** The rule applied to one event's reports (its articles, or a briefing's sources). */
    public static IndependentSources among(Collection<? extends Report> reports) {
        return new IndependentSources(reports);
    }

    /** How many independent sources the reports come from. */
    public static long count(Collection<? extends Report> reports) {
        IndependentSources rule = among(reports);
        return rule.keysOf(rule.byId.keySet()).size();
    }

    /** The independent source behind a report: equal keys are one source. Null for an unknown id. */
    public String keyOf(String id) {
        Report r = byId.get(id);
        if (r == null) {
            return null;
        }
        for (int hops = 0; r.duplicateOf() != null && byId.containsKey(r.duplicateOf()) && hops < byId.size(); hops++) {
            r = byId.get(r.duplicateOf());
        }
        return ownKey(r);
    }

    /** The independent sources behind the given ids; unknown ids are left out. */
    public Set<String> keysOf(Collection<String> ids) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            String key = keyOf(id);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A report's own key, when the original it copies is not among the reports. */
    static String ownKey(Report r) {
        if (r.duplicateOf() != null) {
            return "copy-of:" + r.duplicateOf();
        }
        if (r.agency() != null) {
            return "agency:" + r.agency().toLowerCase(Locale.ROOT);
        }
        return r.outlet() != null ? "outlet:" + r.outlet().toLowerCase(Locale.ROOT) : "article:" + r.id();
    }
}
