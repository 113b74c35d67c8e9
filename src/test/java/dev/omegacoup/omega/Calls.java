package dev.omegacoup.omega;

import dev.omegacoup.contract.ContactInterventionType;
import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.DonneesTypeDemandeType;
import dev.omegacoup.contract.PremierRdvDemandeType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.ReponseWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.RequeteSurDemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.contract.RequeteWSDemanderPrecSuiv;
import dev.omegacoup.contract.RequeteWSProposerDatePlage;
import dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.SensType;
import dev.omegacoup.contract.UtilisateurType;
import dev.omegacoup.soap.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Builds the contract's requests and sends them to an engine, the way a supplier would.
 * Every test starts OMEGA's clock on Monday 11 January 2027 at 09:00 in Paris, so that
 * dates, working days and holidays are reproducible.
 */
final class Calls {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    static final Instant MONDAY_MORNING =
            ZonedDateTime.of(TODAY.atTime(9, 0), ServiceClock.PARIS).toInstant();

    private final Omega omega;

    Calls(Omega omega) {
        this.omega = omega;
    }

    static Omega engine() {
        return engine(DataSet.packaged(), RequestStore.DEFAULT_CAPACITY);
    }

    static Omega engine(DataSet data, int capacity) {
        ServiceClock clock = new ServiceClock();
        clock.set(MONDAY_MORNING);
        return new Omega(data, clock, capacity);
    }

    Omega omega() {
        return omega;
    }

    // Requests

    static RequeteWSVerifierRecevabiliteCOUP verifier(Caller caller, String pce) {
        RequeteWSVerifierRecevabiliteCOUP request = new RequeteWSVerifierRecevabiliteCOUP();
        request.setDNEntreprise(caller.dnEntreprise());
        request.setNumeroCAD(caller.numeroCad());
        request.setUtilisateur(user(caller));
        request.setNumeroVersion(caller.numeroVersion());
        request.setNumeroPCE(pce);
        return request;
    }

    /** A valid Z5 request for a 6M PCE, or a 210 one for a JJ/JM/MM PCE. */
    static RequeteWSCreerDemandeCOUP creer(Caller caller, String pce, String code,
            LocalDate date, String plage) {
        DonneesTypeDemandeType type = new DonneesTypeDemandeType();
        type.setCodeLibelleIntervention(code);
        if ("Z4".equals(code)) {
            type.setMontantDu(new BigDecimal("1250.40"));
            type.setMinimumAPercevoir(new BigDecimal("300.00"));
        }
        PremierRdvDemandeType rdv = new PremierRdvDemandeType();
        rdv.setDate(date == null ? null : Answers.date(date));
        rdv.setPlage(plage);
        ContactInterventionType contact = new ContactInterventionType();
        contact.setNom("Martin Dupont");
        contact.setTelephone("0600000000");
        contact.setCodeAcces("B1234");
        contact.setComplementAdresse("Bâtiment B, 3e étage");

        DemandeType demande = new DemandeType();
        demande.setTypeDemande("COUP");
        demande.setNumeroPCE(pce);
        demande.setDonneesTypeDemande(type);
        demande.setPremierRdvDemande(rdv);
        demande.setContactIntervention(contact);

        RequeteWSCreerDemandeCOUP request = new RequeteWSCreerDemandeCOUP();
        request.setDNEntreprise(caller.dnEntreprise());
        request.setNumeroCAD(caller.numeroCad());
        request.setUtilisateur(user(caller));
        request.setNumeroVersion(caller.numeroVersion());
        request.setDemande(demande);
        return request;
    }

    static RequeteWSProposerDatePlage proposer(Caller caller, String numeroDemande,
            LocalDate date, String plage) {
        RequeteWSProposerDatePlage request = new RequeteWSProposerDatePlage();
        request.setDNEntreprise(caller.dnEntreprise());
        request.setNumeroCAD(caller.numeroCad());
        request.setUtilisateur(user(caller));
        request.setNumeroVersion(caller.numeroVersion());
        request.setNumeroDemande(numeroDemande);
        request.setDate(date == null ? null : Answers.date(date));
        request.setPlage(plage);
        return request;
    }

