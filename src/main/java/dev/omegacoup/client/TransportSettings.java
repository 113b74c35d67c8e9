package dev.omegacoup.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the harness reaches an endpoint: time-outs (the receive time-out is the
 * specification's 5 minutes by default, SES-5), client certificate and trust store
 * (PKCS#12), an HTTP(S) proxy, and a cap on the response size.
 */
public record TransportSettings(URI endpoint, Duration connectTimeout, Duration receiveTimeout,
        Path keystore, String keystorePassword, Path truststore, String truststorePassword,
        URI proxy, int maxResponseBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECEIVE_TIMEOUT = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    public static TransportSettings plain(URI endpoint, Duration receiveTimeout) {
        return new TransportSettings(endpoint, DEFAULT_CONNECT_TIMEOUT, receiveTimeout, null,
                null, null, null, null, DEFAULT_MAX_RESPONSE_BYTES);
    }

    public TransportSettings withClientCertificate(Path keystore, String password) {
        return new TransportSettings(endpoint, connectTimeout, receiveTimeout, keystore,
                password, truststore, truststorePassword, proxy, maxResponseBytes);
    }

    public TransportSettings withTruststore(Path truststore, String password) {
        return new TransportSettings(endpoint, connectTimeout, receiveTimeout, keystore,
                keystorePassword, truststore, password, proxy, maxResponseBytes);
    }

    public TransportSettings withProxy(URI proxy) {
        return new TransportSettings(endpoint, connectTimeout, receiveTimeout, keystore,
                keystorePassword, truststore, truststorePassword, proxy, maxResponseBytes);
    }

    /** Passwords are never printed. */
    @Override
    public String toString() {
        return "TransportSettings[endpoint=" + endpoint + ", receiveTimeout=" + receiveTimeout
                + ", keystore=" + keystore + ", truststore=" + truststore + ", proxy=" + proxy
                + "]";
    }
}
