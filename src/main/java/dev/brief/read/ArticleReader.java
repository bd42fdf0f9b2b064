package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.Console;
import dev.brief.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every input into articles: text and Markdown files (with optional YAML front matter), HTML
 * pages, RSS/Atom feeds, JSON Lines and JSON arrays, http(s) URLs of any of these, directories
 * (recursively, in name order) and {@code -} for stdin. Each kind has its own reader; this class finds
 * the kind and dispatches. A bad input is skipped with its reason; the others go on. Then exact
 * duplicates are merged, ids given, and wire copies linked.
 */
public final class ArticleReader {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** This many inputs (files, pages) show the progress of their reading. */
    static final int PROGRESS_FROM_INPUTS = 200;
    /** A feed with this many pages to fetch shows its progress. */
    static final int PROGRESS_FROM_PAGES = 20;
    private static final int ID_LENGTH = 6;

    private final Console console;
    private final InputStream stdin;
    private final ReadSettings settings;
    private final WebFetcher fetcher;

    public ArticleReader(Console console, InputStream stdin) {
        this(console, stdin, ReadSettings.defaults());
    }

    public ArticleReader(Console console, InputStream stdin, ReadSettings settings) {
        this.console = console;
        this.stdin = stdin;
        this.settings = settings;
        this.fetcher = new WebFetcher(settings.fetchTimeout(), MAX_BYTES,
                settings.cacheDir() == null ? null : settings.cacheDir().resolve("pages"), settings.allowPrivate());
    }

    /**
     * Reads the inputs. Notices (skipped inputs among them) are printed only when some article was
     * read: when none was, the caller fails with one line made from the result ({@link ReadResult#whyNothing}).
     */
    public ReadResult read(List<String> inputs) {
        try {
            return readAll(inputs);
        } finally {
            fetcher.close();
        }
    }

    private ReadResult readAll(List<String> inputs) {
        List<InputReports.Unit> units = new ArrayList<>();
        Intake listing = new Intake();
        Set<Path> lists = new HashSet<>();
        for (String input : inputs) {
            plan(input, units, listing, lists);
        }
        List<Intake> intakes = runInOrder(units);
        Intake all = new Intake();
        intakes.forEach(all::addAll);
        all.addAll(listing);

        List<Article> read = new ArrayList<>();
        int outside = 0;
        for (Article a : all.articles) {
            if (settings.inRange(a.published())) {
                read.add(a);
            } else {
                outside++;
                all.leftOut(a.published());
            }
        }
        if (outside > 0) {
            all.notice("left out " + outside + " article(s) dated outside " + settings.rangeText());
        }
        List<Article> merged = DuplicateDetector.mergeExact(read, all);
        List<Article> articles = DuplicateDetector.linkNear(assignIds(merged, all));
        if (!articles.isEmpty()) {
            all.notices.forEach(console::notice);
            all.details.forEach(console::debug);
            int duplicates = 0;
            for (Skipped s : all.skipped) {
                if (!s.duplicate()) {
                    console.notice("skipped " + s);
                } else {
                    duplicates++;
                    console.debug("skipped " + s);
                }
            }
            if (duplicates > 0) {
                // A feed can repeat one text thousands of times: one line, not thousands.
                console.notice("merged " + duplicates + " exact duplicate" + (duplicates == 1 ? "" : "s")
                        + " (the same text read again)" + (console.verbose() ? "" : "; -v lists them"));
            }
        }
        return new ReadResult(articles, all.skipped, all.leftOut, InputReports.of(units, intakes, listing, articles, settings),
                InputReports.publishedAt(all, articles));
    }

