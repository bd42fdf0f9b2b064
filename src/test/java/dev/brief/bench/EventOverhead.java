package dev.brief.bench;

import dev.brief.FakeOllama;
import dev.brief.model.ChatTurn;
import dev.brief.engine.llm.TokenEstimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * brief's own overhead: the cold start of {@code brief --version}, {@code brief event --engine
 * extractive} on the seeds, and {@code brief event} on the seeds against a mock Ollama that answers
 * at once, each the median of several runs of the real jar in a fresh JVM: started by the {@code
 * ./brief} launcher (with its class-data archive), and by {@code java -jar} alone for comparison.
 * Needs target/brief.jar (./mvnw package).
 *
 * <pre>./mvnw -q -o package -DskipTests && ./mvnw -q -o exec:java -Dexec.mainClass=dev.brief.bench.EventOverhead</pre>
 */
public final class EventOverhead {
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/brief.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: ./mvnw package -DskipTests");
        }
        // Once, untimed: the launcher makes its class-data archive after a build.
        new ProcessBuilder("./brief", "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        try (FakeOllama ollama = new FakeOllama()) {
            ollama.stub(FakeOllama.chat().willReturn(FakeOllama.streamed(FakeOllama.fixture("seeds-answer.json"))));
            List<String> extractive = List.of("event", "seeds/rubio-lavrov-asean-2025", "--engine", "extractive", "--no-cache",
                    "--format", "json");
            List<String> event = List.of("event", "seeds/rubio-lavrov-asean-2025", "--engine", "ollama", "--no-cache",
                    "--ollama-url", ollama.url(), "--format", "json");
            // ./brief as a user runs it (with the class-data archive), then the jar alone as ./brief ran it before the archive.
            List<String> launcher = List.of("./brief");
            List<String> plain = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
            for (List<String> start : List.of(launcher, plain)) {
                String how = start == launcher ? "./brief" : "java -jar, no archive";
                report("brief --version (" + how + ")", with(start, List.of("--version")));
                report("brief event seeds/ --engine extractive (" + how + ")", with(start, extractive));
                report("brief event seeds/ --engine ollama, mock answering at once (" + how + ")", with(start, event));
            }
            int calls = ollama.chatRequests().size();
            var sent = ollama.chatRequests().get(0);
            List<ChatTurn> messages = new ArrayList<>();
            sent.path("messages").forEach(m -> messages.add(new ChatTurn(m.path("role").asText(), m.path("content").asText())));
            int characters = messages.stream().mapToInt(m -> m.content().length()).sum();
            System.out.printf("prompt sent for the seeds: %d characters in %d messages; brief's estimate %d tokens (TokenEstimate); num_ctx %d; %d chat calls in %d runs%n",
                    characters, messages.size(), TokenEstimate.of(messages, sent.path("format").toString()),
                    sent.at("/options/num_ctx").asInt(), calls, 2 * RUNS);
        }
    }

    private static List<String> with(List<String> start, List<String> arguments) {
        List<String> out = new ArrayList<>(start);
        out.addAll(arguments);
        return out;
    }

    private static void report(String label, List<String> command) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int code = p.waitFor();
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (code != 0) {
                throw new IllegalStateException(label + " exited with " + code);
            }
        }
        Collections.sort(millis);
        System.out.printf("%s: median %d ms over %d runs (min %d, max %d)%n", label, millis.get(RUNS / 2), RUNS, millis.get(0), millis.get(RUNS - 1));
    }
}
