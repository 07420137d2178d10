# Le système de conception : l'en-tête du site, la navigation, les en-têtes de page et les éléments partagés.
site-office = Bureau des affaires de désarmement de l'Organisation des Nations Unies
nav-menu = Menu
nav-donors = Donateurs
nav-funding = Financement
nav-breadcrumbs = Fil d'Ariane
tab-overview = Vue d'ensemble

## États vides : ce qui manque, puis que faire
empty-public-events-next = Voir les événements passés et prévus dans le calendrier.
empty-events = Aucun événement ne correspond.
empty-events-next = Créez un événement, ou effacez les filtres.
empty-schedule-next = Ajoutez la première séance avec le formulaire ci-dessous.
empty-registrations = Aucune inscription ne correspond.
empty-registrations-next = Invitez des personnes depuis la section Invitations, ou inscrivez quelqu'un à la main.
reg-action = Action
empty-invitations = Aucune invitation ne correspond.
empty-invitations-next = Invitez une personne, importez une liste ou reprenez les personnes d'un événement antérieur.
empty-delegations = Aucun État n'a encore été invité à envoyer une délégation.
empty-delegations-next = Invitez un État avec le formulaire ci-dessous.
empty-donors = Aucun donateur n'est encore enregistré.
empty-donors-next = Enregistrez le premier donateur avec le formulaire ci-dessous.
empty-contacts-next = Ajoutez un contact avec le formulaire ci-dessous : les contacts se connectent au portail des donateurs.
empty-contributions-next = Enregistrez une contribution avec le formulaire ci-dessous.
empty-sources-next = Allouez une partie d'une contribution avec le formulaire ci-dessous, ou laissez l'événement au budget ordinaire.
empty-audit = Rien n'a encore été enregistré.
empty-mailbox = Aucun message n'a encore été mis en file.
mailbox-messages = Messages
mailbox-retrying-caption = Messages en cours de nouvel essai
empty-reminders-next = Les rappels vont aux participants confirmés : voir les inscriptions.
empty-report-next = Élargissez les dates, ou choisissez un autre programme ou une autre unité.
empty-certificates-next = Les certificats suivent les inscriptions confirmées : examinez d'abord les inscriptions.
