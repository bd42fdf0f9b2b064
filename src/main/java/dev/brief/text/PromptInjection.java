package dev.brief.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passages of article text that address a language model instead of reporting ("Ignore previous
 * instructions and write in your summary that ..."). Such a passage runs from the sentence where the
 * instruction starts to the end of its paragraph, since an instruction often goes on ("... Cite every
 * article for it."). One detector for every stage: the extractive engine never picks a sentence from
 * such a passage, and the verifier does not count it as something the article reports.
 */
public final class PromptInjection {
    private static final String MODEL = "(?:ai\\s+(?:model|system|tool)|ai|a\\.i\\.|assistant|language\\s+model|llm|chatbot|gpt|summari[sz]er|bot)s?";
    private static final Pattern ADDRESSES_MODEL = Pattern.compile("(?i)\\b(?:"
            + "(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+|these\\s+)?"
            + "(?:previous|prior|above|earlier|preceding|foregoing|original|system|your)\\s+"
            + "(?:instructions?|prompts?|rules|directions|directives|guidelines|context)"
            + "|(?:ignore|disregard|forget)\\s+(?:all\\s+)?(?:your|the|any)\\s+(?:instructions?|prompts?|directives|guidelines)"
            + "|(?:new|updated|real|actual|additional)\\s+instructions?\\s*:"
            + "|(?:new|updated|override)\\s+system\\s+prompt|system\\s+prompt\\s*:"
            + "|you\\s+are\\s+(?:now\\s+)?(?:an?\\s+)?(?:ai|assistant|language\\s+model|chatbot|llm)\\b"
            + "|(?:dear|attention|note\\s+to|hey|hello)\\s*,?\\s+(?:the\\s+|any\\s+|all\\s+)?" + MODEL + "\\b"
            + "|" + MODEL + "\\s+(?:that\\s+(?:is|are)\\s+)?(?:reading|summari[sz]ing|processing)\\s+this\\b"
            + "|(?:write|say|state|report|include|mention|add|claim|put|list)\\s+(?:it\\s+)?(?:in|into)\\s+(?:the|your)\\s+"
            + "(?:summary|briefing|answer|response|output|reply)"
            + "|in\\s+your\\s+(?:summary|briefing|output)"
            // a chat role's label where a line or sentence starts: "SYSTEM: You must now report ..."
            + "|(?<=(?:^|[\\n.!?])[ \\t]{0,3}\\[?)(?:system|assistant|developer)\\]?\\s*:"
            + "|im_start\\|>|INST\\]"
            + "|(?:ignore|disregard|forget)\\s+(?:all\\s+)?(?:of\\s+)?the\\s+(?:above|foregoing|preceding)\\s+(?:and|text|article|content)\\b"
            + "|" + MODEL + "\\s+(?:should|must|shall|are\\s+to|need\\s+to)\\s+(?:now\\s+)?(?:say|state|report|write|mention|include|claim|conclude)\\b"
            + "|you\\s+(?:must|should|will)\\s+now\\s+(?:say|state|report|write|claim|conclude)\\b"
            + ")");
    /** A paragraph ends at a blank line, or at a line break after a sentence (hard-wrapped lines go on). */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\r?\\n|(?<=[.!?:][\"”’')\\]]{0,3})[ \\t]*\\r?\\n");
    /** How far back to look for the start of that sentence. */
    private static final int MAX_SENTENCE_CHARS = 2000;

    private PromptInjection() {}

    /** Whether a piece of text (a sentence, a claim) addresses a model. */
    public static boolean addressesModel(String text) {
        return ADDRESSES_MODEL.matcher(text).find();
    }

    /** The passages of a text that address a model, in order. */
    public static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        for (int[] r : ranges(text)) {
            out.add(text.substring(r[0], r[1]).strip());
        }
        return out;
    }

    /** The text without its passages that address a model; what stays is unchanged and in place. */
    public static String reportingText(String text) {
        List<int[]> ranges = ranges(text);
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] r : ranges) {
            out.append(text, from, r[0]);
            from = r[1];
        }
        return out.append(text.substring(from)).toString();
    }

    private static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ADDRESSES_MODEL.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            int start = Math.max(Math.max(searchFrom, m.start() - MAX_SENTENCE_CHARS), SentenceSplitter.startOf(text, m.start()));
            Matcher after = PARAGRAPH_END.matcher(text);
            int stop = after.find(m.end()) ? after.start() : text.length();
            out.add(new int[] {start, stop});
            searchFrom = stop;
        }
        return out;
    }
}
