package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.DatePlageType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.TypeRetourDialogueType;
import java.time.LocalDate;
import java.util.List;

/** Assertions on the contract's answers. */
final class Expect {

    private Expect() {
    }

    static void reply(Reply expected, ReponseCreerDemandeType answer) {
        assertEquals(expected.code(), answer.getRetour().getCodeRetour(),
                () -> "messages: " + answer.getRetour().getMessageRetour());
        assertEquals(expected.dialogue(), answer.getTypeRetourDialogue());
    }

    static void dmdKo(ReponseCreerDemandeType answer, String... messages) {
        assertEquals(CodeRetourType.DMD_KO, answer.getRetour().getCodeRetour());
        assertEquals(TypeRetourDialogueType.A, answer.getTypeRetourDialogue());
        assertEquals(List.of(messages), answer.getRetour().getMessageRetour());
    }

    static List<String> messages(ReponseCreerDemandeType answer) {
        return answer.getRetour().getMessageRetour();
    }

    static List<DatePlage> list(ReponseCreerDemandeType answer) {
        return answer.getReponseCreerDemandeObjet().getListeDatePlage().stream()
                .map(Expect::datePlage).toList();
    }

    static List<LocalDate> days(ReponseCreerDemandeType answer) {
        return list(answer).stream().map(DatePlage::date).distinct().toList();
    }

    static LocalDate dateDemandee(ReponseCreerDemandeType answer) {
        return Answers.localDate(answer.getReponseCreerDemandeObjet().getDateDemandee());
    }

    static DatePlage dateProgrammee(ReponseCreerDemandeType answer) {
        var dp = answer.getReponseCreerDemandeObjet().getDateProgrammee();
        return new DatePlage(Answers.localDate(dp.getDate()), dp.getPlageHoraire());
    }

    private static DatePlage datePlage(DatePlageType entry) {
        return new DatePlage(Answers.localDate(entry.getDate()), entry.getPlage());
    }
}
