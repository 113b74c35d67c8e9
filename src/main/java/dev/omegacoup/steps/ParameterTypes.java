package dev.omegacoup.steps;

import io.cucumber.java.ParameterType;
import java.util.Map;

/**
 * The suite's vocabulary: roles of PCEs and callers, intervention codes, slots, fields,
 * operations and statuses, each named as the specification and the data set name them.
 */
public final class ParameterTypes {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("TypeDemande", "typeDemande"),
            Map.entry("NumeroPCE", "numeroPce"),
            Map.entry("CodePostal", "codePostal"),
            Map.entry("ReferenceDemande", "referenceDemande"),
            Map.entry("CodeLibelleIntervention", "codeIntervention"),
            Map.entry("OptionExpress", "optionExpress"),
            Map.entry("MontantDu", "montantDu"),
            Map.entry("MinimumAPercevoir", "minimumAPercevoir"),
            Map.entry("PremierRdvDemande.Date", "date"),
            Map.entry("PremierRdvDemande.Plage", "plage"),
            Map.entry("NumeroSynchroIntervention", "numeroSynchro"),
            Map.entry("ContactIntervention.Nom", "nom"),
            Map.entry("ContactIntervention.Telephone", "telephone"),
            Map.entry("ContactIntervention.CodeAcces", "codeAcces"),
            Map.entry("ContactIntervention.ComplementAdresse", "complementAdresse"));

    private static final Map<String, String> OPERATIONS = Map.of(
            "la vérification de recevabilité", "VerifierRecevabiliteCOUP",
            "la création de la demande", "CreerDemandeCOUP",
            "l'acceptation du rendez-vous", "AccepterRdv");

    /** A PCE role, named as in the data set, e.g. "6M dont je suis titulaire". */
    @ParameterType("(?:6M|1M|JJ|JM|MM|inconnu|mal formé)[^\"]*")
    public String role(String role) {
        return role;
    }

    /** How the caller identifies itself, named as in the data set, e.g. "sans login". */
    @ParameterType("(?:sans|avec) [^\"]+")
    public String identification(String phrase) {
        return phrase;
    }

    /** CodeLibelleIntervention (Annexe B). */
    @ParameterType("Z4|Z5|210")
    public String intervention(String code) {
        return code;
    }

    /** The slot a request asks for. */
    @ParameterType("un créneau libre|un créneau occupé|une date à venir")
    public Slot creneau(String phrase) {
        return Slot.of(phrase);
    }

    /** A field of CreerDemandeCOUP, by its name in the specification. */
    @ParameterType("[A-Za-z]+(?:\\.[A-Za-z]+)?")
    public String champ(String name) {
        String variable = FIELDS.get(name);
        if (variable == null) {
            throw new IllegalArgumentException("unknown field " + name + "; known: "
                    + new java.util.TreeSet<>(FIELDS.keySet()));
        }
        return variable;
    }

    /** An operation the supplier may wait too long for. */
    @ParameterType("la vérification de recevabilité|la création de la demande"
            + "|l'acceptation du rendez-vous")
    public String operation(String phrase) {
        return OPERATIONS.get(phrase);
    }

    /** What the supplier proposes with ProposerDatePlage. */
    @ParameterType("un autre créneau libre|un créneau occupé|le premier créneau de la liste"
            + "|une plage inconnue")
    public Proposal proposition(String phrase) {
        return Proposal.of(phrase);
    }

    /** Where a request of a scenario about the dialogue's sequence stands (SES-3). */
    @ParameterType("inconnue d'OMEGA|créée par un autre fournisseur|dont le rendez-vous est"
            + " programmé|à laquelle OMEGA a proposé une liste de créneaux|abandonnée")
    public String situation(String phrase) {
        return phrase;
    }

    /** A postal code named by its relation to the PCE, as in the data set. */
    @ParameterType("d'[^\"]+")
    public String codePostal(String phrase) {
        return phrase;
    }

    /** Which date a check is about. */
    @ParameterType("la date demandée|la dernière date proposée")
    public String dateRef(String phrase) {
        return phrase;
    }

    /** The two working days a list of slots must cover. */
    @ParameterType("qui suivent la date demandée|qui suivent la liste précédente"
            + "|qui précèdent la liste précédente")
    public String fenetre(String phrase) {
        return phrase;
    }

    /** The direction of DemanderPrecSuiv. */
    @ParameterType("suivants|précédents")
    public String sens(String phrase) {
        return phrase.equals("suivants") ? "SUIV" : "PREC";
    }
}
