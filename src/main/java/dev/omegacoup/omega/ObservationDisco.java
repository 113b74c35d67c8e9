package dev.omegacoup.omega;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The one line the field technician reads (BR-23, section 7), built from the
 * ContactIntervention and, for Z4, the amounts:
 * <ul>
 *   <li>Z4: MontantDu(10) MinimumAPercevoir(10) Nom(15) CodeAcces(5) ComplementAdresse</li>
 *   <li>Z5 and 210: Nom(15) CodeAcces(5) ComplementAdresse</li>
 * </ul>
 * ComplementAdresse takes what is left of 80 characters, at most 60 (AS-7): 36 to 60
 * for Z4, 58 to 60 otherwise. Amounts are written with two decimals, right-aligned in
 * ten characters; an amount of ten million or more needs eleven, and the complement
 * then gives up the extra characters so that the line still never exceeds 80.
 * Cuts count characters (code points) and never split one from its accents.
 */
public final class ObservationDisco {

    public static final int MAX_LINE = 80;
    public static final int MAX_COMPLEMENT = 60;

    private ObservationDisco() {
    }

    public static String build(String codeIntervention, BigDecimal montantDu,
            BigDecimal minimumAPercevoir, String nom, String codeAcces,
            String complementAdresse) {
        StringBuilder line = new StringBuilder();
        if ("Z4".equals(codeIntervention)) {
            line.append(amount(montantDu)).append(' ')
                    .append(amount(minimumAPercevoir)).append(' ');
        }
        line.append(cut(nom, 15)).append(' ').append(cut(codeAcces, 5)).append(' ');

        int room = Math.min(MAX_COMPLEMENT, MAX_LINE - line.codePointCount(0, line.length()));
        return line.append(cut(complementAdresse, Math.max(0, room))).toString();
    }

    static String amount(BigDecimal value) {
        String text = value == null ? "" : value.setScale(2, RoundingMode.DOWN).toPlainString();
        return String.format("%10s", text);
    }

    /**
     * The first {@code max} characters (code points) of {@code text}, shortened further
     * when the cut would split a character from its accents or joiners; null reads as
     * empty.
     */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        int count = text.codePointCount(0, text.length());
        if (count <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        if (!characters.isBoundary(end)) {
            end = Math.max(0, characters.preceding(end));
        }
        return text.substring(0, end);
    }
}
