package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.domain.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Articles with their true event, read by path from the labelled sets in ../shared/eval (never copied). */
record LabelledArticles(List<Article> articles, List<String> events) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2}) ?, (\\d{4})\\b");

    /**
     * The articles of one NeuS/AllSides roundup (its left, centre and right reports: title and lead
     * paragraphs), with ids like "5664l".
     *
     * @param trimEllipsis drop the "..." that ends a lead cut short, so that no statement ends there
     */
    static List<Article> neusArticles(JsonNode roundup, boolean trimEllipsis) {
        int id = roundup.path("id").asInt();
        List<Article> articles = new ArrayList<>();
        for (String side : List.of("left", "center", "right")) {
            JsonNode n = roundup.path("news").path(side);
            if (!n.isObject() || n.path("newBody").isEmpty()) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            n.path("newBody").forEach(p -> paragraphs.add(p.asText().strip()));
            String text = String.join("\n\n", paragraphs);
            if (trimEllipsis) {
                text = text.replaceAll("\\.\\.\\.$", "");
            }
            String outlet = n.path("newsSource").asText().replaceAll("\\s*\\(.*\\)$", "");
            articles.add(new Article(id + side.substring(0, 1), outlet, null, n.path("newsTitle").asText(), null, null,
                    n.path("newsLink").asText(null), null, text, Integer.toString(text.hashCode()), null));
        }
        return articles;
    }

    /**
     * ECB+ documents of one split. An ecbplus document starts with its URL, its headline and often its
     * date as "sentences"; an ecb document is body text only.
     */
    static LabelledArticles ecbPlus(Path jsonl, String split) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode doc = JSON.readTree(line);
                if (!doc.get("split").asText().equals(split)) {
                    continue;
                }
                List<String> sentences = new ArrayList<>();
                doc.get("sentences").forEach(s -> sentences.add(s.asText()));
                String url = null;
                String title = null;
                LocalDate date = null;
                if (!sentences.isEmpty() && sentences.get(0).startsWith("http")) {
                    url = sentences.remove(0).replace(" ", "");
                    if (!sentences.isEmpty()) {
                        title = sentences.remove(0);
                    }
                    for (int i = 0; i < Math.min(2, sentences.size()); i++) {
                        date = date(sentences.get(i));
                        if (date != null) {
                            if (sentences.get(i).length() < 40) {
                                sentences.remove(i);
                            }
                            break;
                        }
                    }
                }
                String text = String.join(" ", sentences);
                articles.add(new Article(doc.get("doc_id").asText(), null, null, title, null, date, url, null, text,
                        doc.get("doc_id").asText(), null));
                events.add(doc.get("event_cluster").asText());
            }
        }
        return new LabelledArticles(articles, events);
    }

    /** UCI News Aggregator headlines: each a headline-only article (its text is its title); STORY is the event. */
    static LabelledArticles uci(Path csv) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csvFields(line);
            LocalDate day = Instant.ofEpochMilli(Long.parseLong(f.get(7))).atZone(ZoneOffset.UTC).toLocalDate();
            articles.add(new Article("u" + f.get(0), f.get(3), null, f.get(1), null, day, f.get(2), null, f.get(1),
                    "u" + f.get(0), null, true));
            events.add(f.get(5));
        }
        return new LabelledArticles(articles, events);
    }

    /** The articles dated from first to last, inclusive, with their events. */
    LabelledArticles days(LocalDate first, LocalDate last) {
        List<Article> a = new ArrayList<>();
        List<String> e = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            LocalDate d = articles.get(i).published();
            if (d != null && !d.isBefore(first) && !d.isAfter(last)) {
                a.add(articles.get(i));
                e.add(events.get(i));
            }
        }
        return new LabelledArticles(a, e);
    }

    static LocalDate date(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (!m.find()) {
            return null;
        }
        String month = m.group(1).length() > 3 ? m.group(1).substring(0, 3) : m.group(1);
        try {
            return LocalDate.parse(month + " " + m.group(2) + " " + m.group(3), DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
