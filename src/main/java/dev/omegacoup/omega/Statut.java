package dev.omegacoup.omega;

/** Statuses of a request in OMEGA (AS-8), with the label request tracking shows. */
public enum Statut {
    EN_ATTENTE_RDV("en attente de RDV"),
    EN_COURS_DE_REALISATION("en cours de réalisation"),
    RDV_PROGRAMME("RDV programmé"),
    PCE_INCONNU("022 Demande impossible – PCE inconnu"),
    NON_VALIDEE("023 Demande non validée"),
    ABANDONNEE("Demande abandonnée"),
    ANNULEE("annulée");

    private final String label;

    Statut(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
