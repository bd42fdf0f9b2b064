package dev.brief.cli;

import dev.brief.Console;
import dev.brief.ExitCode;
import picocli.CommandLine.Option;

/** For unattended runs: a result with unverified claims is written, and the exit code says it is not clean. */
public final class StrictOption {
    @Option(names = "--strict", description = "Exit with code 12 when any claim is unverified (and, for daily, 10 when an event failed); the result is still written.")
    boolean strict;

    /** The exit code for a written result with this many unverified claims. */
    int exitCode(int unverified, Console console) {
        if (strict && unverified > 0) {
            console.notice(unverified + " claim(s) could not be verified; the result marks them (--strict)");
            return ExitCode.NOT_CLEAN.code;
        }
        return ExitCode.OK.code;
    }
}
