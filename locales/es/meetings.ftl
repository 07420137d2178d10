# Reuniones atendidas: el programa y las listas de oradores.
meet-agenda = Programa
meet-agenda-manage = Programa y oradores
meet-agenda-public-link = Programa y listas de oradores
meet-agenda-empty = El programa aún no tiene temas.
meet-add-item = Añadir un tema del programa
meet-speakers-link = Lista de oradores
meet-field-number = Número del tema
meet-field-number-hint = Como en el programa provisional, por ejemplo 5 o 5(a).
meet-field-title = Título
meet-field-list-open = Lista de oradores abierta a la inscripción
meet-field-time-limit = Tiempo por intervención (minutos)
meet-field-time-limit-hint = Déjelo en blanco si no hay límite.
meet-col-number = N.º
meet-col-title = Título
meet-col-list = Lista de oradores
meet-col-actions = Acciones
meet-col-place = Orden
meet-col-speaker = Orador
meet-col-level = Nivel
meet-col-state = Estado
meet-col-inscribed = Inscrito a las
meet-list-open = Lista abierta
meet-list-closed = Lista cerrada
meet-time-limit = { $minutes ->
    [one] Tiempo: { $minutes } minuto por intervención
   *[other] Tiempo: { $minutes } minutos por intervención
}
meet-level-head-of-state = Jefe de Estado o de Gobierno
meet-level-minister = Ministro
meet-level-head-of-delegation = Jefe de delegación
meet-level-other = Otro representante
meet-on-behalf-regional = en nombre del Grupo de { $group }
meet-on-behalf = en nombre de: { $group }
meet-heard = Intervino
meet-speakers-title = Lista de oradores: { $item }
meet-speaking-now = En el uso de la palabra
meet-next = Siguiente orador
meet-nobody = Nadie
meet-not-yet-heard = Oradores que aún no han intervenido
meet-heard-title = Oradores que intervinieron
meet-withdrawn-title = Inscripciones retiradas
meet-action-spoke = Intervino
meet-action-up = Subir
meet-action-down = Bajar
meet-action-withdraw = Retirar
meet-inscribe-title = Inscripción en la lista de oradores
meet-inscribe = Inscribir
meet-field-speaker = Orador
meet-speaker-state = Un Estado
meet-speaker-observer = Un observador u organización
meet-field-country = Estado
meet-field-observer = Observador u organización
meet-field-observer-hint = Para un observador: su nombre, por ejemplo Comité Internacional de la Cruz Roja.
meet-field-level = Nivel del orador
meet-field-group = En nombre de un grupo regional
meet-field-other-group = En nombre de otro grupo
meet-field-item = Tema del programa
meet-list-closed-notice = La lista de oradores de este tema está cerrada.
meet-pdf-link = Lista de oradores (PDF)
meet-public-title = Programa: { $title }
meet-list-of-speakers = Lista de oradores
meet-no-speakers = Aún no hay oradores inscritos.
meet-link-title = Lista de oradores: { $state }
meet-own-title = Inscripciones de su delegación
meet-own-none = Su delegación no está inscrita en ninguna lista de oradores.
meet-own-place = puesto { $place }
meet-no-open-list = Ninguna lista de oradores está abierta a la inscripción.
meet-back-to-nominations = Volver a las designaciones
meet-err-number = Introduzca un número de tema que empiece por cifras, como 5 o 5(a) (16 caracteres como máximo).
meet-err-number-taken = Este número ya figura en el programa.
meet-err-time-limit = Introduzca un número entero de minutos entre 1 y { $max }, o déjelo en blanco.
meet-err-not-meeting = Solo las reuniones tienen programa y listas de oradores; los talleres, cursos y otros eventos no los tienen.
meet-err-list-closed = La lista de oradores de este tema está cerrada.
meet-err-inscribed-already = Este orador ya está inscrito en esta lista en nombre del mismo grupo.
meet-err-item-unknown = Elija un tema del programa de esta reunión.
meet-err-not-waiting = Este orador ya intervino o se retiró.
audit-do-agenda-add-item = Tema del programa añadido
audit-do-agenda-update-item = Tema del programa modificado
audit-do-speakers-inscribe = Orador inscrito
audit-do-speakers-spoke = Orador intervino
audit-do-speakers-withdraw = Inscripción retirada
audit-do-speakers-move = Orador desplazado
cred-title = Credenciales
cred-manage = Credenciales
cred-nomination-link = Credenciales de su delegación
cred-col-state = Estado
cred-col-code = Código
cred-col-group = Grupo regional
cred-col-status = Situación
cred-col-original = Original recibido
cred-col-changed = Último cambio
cred-col-note = Nota
cred-col-document = Documento
cred-status-none = Ninguna
cred-status-copy-received = Copia recibida
cred-status-original-received = Original recibido
cred-status-in-order = En regla
cred-action-record = Registrar
cred-csv = Exportar a CSV
cred-count = { $shown } de { $total } delegaciones
cred-empty = Esta reunión aún no tiene delegaciones.
cred-empty-next = Invitar a Estados
cred-none-match = Ninguna delegación coincide con estos filtros.
cred-report-title = Proyecto para el informe de la Comisión de Verificación de Poderes
cred-report-hint = Redactado a partir de las credenciales registradas ahora; revíselo antes de incluirlo en el informe.
cred-report-formal = { $count ->
    [0] Ningún Estado ha presentado aún credenciales oficiales.
    [one] Un Estado ha presentado credenciales oficiales, expedidas por el Jefe de Estado o de Gobierno o por el Ministro de Relaciones Exteriores: { $states }.
   *[other] { $count } Estados han presentado credenciales oficiales, expedidas por el Jefe de Estado o de Gobierno o por el Ministro de Relaciones Exteriores: { $states }.
}
cred-report-copy = { $count ->
    [0] Ningún Estado ha comunicado sus credenciales solo por copia.
    [one] Un Estado ha comunicado la designación de sus representantes mediante una copia de sus credenciales (fax o correo electrónico): { $states }.
   *[other] { $count } Estados han comunicado la designación de sus representantes mediante una copia de sus credenciales (fax o correo electrónico): { $states }.
}
cred-report-none = { $count ->
    [one] Un Estado aún no ha comunicado credenciales: { $states }.
   *[other] { $count } Estados aún no han comunicado credenciales: { $states }.
}
cred-record-title = Credenciales: { $state }
cred-no-document = No se ha recibido ningún documento.
cred-field-note = Nota de la secretaría
cred-field-note-hint = El coordinador de la delegación ve esta nota en su página de credenciales.
cred-link-title = Credenciales: { $state }
cred-original-awaited = La secretaría ha recibido una copia de sus credenciales. Sírvase entregar el original a la secretaría.
cred-upload-title = Enviar sus credenciales
cred-replace-title = Enviar un documento nuevo
cred-field-document = Credenciales (PDF)
cred-field-document-hint = Un PDF de { $megabytes } MB como máximo. Un documento nuevo sustituye al enviado antes.
cred-upload = Enviar
cred-err-concurrent = Otra persona modificó estas credenciales al mismo tiempo. No se guardó nada; inténtelo de nuevo.
audit-do-credentials-record = Credenciales registradas
audit-do-credentials-upload = Documento de credenciales enviado
