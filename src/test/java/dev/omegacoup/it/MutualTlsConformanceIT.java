package dev.omegacoup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.tls.TestPki;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-endpoint path, for real: the packaged stub runs as a separate process with
 * mutual TLS, and the packaged harness runs the whole suite against it with a client
 * certificate. Server-controlled scenarios are reported not applicable there.
 */
class MutualTlsConformanceIT {

    private static final Pattern SUMMARY = Pattern.compile(
            "Conformance: (\\d+) passed, (\\d+) failed, (?:\\d+ known deviations?, )?"
                    + "(\\d+) not applicable");

    @TempDir
    static Path dir;
    private static TestPki pki;
    private static StandaloneStub stub;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.create(dir);
        pki.issue("alpha", "CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR", null);
        pki.selfSigned("intruder", "CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR");
        pki.issue("beta", "CN=Beta Gaz,OU=OMEGA,O=Beta Gaz SAS,C=FR", null);
        stub = StandaloneStub.start(Map.of("OMEGA_KEYSTORE_PASSWORD", TestPki.PASSWORD,
                "OMEGA_TRUSTSTORE_PASSWORD", TestPki.PASSWORD),
                "--https-port", "0", "--keystore", pki.keystore("server").toString(),
                "--truststore", pki.truststore().toString(), "--need-client-auth");
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void wholeSuitePassesOverMutualTlsWithServerScenariosNotApplicable() throws Exception {
        assertTrue(stub.endpoint().startsWith("https://127.0.0.1:"), stub.endpoint());

        Run run = conformance("--endpoint", stub.endpoint(),
                "--keystore", pki.keystore("alpha").toString(),
                "--truststore", pki.truststore().toString(),
                "--reports", dir.resolve("reports").toString());

        Matcher summary = SUMMARY.matcher(run.output());
        assertTrue(summary.find(), run.output());
        System.out.println("mutual TLS run: " + summary.group());
        assertEquals(0, run.status(), run.output());
        assertEquals("0", summary.group(2));
        assertTrue(Integer.parseInt(summary.group(1)) > 100, summary.group());
        assertTrue(Integer.parseInt(summary.group(3)) > 0, summary.group());
        assertTrue(run.output().contains("NOT APPLICABLE"), run.output());
    }

    @Test
    void untrustedClientCertificateGetsOneLine() throws Exception {
        Run run = conformance("--endpoint", stub.endpoint(),
                "--keystore", pki.keystore("intruder").toString(),
                "--truststore", pki.truststore().toString());

        assertOneLineDiagnosis(run, "TLS");
    }

    @Test
    void certificateOfAnotherSupplierThanTheDataSetGetsOneLine() throws Exception {
        Run run = conformance("--endpoint", stub.endpoint(),
                "--keystore", pki.keystore("beta").toString(),
                "--truststore", pki.truststore().toString());

        assertOneLineDiagnosis(run, "would refuse every call (BR-2)");
    }

    @Test
    void untrustedServerCertificateGetsOneLine() throws Exception {
        Run run = conformance("--endpoint", stub.endpoint(),
                "--keystore", pki.keystore("alpha").toString());

        assertOneLineDiagnosis(run, "the server's certificate is not trusted");
    }

    @Test
    void refusedConnectionGetsOneLine() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Run run = conformance("--endpoint", "http://127.0.0.1:" + closed + "/ws");

        assertOneLineDiagnosis(run, "connection refused by");
    }

    @Test
    void serverThatNeverAnswersGetsOneLine() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> acceptAndSayNothing(silent), "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();

            Run run = conformance("--endpoint", "http://127.0.0.1:" + silent.getLocalPort()
                    + "/ws", "--timeout", "2");

            assertOneLineDiagnosis(run, "no answer from");
        }
    }

    private static void assertOneLineDiagnosis(Run run, String words) {
        assertEquals(2, run.status(), run.output());
        List<String> lines = run.output().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), run.output());
        assertTrue(lines.get(0).startsWith("omega-coup: ") && lines.get(0).contains(words),
                lines.get(0));
        assertFalse(run.output().contains("Exception"), run.output());
    }

    private static void acceptAndSayNothing(ServerSocket server) {
        List<Socket> held = new ArrayList<>();
        try {
            while (!server.isClosed()) {
                held.add(server.accept());
            }
        } catch (IOException closed) {
            held.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing what the test opened
                }
            });
        }
    }

    private static Run conformance(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(StandaloneStub.javaBinary(), "-jar",
                StandaloneStub.jar(), "conformance"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OMEGA_KEYSTORE_PASSWORD", TestPki.PASSWORD);
        builder.environment().put("OMEGA_TRUSTSTORE_PASSWORD", TestPki.PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the conformance run did not end:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }

    private record Run(int status, String output) {
    }
}
