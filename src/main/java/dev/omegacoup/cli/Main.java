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

    /**
     * A bad option value or a file that cannot be used gets one line on stderr and exit
     * status 2, not a stack trace.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("omega-coup: " + e.getMessage());
            return 2;
        });
        return commandLine;
    }
}
