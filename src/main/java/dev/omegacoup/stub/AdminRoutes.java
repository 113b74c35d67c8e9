package dev.omegacoup.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.omegacoup.omega.Demande;
import dev.omegacoup.omega.Omega;
import dev.omegacoup.omega.Statut;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stub's own admin API under {@code /__admin/omega/}: request tracking (what a
 * client consults after a time-out, EV-5), the clock, opening hours and maintenance
 * (BR-15, BR-16), internal status changes (SES-4) and reset. JSON in, JSON out.
 */
final class AdminRoutes implements AdminApiExtension {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Omega omega;

    AdminRoutes(Omega omega) {
        this.omega = omega;
    }

    @Override
    public String getName() {
        return "omega-admin";
    }

    /**
     * Each route is its own lambda: WireMock finds a route's path template from its task's
     * class, so two routes must never share one task class.
     */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/omega/requests", (admin, event, params) ->
                json(200, omega.requests().all().stream().map(AdminRoutes::describe).toList()));
        router.add(RequestMethod.GET, "/omega/requests/{numero}", (admin, event, params) ->
                omega.requests().find(params.get("numero"))
                        .map(d -> json(200, describe(d)))
                        .orElseGet(() -> error(404, "no request " + params.get("numero"))));
        router.add(RequestMethod.POST, "/omega/requests/{numero}/status",
                (admin, event, params) -> changeStatus(params.get("numero"), body(event)));
        router.add(RequestMethod.GET, "/omega/clock", (admin, event, params) -> clock());
        router.add(RequestMethod.PUT, "/omega/clock", (admin, event, params) ->
                setClock(body(event)));
        router.add(RequestMethod.DELETE, "/omega/clock", (admin, event, params) -> {
            omega.clock().reset();
            return clock();
        });
        router.add(RequestMethod.PUT, "/omega/maintenance", (admin, event, params) ->
                setMaintenance(body(event)));
        router.add(RequestMethod.PUT, "/omega/opening-hours", (admin, event, params) ->
                setOpeningHours(body(event)));
        router.add(RequestMethod.DELETE, "/omega/opening-hours", (admin, event, params) -> {
            omega.availability().openingHours(null, null);
            return availability();
        });
        router.add(RequestMethod.POST, "/omega/faults", (admin, event, params) ->
                addFault(admin, body(event)));
        router.add(RequestMethod.GET, "/omega/faults", (admin, event, params) ->
                json(200, faults(admin)));
        router.add(RequestMethod.DELETE, "/omega/faults", (admin, event, params) -> {
            admin.removeStubsByMetadata(FaultInjection.metadataPattern());
            return json(200, faults(admin));
        });
        router.add(RequestMethod.POST, "/omega/reset", (admin, event, params) -> {
            admin.removeStubsByMetadata(FaultInjection.metadataPattern());
            omega.reset();
            return json(200, Map.of("reset", true));
        });
    }

    private static String body(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
        return event.getRequest().getBodyAsString();
    }

    private ResponseDefinition addFault(Admin admin, String body) {
        try {
            JsonNode spec = read(body);
            FaultInjection fault = new FaultInjection(
                    FaultInjection.kindOf(textOrNull(spec, "fault")),
                    textOrNull(spec, "operation"), textOrNull(spec, "pce"),
                    textOrNull(spec, "login"), spec.path("delayMillis").asInt(0));
            StubMapping mapping = fault.toMapping();
            admin.addStubMapping(mapping);
            return json(201, Map.of("id", mapping.getId().toString(),
                    "fault", mapping.getMetadata().getString(FaultInjection.METADATA_KEY)));
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage() + "; expected {\"fault\": \"DELAY\","
                    + " \"operation\": \"CreerDemandeCOUP\", \"pce\": \"…\","
                    + " \"login\": \"…\", \"delayMillis\": 1000}");
        }
    }

    private static java.util.List<Map<String, String>> faults(Admin admin) {
        return admin.findAllStubsByMetadata(FaultInjection.metadataPattern()).getMappings()
                .stream()
                .map(m -> Map.of("id", m.getId().toString(),
                        "fault", m.getMetadata().getString(FaultInjection.METADATA_KEY)))
                .toList();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private ResponseDefinition setClock(String body) {
        try {
            String now = read(body).path("now").asText();
            omega.clock().set(OffsetDateTime.parse(now).toInstant());
            return clock();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return error(400, "expected {\"now\": \"2027-01-11T09:00:00+01:00\"}");
        }
    }

    private ResponseDefinition setMaintenance(String body) {
        JsonNode on = readOrEmpty(body).path("on");
        if (!on.isBoolean()) {
            return error(400, "expected {\"on\": true} or {\"on\": false}");
        }
        omega.availability().maintenance(on.asBoolean());
        return availability();
    }

    private ResponseDefinition setOpeningHours(String body) {
        try {
            JsonNode hours = read(body);
            omega.availability().openingHours(LocalTime.parse(hours.path("opens").asText()),
                    LocalTime.parse(hours.path("closes").asText()));
            return availability();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return error(400, "expected {\"opens\": \"08:00\", \"closes\": \"20:00\"}");
        }
    }

    private ResponseDefinition changeStatus(String numero, String body) {
        Statut statut;
        try {
            statut = Statut.valueOf(readOrEmpty(body).path("statut").asText());
        } catch (IllegalArgumentException e) {
            return error(400, "expected {\"statut\": \"ANNULEE\"}; statuses: "
                    + java.util.Arrays.toString(Statut.values()));
        }
        return omega.changeStatus(numero, statut)
                ? json(200, describe(omega.requests().find(numero).orElseThrow()))
                : error(404, "no request " + numero);
    }

    private ResponseDefinition clock() {
        Instant now = omega.clock().instant();
        return json(200, Map.of("now", omega.clock().now().toOffsetDateTime().toString(),
                "epochMillis", now.toEpochMilli()));
    }

    private ResponseDefinition availability() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("maintenance", omega.availability().inMaintenance());
        state.put("opens", String.valueOf(omega.availability().opens()));
        state.put("closes", String.valueOf(omega.availability().closes()));
        return json(200, state);
    }

    static Map<String, Object> describe(Demande demande) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("NumeroDemande", demande.numeroDemande());
        out.put("NumeroCAD", demande.numeroCad());
        out.put("NumeroPCE", demande.numeroPce());
        out.put("statut", demande.statut() == null ? null : demande.statut().name());
        out.put("libelleStatut", demande.statut() == null ? null : demande.statut().label());
        out.put("dialogue", demande.dialogue().name());
        out.put("dateDemandee", String.valueOf(demande.dateDemandee()));
        out.put("dateProgrammee", demande.dateProgrammee() == null ? null
                : Map.of("date", demande.dateProgrammee().date().toString(),
                        "plage", demande.dateProgrammee().plage()));
        out.put("observationDisco", demande.observationDisco());
        out.put("history", demande.history().stream().map(e -> Map.of("at", e.at().toString(),
                "statut", e.statut(), "event", e.event())).toList());
        return out;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** A body that is not JSON reads as an empty object, so the caller gets the usage. */
    private static JsonNode readOrEmpty(String body) {
        try {
            return read(body);
        } catch (IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }

    private static ResponseDefinition json(int status, Object value) {
        try {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .withHeaders(new HttpHeaders(new HttpHeader("Content-Type",
                            "application/json")))
                    .withBody(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value))
                    .build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseDefinition error(int status, String message) {
        return json(status, Map.of("error", message));
    }
}
