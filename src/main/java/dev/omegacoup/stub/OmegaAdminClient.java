package dev.omegacoup.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omegacoup.omega.Statut;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client of the stub's admin API ({@code /__admin/omega/}), for tests that drive an
 * embedded or a standalone stub: request tracking, clock, availability, internal
 * status changes, fault injection and reset.
 */
public final class OmegaAdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param stubBaseUrl e.g. http://127.0.0.1:8080 */
    public OmegaAdminClient(String stubBaseUrl) {
        this(stubBaseUrl, null, null);
    }

    /** For a stub started with admin credentials. */
    public OmegaAdminClient(String stubBaseUrl, String user, String password) {
        this.base = URI.create(stubBaseUrl.replaceAll("/+$", "") + "/__admin/omega/");
        this.authorization = user == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Request tracking: every request the stub recorded. */
    public JsonNode requests() {
        return send("GET", "requests", null);
    }

    public JsonNode request(String numeroDemande) {
        return send("GET", "requests/" + numeroDemande, null);
    }

    public JsonNode changeStatus(String numeroDemande, Statut statut) {
        return send("POST", "requests/" + numeroDemande + "/status",
                Map.of("statut", statut.name()));
    }

    public JsonNode setClock(OffsetDateTime now) {
        return send("PUT", "clock", Map.of("now", now.toString()));
    }

    public JsonNode resetClock() {
        return send("DELETE", "clock", null);
    }

    public JsonNode maintenance(boolean on) {
        return send("PUT", "maintenance", Map.of("on", on));
    }

    public JsonNode openingHours(LocalTime opens, LocalTime closes) {
        return send("PUT", "opening-hours", Map.of("opens", opens.toString(),
                "closes", closes.toString()));
    }

    public JsonNode alwaysOpen() {
        return send("DELETE", "opening-hours", null);
    }

    /** @return the id of the WireMock mapping that plays the fault */
    public String injectFault(FaultInjection fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fault", fault.kind().name());
        body.put("operation", fault.operation());
        body.put("pce", fault.pce());
        body.put("login", fault.login());
        body.put("delayMillis", fault.delayMillis());
        return send("POST", "faults", body).path("id").asText();
    }

    public JsonNode clearFaults() {
        return send("DELETE", "faults", null);
    }

    public JsonNode reset() {
        return send("POST", "reset", null);
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .method(method, publisher);
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = http.send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(method + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + answer.path("error").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("admin API at " + base + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
