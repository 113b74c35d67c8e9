package dev.omegacoup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two supplier systems against the standalone stub: one follows the dialogue, one breaks
 * it in the documented ways; the certification report tells them apart, from the admin
 * API and from the {@code certify} command on the recording folder.
 */
class ClientCertificationIT {

    private static final String GOOD = "CAD CAD-ALPHA-01 / login alpha.agent";
    private static final String BAD = "CAD CAD-ALPHA-01 / login alpha.batch";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path recording;
    private static StandaloneStub stub;
    private static JsonNode report;

    @BeforeAll
    static void playBothClients() throws Exception {
        stub = StandaloneStub.start("--clock", "2027-01-11T09:00:00+01:00", "--recording",
                recording.toString());
        followTheSpecification(new SupplierSystem(stub.endpoint(), "alpha.agent",
                Duration.ofMinutes(5)));
        breakTheSpecification(new SupplierSystem(stub.endpoint(), "alpha.batch",
                Duration.ofSeconds(2)));
        report = JSON.readTree(admin("/__admin/omega/certification").body());
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    private static void followTheSpecification(SupplierSystem client) throws Exception {
        client.verifier("21000000000001");
        String invited = client.creer("21000000000001", "Z4", "2027-03-16", "DA", "1250.40");
        client.onDemande("AccepterRdv", SupplierSystem.numero(invited));

        client.verifier("21000000000002");
        String list = client.creer("21000000000002", "Z5", "2027-03-16", "MA", null);
        String[] slot = SupplierSystem.slots(list).get(0);
        String proposed = client.proposer(SupplierSystem.numero(list), slot[0], slot[1]);
        client.onDemande("AccepterRdv", SupplierSystem.numero(proposed));

        client.verifier("21000000000008");

        client.verifier("21000000000005");
        client.creer("21000000000005", "210", "2027-03-18", null, null);

        client.verifier("21000000000010");
        String abandoned = client.creer("21000000000010", "Z5", "2027-03-19", "DA", null);
        client.onDemande("AbandonnerDemande", SupplierSystem.numero(abandoned));
    }

    private static void breakTheSpecification(SupplierSystem client) throws Exception {
        client.creer("21000000000001", "Z4", "2027-03-17", "DA", "1250.40");

        client.verifier("21000000000021");
        assertNull(client.creerGivingUp("21000000000021", "Z5", "2027-03-17", "FA", null));
        assertNull(client.creerGivingUp("21000000000021", "Z5", "2027-03-17", "FA", null));

        client.verifier("21000000000008");
        client.creer("21000000000008", "Z5", "2027-03-17", "DA", null);

        client.verifier("21000000000010");
        client.creer("21000000000010", "Z4", "2027-03-18", "DA", "12,50");
    }

    @Test
    void specFollowingClientIsCompleteWhereItPlayed() {
        JsonNode good = client(GOOD);
        printSummary(good);

        assertEquals(0, good.path("findings").size(), good.path("findings").toString());
        assertEquals(0, good.path("counts").path("handled wrongly").asInt());
        for (String id : List.of("EV-1", "EV-3", "EV-4", "EV-7", "EV-8", "EV-11", "RC-1",
                "RC-2 (a)", "RC-3 (b)", "RC-4", "RC-5", "RC-6 BR-5", "RC-6 OP-7")) {
            assertEquals("done", entry(good, id).path("status").asText(), id);
        }
        assertEquals("not yet exercised", entry(good, "EV-5").path("status").asText());
    }

    @Test
    void faultyClientHasEachFaultNamedWithEvidence() {
        JsonNode bad = client(BAD);
        printSummary(bad);

        assertFault(bad, "EV-4", "21000000000001", "RequeteWSCreerDemandeCOUP");
        assertFault(bad, "EV-5", "21000000000021", "21000000000021");
        assertFault(bad, "SES-5", "less than 300 s", "21000000000021");
        assertFault(bad, "RC-6", "21000000000008", "21000000000008");
        assertFault(bad, "MSG-1", "MontantDu", "12,50");
        for (String id : List.of("EV-4", "EV-5", "EV-3", "RC-6 BR-5")) {
            assertEquals("handled wrongly", entry(bad, id).path("status").asText(), id);
        }
    }

    @Test
    void htmlPageEscapesAndRunsNoScript() throws Exception {
        HttpResponse<String> page = admin("/__admin/omega/certification.html");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("handled wrongly"));
        assertTrue(page.body().contains("&lt;c:MontantDu&gt;12,50&lt;/c:MontantDu&gt;"));
        assertFalse(page.body().contains("<c:"), "a client's markup came through unescaped");
        assertFalse(page.body().toLowerCase().contains("<script"));
    }

    @Test
    void certifyCommandRebuildsTheSameVerdictFromTheRecording() throws Exception {
        Path html = recording.resolve("out/certification.html");
        Path json = recording.resolve("out/certification.json");
        Process certify = new ProcessBuilder(StandaloneStub.javaBinary(), "-jar",
                StandaloneStub.jar(), "certify", "--recording", recording.toString(),
                "--out", html.toString(), "--json", json.toString())
                .redirectErrorStream(true).start();
        String printed = new String(certify.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(certify.waitFor(60, TimeUnit.SECONDS));

        assertEquals(1, certify.exitValue(), printed);
        assertTrue(Files.readString(html).contains("OMEGA client certification"));
        JsonNode rebuilt = JSON.readTree(Files.readString(json));
        for (String who : Set.of(GOOD, BAD)) {
            assertEquals(statuses(client(who)), statuses(clientIn(rebuilt, who)), who);
        }
        assertTrue(printed.contains("[" + BAD + "] EV-5"), printed);
    }

    private static void assertFault(JsonNode client, String requirement, String inWhat,
            String inExcerpt) {
        List<JsonNode> faults = StreamSupport.stream(client.path("findings").spliterator(),
                false).filter(f -> f.path("requirement").asText().equals(requirement)).toList();
        assertFalse(faults.isEmpty(), "no " + requirement + " finding in "
                + client.path("findings"));
        JsonNode fault = faults.get(0);
        assertTrue(fault.path("what").asText().contains(inWhat), fault.toString());
        JsonNode evidence = fault.path("evidence");
        assertTrue(evidence.size() > 0, fault.toString());
        JsonNode last = evidence.get(evidence.size() - 1);
        assertTrue(last.path("at").asText().startsWith("20"), fault.toString());
        assertTrue(last.path("excerpt").asText().contains(inExcerpt), fault.toString());
    }

    private static List<String> statuses(JsonNode client) {
        List<String> statuses = new ArrayList<>();
        client.path("entries").forEach(e -> statuses.add(e.path("id").asText() + "="
                + e.path("status").asText()));
        return statuses;
    }

    private static JsonNode client(String who) {
        return clientIn(report, who);
    }

    private static JsonNode clientIn(JsonNode certification, String who) {
        for (JsonNode client : certification.path("clients")) {
            if (client.path("client").asText().equals(who)) {
                return client;
            }
        }
        throw new AssertionError("no client " + who + " in " + certification);
    }

    private static JsonNode entry(JsonNode client, String id) {
        for (JsonNode entry : client.path("entries")) {
            if (entry.path("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    /** The summary lines go to the build log: they are what a reviewer reads first. */
    private static void printSummary(JsonNode client) {
        client.path("summary").forEach(line -> System.out.println("["
                + client.path("client").asText() + "] " + line.asText()));
    }

    private static HttpResponse<String> admin(String path)
            throws IOException, InterruptedException {
        String base = stub.endpoint().replace("/ws/CreerDemandeCOUP", "");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
