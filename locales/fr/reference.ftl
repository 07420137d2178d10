# Convene — messages en français : données de référence.

group-AFRICAN = États d’Afrique
group-APG = États d’Asie et du Pacifique
group-EEG = États d’Europe orientale
group-GRULAC = États d’Amérique latine et des Caraïbes
group-WEOG = États d’Europe occidentale et autres États

programme-MACHINERY = Mécanisme de désarmement (Première Commission, Conférence du désarmement, Commission du désarmement)
programme-NPT = Traité sur la non-prolifération des armes nucléaires
programme-CTBT = Traité d’interdiction complète des essais nucléaires
programme-BWC = Convention sur les armes biologiques
programme-CHEMBIO = Mécanisme d’enquête du Secrétaire général (armes chimiques et biologiques)
programme-1540 = Résolution 1540 du Conseil de sécurité
programme-MISSILES = Missiles
programme-CONVENTIONAL = Armes classiques (commerce des armes, munitions, CCAC, interdiction des mines)
programme-SALW = Armes légères et de petit calibre (Programme d’action)
programme-TRANSPARENCY = Transparence dans le domaine des armements (Registre, dépenses militaires)
programme-REGIONAL = Désarmement régional
programme-EDUCATION = Éducation en matière de désarmement et sensibilisation

unit-NY = Bureau des affaires de désarmement, New York
unit-GENEVA = Service de Genève
unit-UNREC = Centre régional des Nations Unies pour la paix et le désarmement en Afrique
unit-UNRCPD = Centre régional des Nations Unies pour la paix et le désarmement en Asie et dans le Pacifique
unit-UNLIREC = Centre régional des Nations Unies pour la paix, le désarmement et le développement en Amérique latine et dans les Caraïbes
