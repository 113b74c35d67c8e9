package dev.omegacoup.omega;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests OMEGA recorded, by NumeroDemande. Bounded: past {@code capacity} the
 * oldest request is forgotten, so a stub left running in CI for days keeps a steady
 * footprint. A forgotten request answers like an unknown one.
 */
public final class RequestStore {

    public static final int DEFAULT_CAPACITY = 100_000;
    private static final long FIRST_NUMBER = 4_000_000_001L;

    private final int capacity;
    private final AtomicLong sequence = new AtomicLong(FIRST_NUMBER);
    private final Map<String, Demande> requests;

    public RequestStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the request store needs room for one request");
        }
        this.capacity = capacity;
        this.requests = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Demande> eldest) {
                return size() > RequestStore.this.capacity;
            }
        };
    }

    /** A new NumeroDemande: ten digits, never reused within a run. */
    public String nextNumber() {
        return Long.toString(sequence.getAndIncrement());
    }

    public synchronized void add(Demande demande) {
        requests.put(demande.numeroDemande(), demande);
    }

    public synchronized Optional<Demande> find(String numeroDemande) {
        return Optional.ofNullable(requests.get(numeroDemande));
    }

    public synchronized List<Demande> all() {
        Collection<Demande> values = requests.values();
        return List.copyOf(values);
    }

    public synchronized void clear() {
        requests.clear();
    }

    public int capacity() {
        return capacity;
    }
}
