package dev.omegacoup.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --config} properties file: it must exist, and every key must name an option
 * (without its dashes), so that a typo never silently falls back to a default.
 */
final class ConfigFile {

    private ConfigFile() {
    }

    static void check(Path file, CommandLine commandLine) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("the --config file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the --config file " + file + ": "
                    + e.getMessage());
        }
        Set<String> known = optionNames(commandLine);
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + " names no option " + unknown
                    + "; keys are option names without dashes, e.g. endpoint, keystore,"
                    + " timeout");
        }
    }

    private static Set<String> optionNames(CommandLine commandLine) {
        Set<String> names = new TreeSet<>();
        for (CommandLine command : commandLine.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                names.add(option.longestName().replaceFirst("^-+", ""));
            }
        }
        return names;
    }
}
