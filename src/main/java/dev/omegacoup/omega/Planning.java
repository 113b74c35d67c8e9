package dev.omegacoup.omega;

import dev.omegacoup.omega.DataSet.Slot;
import dev.omegacoup.omega.DataSet.Zone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appointment slots per zone: the catalogue of the data set, the slots a zone always
 * has taken, the dated occupations of the data set and the appointments booked since
 * the stub started. Booking is atomic, so two clients never get the same slot. A booking
 * lasts as long as its request is kept: a forgotten request gives its slot back. Each taken
 * slot knows who holds it, so a request can only give back its own.
 */
public final class Planning {

    /** At most two working days of all slots (BR-21). */
    public static final int MAX_PROPOSALS = 24;

    /** The last year a date of the contract (YYYY-MM-DD) can name. */
    private static final int LAST_YEAR = 9999;

    /** Holder of the data set's own occupations, which nothing gives back. */
    private static final String DATA_SET = "";

    private final DataSet data;
    private final WorkingDays workingDays;
    /** Taken slots and who holds each: a NumeroDemande, or {@link #DATA_SET}. */
    private final Map<SlotKey, String> taken = new ConcurrentHashMap<>();

    public Planning(DataSet data, WorkingDays workingDays) {
        this.data = data;
        this.workingDays = workingDays;
        data.occupied().forEach(o -> taken.put(key(o.zone(), LocalDate.parse(o.date()),
                o.plage()), DATA_SET));
    }

    /**
     * Forgets the bookings made since start. The data set's occupations are never removed,
     * so a booking made while a reset runs cannot take one of them.
     */
    public void reset() {
        taken.values().removeIf(holder -> !DATA_SET.equals(holder));
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public boolean isFree(String zoneCode, DatePlage slot) {
        Zone zone = data.zone(zoneCode);
        return workingDays.isWorkingDay(slot.date())
                && data.slot(slot.plage()).isPresent()
                && !zone.alwaysTaken(slot.plage())
                && !taken.containsKey(key(zoneCode, slot.date(), slot.plage()));
    }

    /** Takes a slot for a request; false when another booking got it first. */
    public boolean book(String zoneCode, DatePlage slot, String numeroDemande) {
        return isFree(zoneCode, slot)
                && taken.putIfAbsent(key(zoneCode, slot.date(), slot.plage()), numeroDemande)
                        == null;
    }

    /** Gives back a slot the request took; a slot someone else holds stays taken. */
    public void release(String zoneCode, DatePlage slot, String numeroDemande) {
        if (!DATA_SET.equals(numeroDemande)) {
            taken.remove(key(zoneCode, slot.date(), slot.plage()), numeroDemande);
        }
    }

    /**
     * The free slots of the two working days that follow {@code after}, in the order of
     * the catalogue, capped at 24 (BR-21). Also gives the window's first day, so that
     * DemanderPrecSuiv can page from it.
     */
    public Window freeSlotsAfter(String zoneCode, LocalDate after) {
        LocalDate first = workingDays.next(after);
        LocalDate second = workingDays.next(first);
        List<DatePlage> free = new ArrayList<>();
        for (LocalDate day : List.of(first, second)) {
            if (!inContract(day)) {
                continue;
            }
            for (Slot slot : data.slots()) {
                DatePlage candidate = new DatePlage(day, slot.plage());
                if (free.size() < MAX_PROPOSALS && isFree(zoneCode, candidate)) {
                    free.add(candidate);
                }
            }
        }
        return new Window(first, second, free);
    }

    /** Whether the contract can carry the date: its dates have four-digit years. */
    static boolean inContract(LocalDate date) {
        return date.getYear() <= LAST_YEAR;
    }

    public Slot slot(String plage) {
        return data.slot(plage).orElseThrow();
    }

    /** Two working days and their free slots. */
    public record Window(LocalDate first, LocalDate last, List<DatePlage> free) {

        public Window {
            free = List.copyOf(free);
        }
    }

    private static SlotKey key(String zone, LocalDate date, String plage) {
        return new SlotKey(zone, date, plage);
    }

    private record SlotKey(String zone, LocalDate date, String plage) {
    }
}
