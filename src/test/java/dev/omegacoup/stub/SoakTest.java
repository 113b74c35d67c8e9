package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak: 12 000 mixed requests (valid creations, step 1, garbage) on 8
 * connections against a stub with small caps. Afterwards the request store is within
 * its cap, and heap and threads are back near their level before the load.
 */
class SoakTest {

    private static final int REQUESTS = 12_000;
    private static final int CLIENTS = 8;
    private static final int STORE_CAP = 500;

    @Test
    void heapThreadsAndStoreReturnToBaselineAfterLoad() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).requestCapacity(STORE_CAP).build()
                .start()) {
            List<byte[]> bodies = List.of(
                    Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml")),
                    Files.readAllBytes(Path.of("stubs/samples/verifier-recevabilite.xml")),
                    "<not xml".getBytes());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
            send(stub, http, bodies, 500);
            long heapBefore = usedHeapAfterGc();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

            int answered = send(stub, http, bodies, REQUESTS);

            long heapAfter = usedHeapAfterGc();
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            System.out.printf("soak: %d requests answered; heap %d -> %d MB; threads %d -> %d;"
                    + " requests stored %d%n", answered, heapBefore >> 20, heapAfter >> 20,
                    threadsBefore, threadsAfter, stub.omega().requests().all().size());
            assertEquals(REQUESTS, answered);
            assertTrue(stub.omega().requests().all().size() <= STORE_CAP);
            assertTrue(heapAfter - heapBefore < 64L << 20, "heap grew by "
                    + ((heapAfter - heapBefore) >> 20) + " MB");
            assertTrue(threadsAfter - threadsBefore <= CLIENTS, "threads " + threadsBefore
                    + " -> " + threadsAfter);
        }
    }

    private static int send(OmegaStub stub, HttpClient http, List<byte[]> bodies, int count)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                URI.create(stub.endpointUrl())).header("Content-Type",
                                        "text/xml").POST(HttpRequest.BodyPublishers
                                        .ofByteArray(bodies.get(i % bodies.size()))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 200 || response.statusCode() == 500) {
                            answered.incrementAndGet();
                        } else {
                            System.out.println("soak: unexpected HTTP " + response.statusCode()
                                    + " for body " + (i % bodies.size()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return answered.get();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
