package dev.brief.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The articles a command reads, as every reading command takes them. */
public final class InputArguments {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt, .md, .html, .json, .jsonl, RSS/Atom .xml), folders of them, http(s) URLs of pages or feeds, or - for stdin.")
    List<String> inputs = List.of();
}
