package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.SensType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request's state machine through the dialogue (SES-1 to SES-4, BR-22). */
class StateMachineTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);
    private static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);
    private static final LocalDate FRIDAY = WEDNESDAY.plusDays(2);
    private static final String TERMINE = Texts.NON_RECEVABLE + Codes.DIALOGUE_TERMINE;

    private final Calls calls = new Calls(Calls.engine());

    @Test
    void refusedStepOneRecordsAClosedRequest() {
        calls.send(Calls.verifier(Caller.ALPHA, "29999999999999"));
        calls.send(Calls.verifier(Caller.ALPHA, Pces.CUT_OFF));

        List<Demande> recorded = calls.omega().requests().all();
        assertEquals(List.of(Statut.PCE_INCONNU, Statut.NON_VALIDEE),
                recorded.stream().map(Demande::statut).toList());
        String numero = recorded.get(0).numeroDemande();
        Expect.dmdKo(calls.accept(Caller.ALPHA, numero), TERMINE);
    }

    @Test
    void creationLeavesTheRequestWaitingForAnAppointment() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        Demande demande = calls.stored(numero);
        assertEquals(Statut.EN_ATTENTE_RDV, demande.statut());
        assertEquals(Demande.DialogueState.INVITED, demande.dialogue());
        assertEquals(WEDNESDAY, demande.dateDemandee());
        assertEquals(Caller.ALPHA.numeroCad(), demande.numeroCad());
    }

    @Test
    void acceptingTheOfferedSlotSchedulesTheAppointment() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "FA");

        ReponseCreerDemandeType answer = calls.accept(Caller.ALPHA, numero);

        Expect.reply(Reply.DMD_OK_DP, answer);
        assertEquals(List.of(Texts.RDV_PROGRAMME), Expect.messages(answer));
        assertEquals(new DatePlage(WEDNESDAY, "FA"), Expect.dateProgrammee(answer));
        assertEquals("15:30", answer.getReponseCreerDemandeObjet().getDateProgrammee()
                .getHeureMin());
        Demande demande = calls.stored(numero);
        assertEquals(Statut.RDV_PROGRAMME, demande.statut());
        assertEquals(new DatePlage(WEDNESDAY, "FA"), demande.dateProgrammee());
        assertEquals(Demande.DialogueState.CLOSED, demande.dialogue());
        assertFalse(calls.omega().planning().isFree("LYON-3", new DatePlage(WEDNESDAY, "FA")));
    }

    @Test
    void proposingAListedSlotLeadsToAnAppointment() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType offered = calls.propose(Caller.ALPHA, numero, FRIDAY, "DA");
        ReponseCreerDemandeType accepted = calls.accept(Caller.ALPHA, numero);

        Expect.reply(Reply.DATE_PLAGE_H, offered);
        assertEquals(new DatePlage(FRIDAY, "DA"), Expect.dateProgrammee(offered));
        Expect.reply(Reply.DMD_OK_DP, accepted);
        assertEquals(Statut.RDV_PROGRAMME, calls.stored(numero).statut());
        assertEquals(FRIDAY, calls.stored(numero).dateDemandee());
    }

    @Test
    void proposingATakenSlotListsAgainAndMovesTheDd() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType answer = calls.propose(Caller.ALPHA, numero, FRIDAY, "FM");

        Expect.reply(Reply.LISTE_DP, answer);
        assertEquals(List.of(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 19)),
                Expect.days(answer));
        assertEquals(FRIDAY, calls.stored(numero).dateDemandee());
        assertEquals(Demande.DialogueState.INVITED, calls.stored(numero).dialogue());
    }

    @Test
    void pagingGoesForwardAndBackByTwoWorkingDays() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType next = calls.page(Caller.ALPHA, numero, SensType.SUIV);
        ReponseCreerDemandeType further = calls.page(Caller.ALPHA, numero, SensType.SUIV);
        ReponseCreerDemandeType back = calls.page(Caller.ALPHA, numero, SensType.PREC);

        assertEquals(List.of(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 19)),
                Expect.days(next));
        assertEquals(List.of(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21)),
                Expect.days(further));
        assertEquals(Expect.list(next), Expect.list(back));
        Expect.reply(Reply.LISTE_DP, back);
    }

    @Test
    void pagingBackStopsAtTheEarliestWindow() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType back = calls.page(Caller.ALPHA, numero, SensType.PREC);
        ReponseCreerDemandeType earliest = calls.page(Caller.ALPHA, numero, SensType.PREC);
        ReponseCreerDemandeType again = calls.page(Caller.ALPHA, numero, SensType.PREC);

        List<LocalDate> tomorrowOn = List.of(Calls.TODAY.plusDays(1), Calls.TODAY.plusDays(2));
        assertEquals(tomorrowOn, Expect.days(back));
        assertEquals(tomorrowOn, Expect.days(earliest));
        assertEquals(Expect.list(earliest), Expect.list(again));
        Expect.reply(Reply.LISTE_DP, again);
    }

    @Test
    void pagingAfterAnOfferPagesFromTheOffer() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        ReponseCreerDemandeType next = calls.page(Caller.ALPHA, numero, SensType.SUIV);

        Expect.reply(Reply.LISTE_DP, next);
        assertEquals(List.of(WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(2)), Expect.days(next));
        Expect.dmdKo(calls.accept(Caller.ALPHA, numero),
                Texts.NON_RECEVABLE + Codes.RIEN_A_ACCEPTER);
    }

    @Test
    void abandoningTheAppointmentKeepsTheLastDd() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");
        LocalDate later = LocalDate.of(2027, 1, 20);
        calls.propose(Caller.ALPHA, numero, later, "MA");

        ReponseCreerDemandeType answer = calls.abandonRdv(Caller.ALPHA, numero);

        Expect.reply(Reply.DMD_OK_DD, answer);
        assertEquals(List.of(Texts.RDV_DATE_DEMANDEE), Expect.messages(answer));
        assertEquals(later, Expect.dateDemandee(answer));
        Demande demande = calls.stored(numero);
        assertEquals(later, demande.dateDemandee());
        assertEquals(Statut.EN_ATTENTE_RDV, demande.statut());
        assertNull(demande.dateProgrammee());
        Expect.dmdKo(calls.abandonRdv(Caller.ALPHA, numero), TERMINE);
    }

    @Test
    void failingProposalStillKeepsItsDateAsDd() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
        LocalDate later = LocalDate.of(2027, 1, 21);

        ReponseCreerDemandeType answer = calls.propose(Caller.ALPHA, numero, later, "ZZ");

        Expect.dmdKo(answer, Texts.donneeIncorrecte("Plage", Codes.COH_PLAGE_INCONNUE));
        assertEquals(later, calls.stored(numero).dateDemandee());
        Expect.dmdKo(calls.accept(Caller.ALPHA, numero), TERMINE);
    }

    @Test
    void proposalInThePastIsRefusedAndEndsTheDialogue() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        ReponseCreerDemandeType answer = calls.propose(Caller.ALPHA, numero, Calls.TODAY,
                "MA");

        Expect.dmdKo(answer, Texts.donneeIncorrecte("Date", Codes.COH_DATE_PASSEE));
        assertEquals(Demande.DialogueState.CLOSED, calls.stored(numero).dialogue());
    }

    @Test
    void abandoningTheRequestCancelsIt() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        ReponseCreerDemandeType answer = calls.abandonDemande(Caller.ALPHA, numero);

        Expect.dmdKo(answer, Texts.DEMANDE_ABANDONNEE);
        assertEquals(numero, answer.getReponseCreerDemandeObjet().getNumeroDemande());
        assertEquals(Statut.ABANDONNEE, calls.stored(numero).statut());
        assertTrue(calls.omega().planning().isFree("LYON-3", new DatePlage(WEDNESDAY, "MA")));
    }

    static Stream<Arguments> dialogueCalls() {
        return Stream.of(
                call("ProposerDatePlage", (c, n) -> c.propose(Caller.ALPHA, n, FRIDAY, "FA")),
                call("AccepterRdv", (c, n) -> c.accept(Caller.ALPHA, n)),
                call("DemanderPrecSuiv", (c, n) -> c.page(Caller.ALPHA, n, SensType.SUIV)),
                call("AbandonnerRdV", (c, n) -> c.abandonRdv(Caller.ALPHA, n)),
                call("AbandonnerDemande", (c, n) -> c.abandonDemande(Caller.ALPHA, n)));
    }

    private static Arguments call(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        return Arguments.of(name, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void unknownRequestNumberIsRefused(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        Expect.dmdKo(call.apply(calls, "4999999999"),
                Texts.NON_RECEVABLE + Codes.DEMANDE_INCONNUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void anotherSuppliersRequestIsRefused(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        String numero = calls.create(Caller.BETA, Pces.HELD_BY_BETA, "Z5", WEDNESDAY, "MA")
                .getReponseCreerDemandeObjet().getNumeroDemande();

        Expect.dmdKo(call.apply(calls, numero), Texts.HABILITATION);
        assertEquals(Demande.DialogueState.INVITED, calls.stored(numero).dialogue());
        Expect.reply(Reply.DMD_OK_DP, calls.accept(Caller.BETA, numero));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void callOnAScheduledRequestIsRefused(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
        calls.accept(Caller.ALPHA, numero);

        Expect.dmdKo(call.apply(calls, numero), TERMINE);
        assertEquals(Statut.RDV_PROGRAMME, calls.stored(numero).statut());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void callOnAnAbandonedRequestIsRefused(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
        calls.abandonDemande(Caller.ALPHA, numero);

        Expect.dmdKo(call.apply(calls, numero), TERMINE);
        assertEquals(Statut.ABANDONNEE, calls.stored(numero).statut());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void callOnARequestBookedAtItsDdIsRefused(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        String numero = calls.create(Caller.ALPHA, Pces.DAILY, "210", WEDNESDAY, null)
                .getReponseCreerDemandeObjet().getNumeroDemande();

        Expect.dmdKo(call.apply(calls, numero), TERMINE);
    }

    @Test
    void acceptingWithNothingProposedIsRefused() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType answer = calls.accept(Caller.ALPHA, numero);

        Expect.dmdKo(answer, Texts.NON_RECEVABLE + Codes.RIEN_A_ACCEPTER);
        assertEquals(Statut.EN_ATTENTE_RDV, calls.stored(numero).statut());
        assertEquals(WEDNESDAY, calls.stored(numero).dateDemandee());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogueCalls")
    void internalStatusChangeInterruptsTheNextCall(String name,
            BiFunction<Calls, String, ReponseCreerDemandeType> call) {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        assertTrue(calls.omega().changeStatus(numero, Statut.ANNULEE));

        Expect.dmdKo(call.apply(calls, numero),
                Texts.DIALOGUE_INTERROMPU + " " + Codes.STATUT_CHANGE);
        assertEquals(Statut.ANNULEE, calls.stored(numero).statut());
        Expect.dmdKo(call.apply(calls, numero), TERMINE);
    }

    @Test
    void internalChangeOfAnUnknownRequestIsReported() {
        assertFalse(calls.omega().changeStatus("4999999999", Statut.ANNULEE));
    }

    @Test
    void historyTellsTheWholeDialogue() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");
        calls.propose(Caller.ALPHA, numero, FRIDAY, "DA");
        calls.accept(Caller.ALPHA, numero);

        List<String> statuses = calls.stored(numero).history().stream()
                .map(Demande.Event::statut).toList();

        assertEquals(Statut.EN_ATTENTE_RDV.label(), statuses.get(0));
        assertEquals(Statut.RDV_PROGRAMME.label(), statuses.get(statuses.size() - 1));
        assertTrue(calls.stored(numero).history().stream()
                .anyMatch(e -> e.event().contains("DD changed to " + FRIDAY)));
    }

    @Test
    void forgottenRequestAnswersLikeAnUnknownOne() {
        Calls small = new Calls(Calls.engine(DataSet.packaged(), 2));
        String oldest = small.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
        small.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "FM");
        small.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "DA");

        Expect.dmdKo(small.accept(Caller.ALPHA, oldest),
                Texts.NON_RECEVABLE + Codes.DEMANDE_INCONNUE);
        assertEquals(2, small.omega().requests().all().size());
    }

    @Test
    void forgottenRequestGivesItsSlotBack() {
        Calls one = new Calls(Calls.engine(DataSet.packaged(), 1));
        Calls two = new Calls(Calls.engine(DataSet.packaged(), 2));
        for (Calls calls : List.of(one, two)) {
            String first = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");
            Expect.reply(Reply.DMD_OK_DP, calls.accept(Caller.ALPHA, first));
        }

        // Creating the second request makes the store of one forget the first.
        Expect.reply(Reply.DATE_PLAGE_H,
                one.create(Caller.ALPHA, Pces.FREE_6M, "Z5", WEDNESDAY, "MA"));
        Expect.reply(Reply.LISTE_DP,
                two.create(Caller.ALPHA, Pces.FREE_6M, "Z5", WEDNESDAY, "MA"));
    }
}
