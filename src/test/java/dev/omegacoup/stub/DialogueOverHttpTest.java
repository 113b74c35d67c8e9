package dev.omegacoup.stub;

import static dev.omegacoup.stub.SoapOverHttp.FREE_6M;
import static dev.omegacoup.stub.SoapOverHttp.MORNINGS_TAKEN;
import static dev.omegacoup.stub.SoapOverHttp.alpha;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omegacoup.omega.Codes;
import dev.omegacoup.omega.Statut;
import dev.omegacoup.omega.Texts;
import dev.omegacoup.stub.SoapOverHttp.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every transition of the request's state machine, over HTTP (SES-1 to SES-4). */
class DialogueOverHttpTest extends StubOverHttp {

    private static final String TERMINE = Texts.NON_RECEVABLE + Codes.DIALOGUE_TERMINE;

    @Test
    void refusedStepOneRecordsStatus022And023() throws Exception {
        soap.post(SoapOverHttp.verifier(alpha("V4"), "29999999999999"));
        soap.post(SoapOverHttp.verifier(alpha("V4"), SoapOverHttp.HELD_BY_BETA));

        assertEquals(List.of(Statut.PCE_INCONNU, Statut.NON_VALIDEE), statuses());
    }

    @Test
    void creationLeavesWaitingOrUnderWay() throws Exception {
        String waiting = soap.create(FREE_6M, "2027-01-13", "MA");
        Answer underWay = soap.post(SoapOverHttp.creer(alpha("V4"), "21000000000006", "210",
                "2027-01-13", null));

        assertEquals(Statut.EN_ATTENTE_RDV, statut(waiting));
        assertEquals("DmdOkDD", underWay.code());
        assertEquals(Statut.EN_COURS_DE_REALISATION, statut(underWay.text("NumeroDemande")));
    }

    @Test
    void offerThenAcceptanceSchedulesTheAppointment() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "FM");

        Answer accepted = soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), numero));

        assertEquals("DmdOkDP", accepted.code());
        assertEquals("2027-01-13", accepted.text("Date"));
        assertEquals("FM", accepted.text("PlageHoraire"));
        assertEquals(Statut.RDV_PROGRAMME, statut(numero));
    }

    @Test
    void listThenProposalThenAcceptance() throws Exception {
        Answer created = soap.post(SoapOverHttp.creer(alpha("V4"), MORNINGS_TAKEN, "Z5",
                "2027-01-13", "MA"));
        String numero = created.text("NumeroDemande");

        Answer proposed = soap.post(SoapOverHttp.proposer(alpha("V4"), numero, "2027-01-14",
                "DA"));
        Answer accepted = soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), numero));

        assertEquals("ListeDP", created.code());
        assertEquals("DatePlageH", proposed.code());
        assertEquals("DmdOkDP", accepted.code());
        assertEquals(Statut.RDV_PROGRAMME, statut(numero));
    }

    @Test
    void pagingForwardThenBackToTheEarliestWindow() throws Exception {
        String numero = soap.create(MORNINGS_TAKEN, "2027-01-13", "MA");

        Answer next = soap.post(SoapOverHttp.precSuiv(alpha("V4"), numero, "SUIV"));
        Answer back = soap.post(SoapOverHttp.precSuiv(alpha("V4"), numero, "PREC"));
        Answer earlier = soap.post(SoapOverHttp.precSuiv(alpha("V4"), numero, "PREC"));
        Answer earliest = soap.post(SoapOverHttp.precSuiv(alpha("V4"), numero, "PREC"));

        assertEquals(List.of("2027-01-18", "2027-01-19"), days(next));
        assertEquals(List.of("2027-01-14", "2027-01-15"), days(back));
        assertEquals(List.of("2027-01-12", "2027-01-13"), days(earlier));
        assertEquals(days(earlier), days(earliest));
        assertEquals("ListeDP", earliest.code());
    }

    @Test
    void abandoningTheAppointmentKeepsTheLastDd() throws Exception {
        String numero = soap.create(MORNINGS_TAKEN, "2027-01-13", "MA");
        soap.post(SoapOverHttp.proposer(alpha("V4"), numero, "2027-01-20", "FM"));

        Answer answer = soap.post(SoapOverHttp.surDemande("AbandonnerRdV", alpha("V4"), numero));

        assertEquals("DmdOkDD", answer.code());
        assertEquals("2027-01-20", answer.text("DateDemandee"));
        assertEquals("2027-01-20", stub.omega().requests().find(numero).orElseThrow()
                .dateDemandee().toString());
    }

    @Test
    void abandoningTheRequestCancelsIt() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "MA");

        soap.post(SoapOverHttp.surDemande("AbandonnerDemande", alpha("V4"), numero));
        Answer after = soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), numero));

        assertEquals(Statut.ABANDONNEE, statut(numero));
        assertEquals(List.of(TERMINE), after.texts("MessageRetour"));
    }

    @Test
    void outOfSequenceCallsGetTheirDmdKo() throws Exception {
        String mine = soap.create(FREE_6M, "2027-01-13", "MA");
        String betas = soap.post(SoapOverHttp.creer(SoapOverHttp.beta(),
                SoapOverHttp.HELD_BY_BETA, "Z5", "2027-01-13", "MA")).text("NumeroDemande");
        String listed = soap.create(MORNINGS_TAKEN, "2027-01-13", "MA");
        soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), mine));

        assertEquals(List.of(Texts.NON_RECEVABLE + Codes.DEMANDE_INCONNUE),
                accept("4999999999").texts("MessageRetour"));
        assertEquals(List.of(Texts.HABILITATION), accept(betas).texts("MessageRetour"));
        assertEquals(List.of(TERMINE), accept(mine).texts("MessageRetour"));
        assertEquals(List.of(Texts.NON_RECEVABLE + Codes.RIEN_A_ACCEPTER),
                accept(listed).texts("MessageRetour"));
        assertEquals("A", accept(listed).dialogue());
    }

    @Test
    void internalStatusChangeMakesTheNextCallFail() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "MA");
        stub.omega().changeStatus(numero, Statut.ANNULEE);

        Answer answer = accept(numero);

        assertEquals("DmdKo", answer.code());
        assertEquals(List.of(Texts.DIALOGUE_INTERROMPU + " " + Codes.STATUT_CHANGE),
                answer.texts("MessageRetour"));
    }

    @Test
    @Timeout(60)
    void twentySimultaneousAcceptancesOverHttpScheduleOnce() throws Exception {
        String numero = soap.create(FREE_6M, "2027-01-13", "DA");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<String>> codes = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                codes.add(pool.submit(() -> {
                    gate.await();
                    return accept(numero).code();
                }));
            }
            gate.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> code : codes) {
                results.add(code.get(30, TimeUnit.SECONDS));
            }

            assertEquals(1, results.stream().filter("DmdOkDP"::equals).count(), results.toString());
            assertEquals(19, results.stream().filter("DmdKo"::equals).count());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Answer accept(String numero) throws Exception {
        return soap.post(SoapOverHttp.surDemande("AccepterRdv", alpha("V4"), numero));
    }

    private static List<String> days(Answer answer) throws Exception {
        return answer.texts("Date").stream().distinct().toList();
    }

    private static Statut statut(String numero) {
        return stub.omega().requests().find(numero).orElseThrow().statut();
    }

    private static List<Statut> statuses() {
        return stub.omega().requests().all().stream().map(d -> d.statut()).toList();
    }
}
