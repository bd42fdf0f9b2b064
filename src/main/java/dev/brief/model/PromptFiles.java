package dev.brief.model;

import java.util.Map;

/** The prompt files a request was made from, so that a replay miss can name the file that changed. */
public interface PromptFiles {
    /** File names and the SHA-256 of each. */
    Map<String, String> fileHashes();

    /** The text of one prompt file. */
    String text(String file);
}
