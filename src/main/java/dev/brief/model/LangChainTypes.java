package dev.brief.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** brief's chat turns and replies in LangChain4j's types and back: one mapping for every backend. */
public final class LangChainTypes {
    private LangChainTypes() {}

    public static List<ChatMessage> messages(List<ChatTurn> turns) {
        List<ChatMessage> out = new ArrayList<>();
        for (ChatTurn t : turns) {
            switch (t.role()) {
                case "system" -> out.add(SystemMessage.from(t.content()));
                case "assistant" -> out.add(AiMessage.from(t.content()));
                default -> out.add(UserMessage.from(t.content()));
            }
        }
        return out;
    }

    /** The answer, its token counts as the server gave them (or null), and why it stopped ("stop", "length"). */
    public static ModelReply reply(ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        FinishReason finish = response.finishReason();
        String reason = finish == null ? null : finish == FinishReason.LENGTH ? "length" : finish == FinishReason.STOP ? "stop"
                : finish.name().toLowerCase(Locale.ROOT);
        AiMessage ai = response.aiMessage();
        return new ModelReply(ai == null || ai.text() == null ? "" : ai.text(),
                usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount(),
                reason, false);
    }
}
