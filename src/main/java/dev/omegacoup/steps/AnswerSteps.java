package dev.omegacoup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omegacoup.assertion.Expect;
import dev.omegacoup.assertion.ReturnTexts;
import dev.omegacoup.assertion.TemplateComparison;
import dev.omegacoup.client.Answer;
import dev.omegacoup.client.MessageTemplates;
import io.cucumber.java.fr.Alors;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What OMEGA answered: return codes and texts, the whole message, and targeted parts. */
public final class AnswerSteps {

    private static final String OBJET = "/soap:Envelope/soap:Body/*/m:ReponseCreerDemandeObjet";
    private static final String DATE_PROGRAMMEE = OBJET + "/m:DateProgrammee";
    private static final String LISTE = OBJET + "/m:ListeDatePlage";

    private final ScenarioContext context;

    public AnswerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Alors("OMEGA répond {string} avec le code retour {string}")
    public void omegaRepond(String typeRetour, String codeRetour) {
        Answer answer = answer();
        String said = "; MessageRetour " + answer.messagesRetour();
        Expect.equal(ids(), "TypeRetourDialogue (/soap:Envelope/soap:Body/*/m:TypeRetourDialogue)",
                typeRetour, answer.typeRetourDialogue(), said);
        Expect.equal(ids(), "CodeRetour (/soap:Envelope/soap:Body/*/m:Retour/m:CodeRetour)",
                codeRetour, answer.codeRetour(), said);
    }

    @Alors("le message retour est {string}")
    public void leMessageRetourEst(String text) {
        lesMessagesRetourSont(List.of(text));
    }

    @Alors("les messages retour sont :")
    public void lesMessagesRetourSont(List<String> texts) {
        List<String> expected = texts.stream().map(context.roles()::inTargetCodes).toList();
        ReturnTexts.check(expected, answer().messagesRetour(), context.target().foldTypography(),
                ids()).forEach(context::warn);
    }

    @Alors("la réponse est conforme au modèle {string}")
    public void laReponseEstConformeAuModele(String template) {
        Map<String, String> values = new HashMap<>(context.request());
        values.put("ns", context.contract().namespace());
        values.put("reponse", "ReponseWS" + answer().exchange().operation());
        if (context.hasNumeroDemande()) {
            values.put("numeroDemande", context.numeroDemande());
        }
        TemplateComparison.assertMatches(MessageTemplates.expected(template, values),
                answer().payload(), "[" + ids() + "] the " + answer().exchange().operation()
                        + " response");
    }

    @Alors("un numéro de demande est attribué")
    public void unNumeroDeDemandeEstAttribue() {
        Expect.that(!answer().numeroDemande().isBlank(), ids(), "NumeroDemande (" + OBJET
                + "/m:NumeroDemande)", "a request number", "none");
    }

    @Alors("aucun numéro de demande n'est attribué")
    public void aucunNumeroDeDemande() {
        Expect.equal(ids(), "NumeroDemande (" + OBJET + "/m:NumeroDemande)", "",
                answer().numeroDemande());
    }

    @Alors("le rendez-vous proposé est le créneau demandé, aux heures réelles de sa plage")
    public void leRendezVousProposeEstLeCreneauDemande() {
        String plage = context.request().get("plage");
        JsonNode hours = context.roles().slotHours(plage);
        Expect.equal(ids(), "Date (" + DATE_PROGRAMMEE + "/m:Date)", context.request().get("date"),
                answer().xpath(DATE_PROGRAMMEE + "/m:Date"));
        Expect.equal(ids(), "PlageHoraire (" + DATE_PROGRAMMEE + "/m:PlageHoraire)", plage,
                answer().xpath(DATE_PROGRAMMEE + "/m:PlageHoraire"));
        Expect.equal(ids(), "HeureMin (" + DATE_PROGRAMMEE + "/m:HeureMin)",
                hours.path("heureMin").asText(), answer().xpath(DATE_PROGRAMMEE + "/m:HeureMin"));
        Expect.equal(ids(), "HeureMax (" + DATE_PROGRAMMEE + "/m:HeureMax)",
                hours.path("heureMax").asText(), answer().xpath(DATE_PROGRAMMEE + "/m:HeureMax"));
    }

