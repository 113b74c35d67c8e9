package dev.omegacoup.omega;

import dev.omegacoup.contract.RequeteSurDemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.contract.RequeteWSDemanderPrecSuiv;
import dev.omegacoup.contract.RequeteWSProposerDatePlage;
import dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.UtilisateurType;

/** Reads the identification part common to all requests of the contract. */
final class Requests {

    private Requests() {
    }

    static Identification identification(Object request) {
        if (request instanceof RequeteWSVerifierRecevabiliteCOUP r) {
            return of(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion());
        }
        if (request instanceof RequeteWSCreerDemandeCOUP r) {
            return of(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion());
        }
        if (request instanceof RequeteWSProposerDatePlage r) {
            return of(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion());
        }
        if (request instanceof RequeteWSDemanderPrecSuiv r) {
            return of(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion());
        }
        if (request instanceof RequeteSurDemandeType r) {
            return of(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion());
        }
        throw new IllegalArgumentException("not a request of the contract: "
                + request.getClass().getSimpleName());
    }

    private static Identification of(String dn, String cad, UtilisateurType user,
            String version) {
        String login = user == null ? null : user.getLogin();
        return new Identification(dn, cad == null ? null : cad.strip(), login, version);
    }
}
