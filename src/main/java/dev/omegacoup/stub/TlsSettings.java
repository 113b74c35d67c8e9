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
        requireOpens(keystore, keystorePassword);
        if (truststore != null) {
            requireOpens(truststore, truststorePassword);
        }
    }

    private static void requireOpens(Path file, String password) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.KeyStore.getInstance("PKCS12")
                    .load(in, password == null ? new char[0] : password.toCharArray());
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open " + file + ": wrong password, or"
                    + " not a PKCS#12 file");
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
