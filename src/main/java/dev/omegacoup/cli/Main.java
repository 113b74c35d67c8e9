package dev.omegacoup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar omega-coup.jar serve | conformance}. */
@Command(name = "omega-coup", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Conformance harness and stub for GRDF OMEGA CreerDemandeCOUP.",
        subcommands = {ServeCommand.class, ConformanceCommand.class})
public final class Main {

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
