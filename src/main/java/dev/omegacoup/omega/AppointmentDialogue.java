package dev.omegacoup.omega;

import dev.omegacoup.contract.ContactInterventionType;
import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.DonneesTypeDemandeType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.RequeteSurDemandeType;
import dev.omegacoup.contract.RequeteWSDemanderPrecSuiv;
import dev.omegacoup.contract.RequeteWSProposerDatePlage;
import dev.omegacoup.contract.SensType;
import dev.omegacoup.omega.DataSet.Pce;
import dev.omegacoup.omega.DataSet.RdvElectricite;
import dev.omegacoup.omega.Planning.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request once created: the creation answer and the appointment dialogue of step 3
 * (ProposerDatePlage, AccepterRdv, DemanderPrecSuiv) and its stops (AbandonnerRdV,
 * AbandonnerDemande), as a state machine per NumeroDemande (SES-1 to SES-4).
 *
 * <p>Out-of-sequence calls get a DmdKo (SES-3). The specification gives no text for
 * them; the stub uses "Demande non recevable : " with a SEQ code from {@link Codes},
 * "Habilitation incorrecte" for another supplier's request, and "Dialogue interrompu"
 * when an internal event changed the request (SES-4).
 */
final class AppointmentDialogue {

    private static final int MAX_SYNCHRO = 3;

    private final DataSet data;
    private final ServiceClock clock;
    private final RequestStore store;
    private final Planning planning;
    private final FieldRules fieldRules;

    AppointmentDialogue(DataSet data, ServiceClock clock, RequestStore store, Planning planning,
            FieldRules fieldRules) {
        this.data = data;
        this.clock = clock;
        this.store = store;
        this.planning = planning;
        this.fieldRules = fieldRules;
    }

    /** Records a valid creation request and answers it (BR-17 to BR-21, BR-23). */
    ReponseCreerDemandeType create(DemandeType request, Pce pce, Identification id) {
        Demande demande = new Demande(store.nextNumber(), id.numeroCad(), pce.numero(),
                pce.zone(), observation(request));
        LocalDate dd = Omega.requestedDate(request);
        String numero = demande.numeroDemande();
        store.add(demande);

        synchronized (demande) {
            demande.setDateDemandee(dd);
            if (pce.sansIntervention()) {
                demande.record(clock.instant(), Statut.EN_COURS_DE_REALISATION, "created");
                return Answers.of(Reply.DMD_OK_DD, Texts.SANS_INTERVENTION,
                        Answers.objet(numero));
            }
            demande.record(clock.instant(), Statut.EN_ATTENTE_RDV, "created");
            if (pce.incidentTechnique() != null) {
                demande.note(clock.instant(), "dialogue interrupted: " + pce.incidentTechnique());
                return Answers.dmdKo(Texts.withCode(Texts.DIALOGUE_INTERROMPU,
                        pce.incidentTechnique()));
            }
            if (!pce.readingFrequency().precise()) {
                return Answers.of(Reply.DMD_OK_DD, Texts.RDV_DATE_DEMANDEE,
                        Answers.withDateDemandee(numero, dd));
            }
            if (!data.zone(pce.zone()).rdvPrecis()) {
                return Answers.of(Reply.DMD_OK_DD, Texts.withCode(Texts.RDV_DATE_DEMANDEE_CODE,
                        Codes.TOURNEE_SANS_RDV_PRECIS), Answers.withDateDemandee(numero, dd));
            }
            DatePlage wanted = new DatePlage(dd, request.getPremierRdvDemande().getPlage());
            ReponseCreerDemandeType answer = offer(demande, wanted, id);
            if (id.aboveV4()) {
                Answers.addSynchro(answer.getReponseCreerDemandeObjet(), electricity(pce));
            }
            return answer;
        }
    }

