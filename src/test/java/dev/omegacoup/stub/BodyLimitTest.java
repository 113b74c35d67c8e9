package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body limit at its edges, with and without Content-Length: a body of exactly the limit
 * is read whole and answered, one byte more is refused.
 */
class BodyLimitTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final int LIMIT = 2000;
    private static byte[] sample;
    private static OmegaStub stub;

    @BeforeAll
    static void start() throws Exception {
        sample = Files.readAllBytes(Path.of("stubs/samples/verifier-recevabilite.xml"));
        stub = OmegaStub.builder().port(0)
                .limits(StubLimits.DEFAULTS.withMaxBodyBytes(LIMIT)).build()
                .start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void bodyOfExactlyTheLimitIsAnswered() throws Exception {
        HttpResponse<String> response = send(padded(LIMIT), false);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("Demande recevable"), response.body());
    }

    @Test
    void oneByteOverTheLimitIsRefused() throws Exception {
        assertEquals(413, send(padded(LIMIT + 1), false).statusCode());
    }

    @Test
    void chunkedBodiesMeetTheSameLimit() throws Exception {
        HttpResponse<String> atLimit = send(padded(LIMIT), true);

        assertEquals(200, atLimit.statusCode(), atLimit.body());
        assertTrue(atLimit.body().contains("Demande recevable"), atLimit.body());
        assertEquals("HTTP/1.1 413 Payload Too Large", chunkedStatusLine(padded(LIMIT + 1)));
    }

    @Test
    void bodyShorterThanItsContentLengthIsRefused() throws Exception {
        URI endpoint = URI.create(stub.endpointUrl());
        try (Socket socket = new Socket("127.0.0.1", endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/xml\r\nContent-Length: " + (sample.length + 100)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(sample);
            socket.shutdownOutput();

            String answer = new String(socket.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("ended before the length its Content-Length announced"),
                    answer);
        }
    }

    /**
     * Over a raw socket: the stub refuses as soon as the limit is passed and closes, which an
     * HTTP client still writing its last chunk reports as an I/O error instead of the 413.
     */
    private static String chunkedStatusLine(byte[] body) throws Exception {
        URI endpoint = URI.create(stub.endpointUrl());
        try (Socket socket = new Socket("127.0.0.1", endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (byte[] piece : pieces(body)) {
                out.write((Integer.toHexString(piece.length) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(piece);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** The sample followed by spaces up to {@code length}: XML allows them after the root. */
    private static byte[] padded(int length) {
        byte[] body = new byte[length];
        System.arraycopy(sample, 0, body, 0, sample.length);
        for (int i = sample.length; i < body.length; i++) {
            body[i] = ' ';
        }
        return body;
    }

    /** Chunked: no Content-Length, the body in pieces of 100 bytes. */
    private static HttpResponse<String> send(byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofByteArrays(pieces(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HTTP.send(HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8").POST(publisher).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<byte[]> pieces(byte[] body) {
        List<byte[]> pieces = new ArrayList<>();
        for (int from = 0; from < body.length; from += 100) {
            pieces.add(Arrays.copyOfRange(body, from,
                    Math.min(body.length, from + 100)));
        }
        return pieces;
    }
}
