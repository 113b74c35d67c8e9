package dev.omegacoup.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The certification catalogue, read from the packaged {@code certification/catalogue.json}. */
final class Catalogue {

    private static final String RESOURCE = "/certification/catalogue.json";

    private Catalogue() {
    }

    static List<CatalogueEntry> packaged() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<CatalogueEntry> entries = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in).path("entries")) {
                entries.add(entry(node));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static CatalogueEntry entry(JsonNode node) {
        return new CatalogueEntry(node.path("id").asText(), node.path("situation").asText(),
                node.path("role").asText(), node.path("trigger").asText(),
                CatalogueEntry.Kind.valueOf(node.path("kind").asText()),
                strings(node.path("operations")), strings(node.path("typeRetour")),
                textOrNull(node.path("codeRetour")), textOrNull(node.path("text")),
                strings(node.path("faults")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
