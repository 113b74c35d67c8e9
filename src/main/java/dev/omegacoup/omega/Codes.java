package dev.omegacoup.omega;

/**
 * The project's catalogue of the technical codes that complete some texts (AS-6).
 * GRDF lists the real ones in its "Guide d'implémentation des Web Services", which the
 * project does not have; only DEM_COH01 comes from the specification. A user holding
 * the guide replaces the values here.
 */
public final class Codes {

    // codeErreur, BR-4: the PCE number.
    public static final String PCE_INCONNU = "PCE_001";
    public static final String PCE_MAL_FORME = "PCE_002";

    // codeErreur, BR-5: the PCE cannot be cut off by this caller.
    public static final String PCE_AUTRE_TITULAIRE = "REC_001";
    public static final String PCE_ETAT = "REC_002";

    // codeErreur, out-of-sequence dialogue calls (SES-3, SES-4).
    public static final String DEMANDE_INCONNUE = "SEQ_001";
    public static final String DIALOGUE_TERMINE = "SEQ_002";
    public static final String RIEN_A_ACCEPTER = "SEQ_003";
    // SEQ_004 is not used: DemanderPrecSuiv always has a window to page from.
    public static final String STATUT_CHANGE = "SEQ_005";

    // codeMessageOMEGA (RC-2 b, RC-3 a).
    public static final String TOURNEE_SANS_RDV_PRECIS = "MSG_010";
    public static final String AUCUN_CRENEAU_LIBRE = "MSG_020";

    // codeCohérence of field errors (BR-7 to BR-12). DEM_COH01 is the spec's.
    public static final String COH_MONTANTS_OBLIGATOIRES = "DEM_COH01";
    public static final String COH_TYPE_DEMANDE = "DEM_COH02";
    public static final String COH_INTERVENTION_FREQUENCE = "DEM_COH03";
    public static final String COH_OPTION_EXPRESS = "DEM_COH04";
    public static final String COH_MONTANT_FORMAT = "DEM_COH05";
    public static final String COH_DATE = "DEM_COH06";
    public static final String COH_DATE_PASSEE = "DEM_COH07";
    public static final String COH_PLAGE_OBLIGATOIRE = "DEM_COH08";
    public static final String COH_PLAGE_INCONNUE = "DEM_COH09";

    private Codes() {
    }
}
