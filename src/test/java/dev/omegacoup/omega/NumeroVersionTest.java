package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.omegacoup.contract.ReponseCreerDemandeObjetType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.RetourSynchroInterventionsType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MSG-4 and BR-20: RetourSynchroInterventions and the DateProgrammee's
 * RetourSynchroIntervention are given only to callers above V4.
 */
class NumeroVersionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);
    /** The default data set's electricity appointments of FREE_6M, from 11 January 2027. */
    private static final DatePlage FIRST_ELECTRICITY = new DatePlage(LocalDate.of(2027, 1, 14),
            "MA");
    private static final DatePlage SECOND_ELECTRICITY = new DatePlage(
            LocalDate.of(2027, 1, 15), "DA");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"V4, 0", "V4.0, 0", "V3, 0", "V4.1, 2", "V5, 2", "V10, 2"})
    void electricityAppointmentsAreListedAboveV4Only(String version, int count) {
        Calls calls = new Calls(Calls.engine());

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion(version),
                Pces.FREE_6M, "Z5", WEDNESDAY, "MA");

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertEquals(count, answer.getReponseCreerDemandeObjet()
                .getRetourSynchroInterventions().size());
    }

    @Test
    void electricityAppointmentsFollowWorkingDays() {
        Calls calls = new Calls(Calls.engine());

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion("V5"),
                Pces.FREE_6M, "Z5", WEDNESDAY, "MA");

        assertEquals(List.of(FIRST_ELECTRICITY, SECOND_ELECTRICITY),
                synchro(answer.getReponseCreerDemandeObjet()));
    }

    @Test
    void noElectricityAppointmentIsListedPastTheContractsLastYear() {
        ServiceClock clock = new ServiceClock();
        clock.set(java.time.Instant.parse("9999-12-29T08:00:00Z"));
        Calls calls = new Calls(new Omega(DataSet.packaged(), clock, 100));

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion("V5"),
                Pces.FREE_6M, "Z5", LocalDate.of(9999, 12, 31), "DA");

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertEquals(List.of(), synchro(answer.getReponseCreerDemandeObjet()),
                "the two electricity appointments would fall in 10000");
    }

    @Test
    void atMostThreeElectricityAppointmentsAreListed() {
        Calls calls = new Calls(Calls.engine(TestDataSets.twelveSlots(), 100));

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion("V5"),
                TestDataSets.TWELVE_SLOT_PCE, "Z5", WEDNESDAY, "H12");

        assertEquals(List.of(new DatePlage(WEDNESDAY, "H08"), new DatePlage(WEDNESDAY, "H10"),
                new DatePlage(LocalDate.of(2027, 1, 14), "H09")),
                synchro(answer.getReponseCreerDemandeObjet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"V5, 1", "V4.1, 1", "V4, ''", "V4.0, ''"})
    void proposedSlotOfAnElectricityAppointmentGivesItsPosition(String version,
            String position) {
        Calls calls = new Calls(Calls.engine());

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion(version),
                Pces.FREE_6M, "Z5", FIRST_ELECTRICITY.date(), FIRST_ELECTRICITY.plage());

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertEquals(position.isEmpty() ? null : position, retourSynchro(answer));
    }

    @Test
    void secondElectricityAppointmentGivesPositionTwo() {
        Calls calls = new Calls(Calls.engine());

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion("V5"),
                Pces.FREE_6M, "Z5", SECOND_ELECTRICITY.date(), SECOND_ELECTRICITY.plage());

        assertEquals("2", retourSynchro(answer));
    }

    @Test
    void sameDateOtherSlotGivesNoPosition() {
        Calls calls = new Calls(Calls.engine());

        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA.withVersion("V5"),
                Pces.FREE_6M, "Z5", FIRST_ELECTRICITY.date(), "FM");

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertNull(retourSynchro(answer));
    }

    @Test
    void proposalAndAcceptanceCarryThePosition() {
        Calls calls = new Calls(Calls.engine());
        Caller v5 = Caller.ALPHA.withVersion("V5");
        String numero = calls.create(v5, Pces.FREE_6M, "Z5", WEDNESDAY, "MA")
                .getReponseCreerDemandeObjet().getNumeroDemande();

        ReponseCreerDemandeType proposed = calls.propose(v5, numero,
                SECOND_ELECTRICITY.date(), SECOND_ELECTRICITY.plage());
        ReponseCreerDemandeType accepted = calls.accept(v5, numero);

        Expect.reply(Reply.DATE_PLAGE_H, proposed);
        assertEquals("2", retourSynchro(proposed));
        Expect.reply(Reply.DMD_OK_DP, accepted);
        assertEquals("2", retourSynchro(accepted));
    }

    @Test
    void acceptanceByAV4CallerGivesNoPosition() {
        Calls calls = new Calls(Calls.engine());
        String numero = calls.create(Caller.ALPHA.withVersion("V5"), Pces.FREE_6M, "Z5",
                FIRST_ELECTRICITY.date(), FIRST_ELECTRICITY.plage())
                .getReponseCreerDemandeObjet().getNumeroDemande();

        ReponseCreerDemandeType accepted = calls.accept(Caller.ALPHA, numero);

        Expect.reply(Reply.DMD_OK_DP, accepted);
        assertNull(retourSynchro(accepted));
    }

    @Test
    void fourthElectricityAppointmentHasNoPosition() {
        Calls calls = new Calls(Calls.engine(TestDataSets.twelveSlots(), 100));
        Caller v5 = Caller.ALPHA.withVersion("V5");

        ReponseCreerDemandeType third = calls.create(v5, TestDataSets.TWELVE_SLOT_PCE, "Z5",
                LocalDate.of(2027, 1, 14), "H09");
        ReponseCreerDemandeType fourth = calls.create(v5, TestDataSets.TWELVE_SLOT_PCE, "Z5",
                LocalDate.of(2027, 1, 15), "H11");

        assertEquals("3", retourSynchro(third));
        Expect.reply(Reply.DATE_PLAGE_H, fourth);
        assertNull(retourSynchro(fourth));
    }

    private static String retourSynchro(ReponseCreerDemandeType answer) {
        return answer.getReponseCreerDemandeObjet().getDateProgrammee()
                .getRetourSynchroIntervention();
    }

    private static List<DatePlage> synchro(ReponseCreerDemandeObjetType objet) {
        return objet.getRetourSynchroInterventions().stream()
                .map(RetourSynchroInterventionsType::getDatePlage)
                .map(d -> new DatePlage(Answers.localDate(d.getDate()), d.getPlageHoraire()))
                .toList();
    }
}
