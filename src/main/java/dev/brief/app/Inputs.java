package dev.brief.app;

import dev.brief.BriefException;
import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import java.io.InputStream;
import java.util.List;

/** Reading the inputs of any command: a run fails only when not one article could be read. */
public final class Inputs {
    private Inputs() {}

    public static ReadResult read(List<String> inputs, ReadSettings settings, Console console, InputStream stdin) {
        if (inputs.isEmpty()) {
            throw new BriefException(ExitCode.INPUT, "no inputs given; pass article files, folders, URLs, or - for stdin");
        }
        ReadResult result = new ArticleReader(console, stdin, settings).read(inputs);
        if (result.articles().isEmpty()) {
            throw new BriefException(ExitCode.INPUT, result.whyNothing(settings));
        }
        return result;
    }
}
