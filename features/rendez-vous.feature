# language: fr
@EV-8 @AS-1
Fonctionnalité: Prendre rendez-vous pour la coupure (étape 3)
  Invité à prendre rendez-vous, le fournisseur accepte le créneau proposé,
  propose une autre date et plage, ou parcourt les créneaux libres, tant que
  OMEGA lui répond "P". Toute date qu'il propose devient la date demandée.

  Règle: Le fournisseur confirme le créneau que OMEGA a trouvé libre

    @OP-4 @EV-11 @RC-1
    Scénario: J'accepte le créneau libre proposé et le rendez-vous est programmé
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z4 créée sur un créneau libre
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "T" avec le code retour "DmdOkDP"
      Et le message retour est "Le rendez vous a été programmé avec succès."
      Et la réponse est conforme au modèle "rdv-programme"

    @serveur @OP-4 @EV-11 @RC-1 @AS-8
    Scénario: Le suivi des demandes montre le rendez-vous programmé
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "T" avec le code retour "DmdOkDP"
      Et le suivi des demandes montre ma demande au statut "RDV programmé"

  Règle: Le fournisseur peut proposer une autre date et plage

    @OP-3 @EV-11 @RC-4 @BR-20
    Scénario: Je propose un autre créneau libre et OMEGA le confirme disponible
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand je propose un autre créneau libre
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Et le message retour est "La date et la plage horaire demandées sont disponibles. Confirmez le rendez vous."
      Et le rendez-vous proposé est le créneau demandé, aux heures réelles de sa plage
      Et la réponse est conforme au modèle "date-plage-disponible"

    @OP-3 @EV-11 @RC-5 @BR-21
    Scénario: Je propose un créneau occupé et OMEGA propose les créneaux libres qui suivent
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand je propose un créneau occupé
      Alors OMEGA répond "P" avec le code retour "ListeDP"
      Et le message retour est "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans la liste."
      Et la liste propose au plus 24 créneaux libres, tous pris dans les deux jours ouvrés qui suivent la date demandée

    @OP-3 @OP-4 @EV-11 @RC-1 @RC-4
    Scénario: Je choisis le premier créneau de la liste, puis le rendez-vous est programmé
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Et une demande de coupure Z5 créée sur un créneau occupé
      Quand je propose le premier créneau de la liste
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "T" avec le code retour "DmdOkDP"
      Et le message retour est "Le rendez vous a été programmé avec succès."
      Et la réponse est conforme au modèle "rdv-programme"

    @serveur @OP-3 @BR-22 @EV-10 @RC-6k @AS-8
    Scénario: Une proposition refusée change tout de même la date demandée
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Quand je propose une plage inconnue
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : Plage / DEM_COH09"
      Et le suivi des demandes retient la dernière date proposée comme date demandée
      Et le suivi des demandes montre ma demande au statut "en attente de RDV"

  Règle: Le fournisseur parcourt les créneaux libres, deux jours ouvrés à la fois

    @OP-5 @EV-11 @RC-5 @BR-21 @AS-4
    Plan du scénario: Je demande les créneaux <sens> et OMEGA propose ceux des deux jours ouvrés <fenetre>
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Et une demande de coupure Z5 créée sur un créneau occupé
      Quand je demande les créneaux <sens>
      Alors OMEGA répond "P" avec le code retour "ListeDP"
      Et le message retour est "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans la liste."
      Et la liste propose au plus 24 créneaux libres, tous pris dans les deux jours ouvrés <fenetre>

      Exemples:
        | sens       | fenetre                          |
        | suivants   | qui suivent la liste précédente  |
        | précédents | qui précèdent la liste précédente |
