package dev.omegacoup.omega;

/**
 * The MessageRetour texts of Annexe A, character for character (RC-1 to RC-6),
 * including the mix of typographic and straight apostrophes and the stray leading
 * space of the first "Message" text, as the specification prints them.
 */
public final class Texts {

    /** RC-1. */
    public static final String RDV_PROGRAMME = "Le rendez vous a été programmé avec succès.";
    /** RC-2 (a). */
    public static final String RDV_DATE_DEMANDEE = "Le rendez vous a été enregistré à la date"
            + " demandée, un technicien appellera le client pour confirmer le rendez vous.";
    /** RC-2 (b), followed by a codeMessageOMEGA. */
    public static final String RDV_DATE_DEMANDEE_CODE = "Le rendez vous a été enregistré à la"
            + " date demandée, un technicien appellera le client pour confirmer le rendez vous :";
    /** RC-2 (c). */
    public static final String SANS_INTERVENTION =
            "La demande sans intervention a été enregistrée correctement dans OMEGA.";
    /** RC-3 (a), followed by a codeMessageOMEGA; the leading space is the spec's. */
    public static final String RDV_A_POURSUIVRE = " Le rendez vous a été enregistré à la date"
            + " demandée, pour poursuivre analyser le message lié au code suivant :";
    /** RC-3 (b). */
    public static final String RECEVABLE = "Demande recevable";
    /** RC-4. */
    public static final String DATE_PLAGE_DISPONIBLE = "La date et la plage horaire demandées"
            + " sont disponibles. Confirmez le rendez vous.";
    /** RC-5. */
    public static final String DATE_PLAGE_INDISPONIBLE = "La date et la plage horaire demandées"
            + " ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans"
            + " la liste.";

    /** RC-6, BR-2. */
    public static final String HABILITATION = "Habilitation incorrecte";
    /** RC-6, BR-15. */
    public static final String HORS_OUVERTURE = "Ce service est actuellement indisponible."
            + " Veuillez renouveler votre demande pendant les heures d'ouverture du système"
            + " OMEGA";
    /** RC-6, BR-16. */
    public static final String MAINTENANCE = "Ce service est actuellement indisponible suite à"
            + " une opération de maintenance. Veuillez renouveler votre demande ultérieurement";
    /** RC-6, BR-6. */
    public static final String DEPARTEMENT = "La commune du PCE n’est pas dans le même"
            + " département que le code postal saisi : merci de corriger le PCE et/ou le code"
            + " postal";
    /** RC-6, BR-3. */
    public static final String ETAT_CAD = "Etat du CAD invalide";
    /** RC-6, BR-1. */
    public static final String LOGIN = "Le login doit être renseigné.";
    /** RC-6, answer to AbandonnerDemande. */
    public static final String DEMANDE_ABANDONNEE = "Demande abandonnée";
    /** RC-6, BR-4, followed by a codeErreur. */
    public static final String PCE_INCONNU = "Numéro de PCE incorrect ou inconnu";
    /** RC-6, BR-17, followed by a codeErreur. */
    public static final String DIALOGUE_INTERROMPU = "Dialogue interrompu suite à un problème"
            + " technique, vérifiez l’état de la demande sur le portail ou les publications"
            + " OMEGA.";
    /** RC-6, BR-5, followed by a codeErreur. */
    public static final String NON_RECEVABLE = "Demande non recevable : ";
    /** RC-6, field errors (BR-7 to BR-12), followed by codeChamp / codeCohérence. */
    public static final String DONNEE_INCORRECTE = "Donnée incorrecte : ";

    private Texts() {
    }

    /**
     * Appends a code to a text. The spec writes text + code; where the text does not
     * already end with a space, one space separates them (AS-6).
     */
    public static String withCode(String text, String code) {
        return text.endsWith(" ") ? text + code : text + " " + code;
    }

    /** "Donnée incorrecte : " + codeChamp + " / " + codeCohérence. */
    public static String donneeIncorrecte(String codeChamp, String codeCoherence) {
        return DONNEE_INCORRECTE + codeChamp + " / " + codeCoherence;
    }
}
