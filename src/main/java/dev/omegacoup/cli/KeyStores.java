package dev.omegacoup.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The PKCS#12 files of TLS, shared by serve (the stub's certificate, the client
 * certificates it accepts) and conformance (the client certificate to present, the
 * server's CA). Passwords come from the environment unless given.
 */
final class KeyStores {

    @Option(names = "--keystore", description = "PKCS#12 keystore: the stub's certificate"
            + " (serve), or the client certificate to present (conformance).")
    Path keystore;

    @Option(names = "--keystore-password", defaultValue = "${env:OMEGA_KEYSTORE_PASSWORD}",
            description = "Its password (default: $OMEGA_KEYSTORE_PASSWORD).")
    String keystorePassword;

    @Option(names = "--truststore", description = "PKCS#12 trust store: the CAs of client"
            + " certificates to accept (serve), or of the server (conformance).")
    Path truststore;

    @Option(names = "--truststore-password", defaultValue = "${env:OMEGA_TRUSTSTORE_PASSWORD}",
            description = "Its password (default: $OMEGA_TRUSTSTORE_PASSWORD).")
    String truststorePassword;
}
