package dev.omegacoup.omega;

import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.DonneesTypeDemandeType;
import dev.omegacoup.contract.PremierRdvDemandeType;
import dev.omegacoup.omega.DataSet.Pce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The field rules of CreerDemandeCOUP (BR-7 to BR-12). They are all evaluated and every
 * breach gives its own "Donnée incorrecte" text (BR-14). The project's schema already
 * refuses some of these values (amount range, date format); the rules still check them,
 * so that the same answers come with a laxer schema such as GRDF's own.
 */
final class FieldRules {

    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("100000000");
    private static final Set<String> FOR_PRECISE = Set.of("Z4", "Z5");
    private static final Set<String> FOR_DATE_DEMANDEE = Set.of("210");

    private final DataSet data;

    FieldRules(DataSet data) {
        this.data = data;
    }

    List<String> breaches(DemandeType demande, Pce pce, LocalDate today) {
        List<String> texts = new ArrayList<>();
        if (!"COUP".equals(demande.getTypeDemande())) {
            texts.add(Texts.donneeIncorrecte("TypeDemande", Codes.COH_TYPE_DEMANDE));
        }
        DonneesTypeDemandeType type = demande.getDonneesTypeDemande();
        checkIntervention(type, pce, texts);
        checkAmounts(type, texts);
        checkAppointment(demande.getPremierRdvDemande(), pce, today, texts);
        return texts;
    }

    /** BR-8 and BR-9. */
    private static void checkIntervention(DonneesTypeDemandeType type, Pce pce,
            List<String> texts) {
        String code = type.getCodeLibelleIntervention();
        Set<String> allowed = pce.readingFrequency().precise() ? FOR_PRECISE : FOR_DATE_DEMANDEE;
        if (!allowed.contains(code)) {
            texts.add(Texts.donneeIncorrecte("CodeLibelleIntervention",
                    Codes.COH_INTERVENTION_FREQUENCE));
        }
        if ("1".equals(type.getOptionExpress())) {
            texts.add(Texts.donneeIncorrecte("OptionExpress", Codes.COH_OPTION_EXPRESS));
        }
    }

    /** BR-10 and BR-11. */
    private static void checkAmounts(DonneesTypeDemandeType type, List<String> texts) {
        boolean z4 = "Z4".equals(type.getCodeLibelleIntervention());
        checkAmount("MontantDu", type.getMontantDu(), z4, texts);
        checkAmount("MinimumAPercevoir", type.getMinimumAPercevoir(), z4, texts);
    }

    private static void checkAmount(String field, BigDecimal amount, boolean required,
            List<String> texts) {
        if (amount == null) {
            if (required) {
                texts.add(Texts.donneeIncorrecte(field, Codes.COH_MONTANTS_OBLIGATOIRES));
            }
            return;
        }
        if (!validAmount(amount)) {
            texts.add(Texts.donneeIncorrecte(field, Codes.COH_MONTANT_FORMAT));
        }
    }

    /** Decimal 10,2 in [0 ; 100 000 000[. */
    static boolean validAmount(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return amount.signum() >= 0 && amount.compareTo(AMOUNT_LIMIT) < 0
                && Math.max(stripped.scale(), 0) <= 2;
    }

    /** BR-12: a requested date after today, and a known slot for 6M and 1M PCEs. */
    private void checkAppointment(PremierRdvDemandeType rdv, Pce pce, LocalDate today,
            List<String> texts) {
        LocalDate date = rdv == null ? null : Answers.localDate(rdv.getDate());
        if (date == null) {
            texts.add(Texts.donneeIncorrecte("PremierRdvDemande.Date", Codes.COH_DATE));
        } else if (!date.isAfter(today)) {
            texts.add(Texts.donneeIncorrecte("PremierRdvDemande.Date", Codes.COH_DATE_PASSEE));
        }
        if (!pce.readingFrequency().precise() || pce.sansIntervention()) {
            return;
        }
        String plage = rdv == null ? null : rdv.getPlage();
        if (plage == null || plage.isBlank()) {
            texts.add(Texts.donneeIncorrecte("PremierRdvDemande.Plage",
                    Codes.COH_PLAGE_OBLIGATOIRE));
        } else if (data.slot(plage).isEmpty()) {
            texts.add(Texts.donneeIncorrecte("PremierRdvDemande.Plage",
                    Codes.COH_PLAGE_INCONNUE));
        }
    }

    /** The same slot and date checks for ProposerDatePlage. */
    List<String> proposalBreaches(LocalDate date, String plage, LocalDate today) {
        List<String> texts = new ArrayList<>();
        if (date == null) {
            texts.add(Texts.donneeIncorrecte("Date", Codes.COH_DATE));
        } else if (!date.isAfter(today)) {
            texts.add(Texts.donneeIncorrecte("Date", Codes.COH_DATE_PASSEE));
        }
        if (plage == null || data.slot(plage).isEmpty()) {
            texts.add(Texts.donneeIncorrecte("Plage", Codes.COH_PLAGE_INCONNUE));
        }
        return texts;
    }
}
