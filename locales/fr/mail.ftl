# Convene — messages en français : mail.
mailbox-title = Boîte aux lettres (développement)
mailbox-hint = Tous les messages mis en file par Convene, tels qu'ils ont été ou seront envoyés. Les liens de la version texte peuvent être ouverts directement.
mailbox-when = Mis en file
mailbox-to = Destinataire
mailbox-subject = Objet
mailbox-state = Remise
mailbox-text = Texte brut
mailbox-html = HTML
nav-mailbox = Boîte aux lettres
delivery-queued = en file
delivery-sending = en cours d'envoi
delivery-sent = envoyé
delivery-failed = échec
