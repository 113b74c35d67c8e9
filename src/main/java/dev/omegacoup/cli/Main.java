package dev.omegacoup.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar omega-coup.jar serve | conformance | certify}. */
@Command(name = "omega-coup", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Conformance harness and stub for GRDF OMEGA CreerDemandeCOUP.",
        subcommands = {ServeCommand.class, ConformanceCommand.class, CertifyCommand.class})
public final class Main {

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = commandLine(args);
        } catch (IllegalArgumentException e) {
            System.err.println("omega-coup: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = commandLine.execute(args);
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    /**
     * A bad option value or a file that cannot be used gets one line on stderr and exit
     * status 2, not a stack trace.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("omega-coup: " + rootMessage(e));
            return 2;
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("omega-coup: " + e.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName()
                    + " --help'.");
            return 2;
        });
        configFile(args).ifPresent(file -> {
            ConfigFile.check(file, commandLine);
            commandLine.setDefaultValueProvider(
                    new CommandLine.PropertiesDefaultProvider(file.toFile()));
        });
        return commandLine;
    }

    /** The innermost message: what went wrong, without the layers that carried it. */
    static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String own = t.getMessage();
            if (own != null && own.contains("Failed to bind")) {
                return own.substring(own.indexOf("Failed to bind"))
                        + " (is the port already in use?)";
            }
            if (own != null) {
                message = own;
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * The {@code --config} file, read before the options are parsed so that its values
     * become their defaults: the command line still wins.
     */
    private static Optional<Path> configFile(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--config=")) {
                return Optional.of(Path.of(args[i].substring("--config=".length())));
            }
        }
        return Optional.empty();
    }
}
