package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One client's exchanges, oldest first, and the look-ups made meanwhile. */
record ClientTraffic(String client, List<RecordedExchange> exchanges, List<Lookup> lookups) {

    static final Set<Operation> APPOINTMENT = EnumSet.of(Operation.PROPOSER_DATE_PLAGE,
            Operation.ACCEPTER_RDV, Operation.DEMANDER_PREC_SUIV, Operation.ABANDONNER_RDV,
            Operation.ABANDONNER_DEMANDE);

    ClientTraffic {
        exchanges = List.copyOf(exchanges);
        lookups = List.copyOf(lookups);
    }

    List<RecordedExchange> before(RecordedExchange exchange) {
        return exchanges.subList(0, exchanges.indexOf(exchange));
    }

    List<RecordedExchange> of(Operation operation) {
        return exchanges.stream().filter(e -> e.operation() == operation).toList();
    }

    /**
     * The last answer of that dialogue the client had before {@code exchange}, skipping
     * faults (they leave the dialogue where it was).
     */
    Optional<RecordedExchange> lastAnswerIn(String numeroDemande, RecordedExchange exchange) {
        List<RecordedExchange> earlier = before(exchange);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            RecordedExchange e = earlier.get(i);
            boolean same = numeroDemande.equals(e.sent().numeroDemande())
                    || numeroDemande.equals(e.answered().numeroDemande());
            if (same && e.answered().typeRetour() != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The latest earlier exchange of this operation on this PCE. */
    Optional<RecordedExchange> lastOnPce(Operation operation, String pce,
            RecordedExchange exchange) {
        List<RecordedExchange> earlier = before(exchange);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            RecordedExchange e = earlier.get(i);
            if (e.operation() == operation && pce != null && pce.equals(e.sent().numeroPce())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** A look-up between the two instants covering that request or PCE. */
    Optional<Lookup> lookupBetween(Instant from, Instant to, String numero, String pce) {
        return lookups.stream()
                .filter(l -> !l.at().isBefore(from) && !l.at().isAfter(to))
                .filter(l -> l.covers(numero, pce))
                .findFirst();
    }
}
