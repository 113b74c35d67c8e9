package dev.omegacoup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load script's grown set-up: the default data set with {@code count} more PCEs, shaped
 * like its first one, and {@code mappings} override mappings keyed on other PCEs than the
 * one the dialogues use, so that every request is checked against all of them. Not a
 * test.
 *
 * <pre>java -cp … dev.omegacoup.bench.GrowthData OUT_DIR PCE_COUNT MAPPING_COUNT</pre>
 *
 * Prints the PCE the dialogues should use: the last one added, so that a lookup that
 * scanned the list would show.
 */
public final class GrowthData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long FIRST = 22_000_000_000_001L;
    private static final String[] OPERATIONS = {"VerifierRecevabiliteCOUP", "CreerDemandeCOUP",
        "AccepterRdv", "ProposerDatePlage"};

    private GrowthData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int mappings = Integer.parseInt(args[2]);

        ObjectNode data = (ObjectNode) JSON.readTree(Path.of("stubs/omega-data.json").toFile());
        ArrayNode pces = (ArrayNode) data.get("pces");
        ObjectNode model = (ObjectNode) pces.get(0);
        for (int i = 0; i < count; i++) {
            ObjectNode pce = model.deepCopy();
            pce.put("numero", Long.toString(FIRST + i));
            pce.put("role", "grown data set");
            pces.add(pce);
        }
        Files.createDirectories(out.resolve("mappings"));
        JSON.writeValue(out.resolve("omega-data.json").toFile(), data);

        for (int i = 0; i < mappings; i++) {
            JSON.writeValue(out.resolve("mappings/override-" + i + ".json").toFile(),
                    override(OPERATIONS[i % OPERATIONS.length], Long.toString(FIRST + i)));
        }
        System.out.println(FIRST + count - 1);
    }

    private static ObjectNode override(String operation, String pce) {
        ObjectNode mapping = JSON.createObjectNode();
        mapping.put("priority", 5);
        ObjectNode request = mapping.putObject("request");
        request.put("method", "POST");
        request.put("urlPath", "/ws/CreerDemandeCOUP");
        ObjectNode matcher = request.putObject("customMatcher");
        matcher.put("name", "omega-request");
        matcher.putObject("parameters").put("operation", operation).put("pce", pce);
        ObjectNode response = mapping.putObject("response");
        response.put("status", 503);
        response.put("body", "Service Unavailable\n");
        return mapping;
    }
}
