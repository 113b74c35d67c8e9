package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.ReponseWSVerifierRecevabiliteCOUP;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BR-4, BR-5 and BR-6, and the requests a refused step 1 records (SES-1). */
class PceRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

    private final Calls calls = new Calls(Calls.engine());

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(value = {
        "'', PCE_002",
        "2100000000001, PCE_002",
        "210000000000011, PCE_002",
        "2100000000000A, PCE_002",
        "GI00001, PCE_002",
        "gi000013, PCE_002",
        "29999999999999, PCE_001",
        "GI999999, PCE_001",
    })
    void unknownOrMalformedPceIsRefusedWithItsCode(String pce, String code) {
        ReponseWSVerifierRecevabiliteCOUP answer = calls.send(Calls.verifier(Caller.ALPHA, pce));

        assertEquals(List.of(Texts.PCE_INCONNU + " " + code), answer.getRetour()
                .getMessageRetour());
        assertEquals(List.of(Statut.PCE_INCONNU), recordedStatuses());
    }

    @Test
    void pceWithSurroundingSpacesIsFound() {
        ReponseWSVerifierRecevabiliteCOUP answer =
                calls.send(Calls.verifier(Caller.ALPHA, " " + Pces.FREE_6M + " "));

        assertEquals(CodeRetourType.MESSAGE, answer.getRetour().getCodeRetour());
        assertEquals(List.of(), recordedStatuses());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        Pces.HELD_BY_BETA + ", REC_001",
        Pces.CUT_OFF + ", REC_002",
    })
    void pceNotCutOffableRecordsDemandeNonValidee(String pce, String code) {
        ReponseWSVerifierRecevabiliteCOUP answer = calls.send(Calls.verifier(Caller.ALPHA, pce));

        assertEquals(List.of(Texts.NON_RECEVABLE + code), answer.getRetour()
                .getMessageRetour());
        assertEquals(List.of(Statut.NON_VALIDEE), recordedStatuses());
        Demande recorded = calls.omega().requests().all().get(0);
        assertEquals(pce, recorded.numeroPce());
        assertEquals(Caller.ALPHA.numeroCad(), recorded.numeroCad());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        Pces.FREE_6M + ", 38000",
        Pces.FREE_6M + ", 6900",
        Pces.FREE_6M + ", 69OO3",
        Pces.GI_FORMAT + ", 20200",
        Pces.GI_FORMAT + ", 97400",
    })
    void postalCodeOfAnotherDepartementIsRefused(String pce, String codePostal) {
        RequeteWSVerifierRecevabiliteCOUP request = Calls.verifier(Caller.ALPHA, pce);
        request.setCodePostal(codePostal);

        ReponseWSVerifierRecevabiliteCOUP answer = calls.send(request);

        assertEquals(List.of(Texts.DEPARTEMENT), answer.getRetour().getMessageRetour());
        assertEquals(List.of(), recordedStatuses(), "BR-6 records nothing");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        Pces.FREE_6M + ", 69001",
        Pces.FREE_6M + ", ' 69003 '",
        Pces.FREE_6M + ", ''",
        Pces.GI_FORMAT + ", 20000",
        Pces.GI_FORMAT + ", 20199",
    })
    void postalCodeOfTheSameDepartementIsAccepted(String pce, String codePostal) {
        RequeteWSVerifierRecevabiliteCOUP request = Calls.verifier(Caller.ALPHA, pce);
        request.setCodePostal(codePostal);

        ReponseWSVerifierRecevabiliteCOUP answer = calls.send(request);

        assertEquals(List.of(Texts.RECEVABLE), answer.getRetour().getMessageRetour());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "69003, 69", "01000, 01", "20000, 2A", "20199, 2A", "20200, 2B", "20600, 2B",
        "97400, 974", "98800, 988", "7500, ''", "ABCDE, ''",
    })
    void departementOfPostalCodeFollowsFrenchRules(String codePostal, String departement) {
        assertEquals(departement, PceRules.departementOf(codePostal));
    }

    @Test
    void creationChecksThePceRulesToo() {
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.HELD_BY_BETA, "Z5",
                WEDNESDAY, "MA");
        DemandeType demande = request.getDemande();
        demande.setCodePostal("69002");

        Expect.dmdKo(calls.send(request), Texts.NON_RECEVABLE + Codes.PCE_AUTRE_TITULAIRE);
        demande.setCodePostal("75001");
        Expect.dmdKo(calls.send(request), Texts.DEPARTEMENT);
        demande.setNumeroPCE("123");
        Expect.dmdKo(calls.send(request), Texts.PCE_INCONNU + " " + Codes.PCE_MAL_FORME);
    }

    @Test
    void acceptedStepOneGivesTheLastReading() {
        ReponseWSVerifierRecevabiliteCOUP answer =
                calls.send(Calls.verifier(Caller.ALPHA, Pces.FREE_6M));

        assertEquals(48213, answer.getRetour().getIndexFinDerniereReleve().intValue());
        assertEquals("mesuré", answer.getRetour().getQualificationIndex().value());
        assertTrue(answer.getRetour().getRaisonReleve().contains("relève"));
    }

    private List<Statut> recordedStatuses() {
        return calls.omega().requests().all().stream().map(Demande::statut).toList();
    }
}
