package dev.omegacoup.omega;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request as OMEGA records it: its status and history, its requested date (DD) and
 * scheduled date (DP), its ObservationDisco, and where its appointment dialogue stands.
 * Every dialogue call on one request runs while holding its monitor, so concurrent
 * calls are serialised and the history stays consistent.
 */
public final class Demande {

    private final String numeroDemande;
    private final String numeroCad;
    private final String numeroPce;
    private final String zone;
    private final String observationDisco;
    private final List<Event> history = new ArrayList<>();

    private Statut statut;
    private LocalDate dateDemandee;
    private DatePlage dateProgrammee;
    private DialogueState dialogue = DialogueState.CLOSED;
    private DatePlage proposed;
    private LocalDate windowStart;
    private boolean changedInternally;
    private boolean forgotten;

    Demande(String numeroDemande, String numeroCad, String numeroPce, String zone,
            String observationDisco) {
        this.numeroDemande = numeroDemande;
        this.numeroCad = numeroCad;
        this.numeroPce = numeroPce;
        this.zone = zone;
        this.observationDisco = observationDisco;
    }

    public String numeroDemande() {
        return numeroDemande;
    }

    public String numeroCad() {
        return numeroCad;
    }

    public String numeroPce() {
        return numeroPce;
    }

    String zone() {
        return zone;
    }

    public String observationDisco() {
        return observationDisco;
    }

    public synchronized Statut statut() {
        return statut;
    }

    public synchronized LocalDate dateDemandee() {
        return dateDemandee;
    }

    public synchronized DatePlage dateProgrammee() {
        return dateProgrammee;
    }

    public synchronized DialogueState dialogue() {
        return dialogue;
    }

    public synchronized List<Event> history() {
        return List.copyOf(history);
    }

    synchronized void record(Instant at, Statut newStatut, String event) {
        statut = newStatut;
        history.add(new Event(at, newStatut.label(), event));
    }

    synchronized void note(Instant at, String event) {
        history.add(new Event(at, statut == null ? "" : statut.label(), event));
    }

    /** BR-22: a date given during the dialogue becomes the DD, whatever follows. */
    synchronized void setDateDemandee(LocalDate date) {
        dateDemandee = date;
    }

    synchronized void schedule(DatePlage slot) {
        dateProgrammee = slot;
    }

    synchronized void invite(DatePlage proposal, LocalDate listStart) {
        dialogue = DialogueState.INVITED;
        proposed = proposal;
        windowStart = listStart;
    }

    synchronized void close() {
        dialogue = DialogueState.CLOSED;
        proposed = null;
        windowStart = null;
    }

    synchronized DatePlage proposed() {
        return proposed;
    }

    synchronized LocalDate windowStart() {
        return windowStart;
    }

    /**
     * SES-4: an internal event changes the status while the client pauses. Setting the
     * status it already has changes nothing.
     *
     * @return whether the status changed
     */
    synchronized boolean changeInternally(Instant at, Statut newStatut) {
        if (newStatut == statut) {
            return false;
        }
        changedInternally = true;
        record(at, newStatut, "internal event");
        return true;
    }

    synchronized boolean takeInternalChange() {
        boolean changed = changedInternally;
        changedInternally = false;
        return changed;
    }

    /**
     * The store dropped this request: no dialogue call may book for it any more. Gives the
     * appointment it holds, for the caller to give back.
     */
    synchronized DatePlage forget() {
        forgotten = true;
        return dateProgrammee;
    }

    synchronized boolean forgotten() {
        return forgotten;
    }

    /** Where the appointment dialogue stands. */
    public enum DialogueState {
        /** The client was invited to take an appointment (P answers). */
        INVITED,
        /** No appointment call is expected any more. */
        CLOSED
    }

    /** One line of the request's history. */
    public record Event(Instant at, String statut, String event) {
    }
}