    /** OP-3: the client proposes another date and slot; the date becomes the DD (BR-22). */
    ReponseCreerDemandeType proposerDatePlage(RequeteWSProposerDatePlage request,
            Identification id) {
        return inDialogue(request.getNumeroDemande(), id, demande -> {
            LocalDate date = Answers.localDate(request.getDate());
            if (date != null && date.isAfter(clock.today())) {
                demande.setDateDemandee(date);
                demande.note(clock.instant(), "DD changed to " + date);
            }
            List<String> breaches = fieldRules.proposalBreaches(date, request.getPlage(),
                    clock.today());
            if (!breaches.isEmpty()) {
                return end(demande, Answers.dmdKo(breaches));
            }
            return offer(demande, new DatePlage(date, request.getPlage()), id);
        });
    }

    /** OP-4: confirms the slot proposed by the last DatePlageH answer. */
    ReponseCreerDemandeType accepterRdv(RequeteSurDemandeType request, Identification id) {
        return inDialogue(request.getNumeroDemande(), id, demande -> {
            DatePlage proposed = demande.proposed();
            if (proposed == null) {
                return end(demande, Answers.dmdKo(Texts.NON_RECEVABLE + Codes.RIEN_A_ACCEPTER));
            }
            if (!planning.book(demande.zone(), proposed, demande.numeroDemande())) {
                demande.note(clock.instant(), "slot taken meanwhile: " + proposed);
                return offer(demande, proposed, id);
            }
            demande.schedule(proposed);
            demande.close();
            demande.record(clock.instant(), Statut.RDV_PROGRAMME, "AccepterRdv " + proposed);
            return Answers.of(Reply.DMD_OK_DP, Texts.RDV_PROGRAMME,
                    Answers.withDateProgrammee(demande.numeroDemande(), proposed,
                            planning.slot(proposed.plage()),
                            synchroPosition(demande, proposed, id)));
        });
    }

    /** OP-5: the previous or next two working days of free slots. */
    ReponseCreerDemandeType demanderPrecSuiv(RequeteWSDemanderPrecSuiv request,
            Identification id) {
        return inDialogue(request.getNumeroDemande(), id, demande -> {
            // Never null here: every invitation sets the window the client pages from.
            LocalDate start = demande.windowStart();
            WorkingDays days = planning.workingDays();
            LocalDate after = request.getSens() == SensType.SUIV
                    ? days.next(start)
                    : days.previous(days.previous(days.previous(start)));
            LocalDate earliest = clock.today();
            return list(demande, planning.freeSlotsAfter(demande.zone(),
                    after.isBefore(earliest) ? earliest : after));
        });
    }

    /** OP-6: the request stays recorded at its last DD (BR-22). */
    ReponseCreerDemandeType abandonnerRdv(RequeteSurDemandeType request, Identification id) {
        return inDialogue(request.getNumeroDemande(), id, demande -> {
            demande.close();
            demande.note(clock.instant(), "AbandonnerRdV, kept at DD " + demande.dateDemandee());
            return Answers.of(Reply.DMD_OK_DD, Texts.RDV_DATE_DEMANDEE,
                    Answers.withDateDemandee(demande.numeroDemande(), demande.dateDemandee()));
        });
    }

    /** OP-7: cancels the request being created. */
    ReponseCreerDemandeType abandonnerDemande(RequeteSurDemandeType request, Identification id) {
        return inDialogue(request.getNumeroDemande(), id, demande -> {
            demande.close();
            demande.record(clock.instant(), Statut.ABANDONNEE, "AbandonnerDemande");
            return Answers.of(Reply.DMD_KO, Texts.DEMANDE_ABANDONNEE,
                    Answers.objet(demande.numeroDemande()));
        });
    }

    /**
     * Runs a dialogue call on a request that exists, belongs to the caller, is still in
     * its appointment dialogue and was not changed by an internal event (SES-3, SES-4).
     */
    private ReponseCreerDemandeType inDialogue(String numeroDemande, Identification id,
            Function<Demande, ReponseCreerDemandeType> call) {
        Optional<Demande> found = store.find(numeroDemande == null ? "" : numeroDemande.strip());
        if (found.isEmpty()) {
            return Answers.dmdKo(Texts.NON_RECEVABLE + Codes.DEMANDE_INCONNUE);
        }
        Demande demande = found.get();
        if (!demande.numeroCad().equals(id.numeroCad())) {
            return Answers.dmdKo(Texts.HABILITATION);
        }
        synchronized (demande) {
            if (demande.forgotten()) {  // dropped by the store after the look-up
                return Answers.dmdKo(Texts.NON_RECEVABLE + Codes.DEMANDE_INCONNUE);
            }
            if (demande.takeInternalChange()) {
                demande.close();
                return Answers.dmdKo(Texts.withCode(Texts.DIALOGUE_INTERROMPU,
                        Codes.STATUT_CHANGE));
            }
            if (demande.dialogue() != Demande.DialogueState.INVITED) {
                return Answers.dmdKo(Texts.NON_RECEVABLE + Codes.DIALOGUE_TERMINE);
            }
            return call.apply(demande);
        }
    }

