# Convene — messages en français : courriels (le crate emails, un groupe par message).
# Chaque texte tient sur une ligne : un saut de ligne dans un texte Fluent est un saut de ligne
# dans le courriel (les variantes d'un sélecteur peuvent avoir chacune leur ligne).

## Communs à tous les messages

# Entre un libellé et sa valeur (« Lieu : Lomé (Togo) »), et entre l'intitulé d'un objet et le
# titre de l'événement. Entre guillemets pour garder les espaces.
email-colon = {" : "}
email-greeting-named = Bonjour { $name },
email-greeting = Bonjour,
email-event-dates = Dates
email-event-place = Lieu
email-event-page = Page de l'événement
email-button-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
email-manage-registration = Gérer mon inscription
email-manage-registration-note = Veuillez conserver ce message et ne pas le transférer : le lien donne accès à votre inscription.
email-sign-off-closing = Veuillez agréer l'expression de nos salutations distinguées.
email-sign-off-signature = Le secrétariat

## invitation

email-invitation-heading = Invitation
# « de » s'élide devant une voyelle : « d'observateur », « de chef de délégation ».
email-invitation-intro = Le secrétariat a l'honneur de vous inviter à participer à l'événement ci-dessous en qualité { $role ->
        [delegate] de délégué
        [head_of_delegation] de chef de délégation
        [observer] d'observateur
        [expert] d'expert ou personne ressource
        [trainer] de formateur
        [trainee] de stagiaire
       *[staff] de membre du personnel
    }.
email-invitation-deadline = Date limite de réponse
email-invitation-how = Pour vous inscrire, ou pour décliner l'invitation, veuillez utiliser le lien ci-dessous.
email-invitation-button = S'inscrire ou décliner
email-invitation-personal = Cette invitation est personnelle : veuillez ne pas transférer ce message, car le lien vous est réservé.

## nomination_request

email-nomination-request-heading = Demande de désignations
email-nomination-request-intro = Le secrétariat a l'honneur de s'adresser à vous en votre qualité de point focal, et d'inviter votre gouvernement à désigner des participants à l'événement ci-dessous, en précisant le nom du chef de délégation.
email-nomination-request-country = Pays
email-nomination-request-seats-label = Nombre de participants
email-nomination-request-seats = { $seats ->
        [1] { $seats }
       *[other] jusqu'à { $seats }
    }
email-nomination-request-deadline = Date limite des désignations
email-nomination-request-how = Veuillez soumettre les désignations à l'aide du lien ci-dessous. La note verbale de votre mission permanente confirmant la composition de la délégation peut être jointe sur la même page.
email-nomination-request-button = Soumettre les désignations
email-nomination-request-personal = Ce lien est réservé aux désignations de votre pays : veuillez ne le communiquer qu'aux collègues qui en sont chargés.

## registration_received

email-registration-received-heading = Inscription reçue
email-registration-received-thanks = Nous vous remercions de votre inscription à l'événement ci-dessous.
email-registration-received-pending = Votre inscription est en attente : le secrétariat l'examinera aux fins d'accréditation et vous informera de sa décision par courriel.
email-registration-received-manage = Vous pouvez consulter votre inscription, ou l'annuler, à l'aide du lien ci-dessous.

## registration_confirmed

email-registration-confirmed-heading = Inscription confirmée
email-registration-confirmed-approved = Le secrétariat a le plaisir de vous confirmer que votre inscription à l'événement ci-dessous a été approuvée.
email-registration-confirmed-confirmed = Votre inscription à l'événement ci-dessous est confirmée.
email-registration-confirmed-welcome = Nous nous réjouissons de votre participation.
email-registration-confirmed-cancel = Si vous n'êtes finalement pas en mesure d'y participer, nous vous prions d'annuler votre inscription à l'aide du lien ci-dessous, afin que votre place puisse être proposée à une autre personne.
email-registration-confirmed-checkin = À l'entrée, présentez votre code d'accueil (un code QR) sur votre téléphone ou imprimé. Il figure aussi sur la page de votre inscription.
email-registration-confirmed-checkin-link = Mon code d'accueil

