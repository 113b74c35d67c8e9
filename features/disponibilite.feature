# language: fr
@serveur @isolé @AS-5
Fonctionnalité: Disponibilité du service OMEGA
  Hors de ses heures d'ouverture ou pendant une maintenance, OMEGA refuse tout
  appel. Ces scénarios changent l'état du serveur pour tous ses clients : ils
  s'exécutent seuls, et ne s'appliquent qu'au bouchon que la suite contrôle.

  Règle: Hors de ses heures d'ouverture, le service est indisponible

    @BR-15 @RC-6b @OP-1
    Scénario: Hors de ses heures d'ouverture, OMEGA refuse la vérification de recevabilité
      Étant donné un PCE 6M dont je suis titulaire
      Et OMEGA est hors de ses heures d'ouverture
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Ce service est actuellement indisponible. Veuillez renouveler votre demande pendant les heures d'ouverture du système OMEGA"
      Et la réponse est conforme au modèle "recevabilite-refusee"

    @BR-15 @RC-6b @OP-2
    Scénario: Hors de ses heures d'ouverture, OMEGA refuse la création
      Étant donné un PCE 6M dont je suis titulaire
      Et OMEGA est hors de ses heures d'ouverture
      Quand je crée une demande de coupure Z5 sur un créneau libre
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Ce service est actuellement indisponible. Veuillez renouveler votre demande pendant les heures d'ouverture du système OMEGA"
      Et la réponse est conforme au modèle "refus"

    @BR-15 @RC-3b @OP-1
    Scénario: Dans ses heures d'ouverture, OMEGA répond
      Étant donné un PCE 6M dont je suis titulaire
      Et OMEGA est dans ses heures d'ouverture
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est "Demande recevable"

  Règle: Pendant une maintenance, le service est indisponible

    @BR-16 @RC-6c @OP-1
    Scénario: En maintenance, OMEGA refuse la vérification de recevabilité
      Étant donné un PCE 6M dont je suis titulaire
      Et OMEGA est en maintenance
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Ce service est actuellement indisponible suite à une opération de maintenance. Veuillez renouveler votre demande ultérieurement"
      Et la réponse est conforme au modèle "recevabilite-refusee"

    @BR-16 @RC-6c @OP-4 @EV-8 @EV-10
    Scénario: Une maintenance survenue pendant le dialogue fait refuser l'acceptation du rendez-vous
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Et OMEGA est en maintenance
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Ce service est actuellement indisponible suite à une opération de maintenance. Veuillez renouveler votre demande ultérieurement"
      Et la réponse est conforme au modèle "refus"
