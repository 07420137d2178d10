# Convene — mensajes en español: informes.

rep-err-programme = No hay ningún programa con el código “{ $code }”.
rep-err-unit = No hay ninguna dependencia con el código “{ $code }”.
rep-err-series = No hay ninguna serie con el código “{ $code }”.
rep-err-date = Introduzca una fecha en formato AAAA-MM-DD, por ejemplo, 2007-01-31.
rep-err-range = La fecha de finalización es anterior a la fecha de inicio.

nav-reports = Informes
tab-report = Informe
rep-title = Informes sobre varios eventos
rep-intro = Los resultados de los eventos publicados de un programa, una serie, una dependencia o un período: eventos celebrados, participantes, Estados, grupos regionales y proporción de mujeres. Deje un filtro vacío para incluir todo lo que puede consultar.
rep-event-title = Informe: { $title }
rep-definitions = Inscritos: inscripciones vigentes (pendientes, confirmadas o en lista de espera) y toda persona que haya asistido. Asistentes: personas cuya entrada se ha registrado al menos una vez (las lecturas anuladas no cuentan; la salida no anula la asistencia). Los Estados, los grupos regionales y las mujeres se cuentan entre los participantes confirmados; cada Estado se cuenta una sola vez, sea cual sea el número de delegados y de eventos.
rep-programme = Programa
rep-series = Serie
rep-series-hint = El código de la serie, por ejemplo, 1540-WS.
rep-unit = Dependencia
rep-from = Eventos que empiezan desde
rep-to = Eventos que empiezan hasta
rep-show = Mostrar el informe
rep-downloads = Descargar
rep-events-held = Eventos celebrados
rep-invited = Invitados
rep-registered = Inscritos
rep-confirmed = Confirmados
rep-attended = Asistentes
rep-attendance-rate = Tasa de asistencia (asistentes / confirmados)
rep-states = Estados
rep-states-attended = Estados presentes
rep-regional-groups = Grupos regionales alcanzados
rep-women = Mujeres
rep-women-share = Proporción de mujeres
rep-certificates = Certificados expedidos
rep-funnel = De la invitación a la asistencia
rep-per-day = Personas presentes por día
rep-day = Día
rep-per-session = Personas presentes por sesión
rep-session = Sesión
rep-no-sessions = El programa no tiene ninguna sesión, por lo que no hay nada que contar por sesión.
rep-nobody = Todavía no se ha inscrito nadie.
rep-not-stated = No indicado
rep-events = Eventos
rep-event = Evento
rep-dates = Inicio
rep-no-events = Ningún evento publicado coincide con estos filtros.
rep-by-regional_group = Por grupo regional
rep-by-gender = Por género
rep-by-organisation_type = Por tipo de organización
rep-by-state = Por Estado
rep-by-role = Por función
rep-sheet-summary = Resumen
rep-sheet-regional_group = Grupos regionales
rep-sheet-gender = Género
rep-sheet-organisation_type = Tipos de organización
rep-sheet-state = Estados
rep-sheet-role = Funciones
rep-sheet-event = Eventos
rep-sheet-day = Días
rep-sheet-session = Sesiones

# Eventos distinguidos según sus fechas de celebración, a día de hoy.
rep-events-under-way = Eventos en curso
rep-events-planned = Eventos previstos
rep-list-held = Celebrados ({ $count })
rep-list-under_way = En curso ({ $count })
rep-list-planned = Previstos ({ $count })
rep-stage-held = Celebrado
rep-stage-under_way = En curso
rep-stage-planned = Previsto

# Por qué no se dibuja un gráfico: no hay nada que representar.
rep-no-funnel = Todavía no hay nada que representar: no se ha invitado a nadie ni se ha inscrito nadie.
rep-no-check-ins-planned = Todavía no hay registros de entrada: el evento no ha comenzado.
rep-no-check-ins-under-way = Todavía no hay registros de entrada: hasta el momento no se ha registrado en el mostrador la entrada de nadie.
rep-no-check-ins-held = No se registró ninguna entrada: el evento ha terminado y no se registró en el mostrador la entrada de nadie.
rep-none-confirmed = Sin gráfico: todavía no hay ningún participante confirmado. El cuadro recoge el número de inscripciones.
rep-per-session-note = Un registro de entrada para todo el día cuenta como asistencia a cada una de las sesiones de ese día.

# Remote participation
rep-by-attendance_mode = Presencial o a distancia
rep-sheet-attendance_mode = Modalidades de participación
rep-remote-note = Los participantes a distancia no se registran a la entrada: se cuentan como inscritos y confirmados a distancia; «Asistieron» cuenta a las personas registradas en la sede.
