package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BR-7 to BR-12 on CreerDemandeCOUP, and how their breaches are reported (BR-14). */
class FieldRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

    private final Calls calls = new Calls(Calls.engine());

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "coup", "COUPURE", "MES"})
    void typeDemandeOtherThanCoupIsRefused(String type) {
        RequeteWSCreerDemandeCOUP request = z5OnFreePce();
        request.getDemande().setTypeDemande(type);

        Expect.dmdKo(calls.send(request), donnee("TypeDemande", Codes.COH_TYPE_DEMANDE));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
        Pces.FREE_6M + ", 210",
        Pces.MONTHLY + ", 210",
        Pces.DAILY + ", Z4",
        Pces.DAILY + ", Z5",
        Pces.DAILY_MONTHLY + ", Z5",
        Pces.WITHOUT_INTERVENTION + ", Z5",
    })
    void interventionNotMadeForTheFrequencyIsRefused(String pce, String code) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, pce, code, WEDNESDAY, "MA");

        Expect.dmdKo(answer, donnee("CodeLibelleIntervention",
                Codes.COH_INTERVENTION_FREQUENCE));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
        Pces.FREE_6M + ", Z4, DATE_PLAGE_H",
        Pces.FREE_6M + ", Z5, DATE_PLAGE_H",
        Pces.MONTHLY + ", Z5, DATE_PLAGE_H",
        Pces.DAILY + ", 210, DMD_OK_DD",
        Pces.DAILY_MONTHLY + ", 210, DMD_OK_DD",
        Pces.WITHOUT_INTERVENTION + ", 210, DMD_OK_DD",
    })
    void interventionMadeForTheFrequencyIsAccepted(String pce, String code, Reply reply) {
        Expect.reply(reply, calls.create(Caller.ALPHA, pce, code, WEDNESDAY, "MA"));
    }

    @Test
    void expressOptionIsRefusedForEveryIntervention() {
        for (String[] pceAndCode : new String[][] {{Pces.FREE_6M, "Z4"}, {Pces.FREE_6M, "Z5"},
                {Pces.DAILY, "210"}}) {
            RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, pceAndCode[0],
                    pceAndCode[1], WEDNESDAY, "MA");
            request.getDemande().getDonneesTypeDemande().setOptionExpress("1");

            Expect.dmdKo(calls.send(request), donnee("OptionExpress",
                    Codes.COH_OPTION_EXPRESS));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "0"})
    void noExpressOptionIsAccepted(String option) {
        RequeteWSCreerDemandeCOUP request = z5OnFreePce();
        request.getDemande().getDonneesTypeDemande().setOptionExpress(option);

        Expect.reply(Reply.DATE_PLAGE_H, calls.send(request));
    }

    @Test
    void cutOffWithPaymentNeedsBothAmounts() {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, "Z4",
                WEDNESDAY, "MA");
        request.getDemande().getDonneesTypeDemande().setMontantDu(null);
        request.getDemande().getDonneesTypeDemande().setMinimumAPercevoir(null);

        Expect.dmdKo(calls.send(request), donnee("MontantDu", "DEM_COH01"),
                donnee("MinimumAPercevoir", "DEM_COH01"));
    }

    @Test
    void cutOffWithPaymentMissingOneAmountNamesIt() {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, "Z4",
                WEDNESDAY, "MA");
        request.getDemande().getDonneesTypeDemande().setMinimumAPercevoir(null);

        Expect.dmdKo(calls.send(request), donnee("MinimumAPercevoir", "DEM_COH01"));
    }

    @Test
    void firmCutOffNeedsNoAmount() {
        Expect.reply(Reply.DATE_PLAGE_H, calls.send(z5OnFreePce()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "0.01", "1.5", "1.000", "99999999.99", "99999999",
        "1E+2", "-0.00"})
    void amountWithinRangeAndTwoDecimalsIsValid(String amount) {
        assertTrue(FieldRules.validAmount(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100000000", "100000000.00", "100000000.01", "1E+8",
        "99999999.999", "0.001", "1.005", "-0.01", "-1", "-99999999.99"})
    void amountOutOfRangeOrTooPreciseIsInvalid(String amount) {
        assertFalse(FieldRules.validAmount(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.00", "99999999.99"})
    void limitAmountsAreAcceptedByTheEngine(String amount) {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, "Z4",
                WEDNESDAY, "MA");
        request.getDemande().getDonneesTypeDemande().setMontantDu(new BigDecimal(amount));
        request.getDemande().getDonneesTypeDemande().setMinimumAPercevoir(
                new BigDecimal(amount));

        Expect.reply(Reply.DATE_PLAGE_H, calls.send(request));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "100000000, Z4", "-0.01, Z4", "12.345, Z4",
        "100000000, Z5", "-0.01, Z5", "12.345, Z5",
    })
    void badAmountIsRefusedByTheEngine(String amount, String code) {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, code,
                WEDNESDAY, "MA");
        request.getDemande().getDonneesTypeDemande().setMontantDu(new BigDecimal(amount));
        request.getDemande().getDonneesTypeDemande().setMinimumAPercevoir(
                new BigDecimal("10.00"));

        Expect.dmdKo(calls.send(request), donnee("MontantDu", Codes.COH_MONTANT_FORMAT));
        assertEquals(List.of(), calls.omega().requests().all(), "nothing is recorded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-01-11, DEM_COH07", "2027-01-10, DEM_COH07", "2020-02-29, DEM_COH07"})
    void requestedDateNotAfterTodayIsRefused(LocalDate date, String code) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.FREE_6M, "Z5", date,
                "MA");

        Expect.dmdKo(answer, donnee("PremierRdvDemande.Date", code));
    }

    @Test
    void tomorrowIsTheFirstDateAccepted() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.FREE_6M, "Z5",
                Calls.TODAY.plusDays(1), "MA");

        Expect.reply(Reply.DATE_PLAGE_H, answer);
    }

    @Test
    void missingDateIsRefused() {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, Pces.DAILY, "210", null,
                null);

        Expect.dmdKo(answer, donnee("PremierRdvDemande.Date", Codes.COH_DATE));
    }

    @Test
    void missingAppointmentBlockReportsDateAndSlot() {
        RequeteWSCreerDemandeCOUP request = z5OnFreePce();
        request.getDemande().setPremierRdvDemande(null);

        Expect.dmdKo(calls.send(request), donnee("PremierRdvDemande.Date", Codes.COH_DATE),
                donnee("PremierRdvDemande.Plage", Codes.COH_PLAGE_OBLIGATOIRE));
    }

    @ParameterizedTest(name = "[{0}] on {1}")
    @CsvSource(value = {
        "NULL, " + Pces.FREE_6M + ", DEM_COH08",
        "'', " + Pces.FREE_6M + ", DEM_COH08",
        "'  ', " + Pces.MONTHLY + ", DEM_COH08",
        "ZZ, " + Pces.FREE_6M + ", DEM_COH09",
        "ma, " + Pces.MONTHLY + ", DEM_COH09",
    }, nullValues = "NULL")
    void preciseAppointmentNeedsAKnownSlot(String plage, String pce, String code) {
        ReponseCreerDemandeType answer = calls.create(Caller.ALPHA, pce, "Z5", WEDNESDAY,
                plage);

        Expect.dmdKo(answer, donnee("PremierRdvDemande.Plage", code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Pces.DAILY, Pces.DAILY_MONTHLY, Pces.WITHOUT_INTERVENTION})
    void dateDemandeeNeedsNoSlot(String pce) {
        Expect.reply(Reply.DMD_OK_DD, calls.create(Caller.ALPHA, pce, "210", WEDNESDAY, null));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "1", "3", "9999", "not a number", "<x/>"})
    void numeroSynchroInterventionChangesNothing(String synchro) {
        ReponseCreerDemandeType plain = calls.send(z5OnFreePce());
        RequeteWSCreerDemandeCOUP request = z5OnFreePce();
        request.getDemande().getPremierRdvDemande().setNumeroSynchroIntervention(synchro);
        Omega other = Calls.engine();

        ReponseCreerDemandeType answer = new Calls(other).send(request);

        Expect.reply(Reply.DATE_PLAGE_H, answer);
        assertEquals(Expect.messages(plain), Expect.messages(answer));
        assertEquals(Expect.dateProgrammee(plain), Expect.dateProgrammee(answer));
        assertEquals(plain.getReponseCreerDemandeObjet().getNumeroDemande(),
                answer.getReponseCreerDemandeObjet().getNumeroDemande());
    }

    @Test
    void everyFieldErrorIsReportedOnceAndTogether() {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, "210",
                Calls.TODAY.minusDays(1), "ZZ");
        DemandeType demande = request.getDemande();
        demande.setTypeDemande("MES");
        demande.getDonneesTypeDemande().setOptionExpress("1");
        demande.getDonneesTypeDemande().setMontantDu(new BigDecimal("100000000"));
        demande.getDonneesTypeDemande().setMinimumAPercevoir(new BigDecimal("1.001"));

        ReponseCreerDemandeType answer = calls.send(request);

        Expect.dmdKo(answer,
                donnee("TypeDemande", Codes.COH_TYPE_DEMANDE),
                donnee("CodeLibelleIntervention", Codes.COH_INTERVENTION_FREQUENCE),
                donnee("OptionExpress", Codes.COH_OPTION_EXPRESS),
                donnee("MontantDu", Codes.COH_MONTANT_FORMAT),
                donnee("MinimumAPercevoir", Codes.COH_MONTANT_FORMAT),
                donnee("PremierRdvDemande.Date", Codes.COH_DATE_PASSEE),
                donnee("PremierRdvDemande.Plage", Codes.COH_PLAGE_INCONNUE));
        assertEquals(List.of(), calls.omega().requests().all(), "nothing is recorded");
    }

    @Test
    void fieldErrorTextHasTheSpecificationShape() {
        assertEquals("Donnée incorrecte : MontantDu / DEM_COH01",
                Texts.donneeIncorrecte("MontantDu", Codes.COH_MONTANTS_OBLIGATOIRES));
    }

    private static RequeteWSCreerDemandeCOUP z5OnFreePce() {
        return Calls.creer(Caller.ALPHA, Pces.FREE_6M, "Z5", WEDNESDAY, "MA");
    }

    private static String donnee(String champ, String coherence) {
        return Texts.donneeIncorrecte(champ, coherence);
    }
}
