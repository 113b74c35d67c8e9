package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guard in front of WireMock: method, media type, size, gzip and certificate header. */
class RequestGuardTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OmegaStub stub;

    @BeforeAll
    static void start() {
        stub = OmegaStub.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void otherMethodsGet405WithAllowHeader() throws Exception {
        HttpResponse<String> response = send(request().method("PUT",
                HttpRequest.BodyPublishers.ofString("x")));

        assertEquals(405, response.statusCode());
        assertEquals("GET, POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void otherMediaTypesGet415() throws Exception {
        HttpResponse<String> response = send(request().header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(sample())));

        assertEquals(415, response.statusCode());
    }

    @Test
    void soap12MediaTypeGetsVersionMismatchFault() throws Exception {
        HttpResponse<String> response = send(request()
                .header("Content-Type", "application/soap+xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(sample())));

        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("soap:VersionMismatch"), response.body());
    }

    @Test
    void chunkedBodyOverTheLimitGets413BeforeTheEnd() throws Exception {
        URI endpoint = URI.create(stub.endpointUrl());
        String status;
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            sendChunksUntilRefused(out, 4 * StubLimits.DEFAULTS.maxBodyBytes());
            status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
        }

        assertEquals("HTTP/1.1 413 Payload Too Large", status);
        assertStillAnswers();
    }

    /** Sends 64 KiB chunks; the server may close the connection before all are sent. */
    private static void sendChunksUntilRefused(OutputStream out, int total) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] header = (Integer.toHexString(chunk.length) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            for (int sent = 0; sent < total; sent += chunk.length) {
                out.write(header);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException refused) {
            // the guard answered and closed the connection before the end: expected
        }
    }

    @Test
    void gzipBombIsStoppedAtTheLimit() throws Exception {
        byte[] bomb = gzip(50_000_000);

        HttpResponse<String> response = send(xml().header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));

        assertTrue(bomb.length < 100_000, "the bomb is small on the wire");
        assertEquals(413, response.statusCode());
        assertStillAnswers();
    }

    @Test
    void gzipRequestIsInflatedAndAnswered() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(sample().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        HttpResponse<String> response = send(xml().header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Demande recevable"), response.body());
    }

    @Test
    void certificateHeaderSentByAClientIsIgnored() throws Exception {
        HttpResponse<String> response = send(xml()
                .header("X-Omega-Client-Certificate-DN", "CN=Someone Else,C=FR")
                .POST(HttpRequest.BodyPublishers.ofString(sample())));

        assertTrue(response.body().contains("Demande recevable"), response.body());
        assertFalse(response.body().contains("Habilitation"), response.body());
    }

    @Test
    void loopbackIsRecognisedWhateverItsForm() {
        assertTrue(AdminGuard.isLoopback("127.0.0.1"));
        assertTrue(AdminGuard.isLoopback("::1"));
        assertFalse(AdminGuard.isLoopback("192.0.2.10"));
    }

    private static void assertStillAnswers() throws Exception {
        HttpResponse<String> response = send(xml()
                .POST(HttpRequest.BodyPublishers.ofString(sample())));
        assertEquals(200, response.statusCode(), response.body());
    }

    private static byte[] gzip(int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write("<a>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (int written = 0; written < spaces; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    private static String sample() throws IOException {
        return Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(stub.endpointUrl()));
    }

    private static HttpRequest.Builder xml() {
        return request().header("Content-Type", "text/xml; charset=utf-8");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
