package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded store: the oldest request goes first, look-ups see what is kept. */
class RequestStoreTest {

    private final RequestStore store = new RequestStore(3);

    @Test
    void pastItsCapacityTheOldestRequestIsForgotten() {
        List<String> numbers = List.of(add(), add(), add(), add(), add());

        assertEquals(numbers.subList(2, 5), numbersOf(store.all()));
        assertTrue(store.find(numbers.get(0)).isEmpty());
        assertTrue(store.find(numbers.get(1)).isEmpty());
        assertEquals(numbers.get(4), store.find(numbers.get(4)).orElseThrow().numeroDemande());
    }

    @Test
    void aRequestAddedTwiceIsKeptOnce() {
        Demande demande = demande(store.nextNumber());

        store.add(demande);
        store.add(demande);
        String second = add();

        assertEquals(List.of(demande.numeroDemande(), second), numbersOf(store.all()));
    }

    @Test
    void clearedStoreTakesRequestsUpToItsCapacityAgain() {
        add();
        add();
        store.clear();

        List<String> numbers = List.of(add(), add(), add(), add());

        assertEquals(numbers.subList(1, 4), numbersOf(store.all()));
    }

    @Test
    void eachRequestDroppedForRoomIsToldOnce() {
        List<String> told = new ArrayList<>();
        RequestStore small = new RequestStore(2, forgotten -> told.add(forgotten.numeroDemande()));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Demande demande = demande(small.nextNumber());
            small.add(demande);
            numbers.add(demande.numeroDemande());
        }

        small.clear();

        assertEquals(numbers.subList(0, 2), told, "cleared requests are not told of");
    }

    @Test
    void aStoreWithoutRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestStore(0));
    }

    private String add() {
        Demande demande = demande(store.nextNumber());
        store.add(demande);
        return demande.numeroDemande();
    }

    private static Demande demande(String numero) {
        return new Demande(numero, "CAD-ALPHA-01", "21000000000001", "Z1", "");
    }

    private static List<String> numbersOf(List<Demande> demandes) {
        return demandes.stream().map(Demande::numeroDemande).toList();
    }
}
