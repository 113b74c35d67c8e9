package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caps per client and in total, grouping by client, and the recording file. */
class TrafficRecordingTest {

    private static final String ANSWER = Traffic.answer("P", "Message", "Demande recevable",
            null);

    @Test
    void clientKeepsOnlyItsNewestExchanges() {
        TrafficRecording recording = new TrafficRecording(2, 100);
        Traffic traffic = new Traffic();
        for (int i = 0; i < 3; i++) {
            recording.add(traffic.verifier("2100000000000" + i, ANSWER));
        }

        List<RecordedExchange> kept = recording.byClient().values().iterator().next();

        assertEquals(2, kept.size());
        assertEquals("21000000000001", kept.get(0).sent().numeroPce());
    }

    @Test
    void totalCapDropsTheOldestOfAnyClient() {
        TrafficRecording recording = new TrafficRecording(10, 2);
        Traffic traffic = new Traffic();
        recording.add(traffic.verifier("21000000000001", ANSWER));
        recording.add(dnExchange("CN=Beta"));
        recording.add(dnExchange("CN=Gamma"));

        assertEquals(2, recording.size());
        assertEquals(List.of("DN CN=Beta", "DN CN=Gamma"),
                List.copyOf(recording.byClient().keySet()));
    }

    @Test
    void recordingFileRestoresExchangesAndLookupsAfterRestart(@TempDir Path folder) {
        Traffic traffic = new Traffic();
        RecordedExchange exchange = traffic.verifier("21000000000001", ANSWER);
        RecordingFile.in(folder).append(exchange);
        RecordingFile.in(folder).append(new Lookup(Instant.EPOCH, "4000000001", null));

        TrafficRecording restored = new TrafficRecording(10, 10);
        int loaded = RecordingFile.in(folder).loadInto(restored);

        assertEquals(2, loaded);
        RecordedExchange back = restored.byClient().get(exchange.client()).get(0);
        assertEquals(exchange.requestText(), back.requestText());
        assertEquals(exchange.receivedAt(), back.receivedAt());
        assertEquals("4000000001", restored.lookups().get(0).numeroDemande());
        assertTrue(restored.lookups().get(0).covers("4000000001", null));
    }

    private static RecordedExchange dnExchange(String dn) {
        return new RecordedExchange(1, Instant.EPOCH, 0, dn, null,
                "<x/>".getBytes(StandardCharsets.UTF_8), 500, new byte[0]);
    }
}
