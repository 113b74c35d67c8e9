package dev.omegacoup.steps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.assertion.Expect;
import dev.omegacoup.conformance.Tags;
import dev.omegacoup.omega.Availability;
import dev.omegacoup.omega.Statut;
import dev.omegacoup.stub.OmegaStub;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Étantdonné;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * What only the embedded stub lets a scenario do: switch maintenance and opening hours,
 * answer too late, change a request by an internal event. Every change is undone when
 * the scenario ends; scenarios using these steps are tagged @serveur, and @isolé when
 * the change is seen by every caller.
 */
public final class ServerSteps {

    /** The name under which the stub's engine answers a WireMock mapping. */
    private static final String ENGINE = "omega-engine";
    /** How much later than the client's time-out the slow answer comes. */
    private static final int LATENESS = 3;

    private final ScenarioContext context;

    public ServerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Étantdonné("OMEGA est en maintenance")
    public void omegaEstEnMaintenance() {
        Availability availability = isolatedAvailability();
        availability.maintenance(true);
        context.onEnd(() -> availability.maintenance(false));
    }

    @Étantdonné("OMEGA est hors de ses heures d'ouverture")
    public void omegaEstFerme() {
        Availability availability = isolatedAvailability();
        LocalTime now = stub().omega().clock().now().toLocalTime();
        LocalTime opens = now.plusHours(2);
        availability.openingHours(opens, opens.plusMinutes(30));
        context.onEnd(() -> availability.openingHours(null, null));
    }

    @Étantdonné("OMEGA est dans ses heures d'ouverture")
    public void omegaEstOuvert() {
        Availability availability = isolatedAvailability();
        availability.openingHours(LocalTime.MIN, LocalTime.MAX);
        context.onEnd(() -> availability.openingHours(null, null));
    }

    /**
     * The next call of this operation by this scenario reaches the engine but its answer
     * comes after the client's time-out; later calls are answered at once.
     */
    @Étantdonné("OMEGA répond à {operation} après le délai d'attente du client")
    public void omegaRepondApresLeDelai(String operation) {
        OmegaStub stub = stub();
        long delay = context.target().scenarioTimeout().multipliedBy(LATENESS).toMillis();
        String sequence = "lent-" + context.id();
        StubMapping slow = stub.wireMock().stubFor(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH))
                .atPriority(1)
                .withHeader(ScenarioContext.SCENARIO_HEADER, equalTo(context.id()))
                .withRequestBody(matchingXPath("//*[local-name()='RequeteWS" + operation + "']"))
                .inScenario(sequence)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("répondu")
                .willReturn(aResponse().withFixedDelay((int) delay).withTransformers(ENGINE)));
        context.onEnd(() -> stub.wireMock().removeStub(slow));
        context.dialogue().expectSlowAnswer(operation);
    }

    @Étantdonné("un événement interne passe la demande au statut {string}")
    public void unEvenementInterne(String label) {
        Statut statut = Arrays.stream(Statut.values()).filter(s -> s.label().equals(label))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown status \""
                        + label + "\"; known: " + Arrays.stream(Statut.values())
                                .map(Statut::label).toList()));
        serverControl();
        boolean changed = stub().omega().changeStatus(context.numeroDemande(), statut);
        Preconditions.expect(context, changed, "request " + context.numeroDemande()
                + " in request tracking");
    }

    @Alors("j'abandonne l'attente au bout du délai d'attente du client")
    public void jAbandonneLAttente() {
        Duration timeout = context.target().scenarioTimeout();
        Duration waited = context.dialogue().waitedFor();
        String element = "the answer (SES-5 time-out " + timeout.toMillis() + " ms)";
        Expect.that(context.dialogue().gaveUp(), context.requirementIds(), element,
                "no answer within the time-out", "an answer after " + waited.toMillis() + " ms");
        Expect.that(waited.compareTo(timeout) >= 0, context.requirementIds(), element,
                "a wait of at least " + timeout.toMillis() + " ms", waited.toMillis() + " ms");
    }

    private Availability isolatedAvailability() {
        serverControl();
        if (!context.tagged(Tags.ISOLATED)) {
            throw new IllegalStateException("this step changes what every scenario sees: tag"
                    + " the scenario " + Tags.ISOLATED + " so that it runs alone");
        }
        return stub().omega().availability();
    }

    private void serverControl() {
        if (!context.tagged(Tags.SERVER_CONTROL)) {
            throw new IllegalStateException("this step controls the server: tag the scenario "
                    + Tags.SERVER_CONTROL + " so that it is not applicable to a real endpoint");
        }
    }

    private OmegaStub stub() {
        serverControl();
        return context.target().stub();
    }
}
