package dev.omegacoup.omega;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.QualificationIndexType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.ReponseWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.RequeteSurDemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.contract.RequeteWSDemanderPrecSuiv;
import dev.omegacoup.contract.RequeteWSProposerDatePlage;
import dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.RetourRecevabiliteType;
import dev.omegacoup.contract.TypeRetourRecevabiliteType;
import dev.omegacoup.omega.DataSet.Pce;
import dev.omegacoup.omega.DataSet.Releve;
import dev.omegacoup.soap.Operation;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * OMEGA's side of CreerDemandeCOUP, with no transport in it: each operation takes the
 * contract's request object and returns the contract's response object, following the
 * rules of the specification. Step 3 and the stop operations live in
 * {@link AppointmentDialogue}.
 */
public final class Omega {

    private final DataSet data;
    private final ServiceClock clock;
    private final Availability availability;
    private final RequestStore store;
    private final Planning planning;
    private final AccessRules access;
    private final PceRules pceRules;
    private final FieldRules fieldRules;
    private final AppointmentDialogue dialogue;

    public Omega(DataSet data, ServiceClock clock, int requestCapacity) {
        this.data = data;
        this.clock = clock;
        this.availability = new Availability();
        this.planning = new Planning(data, new WorkingDays());
        this.store = new RequestStore(requestCapacity, this::forget);
        this.access = new AccessRules(data, availability, clock);
        this.pceRules = new PceRules(data);
        this.fieldRules = new FieldRules(data);
        this.dialogue = new AppointmentDialogue(data, clock, store, planning, fieldRules);
    }

    /**
     * Answers one call.
     *
     * @param certificateDn subject of the caller's TLS client certificate, null over HTTP
     */
    public Object handle(Operation operation, Object request, String certificateDn) {
        Identification id = Requests.identification(request);
        Optional<String> refused = access.refusal(id, certificateDn);
        if (refused.isPresent()) {
            return operation == Operation.VERIFIER_RECEVABILITE
                    ? recevabiliteKo(refused.get()) : Answers.dmdKo(refused.get());
        }
        return switch (operation) {
            case VERIFIER_RECEVABILITE ->
                    verifierRecevabilite((RequeteWSVerifierRecevabiliteCOUP) request);
            case CREER_DEMANDE -> creerDemande((RequeteWSCreerDemandeCOUP) request, id);
            case PROPOSER_DATE_PLAGE ->
                    dialogue.proposerDatePlage((RequeteWSProposerDatePlage) request, id);
            case ACCEPTER_RDV -> dialogue.accepterRdv((RequeteSurDemandeType) request, id);
            case DEMANDER_PREC_SUIV ->
                    dialogue.demanderPrecSuiv((RequeteWSDemanderPrecSuiv) request, id);
            case ABANDONNER_RDV -> dialogue.abandonnerRdv((RequeteSurDemandeType) request, id);
            case ABANDONNER_DEMANDE ->
                    dialogue.abandonnerDemande((RequeteSurDemandeType) request, id);
        };
    }

    public DataSet data() {
        return data;
    }

    public ServiceClock clock() {
        return clock;
    }

    public Availability availability() {
        return availability;
    }

    public RequestStore requests() {
        return store;
    }

    public Planning planning() {
        return planning;
    }

    /** SES-4: an internal event changes a request's status while its client pauses. */
    public boolean changeStatus(String numeroDemande, Statut statut) {
        Optional<Demande> demande = store.find(numeroDemande);
        demande.ifPresent(d -> d.changeInternally(clock.instant(), statut));
        return demande.isPresent();
    }

    /** Forgets every request and booking, and restores availability. */
    public void reset() {
        // Marked first: a dialogue call that looked a request up just before cannot book
        // for it once the bookings are gone.
        store.all().forEach(Demande::forget);
        store.clear();
        planning.reset();
        availability.reset();
    }

    /**
     * A request the store forgets to stay within its capacity gives its slot back, so that
     * the bookings stay bounded as the requests are. Marking it forgotten waits for a
     * dialogue call still running on it, and stops any later one from booking for it.
     */
    private void forget(Demande demande) {
        DatePlage booked = demande.forget();
        if (booked != null) {
            planning.release(demande.zone(), booked, demande.numeroDemande());
        }
    }

    /** Step 1 (OP-1). A refusal still records a request, 022 or 023 (SES-1). */
    private ReponseWSVerifierRecevabiliteCOUP verifierRecevabilite(
            RequeteWSVerifierRecevabiliteCOUP request) {
        PceRules.Verdict verdict = pceRules.check(request.getNumeroPCE(),
                request.getCodePostal(), request.getNumeroCAD().strip());
        if (!verdict.isAccepted()) {
            if (verdict.recorded() != null) {
                recordRefusal(request, verdict.recorded());
            }
            return recevabiliteKo(verdict.refusal());
        }
        RetourRecevabiliteType retour = new RetourRecevabiliteType();
        retour.setCodeRetour(CodeRetourType.MESSAGE);
        retour.getMessageRetour().add(Texts.RECEVABLE);
        Releve releve = verdict.pce().releve();
        if (releve != null) {
            retour.setIndexFinDerniereReleve(BigInteger.valueOf(releve.index()));
            retour.setQualificationIndex(QualificationIndexType.fromValue(
                    releve.qualification()));
            retour.setRaisonReleve(releve.raison());
        }
        return recevabilite(TypeRetourRecevabiliteType.P, retour);
    }

    private void recordRefusal(RequeteWSVerifierRecevabiliteCOUP request, Statut statut) {
        Demande refused = new Demande(store.nextNumber(), request.getNumeroCAD().strip(),
                request.getNumeroPCE(), null, null);
        refused.record(clock.instant(), statut, "VerifierRecevabiliteCOUP refused");
        store.add(refused);
    }

    /** Step 2 (OP-2). */
    private ReponseCreerDemandeType creerDemande(RequeteWSCreerDemandeCOUP request,
            Identification id) {
        DemandeType demande = request.getDemande();
        PceRules.Verdict verdict = pceRules.check(demande.getNumeroPCE(),
                demande.getCodePostal(), id.numeroCad());
        if (!verdict.isAccepted()) {
            return Answers.dmdKo(verdict.refusal());
        }
        Pce pce = verdict.pce();
        List<String> breaches = fieldRules.breaches(demande, pce, clock.today());
        if (!breaches.isEmpty()) {
            return Answers.dmdKo(breaches);
        }
        return dialogue.create(demande, pce, id);
    }

    private static ReponseWSVerifierRecevabiliteCOUP recevabiliteKo(String text) {
        RetourRecevabiliteType retour = new RetourRecevabiliteType();
        retour.setCodeRetour(CodeRetourType.DMD_KO);
        retour.getMessageRetour().add(text);
        return recevabilite(TypeRetourRecevabiliteType.A, retour);
    }

    private static ReponseWSVerifierRecevabiliteCOUP recevabilite(
            TypeRetourRecevabiliteType type, RetourRecevabiliteType retour) {
        ReponseWSVerifierRecevabiliteCOUP answer = new ReponseWSVerifierRecevabiliteCOUP();
        answer.setTypeRetourDialogue(type);
        answer.setRetour(retour);
        return answer;
    }

    /** The first requested date of a creation request, as a LocalDate. */
    static LocalDate requestedDate(DemandeType demande) {
        return Answers.localDate(demande.getPremierRdvDemande().getDate());
    }
}