    static RequeteWSDemanderPrecSuiv precSuiv(Caller caller, String numeroDemande,
            SensType sens) {
        RequeteWSDemanderPrecSuiv request = new RequeteWSDemanderPrecSuiv();
        request.setDNEntreprise(caller.dnEntreprise());
        request.setNumeroCAD(caller.numeroCad());
        request.setUtilisateur(user(caller));
        request.setNumeroVersion(caller.numeroVersion());
        request.setNumeroDemande(numeroDemande);
        request.setSens(sens);
        return request;
    }

    static RequeteSurDemandeType surDemande(Caller caller, String numeroDemande) {
        RequeteSurDemandeType request = new RequeteSurDemandeType();
        request.setDNEntreprise(caller.dnEntreprise());
        request.setNumeroCAD(caller.numeroCad());
        request.setUtilisateur(user(caller));
        request.setNumeroVersion(caller.numeroVersion());
        request.setNumeroDemande(numeroDemande);
        return request;
    }

    private static UtilisateurType user(Caller caller) {
        UtilisateurType user = new UtilisateurType();
        user.setLogin(caller.login());
        return user;
    }

    // Calls

    ReponseWSVerifierRecevabiliteCOUP send(RequeteWSVerifierRecevabiliteCOUP request) {
        return (ReponseWSVerifierRecevabiliteCOUP) omega.handle(
                Operation.VERIFIER_RECEVABILITE, request, null);
    }

    ReponseCreerDemandeType send(RequeteWSCreerDemandeCOUP request) {
        return (ReponseCreerDemandeType) omega.handle(Operation.CREER_DEMANDE, request, null);
    }

    ReponseCreerDemandeType send(RequeteWSProposerDatePlage request) {
        return (ReponseCreerDemandeType) omega.handle(Operation.PROPOSER_DATE_PLAGE, request,
                null);
    }

    ReponseCreerDemandeType send(RequeteWSDemanderPrecSuiv request) {
        return (ReponseCreerDemandeType) omega.handle(Operation.DEMANDER_PREC_SUIV, request,
                null);
    }

    ReponseCreerDemandeType send(Operation operation, RequeteSurDemandeType request) {
        return (ReponseCreerDemandeType) omega.handle(operation, request, null);
    }

    ReponseCreerDemandeType create(Caller caller, String pce, String code, LocalDate date,
            String plage) {
        return send(creer(caller, pce, code, date, plage));
    }

    /** Creates a Z5 request on a 6M PCE and gives its NumeroDemande. */
    String numeroAfterCreate(String pce, LocalDate date, String plage) {
        return create(Caller.ALPHA, pce, "Z5", date, plage).getReponseCreerDemandeObjet()
                .getNumeroDemande();
    }

    ReponseCreerDemandeType propose(Caller caller, String numero, LocalDate date,
            String plage) {
        return send(proposer(caller, numero, date, plage));
    }

    ReponseCreerDemandeType accept(Caller caller, String numero) {
        return send(Operation.ACCEPTER_RDV, surDemande(caller, numero));
    }

    ReponseCreerDemandeType page(Caller caller, String numero, SensType sens) {
        return send(precSuiv(caller, numero, sens));
    }

    ReponseCreerDemandeType abandonRdv(Caller caller, String numero) {
        return send(Operation.ABANDONNER_RDV, surDemande(caller, numero));
    }

    ReponseCreerDemandeType abandonDemande(Caller caller, String numero) {
        return send(Operation.ABANDONNER_DEMANDE, surDemande(caller, numero));
    }

    Demande stored(String numero) {
        return omega.requests().find(numero).orElseThrow();
    }
}
