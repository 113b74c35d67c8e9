package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.ContactInterventionType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** BR-23: the observation line the field technician reads (section 7, AS-7). */
class ObservationDiscoTest {

    private static final BigDecimal DU = new BigDecimal("1250.4");
    private static final BigDecimal MINIMUM = new BigDecimal("300");
    private static final String NOM_20 = "Dupont-Martinez Jean";
    private static final String CODE_8 = "B1234567";
    private static final String LONG = "x".repeat(100);
    /** U+1F600, two UTF-16 chars. */
    private static final String SMILEY = new String(Character.toChars(0x1F600));

    @Test
    void firmCutOffLineCutsEachField() {
        String line = ObservationDisco.build("Z5", null, null, NOM_20, CODE_8, LONG);

        assertEquals("Dupont-Martinez B1234 " + "x".repeat(58), line);
        assertEquals(ObservationDisco.MAX_LINE, line.length());
    }

    @Test
    void cutOffWithPaymentStartsWithBothAmounts() {
        String line = ObservationDisco.build("Z4", DU, MINIMUM, NOM_20, CODE_8, LONG);

        assertEquals("   1250.40     300.00 Dupont-Martinez B1234 " + "x".repeat(36), line);
        assertEquals(ObservationDisco.MAX_LINE, line.length());
    }

    @Test
    void dateDemandeeCutOffIsBuiltLikeFirmOne() {
        assertEquals(ObservationDisco.build("Z5", null, null, NOM_20, CODE_8, LONG),
                ObservationDisco.build("210", DU, MINIMUM, NOM_20, CODE_8, LONG));
    }

    @ParameterizedTest(name = "nom {0} chars, code {1} chars -> complement {2}")
    @CsvSource({"15, 5, 58", "14, 5, 59", "13, 5, 60", "0, 0, 60", "15, 3, 60"})
    void firmComplementTakes58To60Characters(int nom, int code, int complement) {
        String line = ObservationDisco.build("Z5", null, null, "n".repeat(nom),
                "c".repeat(code), LONG);

        assertEquals(complement, line.length() - line.lastIndexOf(' ') - 1);
        assertTrue(line.length() <= ObservationDisco.MAX_LINE);
    }

    @ParameterizedTest(name = "nom {0} chars, code {1} chars -> complement {2}")
    @CsvSource({"15, 5, 36", "10, 5, 41", "0, 0, 56"})
    void paymentComplementTakesAtLeast36Characters(int nom, int code, int complement) {
        String line = ObservationDisco.build("Z4", DU, MINIMUM, "n".repeat(nom),
                "c".repeat(code), LONG);

        assertEquals(complement, line.length() - line.lastIndexOf(' ') - 1);
        assertEquals(ObservationDisco.MAX_LINE, line.length());
    }

    @Test
    void shortFieldsAreKeptWhole() {
        assertEquals("Li 12 Porte", ObservationDisco.build("Z5", null, null, "Li", "12",
                "Porte"));
    }

    @Test
    void missingFieldsReadAsEmpty() {
        assertEquals("  ", ObservationDisco.build("Z5", null, null, null, null, null));
        assertEquals(" ".repeat(24), ObservationDisco.build("Z4", null, null, null, null,
                null));
    }

    @Test
    void largestAmountsStillKeepTheLineWithin80() {
        BigDecimal largest = new BigDecimal("99999999.99");

        String line = ObservationDisco.build("Z4", largest, largest, NOM_20, CODE_8, LONG);

        assertTrue(line.startsWith("99999999.99 99999999.99 Dupont-Martinez B1234 "), line);
        assertEquals(ObservationDisco.MAX_LINE, line.length());
    }

    @Test
    void nameCutNeverSplitsASurrogatePair() {
        String nom = SMILEY.repeat(16);

        String line = ObservationDisco.build("Z5", null, null, nom, "", "");

        assertEquals(SMILEY.repeat(15) + "  ", line);
        assertWellFormed(line);
    }

    @Test
    void codeAccesCutNeverSplitsASurrogatePair() {
        String line = ObservationDisco.build("Z5", null, null, "", "1234" + SMILEY + "6", "");

        assertEquals(" 1234" + SMILEY + " ", line);
    }

    @Test
    void complementCutNeverSplitsASurrogatePair() {
        String complement = "a" + SMILEY.repeat(70);

        String line = ObservationDisco.build("Z5", null, null, NOM_20, CODE_8, complement);

        assertEquals(80, line.codePointCount(0, line.length()));
        assertTrue(line.endsWith("a" + SMILEY.repeat(57)), line);
        assertWellFormed(line);
    }

    static Stream<Arguments> randomContacts() {
        Random random = new Random(20270111L);
        return IntStream.range(0, 200).mapToObj(i -> Arguments.of(
                random.nextBoolean() ? "Z4" : "Z5", randomText(random, 25),
                randomText(random, 10), randomText(random, 120)));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("randomContacts")
    void anyContactGivesAWellFormedLineWithinLimits(String code, String nom, String acces,
            String complement) {
        String line = ObservationDisco.build(code, DU, MINIMUM, nom, acces, complement);

        assertWellFormed(line);
        assertTrue(line.codePointCount(0, line.length()) <= ObservationDisco.MAX_LINE, line);
        String prefix = ObservationDisco.build(code, DU, MINIMUM, nom, acces, "");
        String kept = line.substring(prefix.length());
        int keptCount = kept.codePointCount(0, kept.length());
        assertTrue(keptCount <= ObservationDisco.MAX_COMPLEMENT, line);
        assertTrue(complement.startsWith(kept), line);
        int wanted = complement.codePointCount(0, complement.length());
        int floor = "Z4".equals(code) ? 36 : 58;
        assertTrue(keptCount >= Math.min(wanted, floor), line);
    }

    @Test
    void observationIsKeptWithTheCreatedRequest() {
        Calls calls = new Calls(Calls.engine());
        RequeteWSCreerDemandeCOUP request = Calls.creer(Caller.ALPHA, Pces.FREE_6M, "Z4",
                LocalDate.of(2027, 1, 13), "MA");
        ContactInterventionType contact = request.getDemande().getContactIntervention();
        contact.setNom(NOM_20);
        contact.setCodeAcces(CODE_8);
        contact.setComplementAdresse(LONG);

        String numero = calls.send(request).getReponseCreerDemandeObjet().getNumeroDemande();

        assertEquals("   1250.40     300.00 Dupont-Martinez B1234 " + "x".repeat(36),
                calls.stored(numero).observationDisco());
    }

    /** Letters, accents, spaces and characters outside the BMP, never a lone surrogate. */
    private static String randomText(Random random, int maxCodePoints) {
        int[] alphabet = {'a', 'Z', ' ', 'é', 'ç', '’', '-', 0x1F600, 0x1D11E, 0x20000};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxCodePoints + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    private static void assertWellFormed(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1)),
                        "lone high surrogate at " + i);
                i++;
            } else {
                assertTrue(!Character.isLowSurrogate(c), "lone low surrogate at " + i);
            }
        }
    }

    @Test
    void combiningAccentStaysWithItsLetter() {
        String nom = "e\u0301".repeat(10);

        String cut = ObservationDisco.cut(nom, 15);

        assertEquals("e\u0301".repeat(7), cut);
    }
}
