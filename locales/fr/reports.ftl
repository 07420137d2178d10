# Convene — messages en français : rapports.

rep-err-programme = Aucun programme ne porte le code « { $code } ».
rep-err-unit = Aucune unité ne porte le code « { $code } ».
rep-err-series = Aucune série ne porte le code « { $code } ».
rep-err-date = Saisissez une date au format AAAA-MM-JJ, par exemple 2007-01-31.
rep-err-range = La date de fin précède la date de début.
