package dev.omegacoup.stub;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HTTPS for the standalone stub: its own certificate (PKCS#12 keystore), and, for mutual
 * TLS, the trust store of the client certificates it accepts. With client authentication
 * on, plain HTTP is off unless {@code keepHttp} asks for it.
 */
public record TlsSettings(int httpsPort, Path keystore, String keystorePassword,
        Path truststore, String truststorePassword, boolean needClientAuth,
        boolean keepHttp) {

    public TlsSettings {
        requireFile(keystore, "keystore");
        if (needClientAuth) {
            requireFile(truststore, "truststore (needed for client certificates)");
        }
        if (keystorePassword == null) {
            throw new IllegalArgumentException("the keystore needs a password");
        }
    }

    boolean httpDisabled() {
        return needClientAuth && !keepHttp;
    }

    private static void requireFile(Path file, String what) {
        if (file == null || !Files.isReadable(file)) {
            throw new IllegalArgumentException("the " + what + " " + file
                    + " is missing or unreadable");
        }
    }
}
