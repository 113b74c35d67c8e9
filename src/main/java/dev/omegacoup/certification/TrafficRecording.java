package dev.omegacoup.certification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exchanges of every client, in arrival order, bounded per client and in total: the
 * oldest exchange goes first, so a chatty client cannot push the others out before it
 * has lost its own history.
 */
public final class TrafficRecording {

    public static final int DEFAULT_PER_CLIENT = 2_000;
    public static final int DEFAULT_TOTAL = 10_000;

    private final java.util.Set<String> dropped = new java.util.HashSet<>();
    private final int perClient;
    private final int total;
    private final Map<String, Deque<RecordedExchange>> byClient = new LinkedHashMap<>();
    private final LinkedHashSet<RecordedExchange> arrival = new LinkedHashSet<>();
    private final Deque<Lookup> lookups = new ArrayDeque<>();
    /** Outside the lock: every exchange takes a number before it is recorded. */
    private final AtomicLong lastSeq = new AtomicLong();

    public TrafficRecording(int perClient, int total) {
        if (perClient < 1 || total < 1) {
            throw new IllegalArgumentException("recording caps must be at least 1");
        }
        this.perClient = perClient;
        this.total = total;
    }

    long nextSeq() {
        return lastSeq.incrementAndGet();
    }

    synchronized void add(RecordedExchange exchange) {
        lastSeq.accumulateAndGet(exchange.seq(), Math::max);
        Deque<RecordedExchange> own = byClient.computeIfAbsent(exchange.client(),
                key -> new ArrayDeque<>());
        own.addLast(exchange);
        arrival.add(exchange);
        if (own.size() > perClient) {
            arrival.remove(own.removeFirst());
            dropped.add(exchange.client());
        }
        if (arrival.size() > total) {
            Iterator<RecordedExchange> oldest = arrival.iterator();
            RecordedExchange evicted = oldest.next();
            oldest.remove();
            dropped.add(evicted.client());
            Deque<RecordedExchange> owner = byClient.get(evicted.client());
            owner.remove(evicted);
            if (owner.isEmpty()) {
                byClient.remove(evicted.client());
            }
        }
    }

    synchronized void addLookup(Lookup lookup) {
        lookups.addLast(lookup);
        if (lookups.size() > total) {
            lookups.removeFirst();
        }
    }

    /** Clients some of whose exchanges the caps dropped. */
    synchronized java.util.Set<String> clientsWithDroppedExchanges() {
        return java.util.Set.copyOf(dropped);
    }

    /** A copy of each client's exchanges, oldest first. */
    synchronized Map<String, List<RecordedExchange>> byClient() {
        Map<String, List<RecordedExchange>> copy = new LinkedHashMap<>();
        byClient.forEach((client, exchanges) -> copy.put(client, new ArrayList<>(exchanges)));
        return copy;
    }

    synchronized List<Lookup> lookups() {
        return new ArrayList<>(lookups);
    }

    public synchronized int size() {
        return arrival.size();
    }

    synchronized void clear() {
        byClient.clear();
        arrival.clear();
        lookups.clear();
    }
}
