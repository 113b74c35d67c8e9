package dev.omegacoup.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omegacoup.client.Exchange;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a scenario hands its evidence to the report plugins: each request and response as
 * an attachment, and one JSON attachment describing them with the target and the
 * NumeroDemande. Attachments also land in Cucumber's own HTML and JSON reports.
 */
public final class EvidenceAttachments {

    /** The name of the JSON attachment describing the scenario's exchanges. */
    public static final String DESCRIPTION = "omega-coup-evidence";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceAttachments() {
    }

    /** Attaches the exchanges of a scenario, in the order they were sent. */
    public static void attach(Scenario scenario, String target, String numeroDemande,
            List<Exchange> exchanges) {
        ObjectNode description = JSON.createObjectNode()
                .put("target", target).put("numeroDemande", numeroDemande);
        ArrayNode described = description.putArray("exchanges");
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            String base = String.format("%02d-%s", i + 1, exchange.operation());
            scenario.attach(exchange.request(), "application/xml", base + "-request");
            scenario.attach(exchange.response(), mediaTypeOf(exchange), base + "-response");
            described.addObject().put("number", i + 1)
                    .put("operation", exchange.operation())
                    .put("endpoint", exchange.endpoint())
                    .put("sentAt", exchange.sentAt().toString())
                    .put("status", exchange.status())
                    .put("contentType", String.valueOf(exchange.contentType()))
                    .put("elapsedMillis", exchange.elapsed().toMillis())
                    .put("request", base + "-request")
                    .put("response", base + "-response");
        }
        scenario.attach(bytes(description), "application/json", DESCRIPTION);
    }

    /** The target, NumeroDemande and exchanges described, with the attached bodies. */
    static Described read(byte[] description, Map<String, byte[]> attached) {
        try {
            JsonNode root = JSON.readTree(description);
            List<ExchangeEvidence> exchanges = new ArrayList<>();
            for (JsonNode e : root.path("exchanges")) {
                exchanges.add(new ExchangeEvidence(e.path("number").asInt(),
                        e.path("operation").asText(), e.path("endpoint").asText(),
                        Instant.parse(e.path("sentAt").asText()), e.path("status").asInt(),
                        e.path("contentType").asText(), e.path("elapsedMillis").asLong(),
                        attached.getOrDefault(e.path("request").asText(), new byte[0]),
                        attached.getOrDefault(e.path("response").asText(), new byte[0])));
            }
            return new Described(root.path("target").asText(),
                    root.path("numeroDemande").asText(), exchanges);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable evidence description", e);
        }
    }

    /**
     * Only a response that says it is XML is attached as XML; anything else as bytes, so
     * that no report renders what the endpoint sent as markup.
     */
    private static String mediaTypeOf(Exchange exchange) {
        String type = String.valueOf(exchange.contentType());
        return type.contains("xml") ? "application/xml" : "application/octet-stream";
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the JSON attachment says, with the bodies it names. */
    record Described(String target, String numeroDemande, List<ExchangeEvidence> exchanges) {
    }
}