    /**
     * Offers a slot: DatePlageH when it is free (BR-20), otherwise the free slots of the
     * two working days after it (BR-21), or, when there are none, the request stays at
     * its DD and the client is told to go on (RC-3 a).
     */
    private ReponseCreerDemandeType offer(Demande demande, DatePlage wanted,
            Identification id) {
        String numero = demande.numeroDemande();
        if (planning.isFree(demande.zone(), wanted)) {
            // As if the offered day closed a list: SUIV then shows the days right after it.
            demande.invite(wanted, planning.workingDays().previous(wanted.date()));
            return Answers.of(Reply.DATE_PLAGE_H, Texts.DATE_PLAGE_DISPONIBLE,
                    Answers.withDateProgrammee(numero, wanted, planning.slot(wanted.plage()),
                            synchroPosition(demande, wanted, id)));
        }
        return list(demande, planning.freeSlotsAfter(demande.zone(), wanted.date()));
    }

    private ReponseCreerDemandeType list(Demande demande, Window window) {
        demande.invite(null, window.first());
        String numero = demande.numeroDemande();
        if (window.free().isEmpty()) {
            return Answers.of(Reply.MESSAGE, Texts.withCode(Texts.RDV_A_POURSUIVRE,
                    Codes.AUCUN_CRENEAU_LIBRE),
                    Answers.withDateDemandee(numero, demande.dateDemandee()));
        }
        return Answers.of(Reply.LISTE_DP, Texts.DATE_PLAGE_INDISPONIBLE,
                Answers.withList(numero, window.free()));
    }

    /** A DmdKo ends the dialogue; the request stays at its DD. */
    private ReponseCreerDemandeType end(Demande demande, ReponseCreerDemandeType answer) {
        demande.close();
        demande.note(clock.instant(), "dialogue ended: "
                + answer.getRetour().getMessageRetour().get(0));
        return answer;
    }

    /**
     * BR-20, MSG-4: when the slot is one of the electricity appointments listed in
     * RetourSynchroInterventions, its position there ("1" to "3"); only above V4, since
     * a V4 client never gets the list the position points into.
     */
    private String synchroPosition(Demande demande, DatePlage slot, Identification id) {
        if (!id.aboveV4()) {
            return null;
        }
        int index = data.pce(demande.numeroPce()).map(this::electricity).orElse(List.of())
                .indexOf(slot);
        return index < 0 ? null : Integer.toString(index + 1);
    }

    private List<DatePlage> electricity(Pce pce) {
        LocalDate today = clock.today();
        return pce.rdvElectricite().stream().limit(MAX_SYNCHRO)
                .map(rdv -> new DatePlage(dateOf(rdv, today), rdv.plage()))
                .filter(rdv -> Planning.inContract(rdv.date()))
                .toList();
    }

    private LocalDate dateOf(RdvElectricite rdv, LocalDate today) {
        return rdv.date() != null ? LocalDate.parse(rdv.date())
                : planning.workingDays().nth(today, rdv.jourOuvre());
    }

    private static String observation(DemandeType request) {
        DonneesTypeDemandeType type = request.getDonneesTypeDemande();
        ContactInterventionType contact = request.getContactIntervention();
        if (contact == null) {
            contact = new ContactInterventionType();
        }
        return ObservationDisco.build(type.getCodeLibelleIntervention(), type.getMontantDu(),
                type.getMinimumAPercevoir(), contact.getNom(), contact.getCodeAcces(),
                contact.getComplementAdresse());
    }
}