    /** Adds the reading of one input to the units; a list of inputs adds each input it names. */
    private void plan(String input, List<InputReports.Unit> units, Intake listing, Set<Path> lists) {
        if (input.equals("-")) {
            byte[] bytes;
            try {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } catch (IOException e) {
                listing.skip("stdin", "could not be read: " + e.getMessage());
                return;
            }
            List<String> listed = InputList.listed(bytes, null);
            if (listed != null) {
                console.debug("stdin lists " + listed.size() + " input(s)");
                listed.forEach(i -> plan(i, units, listing, lists));
            } else {
                units.add(new InputReports.Unit(input, InputReport.Kind.STDIN, () -> readStdin(bytes)));
            }
        } else if (WebFetcher.isWebUrl(input)) {
            units.add(new InputReports.Unit(input, InputReport.Kind.PAGE, () -> readUrl(input)));
        } else if (input.matches("(?i)^[a-z][a-z0-9+.-]+://.*")) {
            listing.skip(input, "only http and https URLs are read");
        } else if (Files.isDirectory(Path.of(input))) {
            directory(Path.of(input), listing).forEach(u -> units.add(new InputReports.Unit(input, InputReport.Kind.FOLDER, u)));
        } else {
            Path file = Path.of(input);
            List<String> listed = InputList.listed(file);
            if (listed == null) {
                units.add(new InputReports.Unit(input, InputReport.Kind.FILE, () -> readFile(file)));
            } else if (!lists.add(file.toAbsolutePath().normalize())) {
                listing.skip(input, "a list of inputs that was already read (does a list name itself?)");
            } else {
                console.debug(input + " lists " + listed.size() + " input(s)");
                listed.forEach(i -> plan(i, units, listing, lists));
            }
        }
    }

