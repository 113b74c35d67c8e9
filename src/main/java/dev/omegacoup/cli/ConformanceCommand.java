package dev.omegacoup.cli;

import dev.omegacoup.conformance.ConformanceRunner;
import dev.omegacoup.conformance.Roles;
import dev.omegacoup.conformance.Target;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the conformance suite against the embedded stub or an endpoint. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Run the conformance suite; exit status 1 when a scenario fails.")
final class ConformanceCommand implements Callable<Integer> {

    @Option(names = "--endpoint",
            description = "Endpoint URL to test. Default: an embedded stub.")
    URI endpoint;

    @Option(names = "--dataset", description = "Roles data set (JSON) of the target.")
    Path dataset;

    @Option(names = "--reports", defaultValue = "target/conformance",
            description = "Reports folder. Default: ${DEFAULT-VALUE}.")
    Path reports;

    @Option(names = "--tags", description = "Cucumber tag expression selecting scenarios.")
    String tags;

    @Option(names = "--timeout", defaultValue = "300",
            description = "Seconds to wait for an answer (SES-5). Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Option(names = "--fold-typography",
            description = "Accept return texts that differ only in apostrophes, quotes or"
                    + " spaces, and report each such difference as a warning.")
    boolean foldTypography;

    @Override
    public Integer call() {
        Roles roles = dataset == null ? Roles.packaged() : Roles.fromFile(dataset);
        Target target = new Target(endpoint, roles, Duration.ofSeconds(timeoutSeconds))
                .withFoldTypography(foldTypography);
        System.out.println("Conformance suite against " + target.describe() + ", data set "
                + roles.origin());
        int status = ConformanceRunner.run(target, reports, tags);
        System.out.println("Reports: " + reports.toAbsolutePath());
        return status;
    }
}
