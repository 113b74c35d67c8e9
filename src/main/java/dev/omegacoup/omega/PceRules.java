package dev.omegacoup.omega;

import dev.omegacoup.omega.DataSet.Pce;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a PCE eligible for a cut-off by this caller: it exists and is well formed
 * (BR-4), the postal code given is in its département (BR-6), and the caller holds it
 * in a state that allows a cut-off (BR-5).
 */
final class PceRules {

    private static final Pattern WELL_FORMED = Pattern.compile("\\d{14}|GI\\d{6}");

    private final DataSet data;

    PceRules(DataSet data) {
        this.data = data;
    }

    Verdict check(String numeroPce, String codePostal, String numeroCad) {
        String numero = numeroPce == null ? "" : numeroPce.strip();
        if (!WELL_FORMED.matcher(numero).matches()) {
            return Verdict.refused(Texts.withCode(Texts.PCE_INCONNU, Codes.PCE_MAL_FORME),
                    Statut.PCE_INCONNU);
        }
        Optional<Pce> found = data.pce(numero);
        if (found.isEmpty()) {
            return Verdict.refused(Texts.withCode(Texts.PCE_INCONNU, Codes.PCE_INCONNU),
                    Statut.PCE_INCONNU);
        }
        Pce pce = found.get();
        if (codePostal != null && !codePostal.isBlank()
                && !pce.departement().equals(departementOf(codePostal.strip()))) {
            return Verdict.refused(Texts.DEPARTEMENT, null);
        }
        if (!pce.titulaireCad().equals(numeroCad)) {
            return Verdict.refused(Texts.NON_RECEVABLE + Codes.PCE_AUTRE_TITULAIRE,
                    Statut.NON_VALIDEE);
        }
        if (!pce.enService()) {
            return Verdict.refused(Texts.NON_RECEVABLE + Codes.PCE_ETAT, Statut.NON_VALIDEE);
        }
        return Verdict.accepted(pce);
    }

    /**
     * The département of a French postal code: its first two digits, three overseas
     * (97x, 98x), and 2A / 2B for Corsica (200xx-201xx / 202xx-206xx).
     */
    static String departementOf(String codePostal) {
        if (!codePostal.matches("\\d{5}")) {
            return "";
        }
        if (codePostal.startsWith("97") || codePostal.startsWith("98")) {
            return codePostal.substring(0, 3);
        }
        if (codePostal.startsWith("20")) {
            return codePostal.compareTo("20200") < 0 ? "2A" : "2B";
        }
        return codePostal.substring(0, 2);
    }

    /** A PCE accepted, or the DmdKo text and the status a refused step 1 records. */
    record Verdict(Pce pce, String refusal, Statut recorded) {

        static Verdict accepted(Pce pce) {
            return new Verdict(pce, null, null);
        }

        static Verdict refused(String text, Statut recorded) {
            return new Verdict(null, text, recorded);
        }

        boolean isAccepted() {
            return pce != null;
        }
    }
}
