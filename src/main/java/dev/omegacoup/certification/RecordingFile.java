package dev.omegacoup.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omegacoup.soap.RequestSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recording directory: {@value #FILE_NAME}, one JSON object per line, appended and
 * flushed as each exchange or look-up happens, so a restart loses nothing and the
 * {@code certify} command can rebuild the report. Messages are kept as base64 of the
 * exact bytes, whatever their encoding.
 */
public final class RecordingFile {

    public static final String FILE_NAME = "traffic.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Logger LOG = LoggerFactory.getLogger(RecordingFile.class);

    private final Path file;
    private BufferedWriter writer;
    private int skipped;
    private int firstSkipped;

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

    /**
     * Replays what the file holds into a recording. A damaged line (cut by a crash, not
     * UTF-8, not a record) is skipped and counted; a warning names the first one.
     */
    public int loadInto(TrafficRecording recording) {
        if (!Files.exists(file)) {
            return 0;
        }
        int loaded = 0;
        int number = 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            for (String line : text.split("\n")) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (load(line, recording)) {
                    loaded++;
                } else {
                    skipped++;
                    firstSkipped = firstSkipped == 0 ? number : firstSkipped;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } finally {
            RequestSummary.forget();  // the last body read stays with this thread otherwise
        }
        if (skipped > 0) {
            LOG.warn("{}: skipped {} damaged line(s), the first at line {}", file, skipped,
                    firstSkipped);
        }
        return loaded;
    }

    /** Lines of the file that could not be read back, from the last load. */
    public int skipped() {
        return skipped;
    }

    public int firstSkipped() {
        return firstSkipped;
    }

    public Path file() {
        return file;
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
                boolean cutShort = endsWithoutNewline();
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (cutShort) {
                    // a crash cut the last record: keep it apart from the next one
                    writer.newLine();
                }
            }
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private boolean endsWithoutNewline() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1);
            channel.read(last);
            return last.get(0) != '\n';
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
            if (!"exchange".equals(node.path("kind").asText())) {
                return false;
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
