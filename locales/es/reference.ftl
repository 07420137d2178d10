# Convene — mensajes en español: datos de referencia.

group-AFRICAN = Estados de África
group-APG = Estados de Asia y el Pacífico
group-EEG = Estados de Europa Oriental
group-GRULAC = Estados de América Latina y el Caribe
group-WEOG = Estados de Europa Occidental y otros Estados

programme-MACHINERY = Mecanismo de desarme (Primera Comisión, Conferencia de Desarme, Comisión de Desarme)
programme-NPT = Tratado sobre la No Proliferación de las Armas Nucleares
programme-CTBT = Tratado de Prohibición Completa de los Ensayos Nucleares
programme-BWC = Convención sobre las Armas Biológicas
programme-CHEMBIO = Mecanismo de investigación del Secretario General (armas químicas y biológicas)
programme-1540 = Resolución 1540 del Consejo de Seguridad
programme-MISSILES = Misiles
programme-CONVENTIONAL = Armas convencionales (comercio de armas, municiones, CCAC, prohibición de las minas)
programme-SALW = Armas pequeñas y armas ligeras (Programa de Acción)
programme-TRANSPARENCY = Transparencia en materia de armamentos (Registro, gastos militares)
programme-REGIONAL = Desarme regional
programme-EDUCATION = Educación para el desarme y divulgación

unit-NY = Oficina de Asuntos de Desarme, Nueva York
unit-GENEVA = Subdivisión de Ginebra
unit-UNREC = Centro Regional de las Naciones Unidas para la Paz y el Desarme en África
unit-UNRCPD = Centro Regional de las Naciones Unidas para la Paz y el Desarme en Asia y el Pacífico
unit-UNLIREC = Centro Regional de las Naciones Unidas para la Paz, el Desarme y el Desarrollo en América Latina y el Caribe
