package dev.omegacoup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omegacoup.client.Answer;
import dev.omegacoup.client.OmegaClient;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Étantdonné;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The supplier's calls of steps 1 and 3 and the stops, on its NumeroDemande. */
public final class DialogueSteps {

    /** No request of OMEGA or of the stub has this number (the stub's start at 4000000001). */
    private static final String UNKNOWN_NUMERO = "0999999999";

    private final ScenarioContext context;
    private final DemandeSteps demande;

    public DialogueSteps(ScenarioContext context, DemandeSteps demande) {
        this.context = context;
        this.demande = demande;
    }

    @Quand("je vérifie la recevabilité de la demande de coupure")
    public void jeVerifieLaRecevabilite() {
        context.send("VerifierRecevabiliteCOUP", context.request());
    }

    @Étantdonné("une demande de coupure {intervention} créée sur {creneau}")
    public void uneDemandeCreee(String intervention, Slot slot) {
        demande.jeCreeUneDemande(intervention, slot);
        if (slot == Slot.FREE) {
            Preconditions.expectFreeSlot(context);
        } else {
            Preconditions.expectCode(context, "DatePlageH", "ListeDP", "Message");
        }
    }

    @Étantdonné("une demande de coupure {situation}")
    public void uneDemandeDeCoupure(String situation) {
        switch (situation) {
            case "inconnue d'OMEGA" -> context.useNumeroDemande(UNKNOWN_NUMERO);
            case "créée par un autre fournisseur" -> createdByAnotherSupplier();
            case "dont le rendez-vous est programmé" -> {
                uneDemandeCreee("Z5", Slot.FREE);
                jAccepteLeRendezVous();
                Preconditions.expectCode(context, "DmdOkDP");
            }
            case "abandonnée" -> {
                uneDemandeCreee("Z5", Slot.FREE);
                jAbandonneLaDemande();
                Preconditions.expectCode(context, "DmdKo");
            }
            default -> {
                demande.jeCreeUneDemande("Z5", Slot.TAKEN);
                Preconditions.expectCode(context, "ListeDP");
            }
        }
    }

    @Quand("j'accepte le rendez-vous proposé")
    public void jAccepteLeRendezVous() {
        context.send("AccepterRdv", onMyRequest());
    }

    @Quand("je propose {proposition}")
    public void jePropose(Proposal proposal) {
        Map<String, String> fields = onMyRequest();
        String date;
        String plage;
        switch (proposal) {
            case FIRST_OF_LIST -> {
                List<String> dates = context.answer().xpathAll(
                        "//m:ReponseCreerDemandeObjet/m:ListeDatePlage[1]/m:Date");
                Preconditions.expect(context, !dates.isEmpty(), "a list of slots to choose from");
                date = dates.get(0);
                plage = context.answer().xpath(
                        "//m:ReponseCreerDemandeObjet/m:ListeDatePlage[1]/m:Plage");
            }
            case UNKNOWN_PLAGE -> {
                date = Calendar.dateOf(context.roles().freeSlot(), context.target()).toString();
                plage = context.roles().unknownPlage();
            }
            default -> {
                JsonNode role = proposal == Proposal.TAKEN ? context.roles().occupiedSlot()
                        : context.roles().freeSlot();
                date = Calendar.dateOf(role, context.target()).toString();
                plage = role.path("plage").asText();
            }
        }
        fields.put("date", date);
        fields.put("plage", plage);
        context.request().put("date", date);
        context.request().put("plage", plage);
        context.dialogue().proposedDate(LocalDate.parse(date));
        context.send("ProposerDatePlage", fields);
        context.dialogue().windowAfter(LocalDate.parse(date));
    }

    @Quand("je demande les créneaux {sens}")
    public void jeDemandeLesCreneaux(String sens) {
        Map<String, String> fields = onMyRequest();
        fields.put("sens", sens);
        context.send("DemanderPrecSuiv", fields);
        context.dialogue().windowPaged(sens);
    }

    @Quand("j'abandonne le rendez-vous")
    public void jAbandonneLeRendezVous() {
        context.send("AbandonnerRdV", onMyRequest());
    }

    @Quand("j'abandonne la demande")
    public void jAbandonneLaDemande() {
        context.send("AbandonnerDemande", onMyRequest());
    }

    private Map<String, String> onMyRequest() {
        Map<String, String> fields = new HashMap<>();
        fields.put("numeroDemande", context.numeroDemande());
        return fields;
    }

    /** SES-3: a request of another supplier, which I then try to use. */
    private void createdByAnotherSupplier() {
        Map<String, String> other = new HashMap<>();
        for (String field : List.of("dnEntreprise", "numeroCad", "login", "version")) {
            other.put(field, context.roles().otherSupplier(field));
        }
        new CallerSteps(context).unPce(context.roles().otherSupplier("pce"));
        demande.jePrepare("Z5", Slot.FREE);
        OmegaClient theirs = context.clientWaiting(context.target().receiveTimeout(), other);
        Answer created = theirs.call("CreerDemandeCOUP", context.request());
        context.answered(created);
        Preconditions.expectCode(context, "DatePlageH");
    }
}
