package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RC-6: an "A" DmdKo answer stops the request as sent. After a refused step 1 the client
 * does not create the request (EV-3 → end); after a refused creation it corrects before
 * sending again (EV-6 → EV-4), never re-sends it unchanged; after a DmdKo in the
 * appointment dialogue it makes no further call on it (EV-10). Unavailability answers
 * (maintenance, opening hours) ask for the same request later and are left out, and so
 * is "Dialogue interrompu", whose follow-up is a look-up ({@link NoBlindRetry}).
 */
final class StopsAfterDmdKo implements ClientCheck {

    private static final String UNAVAILABLE = "Ce service est actuellement indisponible";
    private static final String INTERRUPTED = "Dialogue interrompu";

    @Override
    public String requirement() {
        return "RC-6";
    }

    @Override
    public String rule() {
        return "after a DmdKo the client does not go on with the same request";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange call : traffic.exchanges()) {
            refusedBefore(traffic, call).ifPresent(refusal -> findings.add(new Finding(
                    requirement(), describe(call, refusal), call, refusal,
                    List.of(Evidence.of(refusal, refusal.answered().messages().toString()),
                            Evidence.of(call)))));
        }
        return findings;
    }

    private static Optional<RecordedExchange> refusedBefore(ClientTraffic traffic,
            RecordedExchange call) {
        Operation operation = call.operation();
        String pce = call.sent().numeroPce();
        if (operation == Operation.CREER_DEMANDE) {
            Optional<RecordedExchange> stepOne =
                    traffic.lastOnPce(Operation.VERIFIER_RECEVABILITE, pce, call);
            if (stepOne.isPresent() && isFinalRefusal(stepOne.get())) {
                return stepOne;
            }
            return traffic.lastOnPce(Operation.CREER_DEMANDE, pce, call)
                    .filter(StopsAfterDmdKo::isFinalRefusal)
                    .filter(previous -> Objects.equals(previous.sent().fingerprint(),
                            call.sent().fingerprint()));
        }
        if (ClientTraffic.APPOINTMENT.contains(operation)) {
            return traffic.lastAnswerIn(call.sent().numeroDemande(), call)
                    .filter(StopsAfterDmdKo::isFinalRefusal);
        }
        return Optional.empty();
    }

    private static boolean isFinalRefusal(RecordedExchange exchange) {
        AnswerFacts answer = exchange.answered();
        return answer.is("A") && !answer.says(UNAVAILABLE) && !answer.says(INTERRUPTED);
    }

    private static String describe(RecordedExchange call, RecordedExchange refusal) {
        String refused = refusal.operation().wireName() + " was answered A DmdKo "
                + refusal.answered().messages();
        if (call.operation() == Operation.CREER_DEMANDE
                && refusal.operation() == Operation.VERIFIER_RECEVABILITE) {
            return "created a request on PCE " + call.sent().numeroPce() + " although "
                    + refused;
        }
        if (call.operation() == Operation.CREER_DEMANDE) {
            return "re-sent the same CreerDemandeCOUP unchanged although " + refused;
        }
        return "called " + call.operation().wireName() + " on NumeroDemande "
                + call.sent().numeroDemande() + " although " + refused;
    }
}
