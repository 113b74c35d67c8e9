package dev.omegacoup.tls;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away PKI made with the JDK's keytool: a test CA, a server certificate for
 * 127.0.0.1 and client certificates with chosen subjects, as PKCS#12 files.
 */
public final class TestPki {

    public static final String PASSWORD = "changeit-test";

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    public static TestPki create(Path dir) throws IOException, InterruptedException {
        TestPki pki = new TestPki(dir);
        pki.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=OMEGA Test CA,O=omega-coup",
                "-ext", "bc:c", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-keystore", pki.file("ca.p12"), "-storetype", "PKCS12",
                "-storepass", PASSWORD);
        pki.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", pki.file("ca.p12"),
                "-storepass", PASSWORD, "-file", pki.file("ca.pem"));
        pki.keytool("-importcert", "-noprompt", "-alias", "ca", "-file", pki.file("ca.pem"),
                "-keystore", pki.file("trust.p12"), "-storetype", "PKCS12",
                "-storepass", PASSWORD);
        pki.issue("server", "CN=127.0.0.1,O=omega-coup", "san=ip:127.0.0.1,dns:localhost");
        return pki;
    }

    /** A key pair whose certificate the test CA signs, valid from now for 30 days. */
    public Path issue(String name, String subject, String extension)
            throws IOException, InterruptedException {
        return issue(name, subject, extension, null, 30);
    }

    /**
     * @param startDate keytool's -startdate, e.g. "-10d" for an expired certificate with a
     *                  short validity, "+10d" for one not valid yet; null for now
     */
    public Path issue(String name, String subject, String extension, String startDate,
            int validityDays) throws IOException, InterruptedException {
        String keystore = file(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-dname", subject, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "30", "-keystore", keystore,
                "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-certreq", "-alias", name, "-keystore", keystore, "-storepass", PASSWORD,
                "-file", file(name + ".csr"));
        List<String> sign = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore",
                file("ca.p12"), "-storepass", PASSWORD, "-infile", file(name + ".csr"),
                "-outfile", file(name + ".pem"), "-rfc", "-validity",
                Integer.toString(validityDays)));
        if (startDate != null) {
            sign.addAll(List.of("-startdate", startDate));
        }
        if (extension != null) {
            sign.addAll(List.of("-ext", extension));
        }
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("ca.pem"),
                "-keystore", keystore, "-storepass", PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", file(name + ".pem"),
                "-keystore", keystore, "-storepass", PASSWORD);
        return Path.of(keystore);
    }

    /** A self-signed key pair the test CA never saw. */
    public Path selfSigned(String name, String subject) throws IOException, InterruptedException {
        String keystore = file(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-dname", subject, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "30", "-keystore", keystore,
                "-storetype", "PKCS12", "-storepass", PASSWORD);
        return Path.of(keystore);
    }

    public Path keystore(String name) {
        return dir.resolve(name + ".p12");
    }

    public Path truststore() {
        return dir.resolve("trust.p12");
    }

    /** A client TLS context presenting {@code clientKeystore}, trusting the test CA. */
    public SSLContext clientContext(Path clientKeystore) throws IOException,
            GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(
                KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(clientKeystore), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(truststore()));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(clientKeystore == null ? null : keys.getKeyManagers(),
                trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (file == null) {
            store.load(null, null);
            return store;
        }
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
