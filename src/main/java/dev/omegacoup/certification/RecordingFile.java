package dev.omegacoup.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
/**
 * The recording directory: {@value #FILE_NAME}, one JSON object per line, appended and
 * flushed as each exchange or look-up happens, so a restart loses nothing and the
 * {@code certify} command can rebuild the report. Messages are kept as base64 of the
 * exact bytes, whatever their encoding.
 */
public final class RecordingFile {

    public static final String FILE_NAME = "traffic.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private BufferedWriter writer;

    private RecordingFile(Path file) {
        this.file = file;
    }

    /** Opens (creating it if needed) the recording of this directory. */
    public static RecordingFile in(Path directory) {
        try {
            Files.createDirectories(directory);
            return new RecordingFile(directory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the recording directory " + directory, e);
        }
    }

    /** Replays what the file holds into a recording; a damaged line is skipped. */
    public int loadInto(TrafficRecording recording) {
        if (!Files.exists(file)) {
            return 0;
        }
        int loaded = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                loaded += load(line, recording) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return loaded;
    }

    synchronized void append(RecordedExchange exchange) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "exchange");
        line.put("seq", exchange.seq());
        line.put("receivedAt", exchange.receivedAt().toString());
        line.put("delayMillis", exchange.delayMillis());
        line.put("certificateDn", exchange.certificateDn());
        line.put("soapAction", exchange.soapAction());
        line.put("status", exchange.status());
        line.put("request", Base64.getEncoder().encodeToString(exchange.request()));
        line.put("response", Base64.getEncoder().encodeToString(exchange.response()));
        write(line);
    }

    synchronized void append(Lookup lookup) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "lookup");
        line.put("at", lookup.at().toString());
        line.put("numeroDemande", lookup.numeroDemande());
        line.put("pce", lookup.pce());
        write(line);
    }

    private void write(Map<String, Object> line) {
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private static boolean load(String line, TrafficRecording recording) {
        try {
            JsonNode node = JSON.readTree(line);
            if ("lookup".equals(node.path("kind").asText())) {
                recording.addLookup(new Lookup(Instant.parse(node.path("at").asText()),
                        textOrNull(node, "numeroDemande"), textOrNull(node, "pce")));
                return true;
            }
            recording.add(new RecordedExchange(node.path("seq").asLong(),
                    Instant.parse(node.path("receivedAt").asText()),
                    node.path("delayMillis").asLong(), textOrNull(node, "certificateDn"),
                    textOrNull(node, "soapAction"), decode(node, "request"),
                    node.path("status").asInt(), decode(node, "response")));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] decode(JsonNode node, String field) {
        return Base64.getDecoder().decode(node.path(field).asText());
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
