package dev.omegacoup.omega;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The referential the stub answers from: slot catalogue (AS-3), appointment zones,
 * suppliers and PCEs. It is read from a JSON file; the default one ships in
 * {@code stubs/omega-data.json} and a user may point the stub at their own.
 */
public final class DataSet {

    /** The largest slot catalogue that keeps two working days within 24 entries (AS-3). */
    public static final int MAX_SLOTS_PER_DAY = 12;
    private static final String PACKAGED = "/omega/stubs/omega-data.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Data data;
    private final Map<String, Supplier> suppliersByCad;
    private final Map<String, Pce> pcesByNumero;
    private final Map<String, Zone> zonesByCode;
    private final Map<String, Slot> slotsByPlage;

    private DataSet(Data data, String origin) {
        this.data = data;
        this.suppliersByCad = index(data.suppliers(), Supplier::numeroCad, "supplier", origin);
        this.pcesByNumero = index(data.pces(), Pce::numero, "PCE", origin);
        this.zonesByCode = index(data.zones(), Zone::code, "zone", origin);
        this.slotsByPlage = index(data.slots(), Slot::plage, "slot", origin);
        check(origin);
    }

    public static DataSet packaged() {
        try (InputStream in = DataSet.class.getResourceAsStream(PACKAGED)) {
            return new DataSet(JSON.readValue(in, Data.class), "the default data set");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default data set", e);
        }
    }

    public static DataSet fromFile(Path file) {
        try {
            return new DataSet(JSON.readValue(Files.readAllBytes(file), Data.class),
                    file.toString());
        } catch (JsonProcessingException e) {
            throw new DataSetException(file + ": " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new DataSetException("cannot read the data set " + file + ": " + e);
        }
    }

    public Optional<Supplier> supplier(String numeroCad) {
        return Optional.ofNullable(suppliersByCad.get(numeroCad));
    }

    public Optional<Pce> pce(String numero) {
        return Optional.ofNullable(pcesByNumero.get(numero));
    }

    public Zone zone(String code) {
        return zonesByCode.get(code);
    }

    public Optional<Slot> slot(String plage) {
        return Optional.ofNullable(slotsByPlage.get(plage));
    }

    public List<Slot> slots() {
        return data.slots();
    }

    public List<Pce> pces() {
        return data.pces();
    }

    public List<Supplier> suppliers() {
        return data.suppliers();
    }

    public List<OccupiedSlot> occupied() {
        return data.occupied() == null ? List.of() : data.occupied();
    }

    private void check(String origin) {
        List<String> problems = new ArrayList<>();
        if (data.slots().isEmpty() || data.slots().size() > MAX_SLOTS_PER_DAY) {
            problems.add("the slot catalogue must hold 1 to " + MAX_SLOTS_PER_DAY
                    + " slots (AS-3); it holds " + data.slots().size());
        }
        for (Slot slot : data.slots()) {
            if (!isTime(slot.heureMin()) || !isTime(slot.heureMax())) {
                problems.add("slot " + slot.plage() + " needs heureMin and heureMax as HH:MM");
            }
        }
        for (Supplier supplier : data.suppliers()) {
            if (supplier.logins() == null || supplier.dnEntreprise() == null) {
                problems.add("supplier " + supplier.numeroCad() + " needs dnEntreprise and"
                        + " logins");
            }
        }
        for (Pce pce : data.pces()) {
            checkPce(pce, problems);
        }
        for (OccupiedSlot slot : data.occupied()) {
            if (!isDate(slot.date()) || !slotsByPlage.containsKey(slot.plage())) {
                problems.add("occupied slot " + slot + " needs a YYYY-MM-DD date and a slot"
                        + " of the catalogue");
            }
        }
        for (Pce pce : data.pces()) {
            if (!zonesByCode.containsKey(pce.zone())) {
                problems.add("PCE " + pce.numero() + " names unknown zone " + pce.zone());
            }
            if (!suppliersByCad.containsKey(pce.titulaireCad())) {
                problems.add("PCE " + pce.numero() + " names unknown holder CAD "
                        + pce.titulaireCad());
            }
        }
        for (Zone zone : data.zones()) {
            zone.plagesToujoursOccupees().stream()
                    .filter(plage -> !plage.equals("*") && !slotsByPlage.containsKey(plage))
                    .forEach(plage -> problems.add("zone " + zone.code()
                            + " names unknown slot " + plage));
        }
        if (!problems.isEmpty()) {
            throw new DataSetException(origin + ": " + String.join("; ", problems));
        }
    }

    private void checkPce(Pce pce, List<String> problems) {
        try {
            pce.readingFrequency();
        } catch (DataSetException e) {
            problems.add("PCE " + pce.numero() + ": " + e.getMessage());
        }
        if (pce.departement() == null || pce.titulaireCad() == null || pce.etat() == null) {
            problems.add("PCE " + pce.numero() + " needs departement, titulaireCad and etat");
        }
        for (RdvElectricite rdv : pce.rdvElectricite()) {
            boolean dated = rdv.date() != null ? isDate(rdv.date())
                    : rdv.jourOuvre() != null && rdv.jourOuvre() > 0;
            if (!dated || !slotsByPlage.containsKey(rdv.plage())) {
                problems.add("PCE " + pce.numero() + ": an electricity appointment needs a"
                        + " date (YYYY-MM-DD) or a jourOuvre above 0, and a slot of the"
                        + " catalogue");
            }
        }
    }

    private static boolean isTime(String text) {
        return text != null && text.matches("([01]\\d|2[0-3]):[0-5]\\d");
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(String.valueOf(text));
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key,
            String what, String origin) {
        try {
            return items.stream().collect(Collectors.toUnmodifiableMap(key, item -> item));
        } catch (IllegalStateException e) {
            throw new DataSetException(origin + ": two " + what + " entries share the key "
                    + duplicateKey(items, key));
        }
    }

    private static <T> String duplicateKey(List<T> items, Function<T, String> key) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return items.stream().map(key).filter(k -> !seen.add(k)).findFirst().orElse("?");
    }

