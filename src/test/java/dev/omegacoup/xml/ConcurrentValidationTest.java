package dev.omegacoup.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.omega.DataSet;
import dev.omegacoup.omega.Omega;
import dev.omegacoup.omega.ServiceClock;
import dev.omegacoup.stub.SoapEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One contract validating on several threads at once. The JDK's schema validator counts
 * bounded repetitions (24 ListeDatePlage, 3 RetourSynchroInterventions) in the compiled
 * schema itself, so threads sharing one compiled schema disturb each other's counts.
 */
class ConcurrentValidationTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 3_000;

    @Test
    void validAnswersStayValidOnEveryThread() throws Exception {
        Contract contract = Contract.packaged();
        byte[] listeDp = answerForDate(contract, "2030-05-01");  // a public holiday
        byte[] twoRdv = answerForDate(contract, "2030-03-14");
        assertTrue(new String(listeDp, StandardCharsets.UTF_8).contains("<CodeRetour>ListeDP"));
        assertTrue(new String(twoRdv, StandardCharsets.UTF_8)
                .contains("<RetourSynchroInterventions>"));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(violationsOver(contract, listeDp, twoRdv)));
            }
            int violations = 0;
            for (Future<Integer> result : results) {
                violations += result.get();
            }

            assertEquals(0, violations, "violations reported on valid answers");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Integer> violationsOver(Contract contract, byte[]... messages) {
        return () -> {
            int violations = 0;
            for (int i = 0; i < ROUNDS; i++) {
                for (byte[] message : messages) {
                    violations += contract.validate(message).size();
                }
            }
            return violations;
        };
    }

    /** A creation answer from the engine, for version V5 (which lists electricity RDVs). */
    private static byte[] answerForDate(Contract contract, String date) throws Exception {
        ServiceClock clock = new ServiceClock();
        clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        SoapEndpoint endpoint = new SoapEndpoint(contract, new Omega(DataSet.packaged(), clock,
                1_000));
        String request = Files.readString(Path.of("stubs/samples/creer-demande.xml"))
                .replace("2030-03-14", date)
                .replace("<coup:NumeroVersion>V4</coup:NumeroVersion>",
                        "<coup:NumeroVersion>V5</coup:NumeroVersion>");
        byte[] answer = endpoint.answer(request.getBytes(StandardCharsets.UTF_8), null, null)
                .body();
        SoapEndpoint.forgetThreadState();
        return answer;
    }
}