    /** Reading is mostly parsing, so inputs are read in parallel; results keep the input order. */
    private List<Intake> runInOrder(List<InputReports.Unit> units) {
        List<Intake> all = new ArrayList<>();
        if (units.size() == 1) {
            all.add(units.get(0).read().get());
            return all;
        }
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, units.size())), r -> {
            Thread t = new Thread(r, "brief-read");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(console, Progress.stderrIsTerminal(console), "inputs read", units.size());
        if (units.size() >= PROGRESS_FROM_INPUTS) {
            progress.start();
        }
        try {
            List<Future<Intake>> futures = new ArrayList<>();
            for (InputReports.Unit u : units) {
                futures.add(pool.submit(() -> {
                    try {
                        return u.read().get();
                    } finally {
                        if (units.size() >= PROGRESS_FROM_INPUTS) {
                            progress.step(null);
                        }
                    }
                }));
            }
            for (Future<Intake> f : futures) {
                all.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        return all;
    }

    private Intake readStdin(byte[] bytes) {
        Intake intake = new Intake();
        readDocument(intake, "stdin", null, null, bytes, null, null);
        return intake;
    }

    private Intake readUrl(String url) {
        Intake intake = new Intake();
        try {
            WebFetcher.Page page = fetcher.fetch(url, WebFetcher.Origin.GIVEN);
            console.debug((page.cached() ? "from cache: " : "fetched: ") + url);
            readDocument(intake, url, null, DocumentKind.extension(page.url()), page.body(), page.contentType(), page.url());
        } catch (WebFetcher.FetchFailed e) {
            intake.fetchFailed(url, e.getMessage());
        }
        return intake;
    }

    private List<Supplier<Intake>> directory(Path dir, Intake listing) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            // A link to nothing is listed too, and reported like a missing file named on the command line.
            files = walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p) && !Files.exists(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            listing.skip(dir.toString(), "directory could not be listed: " + e.getMessage());
            return List.of();
        }
        List<Supplier<Intake>> units = new ArrayList<>();
        for (Path file : files) {
            if (DocumentKind.ofExtension(DocumentKind.extension(file.toString())) != null) {
                units.add(() -> readFile(file));
            } else {
                console.debug("ignored " + file + ": not a supported file type");
            }
        }
        if (units.isEmpty()) {
            listing.skip(dir.toString(), "directory holds no article files ("
                    + DocumentKind.extensions().stream().map(e -> "." + e).collect(Collectors.joining(", ")) + ")");
        }
        return units;
    }

    private Intake readFile(Path file) {
        Intake intake = new Intake();
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                intake.skip(name, "no such file");
                return intake;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                intake.skip(name, SizeLimit.tooLarge(size, MAX_BYTES));
                return intake;
            }
            readDocument(intake, name, name, DocumentKind.extension(name), Files.readAllBytes(file), null, null);
        } catch (NoSuchFileException e) {
            intake.skip(name, "no such file");
        } catch (AccessDeniedException e) {
            intake.skip(name, "permission denied");
        } catch (IOException e) {
            intake.skip(name, "could not be read: " + e.getMessage());
        }
        return intake;
    }

    /**
     * @param ext         the file's (or URL path's) extension, or null
     * @param contentType the HTTP Content-Type, or null
     * @param url         where the bytes were fetched from, or null
     */
    private void readDocument(Intake intake, String name, String path, String ext, byte[] bytes, String contentType, String url) {
        if (bytes.length > MAX_BYTES) {
            intake.skip(name, SizeLimit.tooLarge(MAX_BYTES)); // stdin is read up to the limit and a byte
            return;
        }
        String declared = charsetOf(contentType);
        try {
            DocumentKind kind = DocumentKind.of(ext, contentType, bytes);
            if (kind == DocumentKind.FEED) {
                if (TextDecoding.looksBinary(bytes) && TextDecoding.bomCharset(bytes) == null) {
                    throw new TextDecoding.NotText("binary data, not text");
                }
                new FeedReader(settings, this::page, intake, fetching(name)).read(bytes, name, path);
                return;
            }
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes, declared, kind == DocumentKind.HTML);
            if (OwnOutput.wroteThis(decoded.text())) {
                intake.skip(name, OwnOutput.REASON);
                return;
            }
            if (decoded.note() != null) {
                intake.notice(name + " " + decoded.note());
            }
            switch (kind) {
                case HTML -> intake.add(name, HtmlArticleParser.parse(decoded.text(), url), path, null);
                case JSON -> new JsonLinesReader(intake).read(decoded.text(), name, path);
                default -> readText(intake, name, path, decoded.text(), url);
            }
        } catch (TextDecoding.NotText e) {
            intake.skip(name, e.getMessage());
        }
    }

    private static void readText(Intake intake, String name, String path, String text, String url) {
        FrontMatter front;
        try {
            front = FrontMatter.split(text);
        } catch (IllegalArgumentException e) {
            intake.skip(name, e.getMessage());
            return;
        }
        List<String> listed = front.body().length() > InputList.MAX_BYTES ? null
                : InputList.entries(front.body(), path == null ? null : Path.of(path).toAbsolutePath().getParent());
        if (listed != null) {
            intake.skip(name, "a list of " + listed.size() + " input(s), not an article; "
                    + (path != null ? "name the list itself as an input to read what it lists" : "brief reads lists from files and stdin"));
            return;
        }
        TextArticleParser.Parsed parsed = front.over(TextArticleParser.parse(front.body()));
        if (parsed.url() == null && url != null) {
            parsed = new TextArticleParser.Parsed(parsed.outlet() != null ? parsed.outlet() : Outlets.fromUrl(url),
                    parsed.agency(), parsed.title(), parsed.author(), parsed.published(), url, parsed.text(), parsed.publishedAt());
        }
        intake.add(name, parsed, path, null);
    }

    /** Progress of fetching a feed's pages, when there are enough of them to wait for. */
    private FeedReader.Fetching fetching(String feed) {
        return new FeedPageProgress(console, feed, PROGRESS_FROM_PAGES);
    }

    /** The full page behind a feed item's link. */
    private TextArticleParser.Parsed page(String url) throws WebFetcher.FetchFailed, TextDecoding.NotText {
        WebFetcher.Page page = fetcher.fetch(url, WebFetcher.Origin.FOUND);
        TextDecoding.Decoded decoded = TextDecoding.decode(page.body(), charsetOf(page.contentType()), true);
        return HtmlArticleParser.parse(decoded.text(), page.url());
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** Gives each article its id: the one its input gave, else the start of its content hash. */
    private static List<Article> assignIds(List<Article> articles, Intake intake) {
        Set<String> taken = new HashSet<>();
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.id() != null && !taken.add(a.id())) {
                intake.notice(a.where() + ": id \"" + a.id() + "\" is used twice; this one gets an id from its text");
                a = a.withId(null);
            }
            out.add(a);
        }
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i);
            if (a.id() == null) {
                int len = ID_LENGTH;
                String id = a.contentHash().substring(0, len);
                while (taken.contains(id)) {
                    id = a.contentHash().substring(0, ++len);
                }
                taken.add(id);
                out.set(i, a.withId(id));
            }
        }
        return out;
    }
}