## registration_waitlisted

email-registration-waitlisted-heading = Liste d'attente
email-registration-waitlisted-thanks = Nous vous remercions de votre inscription à l'événement ci-dessous.
email-registration-waitlisted-position = Toutes les places étant actuellement attribuées, votre inscription a été placée sur la liste d'attente, en position { $position }.
email-registration-waitlisted-offer = Si une place se libère pour vous, nous vous la proposerons par courriel ; vous disposerez alors d'un délai limité pour l'accepter.
email-registration-waitlisted-withdraw = Si vous ne souhaitez plus participer, vous pouvez retirer votre inscription à l'aide du lien ci-dessous.

## seat_offered

email-seat-offered-heading = Place disponible
email-seat-offered-offered = Une place s'est libérée pour l'événement ci-dessous ; elle vous est proposée, car vous êtes la personne suivante sur la liste d'attente.
email-seat-offered-deadline = Date limite d'acceptation
email-seat-offered-how = Pour obtenir cette place, veuillez l'accepter à l'aide du lien ci-dessous avant cette date limite. Passé ce délai, elle sera proposée à la personne suivante sur la liste.
email-seat-offered-button = Accepter la place
email-seat-offered-no-action = Si vous ne souhaitez plus participer, aucune action n'est nécessaire de votre part.

## registration_declined

email-registration-declined-heading = Inscription non retenue
email-registration-declined-declined = Le secrétariat a le regret de vous informer qu'il n'a pas été en mesure d'accepter votre inscription à l'événement ci-dessous.
email-registration-declined-reason = Motif
email-registration-declined-questions = Pour toute question, nous vous invitons à prendre contact avec le secrétariat.

## registration_cancelled

email-registration-cancelled-heading = Inscription annulée
email-registration-cancelled-cancelled = Nous vous confirmons que votre inscription à l'événement ci-dessous a été annulée et que votre place a été libérée.
email-registration-cancelled-mistake = Si cette annulation résulte d'une erreur, nous vous invitons à prendre contact avec le secrétariat.

## schedule_changed

email-schedule-changed-heading = Programme mis à jour
email-schedule-changed-intro = Le secrétariat a apporté les modifications suivantes à l'événement ci-dessous.
email-schedule-changed-attachment = Le fichier de calendrier joint met à jour l'entrée de votre agenda ; veuillez l'ouvrir si votre messagerie ne le fait pas d'elle-même.
email-schedule-changed-cancelled-heading = Événement annulé
email-schedule-changed-cancelled-intro = Le secrétariat a le regret de vous informer que l'événement ci-dessous a été annulé.
email-schedule-changed-cancelled-attachment = Le fichier de calendrier joint retire l'événement de votre agenda.

## email_verification

email-verification-heading = Confirmez votre adresse électronique
email-verification-ask = Pour poursuivre votre inscription à l'événement ci-dessous, veuillez confirmer votre adresse électronique à l'aide du lien ci-dessous.
email-verification-button = Confirmer mon adresse
email-verification-ignore = Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message : aucune inscription ne sera enregistrée.

## event_reminder

email-event-reminder-heading = Rappel
email-event-reminder-soon = { $days ->
        [1] Nous vous rappelons que l'événement ci-dessous, pour lequel votre inscription est confirmée, commence demain.
       *[other] Nous vous rappelons que l'événement ci-dessous, pour lequel votre inscription est confirmée, commence dans { $days } jours.
    }
email-event-reminder-details = Le programme et les informations pratiques figurent sur la page de l'événement.
email-event-reminder-changes = Pour mettre à jour vos coordonnées ou annuler votre inscription, veuillez utiliser le lien figurant dans votre courriel de confirmation. Si vous ne pouvez plus participer, votre annulation libère votre place pour une personne de la liste d'attente.

## certificate_issued

