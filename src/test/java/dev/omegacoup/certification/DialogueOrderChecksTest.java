package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EV-4 (step 1 first), SES-3 (appointment calls while invited) and RC-5 (from the list). */
class DialogueOrderChecksTest {

    private static final String RECEVABLE = Traffic.answer("P", "Message", "Demande recevable",
            null);
    private static final String INVITED = Traffic.answer("P", "DatePlageH", "disponibles",
            "4000000001");
    private static final String BOOKED = Traffic.answer("T", "DmdOkDP", "programmé",
            "4000000001");

    @Test
    void creationWithoutStepOneIsReportedUnderEv4() {
        Traffic traffic = new Traffic();
        RecordedExchange creation = traffic.creer("21000000000001", "10.00", INVITED, 0);

        List<Finding> findings = new StepOneComesFirst().check(traffic.client());

        assertEquals(1, findings.size());
        assertEquals("EV-4", findings.get(0).requirement());
        assertSame(creation, findings.get(0).offending());
        assertTrue(findings.get(0).what().contains("21000000000001"));
    }

    @Test
    void creationAfterStepOneOnSamePceIsAccepted() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", INVITED, 0);

        assertEquals(List.of(), new StepOneComesFirst().check(traffic.client()));
    }

    @Test
    void stepOneOnAnotherPceDoesNotCount() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000002", RECEVABLE);
        traffic.creer("21000000000001", "10.00", INVITED, 0);

        assertEquals(1, new StepOneComesFirst().check(traffic.client()).size());
    }

    @Test
    void appointmentCallAfterTheEndIsReported() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", INVITED, 0);
        traffic.onDemande("AccepterRdv", "4000000001", BOOKED);
        RecordedExchange late = traffic.onDemande("AccepterRdv", "4000000001", BOOKED);

        List<Finding> findings = new AppointmentCallsOnlyWhileInvited().check(traffic.client());

        assertEquals(1, findings.size());
        assertEquals("SES-3", findings.get(0).requirement());
        assertSame(late, findings.get(0).offending());
        assertTrue(findings.get(0).what().contains("after the dialogue had ended"));
    }

    @Test
    void acceptingWhileInvitedRaisesNoFinding() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", INVITED, 0);
        traffic.onDemande("AccepterRdv", "4000000001", BOOKED);

        assertEquals(List.of(), new AppointmentCallsOnlyWhileInvited().check(traffic.client()));
    }

    @Test
    void callOnANumeroNeverGivenIsReported() {
        Traffic traffic = new Traffic();
        traffic.onDemande("AccepterRdv", "4000000999", BOOKED);

        List<Finding> findings = new AppointmentCallsOnlyWhileInvited().check(traffic.client());

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).what().contains("4000000999"));
    }

    @Test
    void proposalOutsideTheOfferedListIsReported() {
        Traffic traffic = new Traffic();
        traffic.creer("21000000000002", "10.00", Traffic.answer("P", "ListeDP", "pas",
                "4000000002", "2027-03-17 DA", "2027-03-17 FA"), 0);
        traffic.proposer("4000000002", "2027-03-18", "MA", INVITED);

        List<Finding> findings = new ProposalComesFromTheList().check(traffic.client());

        assertEquals(1, findings.size());
        assertEquals("RC-5", findings.get(0).requirement());
        assertTrue(findings.get(0).what().contains("2027-03-18 MA"));
    }

    @Test
    void proposalTakenFromTheListIsAccepted() {
        Traffic traffic = new Traffic();
        traffic.creer("21000000000002", "10.00", Traffic.answer("P", "ListeDP", "pas",
                "4000000002", "2027-03-17 DA", "2027-03-17 FA"), 0);
        traffic.proposer("4000000002", "2027-03-17", "FA", INVITED);

        assertEquals(List.of(), new ProposalComesFromTheList().check(traffic.client()));
    }
}
