package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RC-5: after a ListeDP answer, the date and slot proposed are one of the list's. */
final class ProposalComesFromTheList implements ClientCheck {

    @Override
    public String requirement() {
        return "RC-5";
    }

    @Override
    public String rule() {
        return "after ListeDP, ProposerDatePlage proposes a date and slot from the list";
    }

    @Override
    public List<Finding> check(ClientTraffic traffic) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedExchange proposal : traffic.of(Operation.PROPOSER_DATE_PLAGE)) {
            Optional<RecordedExchange> last =
                    traffic.lastAnswerIn(proposal.sent().numeroDemande(), proposal);
            if (last.isEmpty() || !"ListeDP".equals(last.get().answered().codeRetour())) {
                continue;
            }
            String proposed = proposal.sent().date() + " " + proposal.sent().plage();
            List<String> offered = last.get().answered().slots();
            if (!offered.contains(proposed)) {
                findings.add(new Finding(requirement(), "proposed " + proposed
                        + ", which is not in the list it was given (" + String.join(", ", offered)
                        + ")", proposal, last.get(),
                        List.of(Evidence.of(last.get()), Evidence.of(proposal))));
            }
        }
        return findings;
    }
}
