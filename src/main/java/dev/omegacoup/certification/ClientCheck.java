package dev.omegacoup.certification;

import java.util.List;

/** One rule a client must keep, named by the requirement it enforces. */
interface ClientCheck {

    String requirement();

    /** The rule in one sentence, for the report. */
    String rule();

    List<Finding> check(ClientTraffic traffic);

    /** Every check, in the order the report lists them. */
    static List<ClientCheck> all() {
        return List.of(new RequestsFollowTheSchema(), new StepOneComesFirst(),
                new AppointmentCallsOnlyWhileInvited(), new NoBlindRetry(),
                new WaitsFiveMinutes(), new ProposalComesFromTheList(),
                new StopsAfterDmdKo());
    }
}
