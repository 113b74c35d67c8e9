package dev.omegacoup.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.OmegaStub;
import dev.omegacoup.stub.TlsSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stub over mutual TLS checks DNEntreprise against the client certificate (BR-2). */
class MutualTlsStubTest {

    private static final String ALPHA = "CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR";

    @TempDir
    static Path dir;
    private static TestPki pki;
    private static OmegaStub stub;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.create(dir);
        pki.issue("alpha", "cn=Alpha Energie, ou=OMEGA, o=Alpha Energie SA, c=FR", null);
        pki.issue("beta", "CN=Beta Gaz,OU=OMEGA,O=Beta Gaz SAS,C=FR", null);
        pki.selfSigned("intruder", ALPHA);
        pki.issue("expired", ALPHA, null, "-10d", 2);
        pki.issue("early", ALPHA, null, "+10d", 30);
        stub = OmegaStub.builder().port(0).tls(new TlsSettings(0, pki.keystore("server"),
                TestPki.PASSWORD, pki.truststore(), TestPki.PASSWORD, true, false))
                .build().start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void certificateOfTheSupplierIsAccepted() throws Exception {
        String answer = post(pki.clientContext(pki.keystore("alpha")));

        assertTrue(answer.contains("Demande recevable"), answer);
    }

    @Test
    void certificateOfAnotherSupplierGetsHabilitationIncorrecte() throws Exception {
        String answer = post(pki.clientContext(pki.keystore("beta")));

        assertTrue(answer.contains("Habilitation incorrecte"), answer);
    }

    @Test
    void untrustedCertificateIsRefusedAtTheHandshake() {
        assertThrows(IOException.class,
                () -> post(pki.clientContext(pki.keystore("intruder"))));
    }

    @Test
    void expiredCertificateIsRefusedAtTheHandshake() {
        assertThrows(IOException.class,
                () -> post(pki.clientContext(pki.keystore("expired"))));
    }

    @Test
    void notYetValidCertificateIsRefusedAtTheHandshake() {
        assertThrows(IOException.class, () -> post(pki.clientContext(pki.keystore("early"))));
    }

    @Test
    void missingCertificateIsRefusedAtTheHandshake() {
        assertThrows(IOException.class, () -> post(pki.clientContext(null)));
    }

    @Test
    void plainHttpIsOffWithMutualTls() {
        assertNull(stub.httpBaseUrl());
        assertTrue(stub.endpointUrl().startsWith("https://127.0.0.1:"));
    }

    private static String post(SSLContext context) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(context).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(
                        Path.of("stubs/samples/verifier-recevabilite.xml"))))
                .build();
        HttpResponse<String> response = client.send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
