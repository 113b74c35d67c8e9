package dev.omegacoup.cli;

import dev.omegacoup.client.TransportException;
import dev.omegacoup.client.TransportSettings;
import dev.omegacoup.conformance.ConformanceRunner;
import dev.omegacoup.conformance.Roles;
import dev.omegacoup.conformance.Target;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the conformance suite against the embedded stub or an endpoint. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Run the conformance suite; exit status 1 when a scenario fails.")
final class ConformanceCommand implements Callable<Integer> {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    @Mixin
    KeyStores stores = new KeyStores();

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

    @Option(names = "--proxy", description = "HTTP(S) proxy, e.g. http://proxy.local:3128.")
    URI proxy;

    @Option(names = "--connect-timeout", defaultValue = "10",
            description = "Seconds to wait for a connection. Default: ${DEFAULT-VALUE}.")
    long connectTimeoutSeconds;

    @Option(names = "--config", description = "Properties file with any of these options,"
            + " named without their dashes (endpoint=…, keystore=…); the command line wins.")
    Path config;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || connectTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout and --connect-timeout must be at"
                    + " least 1 second");
        }
        Roles roles = dataset == null ? Roles.packaged() : Roles.fromFile(dataset);
        Target target = new Target(endpoint, roles, Duration.ofSeconds(timeoutSeconds))
                .withFoldTypography(foldTypography);
        if (endpoint != null) {
            if (stores.keystore != null) {
                ClientCertificate.requireSubject(stores.keystore, stores.keystorePassword,
                        roles.supplier("dnEntreprise"));
            }
            target = target.withTransport(transportSettings());
            if (!reachable(target)) {
                return 2;
            }
        }
        System.out.println("Conformance suite against " + target.describe() + ", data set "
                + roles.origin());
        int status = ConformanceRunner.run(target, reports, tags);
        System.out.println("Reports: " + reports.toAbsolutePath());
        return status;
    }

    private TransportSettings transportSettings() {
        return new TransportSettings(endpoint, Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(timeoutSeconds), stores.keystore, stores.keystorePassword,
                stores.truststore, stores.truststorePassword, proxy,
                TransportSettings.DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** One line, before the suite, when the endpoint cannot be reached at all. */
    private static boolean reachable(Target target) {
        try {
            target.transport(PROBE_TIMEOUT.compareTo(target.receiveTimeout()) < 0
                    ? PROBE_TIMEOUT : target.receiveTimeout(), Map.of()).probe();
            return true;
        } catch (TransportException e) {
            System.err.println("omega-coup: " + e.getMessage());
            return false;
        }
    }
}
