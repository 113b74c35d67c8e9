package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording damaged by a crash or by hand loses only its damaged lines, and says so. */
class DamagedRecordingTest {

    private static final String ANSWER = Traffic.answer("P", "Message", "Demande recevable",
            null);

    @Test
    void recordCutByACrashIsSkippedAndTheNextOneStartsAfresh(@TempDir Path folder)
            throws Exception {
        Traffic traffic = new Traffic();
        RecordingFile.in(folder).append(traffic.verifier("21000000000001", ANSWER));
        Path file = folder.resolve(RecordingFile.FILE_NAME);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));

        RecordingFile.in(folder).append(traffic.verifier("21000000000002", ANSWER));
        RecordingFile reader = RecordingFile.in(folder);
        int loaded = reader.loadInto(new TrafficRecording(10, 10));

        assertEquals(1, loaded);
        assertEquals(1, reader.skipped());
        assertEquals(1, reader.firstSkipped());
    }

    @Test
    void garbageAndInvalidUtf8AreSkippedAndCounted(@TempDir Path folder) throws Exception {
        Traffic traffic = new Traffic();
        RecordingFile.in(folder).append(traffic.verifier("21000000000001", ANSWER));
        Path file = folder.resolve(RecordingFile.FILE_NAME);
        Files.write(file, new byte[] {'x', '\n', (byte) 0xFF, (byte) 0xFE, 0, '\n'},
                StandardOpenOption.APPEND);
        Files.writeString(file, "{\"kind\":\"alien\"}\n[1,2]\nnull\n",
                StandardOpenOption.APPEND);

        RecordingFile reader = RecordingFile.in(folder);
        int loaded = reader.loadInto(new TrafficRecording(10, 10));

        assertEquals(1, loaded);
        assertEquals(5, reader.skipped());
    }

    @Test
    void clientWhoseOldExchangesWereDroppedIsJudgedOnMsg1Only() {
        Traffic traffic = new Traffic();
        TrafficRecording recording = new TrafficRecording(1, 10);
        recording.add(traffic.verifier("21000000000001", ANSWER));
        recording.add(traffic.creer("21000000000001", "12.50", Traffic.answer("P",
                "DatePlageH", "La date et la plage horaire demandées sont disponibles."
                        + " Confirmez le rendez vous.", "4000000001"), 0));

        CertificationReport report = Certifier.standard().certify(recording);

        ClientReport client = report.clients().get(0);
        assertTrue(client.findings().isEmpty(), client.findings().toString());
        assertEquals(Certifier.INCOMPLETE, client.note());
        assertTrue(client.summaryLines().get(0).startsWith("NOTE "));
    }
}