email-certificate-issued-heading = Certificat de participation
email-certificate-issued-issued = Nous vous remercions d'avoir pris part à l'événement ci-dessous. Le secrétariat vous a délivré votre certificat de participation.
email-certificate-issued-days-label = Présence
# « 4 jours sur 5 » ; « 1 jour sur 1 ».
email-certificate-issued-days = { $attended } { $attended ->
        [one] jour
       *[other] jours
    } sur { $total }
email-certificate-issued-code-label = Code de vérification
email-certificate-issued-keep = Toute personne à qui vous présentez le certificat peut le vérifier sur notre site à l'aide de son code de vérification. Veuillez conserver ce courriel : le lien ci-dessous vous est personnel.
email-certificate-issued-link = Télécharger mon certificat (PDF)

## donor_sign_in

email-donor-sign-in-heading = Votre lien vers l'espace donateurs
email-donor-sign-in-ask = Utilisez le lien ci-dessous pour consulter les activités financées par vos contributions et leurs résultats.
email-donor-sign-in-button = Ouvrir l'espace donateurs
email-donor-sign-in-expiry = Le lien ne fonctionne qu'une fois, pendant { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }. Veuillez ne pas le transférer.
email-donor-sign-in-ignore = Si vous ne l'avez pas demandé, vous pouvez ignorer ce message.

## donor_report

email-donor-report-heading = Votre rapport trimestriel de donateur
# Exactement 1 (et non la catégorie « one », qui comprend 0 en français) : « sur l'activité financée ».
email-donor-report-body = Le rapport { $quarter } sur { $activities ->
        [1] l'activité financée
       *[other] les { $activities } activités financées
    } par vos contributions est prêt : événements tenus, États et participants atteints, fonds alloués et dépensés. Il peut être imprimé ou téléchargé en PDF, CSV ou XLSX.
email-donor-report-button = Voir le rapport
email-donor-report-expiry = Le lien ne fonctionne qu'une fois, pendant { $days } { $days ->
        [one] jour
       *[other] jours
    } ; ensuite, demandez un nouveau lien sur la page de connexion de l'espace donateurs.

# Manifestations parallèles d'une réunion
email-side-event-title = Manifestation parallèle
email-side-event-room = Salle
email-side-event-when = Date et heure
email-side-event-request-heading = Confirmez votre demande de manifestation parallèle
email-side-event-request-ask = Merci de votre demande. Veuillez la confirmer au moyen du lien ci-dessous : seules les demandes confirmées parviennent au secrétariat.
email-side-event-request-button = Confirmer ma demande
email-side-event-request-ignore = Si vous n'avez pas envoyé cette demande, vous pouvez ignorer ce message : rien ne sera fait.
email-side-event-approved-heading = Votre manifestation parallèle est approuvée
email-side-event-approved = Le secrétariat a approuvé votre manifestation parallèle et lui a attribué la salle et l'horaire ci-dessous. Elle figure désormais au programme des manifestations parallèles.
email-side-event-programme-button = Voir le programme des manifestations parallèles
email-side-event-declined-heading = Votre demande de manifestation parallèle n'a pas été retenue
email-side-event-declined = Le secrétariat n'a pas pu approuver votre manifestation parallèle.
# Demande d'accréditation d'une ONG
email-ngo-verify-heading = Confirmez l'adresse de contact de votre organisation
email-ngo-verify-ask = Pour envoyer la demande d'accréditation de { $organisation } à la réunion ci-dessous, veuillez confirmer cette adresse de contact au moyen du lien ci-dessous.
email-ngo-verify-button = Confirmer et envoyer la demande
email-ngo-verify-ignore = Si vous n'avez pas fait de demande, vous pouvez ignorer ce message : aucune demande ne sera envoyée.
email-ngo-accredited-heading = Votre organisation est accréditée
email-ngo-accredited-body = Le secrétariat a accrédité { $organisation } à la réunion ci-dessous. Chacun de vos { $count } représentants reçoit par courriel une invitation personnelle à s'inscrire.
email-ngo-declined-heading = Votre demande d'accréditation
email-ngo-declined-body = Le secrétariat n'a pas pu accréditer { $organisation } à la réunion ci-dessous.
email-ngo-declined-reason = Motif
