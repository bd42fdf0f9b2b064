package dev.brief.cli;

import dev.brief.Console;
import dev.brief.ExitCode;
import dev.brief.text.Counted;
import picocli.CommandLine.Option;

/** For unattended runs: a result with unverified claims is written, and the exit code says it is not clean. */
public final class StrictOption {
    @Option(names = "--strict", description = "Exit with code 12 when any claim is unverified; the result is still written. (A failed daily event gives 10 with or without --strict.)")
    boolean strict;

    /** The exit code for a written result with this many unverified claims. */
    int exitCode(int unverified, Console console) {
        if (strict && unverified > 0) {
            console.notice(Counted.of(unverified, "claim") + " could not be verified; the result marks them (--strict)");
            return ExitCode.NOT_CLEAN.code;
        }
        return ExitCode.OK.code;
    }
}
