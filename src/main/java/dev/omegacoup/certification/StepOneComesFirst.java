package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * EV-4: a request is created (step 2) only on a PCE whose admissibility the client checked
 * first (step 1, EV-1). A creation after a refused step 1 is {@link StopsAfterDmdKo}'s.
 */
final class StepOneComesFirst implements ClientCheck {

    @Override
    public String requirement() {
        return "EV-4";
    }

    @Override
    public String rule() {
        return "CreerDemandeCOUP only on a PCE checked with VerifierRecevabiliteCOUP first";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange creation : traffic.of(Operation.CREER_DEMANDE)) {
            String pce = creation.sent().numeroPce();
            if (traffic.lastOnPce(Operation.VERIFIER_RECEVABILITE, pce, creation).isPresent()) {
                continue;
            }
            findings.add(new Finding(requirement(), "created a request on PCE " + pce
                    + " without step 1 (no VerifierRecevabiliteCOUP on it before)", creation,
                    null, List.of(Evidence.of(creation))));
        }
        return findings;
    }
}
