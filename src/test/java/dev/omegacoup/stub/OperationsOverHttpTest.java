package dev.omegacoup.stub;

import static dev.omegacoup.stub.SoapOverHttp.FREE_6M;
import static dev.omegacoup.stub.SoapOverHttp.MORNINGS_TAKEN;
import static dev.omegacoup.stub.SoapOverHttp.alpha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.omega.Texts;
import dev.omegacoup.stub.SoapOverHttp.Answer;
import dev.omegacoup.xml.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of the seven operations over HTTP, answered in its own response element. */
class OperationsOverHttpTest extends StubOverHttp {

    @Test
    void verifierRecevabiliteAnswersDemandeRecevable() throws Exception {
        Answer answer = soap.post(SoapOverHttp.verifier(alpha("V4"), FREE_6M));

        assertResponse(answer, "ReponseWSVerifierRecevabiliteCOUP", "P", "Message");
        assertEquals(List.of(Texts.RECEVABLE), answer.texts("MessageRetour"));
        assertEquals("48213", answer.text("IndexFinDerniereReleve"));
        assertEquals("mesuré", answer.text("QualificationIndex"));
    }

    @Test
    void creerDemandeAnswersDatePlageH() throws Exception {
        Answer answer = soap.post(SoapOverHttp.creer(alpha("V4"), FREE_6M, "Z4", "2027-01-13",
                "DA"));

        assertResponse(answer, "ReponseWSCreerDemandeCOUP", "P", "DatePlageH");
        assertTrue(answer.text("NumeroDemande").matches("\\d{10}"));
        assertEquals("13:30", answer.text("HeureMin"));
        assertEquals("15:30", answer.text("HeureMax"));
    }

    @Test
    void proposerDatePlageAnswersDatePlageH() throws Exception {
        String numero = soap.create(MORNINGS_TAKEN, "2027-01-13", "MA");

        Answer answer = soap.post(SoapOverHttp.proposer(alpha("V4"), numero, "2027-01-15",
                "FA"));

        assertResponse(answer, "ReponseWSProposerDatePlage", "P", "DatePlageH");
        assertEquals("2027-01-15", answer.text("Date"));
        assertEquals("FA", answer.text("PlageHoraire"));
    }

    @Test
    void accepterRdvAnswersDmdOkDp() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "MA");

        Answer answer = soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), numero));

        assertResponse(answer, "ReponseWSAccepterRdv", "T", "DmdOkDP");
        assertEquals(List.of(Texts.RDV_PROGRAMME), answer.texts("MessageRetour"));
    }

    @Test
    void demanderPrecSuivAnswersListeDp() throws Exception {
        String numero = soap.create(MORNINGS_TAKEN, "2027-01-13", "MA");

        Answer answer = soap.post(SoapOverHttp.precSuiv(alpha("V4"), numero, "SUIV"));

        assertResponse(answer, "ReponseWSDemanderPrecSuiv", "P", "ListeDP");
        assertEquals(List.of("2027-01-18", "2027-01-18", "2027-01-19", "2027-01-19"),
                answer.texts("Date"));
    }

    @Test
    void abandonnerRdvAnswersDmdOkDd() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "MA");

        Answer answer = soap.post(SoapOverHttp.surDemande("AbandonnerRdV", alpha("V4"),
                numero));

        assertResponse(answer, "ReponseWSAbandonnerRdV", "T", "DmdOkDD");
        assertEquals("2027-01-13", answer.text("DateDemandee"));
    }

    @Test
    void abandonnerDemandeAnswersDemandeAbandonnee() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "MA");

        Answer answer = soap.post(SoapOverHttp.surDemande("AbandonnerDemande", alpha("V4"),
                numero));

        assertResponse(answer, "ReponseWSAbandonnerDemande", "A", "DmdKo");
        assertEquals(List.of(Texts.DEMANDE_ABANDONNEE), answer.texts("MessageRetour"));
        assertEquals(numero, answer.text("NumeroDemande"));
    }

    private static void assertResponse(Answer answer, String element, String dialogue,
            String code) throws Exception {
        assertEquals(200, answer.status(), answer.string());
        assertEquals(element, answer.responseElement());
        assertEquals(dialogue, answer.dialogue());
        assertEquals(code, answer.code());
        assertEquals(List.of(), Contract.packaged().validate(answer.body()),
                "the answer validates against the contract");
    }
}
