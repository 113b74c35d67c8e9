package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.ReponseCreerDemandeType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dialogue cases a first review found wrong, kept right. */
class DialogueCorrectionsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

    private final Calls calls = new Calls(Calls.engine());

    @Test
    void refusedProposalOfTodayKeepsThePreviousDd() {
        String numero = calls.numeroAfterCreate(Pces.MORNINGS_TAKEN, WEDNESDAY, "MA");

        ReponseCreerDemandeType refused = calls.propose(Caller.ALPHA, numero, Calls.TODAY,
                "DA");

        Expect.dmdKo(refused, Texts.donneeIncorrecte("Date", Codes.COH_DATE_PASSEE));
        assertEquals(WEDNESDAY, calls.stored(numero).dateDemandee());
    }

    @Test
    void settingTheSameStatusIsNoInternalEvent() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "DA");

        calls.omega().changeStatus(numero, Statut.EN_ATTENTE_RDV);

        assertFalse(calls.stored(numero).history().stream()
                .anyMatch(event -> event.event().equals("internal event")));
        Expect.reply(Reply.DMD_OK_DP, calls.accept(Caller.ALPHA, numero));
    }

    @Test
    void anotherStatusIsAnInternalEvent() {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "DA");

        assertTrue(calls.omega().changeStatus(numero, Statut.ANNULEE));

        Expect.dmdKo(calls.accept(Caller.ALPHA, numero),
                Texts.withCode(Texts.DIALOGUE_INTERROMPU, Codes.STATUT_CHANGE));
    }
}
