package dev.omegacoup.report;

import dev.omegacoup.conformance.KnownDeviation;
import dev.omegacoup.conformance.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Scenario results built by hand for the report writers' tests. */
final class Scenarios {

    static final Instant NOON = Instant.parse("2031-03-03T11:00:00Z");

    private Scenarios() {
    }

    static ScenarioResult of(String title, Outcome outcome, String... ids) {
        return new ScenarioResult(title, "features/test.feature", title.length(), List.of(ids),
                outcome, outcome == Outcome.PASSED ? "" : "[" + ids[0] + "] CodeRetour wrong",
                Optional.empty(), NOON, "embedded stub", "4000000001", List.of());
    }

    static ScenarioResult declared(String title, Outcome outcome, String id) {
        return new ScenarioResult(title, "features/test.feature", 7, List.of(id), outcome, "",
                Optional.of(new KnownDeviation(id, title, "known in recette")), NOON,
                "https://recette.example/ws", "", List.of());
    }

    static ScenarioResult answered(String numeroDemande, String response) {
        ExchangeEvidence exchange = new ExchangeEvidence(1, "CreerDemandeCOUP",
                "http://127.0.0.1:1/ws/CreerDemandeCOUP", NOON, 200, "text/html",
                Duration.ofMillis(12).toMillis(),
                "<r xmlns=\"urn:omega-coup:ws:v4\"><a>1</a></r>".getBytes(StandardCharsets.UTF_8),
                response.getBytes(StandardCharsets.UTF_8));
        return new ScenarioResult("Une coupure; \"ferme\"", "features/creation.feature", 12,
                List.of("RC-4"), Outcome.FAILED, "[RC-4] CodeRetour: expected", Optional.empty(),
                NOON, "embedded stub", numeroDemande, List.of(exchange));
    }
}
