package dev.omegacoup.certification;

import java.time.Instant;

/**
 * A look-up in request tracking through the admin API (what EV-5 asks of a client whose
 * creation went unanswered): of one NumeroDemande, of one PCE, or of every request
 * when both are null. Admin calls carry no client identity, so a look-up counts for
 * every client.
 */
record Lookup(Instant at, String numeroDemande, String pce) {

    boolean covers(String numero, String numeroPce) {
        if (numeroDemande == null && pce == null) {
            return true;
        }
        return numeroDemande != null && numeroDemande.equals(numero)
                || pce != null && pce.equals(numeroPce);
    }

    String describe() {
        if (numeroDemande != null) {
            return "looked up NumeroDemande " + numeroDemande;
        }
        return pce != null ? "looked up PCE " + pce : "listed every request";
    }
}
