# language: fr
@EV-8 @AS-1
Fonctionnalité: Arrêter le dialogue
  Le fournisseur peut à tout moment du dialogue de rendez-vous s'arrêter : en
  abandonnant le rendez-vous, sa demande reste enregistrée à la dernière date
  demandée ; en abandonnant la demande, il l'annule.

  Règle: Abandonner le rendez-vous garde la demande à la dernière date demandée

    @OP-6 @EV-10 @RC-2a @BR-22
    Scénario: J'abandonne le rendez-vous, la demande reste enregistrée à la date demandée
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand j'abandonne le rendez-vous
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et le message retour est "Le rendez vous a été enregistré à la date demandée, un technicien appellera le client pour confirmer le rendez vous."
      Et la réponse confirme la date demandée
      Et la réponse est conforme au modèle "date-demandee"

    @OP-3 @OP-6 @EV-10 @BR-22 @RC-2a
    Scénario: Après avoir proposé une autre date, j'abandonne : la date proposée devient la date demandée
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Et une demande de coupure Z5 créée sur un créneau occupé
      Et je propose un créneau occupé
      Quand j'abandonne le rendez-vous
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et la réponse confirme la dernière date proposée

    @serveur @OP-6 @EV-10 @BR-22 @AS-8
    Scénario: Le suivi des demandes garde la demande abandonnée en attente de rendez-vous à la date proposée
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Et je propose un autre créneau libre
      Quand j'abandonne le rendez-vous
      Alors le suivi des demandes retient la dernière date proposée comme date demandée
      Et le suivi des demandes montre ma demande au statut "en attente de RDV"

  Règle: Abandonner la demande l'annule

    @OP-7 @RC-6g
    Scénario: J'abandonne la demande en cours de création
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand j'abandonne la demande
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Demande abandonnée"
      Et la réponse est conforme au modèle "demande-abandonnee"

    @serveur @OP-7 @RC-6g @AS-8
    Scénario: Le suivi des demandes montre la demande abandonnée
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Et une demande de coupure Z5 créée sur un créneau occupé
      Quand j'abandonne la demande
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le suivi des demandes montre ma demande au statut "Demande abandonnée"
