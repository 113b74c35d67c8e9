package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data set that cannot work is refused when the stub starts, saying why. */
class DataSetValidationTest {

    @TempDir
    Path dir;

    @Test
    void emptyFileNamesTheMissingCatalogue() throws Exception {
        DataSetException e = assertThrows(DataSetException.class, () -> load("{}"));

        assertTrue(e.getMessage().contains("slot catalogue"), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
    }

    @Test
    void unknownFrequencyAndBadHoursAreRefusedAtLoad() throws Exception {
        String data = Files.readString(Path.of("stubs/omega-data.json"))
                .replaceFirst("\"frequence\": \"6M\"", "\"frequence\": \"XX\"")
                .replaceFirst("\"heureMin\": \"08:00\"", "\"heureMin\": \"8h\"");

        DataSetException e = assertThrows(DataSetException.class, () -> load(data));

        assertTrue(e.getMessage().contains("unknown reading frequency 'XX'"), e.getMessage());
        assertTrue(e.getMessage().contains("heureMin and heureMax as HH:MM"), e.getMessage());
    }

    @Test
    void duplicatePceNamesOnlyItsNumber() throws Exception {
        String data = Files.readString(Path.of("stubs/omega-data.json"))
                .replace("\"21000000000002\"", "\"21000000000001\"");

        DataSetException e = assertThrows(DataSetException.class, () -> load(data));

        assertTrue(e.getMessage().endsWith("two PCE entries share the key 21000000000001"),
                e.getMessage());
    }

    private DataSet load(String json) throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, json);
        return DataSet.fromFile(file);
    }
}
