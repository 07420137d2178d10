# Convene — messages en français : rapports.

rep-err-programme = Aucun programme ne porte le code « { $code } ».
rep-err-unit = Aucune unité ne porte le code « { $code } ».
rep-err-series = Aucune série ne porte le code « { $code } ».
rep-err-date = Saisissez une date au format AAAA-MM-JJ, par exemple 2007-01-31.
rep-err-range = La date de fin précède la date de début.

nav-reports = Rapports
tab-report = Rapport
rep-title = Rapports sur plusieurs événements
rep-intro = Les résultats des événements publiés d’un programme, d’une série, d’une unité ou d’une période : événements tenus, participants, États, groupes régionaux et part des femmes. Laissez un filtre vide pour tout inclure de ce que vous pouvez voir.
rep-event-title = Rapport : { $title }
rep-definitions = Inscrits : inscriptions en vigueur (en attente, confirmées, liste d’attente) et toute personne venue. Présents : enregistrés à l’entrée au moins une fois (les enregistrements annulés ne comptent pas ; une sortie n’annule pas la présence). États, groupes régionaux et femmes sont comptés parmi les participants confirmés ; un État compte une fois, quel que soit le nombre de délégués et d’événements.
rep-programme = Programme
rep-series = Série
rep-series-hint = Le code de la série, par exemple 1540-WS.
rep-unit = Unité
rep-from = Événements commençant à partir du
rep-to = Événements commençant jusqu’au
rep-show = Afficher le rapport
rep-downloads = Télécharger
rep-events-held = Événements tenus
rep-invited = Invités
rep-registered = Inscrits
rep-confirmed = Confirmés
rep-attended = Présents
rep-attendance-rate = Taux de présence (présents / confirmés)
rep-states = États
rep-states-attended = États présents
rep-regional-groups = Groupes régionaux atteints
rep-women = Femmes
rep-women-share = Part des femmes
rep-certificates = Certificats délivrés
rep-funnel = De l’invitation à la présence
rep-per-day = Personnes présentes par jour
rep-day = Jour
rep-per-session = Personnes présentes par séance
rep-session = Séance
rep-no-sessions = Le programme ne comporte aucune séance : il n’y a rien à compter par séance.
rep-nobody = Personne ne s’est encore inscrit.
rep-not-stated = Non précisé
rep-events = Événements
rep-event = Événement
rep-dates = Début
rep-no-events = Aucun événement publié ne correspond à ces filtres.
rep-by-regional_group = Par groupe régional
rep-by-gender = Par genre
rep-by-organisation_type = Par type d’organisation
rep-by-state = Par État
rep-by-role = Par rôle
rep-sheet-summary = Synthèse
rep-sheet-regional_group = Groupes régionaux
rep-sheet-gender = Genre
rep-sheet-organisation_type = Types d’organisation
rep-sheet-state = États
rep-sheet-role = Rôles
rep-sheet-event = Événements
rep-sheet-day = Jours
rep-sheet-session = Séances

# Événements distingués selon leurs dates, là où ils se tiennent, à ce jour.
rep-events-under-way = Événements en cours
rep-events-planned = Événements prévus
rep-list-held = Tenus ({ $count })
rep-list-under_way = En cours ({ $count })
rep-list-planned = Prévus ({ $count })
rep-stage-held = Tenu
rep-stage-under_way = En cours
rep-stage-planned = Prévu

# Pourquoi un graphique n’est pas affiché : il n’y a rien à représenter.
rep-no-funnel = Rien à représenter pour l’instant : personne n’a été invité ni ne s’est inscrit.
rep-no-check-ins-planned = Aucun enregistrement pour l’instant : l’événement n’a pas commencé.
rep-no-check-ins-under-way = Aucun enregistrement pour l’instant : personne n’a encore été enregistré à l’accueil.
rep-no-check-ins-held = Aucun enregistrement : l’événement est terminé et personne n’a été enregistré à l’accueil.
rep-none-confirmed = Pas de graphique : personne n’est encore confirmé. Le tableau compte les inscriptions.
rep-per-session-note = Un enregistrement pour toute la journée vaut présence à chacune des séances de ce jour.

# Remote participation
rep-by-attendance_mode = Sur place ou à distance
rep-sheet-attendance_mode = Modes de participation
rep-remote-note = Les participants à distance ne sont pas enregistrés à l’entrée : ils sont comptés comme inscrits et confirmés à distance ; « Présents » compte les personnes enregistrées sur place.
