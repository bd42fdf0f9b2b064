package dev.brief.render;

import dev.brief.domain.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.GenerationOptions;
import dev.brief.domain.Source;
import java.util.List;

/** The JSON contract for pipelines. Field names and meanings are public: add, never rename. */
public final class JsonRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Briefing b) {
        try {
            return JSON.writeValueAsString(tree(b)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode tree(Briefing b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("headline", b.headline());
        root.put("engine", b.engine().id());
        root.put("model", b.model());
        root.put("promptHash", b.promptHash());
        GenerationOptions o = b.options();
        if (o != null) {
            ObjectNode on = root.putObject("options");
            on.put("num_ctx", o.numCtx());
            on.put("temperature", o.temperature());
            on.put("seed", o.seed());
            on.put("num_predict", o.numPredict());
        } else {
            root.putNull("options");
        }
        ArrayNode sources = root.putArray("sources");
        for (Source s : b.sources()) {
            ObjectNode sn = sources.addObject();
            sn.put("id", s.id());
            sn.put("number", s.number());
            sn.put("outlet", s.outlet());
            sn.put("agency", s.agency());
            sn.put("title", s.title());
            sn.put("published", s.published() == null ? null : s.published().toString());
            sn.put("url", s.url());
            sn.put("path", s.path());
            sn.put("duplicateOf", s.duplicateOf());
        }
        root.set("summary", items(b.summary()));
        root.set("agreements", items(b.agreements()));
        ArrayNode differences = root.putArray("differences");
        for (Difference d : b.differences()) {
            ObjectNode dn = differences.addObject();
            dn.put("topic", d.topic());
            ArrayNode positions = dn.putArray("positions");
            for (Position p : d.positions()) {
                ObjectNode pn = positions.addObject();
                pn.put("source", p.source());
                pn.put("text", p.text());
                pn.put("quote", p.quote());
            }
            dn.put("verified", d.verified());
            strings(dn.putArray("problems"), d.problems().stream().map(Problem::message).toList());
        }
        root.set("singleSource", items(b.singleSource()));
        ObjectNode usage = root.putObject("usage");
        usage.put("calls", b.usage().calls());
        usage.put("cachedCalls", b.usage().cachedCalls());
        usage.put("promptTokens", b.usage().promptTokens());
        usage.put("completionTokens", b.usage().completionTokens());
        usage.put("mapCalls", b.usage().mapCalls());
        usage.put("mergeCalls", b.usage().mergeCalls());
        usage.put("reduceLevels", b.usage().reduceLevels());
        ObjectNode v = root.putObject("verification");
        v.put("claims", b.verification().claims());
        v.put("verified", b.verification().verified());
        v.put("unverified", b.verification().unverified());
        v.put("repaired", b.verification().repaired());
        return root;
    }

    static ArrayNode items(List<Item> items) {
        ArrayNode a = JSON.createArrayNode();
        for (Item i : items) {
            ObjectNode n = a.addObject();
            n.put("text", i.text());
            strings(n.putArray("sources"), i.sources());
            n.put("verified", i.verified());
            strings(n.putArray("problems"), i.problems().stream().map(Problem::message).toList());
        }
        return a;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
