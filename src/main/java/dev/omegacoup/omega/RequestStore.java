package dev.omegacoup.omega;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The requests OMEGA recorded, by NumeroDemande. Bounded: past {@code capacity} the
 * oldest request is forgotten, so a stub left running in CI for days keeps a steady
 * footprint. A forgotten request answers like an unknown one.
 *
 * <p>Every dialogue call looks a request up here, so look-ups take no lock: they read a
 * concurrent map. Additions, the listing and the queue of numbers in creation order (for
 * the eviction) take turns, so the store never holds more than its capacity, even for a
 * moment.
 */
public final class RequestStore {

    public static final int DEFAULT_CAPACITY = 100_000;
    private static final long FIRST_NUMBER = 4_000_000_001L;

    private final int capacity;
    private final Consumer<Demande> onForget;
    private final AtomicLong sequence = new AtomicLong(FIRST_NUMBER);
    private final Map<String, Demande> requests = new ConcurrentHashMap<>();
    /** Guarded by this store's lock. */
    private final Deque<String> creationOrder = new ArrayDeque<>();

    public RequestStore(int capacity) {
        this(capacity, forgotten -> { });
    }

    /** A store that tells {@code onForget} of each request it drops to stay in capacity. */
    public RequestStore(int capacity, Consumer<Demande> onForget) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the request store needs room for one request");
        }
        this.capacity = capacity;
        this.onForget = onForget;
    }

    /** A new NumeroDemande: ten digits, never reused within a run. */
    public String nextNumber() {
        return Long.toString(sequence.getAndIncrement());
    }

    /** Records a request under its new number; numbers come from {@link #nextNumber()}. */
    public void add(Demande demande) {
        Demande forgotten = keep(demande);
        if (forgotten != null) {
            onForget.accept(forgotten);  // outside the lock: the listener may wait for the request
        }
    }

    /** Adds the request; gives the one dropped to make room, if any. */
    private synchronized Demande keep(Demande demande) {
        if (requests.containsKey(demande.numeroDemande())) {
            return null;
        }
        Demande forgotten = null;
        if (requests.size() == capacity) {
            forgotten = requests.remove(creationOrder.remove());
        }
        requests.put(demande.numeroDemande(), demande);
        creationOrder.add(demande.numeroDemande());
        return forgotten;
    }

    public Optional<Demande> find(String numeroDemande) {
        return Optional.ofNullable(requests.get(numeroDemande));
    }

    /**
     * The requests kept, in creation order: taken while no addition runs, so it never lists
     * more than the capacity. Each request's own state is read later, as it then is.
     */
    public synchronized List<Demande> all() {
        return creationOrder.stream().map(requests::get).toList();
    }

    public synchronized void clear() {
        creationOrder.clear();
        requests.clear();
    }

    public int capacity() {
        return capacity;
    }
}
