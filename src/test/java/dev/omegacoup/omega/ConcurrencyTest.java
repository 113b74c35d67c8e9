package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Simultaneous calls keep each request's dialogue and the planning consistent. */
@Timeout(60)
class ConcurrencyTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);
    private static final int THREADS = 20;
    private static final WorkingDays WORKING_DAYS = new WorkingDays();

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final Calls calls = new Calls(Calls.engine());

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @RepeatedTest(5)
    void twentySimultaneousAcceptancesScheduleOnce() throws Exception {
        String numero = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA");

        List<ReponseCreerDemandeType> answers = together(THREADS,
                i -> calls.accept(Caller.ALPHA, numero));

        Map<CodeRetourType, Long> codes = answers.stream().collect(Collectors.groupingBy(
                a -> a.getRetour().getCodeRetour(), Collectors.counting()));
        assertEquals(Map.of(CodeRetourType.DMD_OK_DP, 1L, CodeRetourType.DMD_KO, 19L), codes);
        Demande demande = calls.stored(numero);
        assertEquals(Statut.RDV_PROGRAMME, demande.statut());
        assertEquals(1, demande.history().stream()
                .filter(e -> e.statut().equals(Statut.RDV_PROGRAMME.label())).count());
        assertEquals(new DatePlage(WEDNESDAY, "MA"), demande.dateProgrammee());
    }

    @RepeatedTest(5)
    void twoRequestsRacingForOneSlotGiveOneWinner() throws Exception {
        String first = calls.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "DA");
        String second = calls.numeroAfterCreate(Pces.MONTHLY, WEDNESDAY, "DA");
        List<String> both = List.of(first, second);

        List<ReponseCreerDemandeType> answers = together(2,
                i -> calls.accept(Caller.ALPHA, both.get(i)));

        List<CodeRetourType> codes = answers.stream().map(a -> a.getRetour().getCodeRetour())
                .sorted().toList();
        assertEquals(List.of(CodeRetourType.DMD_OK_DP, CodeRetourType.LISTE_DP).stream()
                .sorted().toList(), codes);
        long scheduled = both.stream().map(calls::stored)
                .filter(d -> d.statut() == Statut.RDV_PROGRAMME).count();
        assertEquals(1, scheduled);
    }

    @Test
    void parallelDialoguesNeverSeeEachOther() throws Exception {
        List<String> pces = List.of(Pces.FREE_6M, Pces.MONTHLY, Pces.GI_FORMAT,
                Pces.MORNINGS_TAKEN);

        List<ReponseCreerDemandeType> answers = together(THREADS, i -> {
            LocalDate created = WEDNESDAY.plusWeeks(i);
            LocalDate moved = WORKING_DAYS.next(created);
            String plage = i % 2 == 0 ? "DA" : "FA";
            String numero = calls.numeroAfterCreate(pces.get(i % pces.size()), created, plage);
            calls.propose(Caller.ALPHA, numero, moved, plage);
            return calls.accept(Caller.ALPHA, numero);
        });

        for (int i = 0; i < THREADS; i++) {
            ReponseCreerDemandeType answer = answers.get(i);
            Expect.reply(Reply.DMD_OK_DP, answer);
            LocalDate moved = WORKING_DAYS.next(WEDNESDAY.plusWeeks(i));
            DatePlage own = new DatePlage(moved, i % 2 == 0 ? "DA" : "FA");
            assertEquals(own, Expect.dateProgrammee(answer));
            Demande demande = calls.stored(answer.getReponseCreerDemandeObjet()
                    .getNumeroDemande());
            assertEquals(own, demande.dateProgrammee());
            assertEquals(moved, demande.dateDemandee());
            assertEquals(pces.get(i % pces.size()), demande.numeroPce());
        }
    }

    @Test
    void requestStoreStaysWithinItsCapacity() throws Exception {
        int capacity = 50;
        Calls small = new Calls(Calls.engine(DataSet.packaged(), capacity));

        List<List<String>> numbers = together(THREADS, i -> {
            List<String> created = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                created.add(small.numeroAfterCreate(Pces.FREE_6M, WEDNESDAY, "MA"));
                assertTrue(small.omega().requests().all().size() <= capacity);
            }
            return created;
        });

        Set<String> unique = new HashSet<>();
        numbers.forEach(unique::addAll);
        assertEquals(THREADS * 20, unique.size(), "every NumeroDemande is new");
        assertEquals(capacity, small.omega().requests().all().size());
    }

    /** Runs {@code count} calls at once, released together, and gives their answers. */
    private <T> List<T> together(int count, Function<Integer, T> call) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<T> task = () -> {
                gate.await();
                return call.apply(index);
            };
            futures.add(pool.submit(task));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }
}