    /** The file's shape; a missing list reads as empty. */
    record Data(String description, List<Slot> slots, List<Zone> zones,
            List<Supplier> suppliers, List<Pce> pces, List<OccupiedSlot> occupied) {

        Data {
            slots = slots == null ? List.of() : slots;
            zones = zones == null ? List.of() : zones;
            suppliers = suppliers == null ? List.of() : suppliers;
            pces = pces == null ? List.of() : pces;
            occupied = occupied == null ? List.of() : occupied;
        }
    }

    /** A slot of the catalogue: its code on the wire, its label and its real hours. */
    public record Slot(String plage, String libelle, String heureMin, String heureMax) {
    }

    /**
     * An area served by one technicians' round. {@code rdvPrecis} false: the round
     * takes no precise appointment (answers DmdOkDD with a code). Slots listed in
     * {@code plagesToujoursOccupees} ("*" for all) are taken on every working day.
     */
    public record Zone(String code, boolean rdvPrecis, List<String> plagesToujoursOccupees) {

        public Zone {
            plagesToujoursOccupees = plagesToujoursOccupees == null
                    ? List.of() : List.copyOf(plagesToujoursOccupees);
        }

        boolean alwaysTaken(String plage) {
            return plagesToujoursOccupees.contains("*")
                    || plagesToujoursOccupees.contains(plage);
        }
    }

    /** A supplier: its certificate DN, its CDG-F (CAD) and that contract's state. */
    public record Supplier(String nom, String dnEntreprise, String numeroCad, String etatCad,
            List<String> logins) {

        public boolean cadValide() {
            return "VALIDE".equals(etatCad);
        }
    }

    /** A metering point and what OMEGA knows of it. */
    public record Pce(String numero, String role, String frequence, String commune,
            String codePostal, String departement, String titulaireCad, String etat,
            String zone, boolean sansIntervention, String incidentTechnique, Releve releve,
            List<RdvElectricite> rdvElectricite) {

        public Pce {
            rdvElectricite = rdvElectricite == null ? List.of() : List.copyOf(rdvElectricite);
        }

        public Frequence readingFrequency() {
            return Frequence.of(frequence);
        }

        public boolean enService() {
            return "EN_SERVICE".equals(etat);
        }
    }

    /** The last meter reading, returned by VerifierRecevabiliteCOUP. */
    public record Releve(long index, String qualification, String raison) {
    }

    /**
     * An electricity appointment in the same premises: a fixed date, or the n-th
     * working day after the stub's today, so the default data stays valid over time.
     */
    public record RdvElectricite(String date, Integer jourOuvre, String plage) {
    }

    /** A slot already taken in a zone on a date. */
    public record OccupiedSlot(String zone, String date, String plage) {
    }
}
