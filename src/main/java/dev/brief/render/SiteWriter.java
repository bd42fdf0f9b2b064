package dev.brief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.DailyBriefing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site folder: one HTML page and one JSON file per day, an index of the days and an Atom feed of
 * the last {@link AtomFeed#DAYS} days, both rebuilt from the day JSON files. Each file is written
 * whole or not at all (through {@link OutputFile}); a day's page comes before its JSON, and the index
 * and feed after both, so that an interrupted run leaves every file complete and the next run makes
 * the index and feed whole again. Other days are read, never written; --keep-days removes old ones.
 * The caller holds the folder's lock.
 */
public final class SiteWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(html|json)");
    /** What {@link OutputFile} leaves behind when a run is killed mid-write: ".NAME.16hex.tmp". */
    private static final Pattern LEFT_BEHIND = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    private final Path dir;

    public SiteWriter(Path dir) {
        this.dir = dir;
    }

    public static String dayFile(LocalDate day, String extension) {
        return day + "." + extension;
    }

    /** What a run wrote and removed, and what it had to pass over. */
    public record Written(LocalDate day, List<Path> written, List<Path> removed, List<String> notices) {}

    /**
     * Writes one day and rebuilds the index and the feed.
     *
     * @param day      the day the document is filed under
     * @param renderer the renderer with the run's coverage
     * @param keepDays remove the days this many days or more older than the newest; 0 keeps all
     * @param now      when the run wrote: an entry whose briefing changed is updated at this time
     */
    public Written write(LocalDate day, DailyBriefing daily, DailyRenderer renderer, int keepDays, Instant now) {
        List<String> notices = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        createFolder();
        removeLeftovers(notices);

        ObjectNode json = parse(renderer.render(daily, Format.JSON));
        json.put("date", day.toString());
        List<SiteIndex.Day> days = readDays(notices);
        ArrayNode entries = json.putObject("feed").putArray("entries");
        for (AtomFeed.Draft draft : AtomFeed.drafts(json)) {
            Instant updated = keptDate(draft, day, days);
            updated = updated != null ? updated : now;
            entries.addObject().put("event", draft.eventId()).put("id", draft.id()).put("hash", draft.hash()).put("updated", updated.toString());
        }
        written.add(writeFile(dayFile(day, "html"), renderer.inSite().render(daily, Format.HTML)));
        written.add(writeFile(dayFile(day, "json"), print(json)));

        days.removeIf(d -> d.date().equals(day));
        days.add(new SiteIndex.Day(day, json));
        days.sort(Comparator.comparing(SiteIndex.Day::date).reversed());
        if (keepDays > 0) {
            LocalDate oldestKept = days.get(0).date().minusDays(keepDays - 1L);
            for (SiteIndex.Day d : List.copyOf(days)) {
                if (d.date().isBefore(oldestKept)) {
                    removed.addAll(removeDay(d.date()));
                    days.remove(d);
                }
            }
        }
        written.add(writeFile("feed.atom", feed(days, now, notices)));
        written.add(writeFile("index.html", SiteIndex.render(days)));
        return new Written(day, written, removed, notices);
    }

    /** The feed of the last {@link AtomFeed#DAYS} days before the newest, one entry per event (its latest version). */
    String feed(List<SiteIndex.Day> newestFirst, Instant now, List<String> notices) {
        Map<String, AtomFeed.Dated> entries = new LinkedHashMap<>();
        LocalDate newest = newestFirst.isEmpty() ? null : newestFirst.get(0).date();
        for (SiteIndex.Day d : newestFirst) {
            if (d.date().isBefore(newest.minusDays(AtomFeed.DAYS - 1L))) {
                break;
            }
            Map<String, FeedState> states = feedStates(List.of(d));
            List<AtomFeed.Draft> drafts;
            try {
                drafts = AtomFeed.drafts(d.json());
            } catch (BriefException | IllegalArgumentException | java.time.DateTimeException e) {
                notices.add(dayFile(d.date(), "json") + " has an event that cannot be read (" + e.getMessage() + "); the feed leaves that day out");
                continue;
            }
            for (AtomFeed.Draft draft : drafts) {
                FeedState s = states.get(draft.id());
                entries.putIfAbsent(draft.id(), new AtomFeed.Dated(draft, s != null ? s.updated() : generated(d.json(), now)));
            }
        }
        List<AtomFeed.Dated> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(AtomFeed.Dated::updated).reversed()); // stable: a day's entries keep its order
        String feedId = "urn:uuid:" + UUID.nameUUIDFromBytes(("brief site " + dir.toAbsolutePath().normalize()).getBytes(StandardCharsets.UTF_8));
        return AtomFeed.write(feedId, "Daily briefings", "index.html", true, sorted, now);
    }

    /** An entry as a day file records it: the hash of its content and when that content first appeared. */
    private record FeedState(String hash, Instant updated) {}

    /**
     * When an entry's content first appeared, or null when it is new: as this day's own file records
     * it (a rerun), else as the newest other day does. An entry goes on across days (a story), so a
     * later day's different content must not date a rerun of an earlier day that wrote the same.
     */
    private static Instant keptDate(AtomFeed.Draft draft, LocalDate day, List<SiteIndex.Day> newestFirst) {
        FeedState before = feedStates(newestFirst.stream().filter(d -> d.date().equals(day)).toList()).get(draft.id());
        if (before == null) {
            before = feedStates(newestFirst).get(draft.id());
        }
        return before != null && before.hash().equals(draft.hash()) ? before.updated() : null;
    }

    /** The newest recorded state of each entry over the given days, newest day first. */
    private static Map<String, FeedState> feedStates(List<SiteIndex.Day> newestFirst) {
        Map<String, FeedState> out = new LinkedHashMap<>();
        for (SiteIndex.Day d : newestFirst) {
            for (JsonNode e : d.json().path("feed").path("entries")) {
                try {
                    out.putIfAbsent(e.path("id").asText(), new FeedState(e.path("hash").asText(), Instant.parse(e.path("updated").asText())));
                } catch (DateTimeParseException ignored) {
                    // an entry without a readable date is dated anew
                }
            }
        }
        return out;
    }

    private static Instant generated(JsonNode day, Instant fallback) {
        try {
            return Instant.parse(day.path("coverage").path("generated").asText());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The days whose JSON can be read, newest first; a file that cannot is named in a notice and left alone. */
    List<SiteIndex.Day> readDays(List<String> notices) {
        List<SiteIndex.Day> days = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "????-??-??.json")) {
            for (Path f : files) {
                Matcher m = DAY_FILE.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    LocalDate date = LocalDate.parse(m.group(1));
                    JsonNode json = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
                    if (json == null || !json.path("events").isArray()) {
                        throw new IOException("not a daily document");
                    }
                    days.add(new SiteIndex.Day(date, json));
                } catch (IOException | DateTimeParseException e) {
                    notices.add(f + " could not be read (" + e.getMessage().lines().findFirst().orElse("") + "); it is left out of the index and the feed");
                }
            }
        } catch (IOException e) {
            throw cannot(dir, e);
        }
        days.sort(Comparator.comparing(SiteIndex.Day::date).reversed());
        return days;
    }

    private List<Path> removeDay(LocalDate day) {
        List<Path> removed = new ArrayList<>();
        for (String ext : List.of("json", "html")) {
            Path f = dir.resolve(dayFile(day, ext));
            try {
                if (Files.deleteIfExists(f)) {
                    removed.add(f);
                }
            } catch (IOException e) {
                throw cannot(f, e);
            }
        }
        return removed;
    }

    /** Temporary files of a run that was killed mid-write: only a run holding the lock may remove them. */
    private void removeLeftovers(List<String> notices) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                if (LEFT_BEHIND.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
                    Files.delete(f);
                    notices.add("removed " + f + ", left by an interrupted run");
                }
            }
        } catch (IOException e) {
            throw cannot(dir, e);
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannot(dir, e);
        }
    }

    private Path writeFile(String name, String content) {
        Path f = dir.resolve(name);
        OutputFile.write(f, content, "--site");
        return f;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String print(JsonNode json) {
        try {
            return JSON.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BriefException cannot(Path p, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new BriefException(ExitCode.OUTPUT, "cannot write the site folder " + p + " (" + why + "); choose a writable folder with --site");
    }
}
