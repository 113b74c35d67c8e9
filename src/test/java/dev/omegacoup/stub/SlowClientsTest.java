package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Thirty clients trickling their request bodies byte by byte do not starve 64 clients
 * that behave, and are themselves refused once below the minimum data rate. Bounded:
 * 64 × 20 requests, and the slow clients stop with the test.
 */
class SlowClientsTest {

    private static final int SLOW = 30;
    private static final int WELL_BEHAVED = 64;
    private static final int REQUESTS_EACH = 20;

    @Test
    void slowSendersDoNotStarveWellBehavedClients() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            URI endpoint = URI.create(stub.endpointUrl());
            List<Socket> slow = openSlowClients(endpoint);
            java.util.concurrent.ScheduledExecutorService trickle =
                    Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleAtFixedRate(
                    () -> slow.forEach(SlowClientsTest::sendOneByte), 0, 500,
                    TimeUnit.MILLISECONDS);
            try {
                List<Long> latencies = runWellBehaved(endpoint);

                Collections.sort(latencies);
                long p50 = latencies.get(latencies.size() / 2);
                long p99 = latencies.get(latencies.size() * 99 / 100);
                System.out.printf("slow clients: %d connected; %d requests answered,"
                        + " p50 %d ms, p99 %d ms%n", SLOW, latencies.size(), p50, p99);
                assertEquals(WELL_BEHAVED * REQUESTS_EACH, latencies.size());
                assertTrue(p99 < 5_000, "p99 " + p99 + " ms");
                for (Socket socket : slow) {
                    assertEquals("HTTP/1.1 408 Request Timeout", statusLine(socket),
                            "a slow sender is told so and let go");
                }
            } finally {
                trickle.shutdownNow();
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static List<Long> runWellBehaved(URI endpoint) throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("stubs/samples/verifier-recevabilite.xml"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(WELL_BEHAVED);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < WELL_BEHAVED; c++) {
            clients.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "text/xml")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get(60, TimeUnit.SECONDS));
        }
        pool.shutdownNow();
        return all;
    }

    private static List<Socket> openSlowClients(URI endpoint) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < SLOW; i++) {
            Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
            socket.getOutputStream().write(("POST " + endpoint.getPath() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n"
                    + "\r\n<").getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        return sockets;
    }

    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        return new java.io.BufferedReader(new java.io.InputStreamReader(
                socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    private static void sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByTheServer) {
            // the stub dropped a client below the minimum data rate: what it should do
        }
    }
}
