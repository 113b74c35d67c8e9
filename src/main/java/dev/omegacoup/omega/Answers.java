package dev.omegacoup.omega;

import dev.omegacoup.contract.DatePlageType;
import dev.omegacoup.contract.DateProgrammeeType;
import dev.omegacoup.contract.ReponseCreerDemandeObjetType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.RetourSynchroInterventionsType;
import dev.omegacoup.contract.RetourType;
import dev.omegacoup.omega.DataSet.Slot;
import java.time.LocalDate;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Builds the contract's response objects. */
final class Answers {

    private static final DatatypeFactory DATES = datatypeFactory();

    private Answers() {
    }

    static ReponseCreerDemandeType of(Reply reply, List<String> messages,
            ReponseCreerDemandeObjetType objet) {
        RetourType retour = new RetourType();
        retour.setCodeRetour(reply.code());
        retour.getMessageRetour().addAll(messages);

        ReponseCreerDemandeType answer = new ReponseCreerDemandeType();
        answer.setTypeRetourDialogue(reply.dialogue());
        answer.setRetour(retour);
        answer.setReponseCreerDemandeObjet(objet);
        return answer;
    }

    static ReponseCreerDemandeType of(Reply reply, String message,
            ReponseCreerDemandeObjetType objet) {
        return of(reply, List.of(message), objet);
    }

    static ReponseCreerDemandeType dmdKo(List<String> messages) {
        return of(Reply.DMD_KO, messages, null);
    }

    static ReponseCreerDemandeType dmdKo(String message) {
        return dmdKo(List.of(message));
    }

    static ReponseCreerDemandeObjetType objet(String numeroDemande) {
        ReponseCreerDemandeObjetType objet = new ReponseCreerDemandeObjetType();
        objet.setNumeroDemande(numeroDemande);
        return objet;
    }

    static ReponseCreerDemandeObjetType withDateDemandee(String numeroDemande, LocalDate dd) {
        ReponseCreerDemandeObjetType objet = objet(numeroDemande);
        objet.setDateDemandee(date(dd));
        return objet;
    }

    static ReponseCreerDemandeObjetType withList(String numeroDemande, List<DatePlage> free) {
        ReponseCreerDemandeObjetType objet = objet(numeroDemande);
        for (DatePlage slot : free) {
            DatePlageType entry = new DatePlageType();
            entry.setDate(date(slot.date()));
            entry.setPlage(slot.plage());
            objet.getListeDatePlage().add(entry);
        }
        return objet;
    }

    static ReponseCreerDemandeObjetType withDateProgrammee(String numeroDemande,
            DatePlage slot, Slot hours, String retourSynchro) {
        DateProgrammeeType dp = new DateProgrammeeType();
        dp.setDate(date(slot.date()));
        dp.setPlageHoraire(slot.plage());
        dp.setHeureMin(hours.heureMin());
        dp.setHeureMax(hours.heureMax());
        dp.setRetourSynchroIntervention(retourSynchro);

        ReponseCreerDemandeObjetType objet = objet(numeroDemande);
        objet.setDateProgrammee(dp);
        return objet;
    }

    static void addSynchro(ReponseCreerDemandeObjetType objet, List<DatePlage> elec) {
        for (DatePlage appointment : elec) {
            RetourSynchroInterventionsType.DatePlage datePlage =
                    new RetourSynchroInterventionsType.DatePlage();
            datePlage.setDate(date(appointment.date()));
            datePlage.setPlageHoraire(appointment.plage());
            RetourSynchroInterventionsType entry = new RetourSynchroInterventionsType();
            entry.setDatePlage(datePlage);
            objet.getRetourSynchroInterventions().add(entry);
        }
    }

    static XMLGregorianCalendar date(LocalDate date) {
        return DATES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    static LocalDate localDate(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