    @Alors("la liste propose au plus 24 créneaux libres, tous pris dans les deux jours ouvrés"
            + " {fenetre}")
    public void laListePropose(String fenetre) {
        Dialogue.Window window = switch (fenetre) {
            case "qui suivent la date demandée" -> Dialogue.Window.after(lastAskedDate());
            case "qui suivent la liste précédente" ->
                    Dialogue.Window.after(context.dialogue().previousWindow().last());
            default -> Dialogue.Window.before(context.dialogue().previousWindow().first());
        };
        List<String> dates = answer().xpathAll(LISTE + "/m:Date");
        String element = "ListeDatePlage (" + LISTE + ")";
        Expect.that(!dates.isEmpty() && dates.size() <= 24, ids(), element,
                "1 to 24 entries", dates.size() + " entries");
        Expect.that(dates.stream().map(LocalDate::parse).allMatch(window::contains), ids(),
                element + "/Date", "dates among " + window, dates);
        String offered = answer().xpath("string-join(" + LISTE + "/concat(m:Date, ' ', m:Plage),"
                + " ', ')");
        String asked = context.request().get("date") + " " + context.request().get("plage");
        List<String> entries = List.of(offered.split(", "));
        Expect.that(!entries.contains(asked), ids(), element,
                "no entry for the date and slot asked, which are taken (" + asked + ")", offered);
        Expect.that(entries.stream().distinct().count() == entries.size(), ids(), element,
                "each date and slot once", offered);
        List<String> plages = answer().xpathAll(LISTE + "/m:Plage");
        Expect.that(plages.stream().allMatch(context.roles()::knowsSlot), ids(),
                element + "/Plage", "slots of the catalogue", plages);
        if (fenetre.equals("qui suivent la date demandée")) {
            expectEveryFreeSlot(window, entries, element);
        }
    }

    /**
     * BR-21 asks for all the free slots of the two days. When the data set says which
     * slots the round has free each day ("plagesLibres"), the first list must be exactly
     * those. (Later pages may reach days other scenarios of the run booked.)
     */
    private void expectEveryFreeSlot(Dialogue.Window window, List<String> entries,
            String element) {
        List<String> free = context.roles().freeSlotsOfTakenRound();
        if (free.isEmpty()) {
            return;
        }
        List<String> expected = new java.util.ArrayList<>();
        for (LocalDate day : List.of(window.first(), window.last())) {
            free.forEach(plage -> expected.add(day + " " + plage));
        }
        Expect.equal(ids(), element, String.join(", ", expected), String.join(", ", entries));
    }

    @Alors("la réponse annonce {int} rendez-vous électricité dans le même local")
    public void laReponseAnnonceDesRendezVousElectricite(int count) {
        String path = OBJET + "/m:RetourSynchroInterventions";
        Expect.equal(ids(), "RetourSynchroInterventions (" + path + ")", String.valueOf(count),
                answer().xpath("count(" + path + "[m:DatePlage/m:Date and"
                        + " m:DatePlage/m:PlageHoraire])"));
    }

    @Alors("la réponse confirme {dateRef}")
    public void laReponseConfirmeLaDateDemandee(String which) {
        LocalDate expected = which.equals("la date demandée")
                ? context.dialogue().requestedDate() : context.dialogue().proposedDate();
        Expect.equal(ids(), "DateDemandee (" + OBJET + "/m:DateDemandee)",
                String.valueOf(expected), answer().xpath(OBJET + "/m:DateDemandee"));
    }

    /** The date of the last creation or proposal: it is the requested date now (BR-22). */
    private LocalDate lastAskedDate() {
        LocalDate proposed = context.dialogue().proposedDate();
        return proposed != null ? proposed : context.dialogue().requestedDate();
    }

    private Answer answer() {
        Expect.that(context.hasAnswer(), ids(), "the answer", "an answer from OMEGA",
                "none: the client gave up waiting");
        return context.answer();
    }

    private String ids() {
        return context.requirementIds();
    }
}
