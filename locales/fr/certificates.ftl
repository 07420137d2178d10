# Convene — messages en français : certificats de participation et badges.

field-certificate-percent = Certificat de participation : présence minimale (%)
hint-certificate-percent = Ateliers et formations : la part des jours de l'événement qu'un participant doit suivre (1 à 100). Laisser vide s'il n'y a pas de certificat.
err-certificate-percent = Saisissez un pourcentage entier compris entre 1 et 100, ou laissez vide s'il n'y a pas de certificat.
err-certificate-kind = Les certificats de participation ne sont délivrés que pour les ateliers et les formations.

tab-certificates = Certificats et badges
cert-title = Certificats de participation
cert-no-rule = Cet événement ne délivre pas de certificat de participation.
cert-set-rule = Fixer une présence minimale dans l'événement.
cert-rule = Un certificat est délivré à chaque participant confirmé présent au moins { $percent } % des { $days } jours de l'événement (jours distincts avec une entrée à l'accueil).
cert-figures = { $qualifying } participants confirmés sur { $confirmed } remplissent la condition ; { $issued ->
    [one] { $issued } certificat délivré.
   *[other] { $issued } certificats délivrés.
}
cert-issue = Délivrer les certificats
cert-issue-hint = Délivre un certificat à chaque participant qui remplit la condition et n'en a pas encore, et envoie à chacun un lien pour le télécharger. Délivrer de nouveau n'envoie rien deux fois. La tâche quotidienne fait de même après l'événement.
cert-not-ended = Les certificats peuvent être délivrés une fois l'événement terminé.
cert-issued-now = { $issued ->
    [one] { $issued } certificat délivré et envoyé ;
   *[other] { $issued } certificats délivrés et envoyés ;
} { $already ->
    [one] { $already } participant en avait déjà un.
   *[other] { $already } participants en avaient déjà un.
}
cert-nobody = Aucun participant confirmé pour l'instant.
cert-col-name = Nom
cert-col-days = Jours de présence
cert-col-certificate = Certificat
cert-col-badge = Badge
cert-badge = Badge (PDF)
cert-badges-all = Badges de tous les participants confirmés (PDF)
cert-revoke = Révoquer
cert-revoked-on = Révoqué le { $date }
cert-download = Télécharger mon certificat (PDF)
cert-verify-title = Vérifier un certificat de participation
cert-verify-intro = Saisissez le code de vérification imprimé au bas du certificat.
cert-code = Code de vérification
cert-verify = Vérifier
cert-valid = Ce certificat est valide.
cert-revoked = Ce certificat a été révoqué le { $date } : il n'est plus valide.
cert-unknown = Aucun certificat ne porte ce code. Vérifiez-le sur le certificat et réessayez.
cert-event = Événement
cert-dates = Dates
cert-issued-on = Délivré le

cert-pdf-title = Certificat de participation
cert-pdf-certify = Il est certifié que
cert-pdf-attended = a participé à
cert-pdf-days = Jours de présence : { $attended } sur { $total }
cert-pdf-issued = Délivré le { $date } par le secrétariat
cert-pdf-code = Code de vérification : { $code }
cert-pdf-verify = Pour vérifier ce certificat, rendez-vous sur :

cert-err-code = Un code de vérification comporte 16 lettres et chiffres, tel qu'imprimé sur le certificat (par exemple K7QM-4XPD-9TWA-2HCE).
cert-err-no-rule = Cet événement ne délivre pas de certificat de participation : fixez d'abord une présence minimale dans l'événement.
cert-err-not-held = Les certificats ne sont délivrés que pour les événements qui ont eu lieu (publiés, non annulés).
cert-err-dates = Les certificats exigent les jours exacts de l'événement : ses dates ne sont données qu'au mois près.
cert-err-not-ended = Les certificats peuvent être délivrés une fois l'événement terminé.
cert-err-revoked = Ce certificat est déjà révoqué.
cert-err-none = Aucun certificat de participation n'a été délivré pour cette inscription.
cert-err-withdrawn = Ce certificat de participation a été révoqué par le secrétariat.
