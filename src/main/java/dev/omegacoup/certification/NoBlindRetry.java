package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EV-5: when a creation's outcome is unknown to the client (no answer yet, an answer held
 * past the 5 minutes a client waits, or "Dialogue interrompu"), the request may exist:
 * the client looks it up in request tracking before creating it again. A look-up is an
 * admin call between the two creations, of that NumeroDemande, of that PCE
 * ({@code ?pce=}) or of every request.
 */
final class NoBlindRetry implements ClientCheck {

    @Override
    public String requirement() {
        return "EV-5";
    }

    @Override
    public String rule() {
        return "no new CreerDemandeCOUP after an unknown outcome without looking the request up";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange retry : traffic.of(Operation.CREER_DEMANDE)) {
            String pce = retry.sent().numeroPce();
            Optional<RecordedExchange> previous =
                    traffic.lastOnPce(Operation.CREER_DEMANDE, pce, retry);
            if (previous.isEmpty() || !outcomeUnknown(previous.get(), retry)) {
                continue;
            }
            RecordedExchange first = previous.get();
            if (traffic.lookupBetween(first.receivedAt(), retry.receivedAt(),
                    first.answered().numeroDemande(), pce).isPresent()) {
                continue;
            }
            long seconds = Duration.between(first.receivedAt(), retry.receivedAt())
                    .toSeconds();
            findings.add(new Finding(requirement(), "sent CreerDemandeCOUP on PCE " + pce
                    + " again " + seconds + " s after one whose outcome it could not know ("
                    + why(first, retry) + "), without looking the request up", retry,
                    seenAnswer(first, retry), List.of(Evidence.of(first), Evidence.of(retry))));
        }
        return findings;
    }

    static boolean outcomeUnknown(RecordedExchange first, RecordedExchange retry) {
        return retry.receivedAt().isBefore(first.answeredAt()) || first.outlastsClientPatience()
                || first.answered().says("Dialogue interrompu");
    }

    /** Only an answer the client did get is one it reacted to; a held one it never saw. */
    private static RecordedExchange seenAnswer(RecordedExchange first, RecordedExchange retry) {
        boolean seen = !retry.receivedAt().isBefore(first.answeredAt())
                && !first.outlastsClientPatience();
        return seen ? first : null;
    }

    private static String why(RecordedExchange first, RecordedExchange retry) {
        if (retry.receivedAt().isBefore(first.answeredAt())) {
            return "its answer was still being prepared";
        }
        if (first.outlastsClientPatience()) {
            return "its answer came after " + first.delayMillis() / 1000 + " s";
        }
        return "it was answered Dialogue interrompu";
    }
}
