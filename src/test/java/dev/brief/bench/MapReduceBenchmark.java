package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.CliRun;
import dev.brief.LongEvent;
import dev.brief.StandInOllama;
import dev.brief.engine.llm.TokenEstimate;
import dev.brief.model.ChatTurn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Map-reduce of any depth on small contexts: one invented event of 30 long articles (about 2,000
 * words each, {@link LongEvent}) briefed by {@code brief event} against a stand-in Ollama
 * ({@link StandInOllama}: answers made mechanically from each request, no model) whose model has a
 * 4,096 or an 8,192-token context, answering every call after a fixed delay, at {@code --parallel}
 * 1 and 4. Reports the exit code, the calls and levels of the tree, whether every call stayed
 * within num_ctx, and the wall time against the ideal (the calls of each step, ceil(n / P) × delay).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.MapReduceBenchmark [DELAY_MS]
 * </pre>
 */
public final class MapReduceBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MapReduceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int delay = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("brief-mapreduce");
        Path event = LongEvent.write(dir.resolve("event"), 30, 2000);
        System.out.printf(Locale.ROOT, "map-reduce benchmark: 30 articles of about 2,000 words, stand-in server answering after %d ms%n", delay);
        for (int context : new int[] {4096, 8192}) {
            for (int parallel : new int[] {1, 4}) {
                run(event, context, parallel, delay);
            }
        }
    }

    private static void run(Path event, int context, int parallel, int delay) throws Exception {
        try (StandInOllama server = new StandInOllama(context, delay, 6)) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("event", event.toString(), "--engine", "ollama", "--ollama-url", server.url(), "--no-cache",
                    "--format", "json", "--parallel", Integer.toString(parallel), "-q");
            double seconds = (System.nanoTime() - start) / 1e9;
            List<JsonNode> requests = server.chatRequests();
            int within = 0;
            int mostCtx = 0;
            for (JsonNode r : requests) {
                int numCtx = r.path("options").path("num_ctx").asInt();
                List<ChatTurn> turns = new ArrayList<>();
                r.path("messages").forEach(m -> turns.add(new ChatTurn(m.path("role").asText(), m.path("content").asText())));
                int need = TokenEstimate.of(turns, r.path("format").toString()) + r.path("options").path("num_predict").asInt();
                within += numCtx <= context && need <= numCtx ? 1 : 0;
                mostCtx = Math.max(mostCtx, numCtx);
            }
            if (run.exitCode() != 0) {
                System.out.printf(Locale.ROOT, "  num_ctx %d, --parallel %d: exit %d: %s%n", context, parallel, run.exitCode(), run.err().strip());
                return;
            }
            JsonNode usage = JSON.readTree(run.out()).path("usage");
            JsonNode verification = JSON.readTree(run.out()).path("verification");
            int maps = usage.path("mapCalls").asInt();
            int merges = usage.path("mergeCalls").asInt();
            int levels = usage.path("reduceLevels").asInt();
            // ideal: the map step, each merge level (assumed as even as the calls allow), and the briefing call
            double ideal = (Math.ceil((double) maps / parallel) + Math.ceil((double) merges / parallel / Math.max(1, levels - 1)) * (levels - 1) + 1)
                    * delay / 1000.0;
            System.out.printf(Locale.ROOT, "  num_ctx %d, --parallel %d: exit 0, %d calls (%d map, %d merge, 1 briefing), %d level(s) of reduction;"
                    + " %d of %d calls within num_ctx (largest %d); at most %d at once; %.1f s (ideal %.1f s); %d claims, %d unverified%n",
                    context, parallel, requests.size(), maps, merges, levels, within, requests.size(), mostCtx, server.mostAtOnce(), seconds, ideal,
                    verification.path("claims").asInt(), verification.path("unverified").asInt());
        }
    }
}
