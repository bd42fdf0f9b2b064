package dev.brief.cli;

import dev.brief.engine.llm.PromptSet;
import dev.brief.render.RequestText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "prompts", mixinStandardHelpOptions = true,
        subcommands = PromptsRenderCommand.class,
        description = {"List the prompt files with the hash of each, and the hash of the set that every briefing records.",
            "'brief prompts render INPUT...' prints the exact request a briefing would send, calling no model."})
public final class PromptsCommand implements Callable<Integer> {
    @ParentCommand
    BriefCommand parent;

    @Option(names = "--prompts", paramLabel = "DIR", description = "List the prompt files in DIR instead of the bundled ones.")
    Path prompts;

    @Override
    public Integer call() {
        parent.out.print(RequestText.fileHashes(PromptSet.load(prompts)));
        parent.out.flush();
        return 0;
    }
}
