# language: fr
@OP-1 @OP-2 @OP-4 @MSG-1 @AS-2
Fonctionnalité: Dialogue nominal d'une demande de coupure pour impayé
  Un fournisseur titulaire d'un PCE 6M vérifie que sa demande de coupure est
  recevable, la crée sur une date et une plage libres, puis confirme le
  rendez-vous que OMEGA lui propose. C'est le chemin que tout client doit tenir.
  Chaque message, envoyé ou reçu, est validé contre le schéma du contrat.

  @EV-1 @EV-3 @EV-4 @EV-7 @EV-8 @EV-11 @RC-3b @RC-4 @RC-1 @BR-20
  Scénario: Coupure ferme d'un PCE 6M sur un créneau libre, rendez-vous programmé
    Étant donné un PCE 6M dont je suis titulaire
    Quand je vérifie la recevabilité de la demande de coupure
    Alors OMEGA répond "P" avec le code retour "Message"
    Et le message retour est "Demande recevable"
    Et la réponse est conforme au modèle "recevabilite-acceptee"
    Quand je crée une demande de coupure Z5 sur un créneau libre
    Alors OMEGA répond "P" avec le code retour "DatePlageH"
    Et un numéro de demande est attribué
    Et la réponse est conforme au modèle "date-plage-disponible"
    Quand j'accepte le rendez-vous proposé
    Alors OMEGA répond "T" avec le code retour "DmdOkDP"
    Et le message retour est "Le rendez vous a été programmé avec succès."
    Et la réponse est conforme au modèle "rdv-programme"
