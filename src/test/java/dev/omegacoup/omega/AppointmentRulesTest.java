package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.DateProgrammeeType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BR-17 to BR-21: what the creation answers, by kind of PCE and free slots. */
class AppointmentRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

    private final Calls calls = new Calls(Calls.engine());

    @Test
    void technicalIncidentInterruptsTheDialogue() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.INCIDENT, "Z5",
                WEDNESDAY, "MA");

        Expect.dmdKo(answer, Texts.DIALOGUE_INTERROMPU + " TECH_001");
    }

    @Test
    void roundWithoutPreciseAppointmentRecordsTheDd() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.NO_PRECISE_ROUND,
                "Z5", WEDNESDAY, "MA");

        Expect.reply(Reply.DMD_OK_DD, answer);
        assertEquals(List.of(Texts.RDV_DATE_DEMANDEE_CODE + " " + Codes.TOURNEE_SANS_RDV_PRECIS),
                Expect.messages(answer));
        assertEquals(WEDNESDAY, Expect.dateDemandee(answer));
    }

    @Test
    void fullRoundKeepsTheDdAndAsksToGoOn() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.ROUND_FULL, "Z5",
                WEDNESDAY, "MA");

        Expect.reply(Reply.MESSAGE, answer);
        assertEquals(List.of(Texts.RDV_A_POURSUIVRE + " " + Codes.AUCUN_CRENEAU_LIBRE),
                Expect.messages(answer));
        assertEquals(WEDNESDAY, Expect.dateDemandee(answer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({Pces.DAILY, Pces.DAILY_MONTHLY})
    void dailyReadPceIsBookedAtTheRequestedDate(String pce) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, pce, "210", WEDNESDAY,
                null);

        Expect.reply(Reply.DMD_OK_DD, answer);
        assertEquals(List.of(Texts.RDV_DATE_DEMANDEE), Expect.messages(answer));
        assertEquals(WEDNESDAY, Expect.dateDemandee(answer));
        String numero = answer.getReponseCreerDemandeObjet().getNumeroDemande();
        assertEquals(Statut.EN_ATTENTE_RDV, calls.stored(numero).statut());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MA, 08:00, 10:00", "FM, 10:00, 12:00", "DA, 13:30, 15:30",
        "FA, 15:30, 18:00"})
    void freeSlotIsOfferedWithItsRealHours(String plage, String min, String max) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.FREE_6M, "Z5",
                WEDNESDAY, plage);

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertEquals(List.of(Texts.DATE_PLAGE_DISPONIBLE), Expect.messages(answer));
        DateProgrammeeType dp = answer.getReponseCreerDemandeObjet().getDateProgrammee();
        assertEquals(new DatePlage(WEDNESDAY, plage), Expect.dateProgrammee(answer));
        assertEquals(min, dp.getHeureMin());
        assertEquals(max, dp.getHeureMax());
        assertNull(dp.getRetourSynchroIntervention());
    }

    @Test
    void takenSlotListsTheFreeSlotsOfTwoWorkingDays() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.MORNINGS_TAKEN, "Z5",
                WEDNESDAY, "MA");

        Expect.reply(Reply.LISTE_DP, answer);
        assertEquals(List.of(Texts.DATE_PLAGE_INDISPONIBLE), Expect.messages(answer));
        LocalDate thursday = WEDNESDAY.plusDays(1);
        LocalDate friday = WEDNESDAY.plusDays(2);
        assertEquals(List.of(new DatePlage(thursday, "DA"), new DatePlage(thursday, "FA"),
                new DatePlage(friday, "DA"), new DatePlage(friday, "FA")), Expect.list(answer));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2027-07-13, MA, 2027-07-15, 2027-07-16",
        "2027-05-05, MA, 2027-05-07, 2027-05-10",
        "2027-01-15, FM, 2027-01-18, 2027-01-19",
        "2027-01-16, DA, 2027-01-18, 2027-01-19",
        "2027-12-24, MA, 2027-12-27, 2027-12-28",
        "2027-11-10, MA, 2027-11-12, 2027-11-15",
    })
    void listSkipsHolidaysAndWeekends(LocalDate requested, String plage, LocalDate first,
            LocalDate second) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.MORNINGS_TAKEN, "Z5",
                requested, plage);

        Expect.reply(Reply.LISTE_DP, answer);
        assertEquals(List.of(first, second), Expect.days(answer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-07-14", "2027-05-06", "2027-01-16", "2027-05-17"})
    void requestedHolidayOrWeekendIsNotFree(LocalDate requested) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.FREE_6M, "Z5",
                requested, "MA");

        Expect.reply(Reply.LISTE_DP, answer);
        assertTrue(Expect.days(answer).stream().allMatch(d -> d.isAfter(requested)));
    }

    @Test
    void twelveSlotsADayGiveTheFull24Entries() {
        Calls twelve = new Calls(Calls.engine(TestDataSets.twelveSlots(), 100));

        ReponseCreerDemandeType answer = twelve.create(Caller.ALPHA,
                TestDataSets.TWELVE_SLOT_PCE, "Z5", LocalDate.of(2027, 1, 12), "H08");

        Expect.reply(Reply.LISTE_DP, answer);
        List<DatePlage> expected = new ArrayList<>();
        for (LocalDate day : List.of(WEDNESDAY, WEDNESDAY.plusDays(1))) {
            for (int hour = 8; hour < 20; hour++) {
                expected.add(new DatePlage(day, String.format("H%02d", hour)));
            }
        }
        assertEquals(Planning.MAX_PROPOSALS, Expect.list(answer).size());
        assertEquals(expected, Expect.list(answer));
    }

    @Test
    void moreThanTwelveSlotsADayIsRefused() {
        DataSetException refused = assertThrows(DataSetException.class,
                () -> DataSet.fromFile(TestDataSets.path("thirteen-slots.json")));

        assertTrue(refused.getMessage().contains("holds 13"), refused.getMessage());
    }

    @Test
    void requestWithoutInterventionIsUnderWay() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.WITHOUT_INTERVENTION,
                "210", WEDNESDAY, null);

        Expect.reply(Reply.DMD_OK_DD, answer);
        assertEquals(List.of(Texts.SANS_INTERVENTION), Expect.messages(answer));
        String numero = answer.getReponseCreerDemandeObjet().getNumeroDemande();
        assertEquals(Statut.EN_COURS_DE_REALISATION, calls.stored(numero).statut());
    }

    @Test
    void requestNumbersAreTenDigitsAndNeverReused() {
        String first = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
        String second = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        assertTrue(first.matches("\\d{10}"), first);
        assertEquals(Long.parseLong(first) + 1, Long.parseLong(second));
    }
}
