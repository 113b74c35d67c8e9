package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SES-3: an appointment call goes on a dialogue the client was invited to continue (its
 * last answer was "P"), never on an unknown NumeroDemande or after a "T" answer ended
 * it; AccepterRdv needs a proposed appointment, not a list. After an "A" answer the
 * fault is {@link StopsAfterDmdKo}'s.
 */
final class AppointmentCallsOnlyWhileInvited implements ClientCheck {

    @Override
    public String requirement() {
        return "SES-3";
    }

    @Override
    public String rule() {
        return "appointment calls only while invited (last answer P), never after the end";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange call : traffic.exchanges()) {
            if (!ClientTraffic.APPOINTMENT.contains(call.operation())) {
                continue;
            }
            String numero = call.sent().numeroDemande();
            Optional<RecordedExchange> last = traffic.lastAnswerIn(numero, call);
            String what = null;
            if (last.isEmpty()) {
                what = "called " + call.operation().wireName() + " on NumeroDemande " + numero
                        + ", which no answer to this client had given";
            } else if (last.get().answered().is("T")) {
                what = "called " + call.operation().wireName() + " on NumeroDemande " + numero
                        + " after the dialogue had ended (" + last.get().headline() + ")";
            } else if (call.operation() == Operation.ACCEPTER_RDV
                    && "ListeDP".equals(last.get().answered().codeRetour())) {
                what = "called AccepterRdv on NumeroDemande " + numero + " with nothing"
                        + " proposed: the last answer was a list of slots";
            }
            if (what != null) {
                List<Evidence> evidence = new ArrayList<>();
                last.ifPresent(e -> evidence.add(Evidence.of(e)));
                evidence.add(Evidence.of(call));
                findings.add(new Finding(requirement(), what, call, last.orElse(null),
                        evidence));
            }
        }
        return findings;
    }
}
