package dev.omegacoup.certification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * SES-5: a client waits 5 minutes for an answer. Observable when it sends the same call
 * on the same PCE or NumeroDemande again while the stub still holds the first answer
 * back, sooner than 5 minutes after the first: it gave up waiting before then.
 */
final class WaitsFiveMinutes implements ClientCheck {

    @Override
    public String requirement() {
        return "SES-5";
    }

    @Override
    public String rule() {
        return "the client waits at least 5 minutes (300 s) for an answer";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        Set<RecordedExchange> reported = new HashSet<>();
        for (RecordedExchange again : traffic.exchanges()) {
            for (RecordedExchange first : traffic.before(again)) {
                if (reported.contains(first) || !sameCall(first, again)
                        || !again.receivedAt().isBefore(first.answeredAt())) {
                    continue;
                }
                Duration waited = Duration.between(first.receivedAt(), again.receivedAt());
                if (waited.compareTo(RecordedExchange.CLIENT_PATIENCE) >= 0) {
                    continue;
                }
                reported.add(first);
                findings.add(new Finding(requirement(), "sent " + again.headline()
                        .replaceAll(" →.*", "") + " again " + waited.toMillis() / 1000.0
                        + " s after the first, whose answer the stub held for "
                        + first.delayMillis() / 1000 + " s: it waited less than 300 s",
                        again, null, List.of(Evidence.of(first), Evidence.of(again))));
            }
        }
        return findings;
    }

    private static boolean sameCall(RecordedExchange a, RecordedExchange b) {
        return a.operation() != null && a.operation() == b.operation()
                && Objects.equals(a.sent().numeroPce(), b.sent().numeroPce())
                && Objects.equals(a.sent().numeroDemande(), b.sent().numeroDemande());
    }
}
