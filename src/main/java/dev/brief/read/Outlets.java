package dev.brief.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Outlet names for web hosts, and the wire agencies that bylines name. */
public final class Outlets {
    private static final Map<String, String> BY_HOST = load();

    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("afp", "AFP"),
            Map.entry("agence france-presse", "AFP"),
            Map.entry("ap", "AP"),
            Map.entry("associated press", "AP"),
            Map.entry("the associated press", "AP"),
            Map.entry("reuters", "Reuters"),
            Map.entry("bloomberg", "Bloomberg"),
            Map.entry("dpa", "dpa"),
            Map.entry("xinhua", "Xinhua"),
            Map.entry("tass", "TASS"),
            Map.entry("interfax", "Interfax"),
            Map.entry("efe", "EFE"),
            Map.entry("ansa", "ANSA"),
            Map.entry("upi", "UPI"),
            Map.entry("pa", "PA Media"),
            Map.entry("pa media", "PA Media"),
            Map.entry("kyodo", "Kyodo"),
            Map.entry("yonhap", "Yonhap"),
            Map.entry("bernama", "Bernama"),
            Map.entry("aap", "AAP"));

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "go");

    private Outlets() {}

    /** The agency a byline names ("AFP", "Reuters"), or null if it names a person. */
    public static String agency(String byline) {
        return AGENCIES.get(byline.trim().toLowerCase(Locale.ROOT));
    }

    /** The agency's usual name when brief knows it ("Agence France-Presse" → "AFP"), else the name as given. */
    public static String agencyOrSelf(String name) {
        String known = agency(name);
        return known != null ? known : name.trim();
    }

    /** The outlet behind a URL: a known name, else a readable form of its domain. Null if no host, or an IP address or localhost. */
    public static String fromUrl(String url) {
        String host;
        try {
            host = URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        // An address or a machine name says nothing of the publisher; the document itself may.
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("[") || host.matches("[\\d.]+")) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String known = BY_HOST.get(h);
            if (known != null) {
                return known;
            }
        }
        return registrableDomain(host);
    }

    private static String registrableDomain(String host) {
        String[] labels = host.split("\\.");
        if (labels.length >= 3 && SECOND_LEVEL.contains(labels[labels.length - 2])) {
            return String.join(".", labels[labels.length - 3], labels[labels.length - 2], labels[labels.length - 1]);
        }
        if (labels.length >= 2) {
            return labels[labels.length - 2] + "." + labels[labels.length - 1];
        }
        return host;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        var in = Outlets.class.getResourceAsStream("/outlets.tsv");
        if (in == null) {
            return map;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length == 2) {
                    map.put(cols[0].trim(), cols[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
