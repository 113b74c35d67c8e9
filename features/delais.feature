# language: fr
@serveur @SES-5
Fonctionnalité: Attendre la réponse d'OMEGA au plus 5 minutes
  Un client n'attend pas une réponse plus de 5 minutes (300 s, réglable par
  --timeout). Passé ce délai, l'issue de son appel lui est inconnue : il renvoie
  sa vérification, ou consulte le suivi des demandes pour savoir ce qu'est devenue
  sa demande. Sur le bouchon, les délais sont réduits (1/600) pour rester rapides ;
  la réponse tardive y vient trois fois après le délai du client.

  @EV-1 @EV-2 @EV-3 @OP-1 @RC-3b
  Scénario: Sans réponse à la vérification dans le délai, je la renvoie et j'obtiens la réponse
    Étant donné un PCE 6M dont je suis titulaire
    Et OMEGA répond à la vérification de recevabilité après le délai d'attente du client
    Quand je vérifie la recevabilité de la demande de coupure
    Alors j'abandonne l'attente au bout du délai d'attente du client
    Quand je vérifie la recevabilité de la demande de coupure
    Alors OMEGA répond "P" avec le code retour "Message"
    Et le message retour est "Demande recevable"

  @EV-4 @EV-5 @OP-2 @AS-8
  Scénario: Sans réponse à la création dans le délai, je retrouve ma demande dans le suivi
    Étant donné un PCE 6M dont je suis titulaire
    Et OMEGA répond à la création de la demande après le délai d'attente du client
    Quand je crée une demande de coupure Z5 sur un créneau libre
    Alors j'abandonne l'attente au bout du délai d'attente du client
    Et le suivi des demandes montre ma demande au statut "en attente de RDV"

  @EV-8 @EV-9 @OP-4 @AS-8
  Scénario: Sans réponse à l'acceptation dans le délai, je retrouve le rendez-vous programmé dans le suivi
    Étant donné un PCE 6M dont je suis titulaire
    Et une demande de coupure Z5 créée sur un créneau libre
    Et OMEGA répond à l'acceptation du rendez-vous après le délai d'attente du client
    Quand j'accepte le rendez-vous proposé
    Alors j'abandonne l'attente au bout du délai d'attente du client
    Et le suivi des demandes montre ma demande au statut "RDV programmé"
