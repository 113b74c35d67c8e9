package dev.omegacoup.steps;

import dev.omegacoup.assertion.Expect;
import dev.omegacoup.conformance.Tags;
import dev.omegacoup.omega.Demande;
import dev.omegacoup.omega.ObservationDisco;
import io.cucumber.java.fr.Alors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Request tracking ("suivi des demandes"), which a supplier consults when it does not
 * know the outcome of a call: read here from the embedded stub's request store.
 */
public final class TrackingSteps {

    /** A request answered after the client gave up may still be on its way: look again. */
    private static final Duration LOOK_UP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration LOOK_UP_PAUSE = Duration.ofMillis(100);

    private final ScenarioContext context;

    public TrackingSteps(ScenarioContext context) {
        this.context = context;
    }

    @Alors("le suivi des demandes montre ma demande au statut {string}")
    public void leSuiviMontreLeStatut(String label) {
        Instant deadline = Instant.now().plus(LOOK_UP_PATIENCE);
        List<String> seen = statuses();
        while (!seen.contains(label) && context.dialogue().gaveUp()
                && Instant.now().isBefore(deadline)) {
            pause();
            seen = statuses();
        }
        Expect.that(seen.contains(label), context.requirementIds(),
                "the status in request tracking", "\"" + label + "\"", seen);
    }

    @Alors("le suivi des demandes retient {dateRef} comme date demandée")
    public void leSuiviMontreLaDateDemandee(String which) {
        LocalDate expected = which.equals("la date demandée")
                ? context.dialogue().requestedDate() : context.dialogue().proposedDate();
        Expect.equal(context.requirementIds(), "the requested date (DD) in request tracking",
                String.valueOf(expected), String.valueOf(mine().dateDemandee()));
    }

    @Alors("l'observation transmise au technicien est :")
    public void lObservationEst(String expected) {
        String observation = mine().observationDisco();
        Expect.equal(context.requirementIds(), "ObservationDisco", expected, observation);
        int length = observation.codePointCount(0, observation.length());
        Expect.that(length <= ObservationDisco.MAX_LINE, context.requirementIds(),
                "ObservationDisco", "at most 80 characters", length);
    }

    /**
     * The statuses of my request: by its number, or, when the answer never came, by my
     * PCE and my requested date (each scenario asks for its own day); for a refused
     * step 1, which gives no number, of the requests recorded on my PCE since I began.
     */
    private List<String> statuses() {
        if (context.hasNumeroDemande()) {
            return List.of(label(mine()));
        }
        LocalDate date = context.dialogue().requestedDate();
        return byPce().stream().filter(d -> date == null || date.equals(d.dateDemandee()))
                .map(TrackingSteps::label).toList();
    }

    private Demande mine() {
        if (context.hasNumeroDemande()) {
            Optional<Demande> found = store().find(context.numeroDemande());
            return found.orElseThrow(() -> new AssertionError("[" + context.requirementIds()
                    + "] request " + context.numeroDemande() + " is not in request tracking"));
        }
        LocalDate date = context.dialogue().requestedDate();
        return byPce().stream().filter(d -> date != null && date.equals(d.dateDemandee()))
                .findFirst().orElseThrow(() -> new AssertionError("[" + context.requirementIds()
                        + "] no request on PCE " + context.request().get("numeroPce")
                        + " at the requested date " + date + " in request tracking"));
    }

    /** The requests on my PCE recorded since the scenario began. */
    private List<Demande> byPce() {
        String pce = context.request().get("numeroPce");
        return store().all().stream()
                .filter(d -> d.numeroPce().equals(pce))
                .filter(d -> !d.history().isEmpty()
                        && !d.history().get(0).at().isBefore(context.startedAt()))
                .toList();
    }

    private dev.omegacoup.omega.RequestStore store() {
        if (!context.tagged(Tags.SERVER_CONTROL)) {
            throw new IllegalStateException("request tracking is read from the stub: tag the"
                    + " scenario " + Tags.SERVER_CONTROL);
        }
        return context.target().stub().omega().requests();
    }

    private static String label(Demande demande) {
        return demande.statut() == null ? "(none)" : demande.statut().label();
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_UP_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
