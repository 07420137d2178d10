# Convene — mensajes en español: invitaciones.
# Las claves de este archivo empiezan por inv-, deleg- o nom-; en/invitations.ftl tiene las mismas claves.

## Lista de invitaciones
inv-list-title = Invitaciones: { $event }
inv-count = { $count ->
    [one] { $count } invitación
    [many] { $count } de invitaciones
   *[other] { $count } invitaciones
}
inv-draft-warning = Este evento es un borrador: pueden enviarse invitaciones, pero el enlace al evento que contienen solo funcionará una vez publicado el evento.
inv-col-person = Persona
inv-col-role = Función
inv-col-delivery = Correo electrónico
inv-col-expires = Enlace válido hasta
inv-col-line = Línea
inv-col-name = Nombre
inv-col-problems = Problemas
inv-field-search = Buscar nombres y direcciones
inv-focal-point-of = Punto de contacto de { $country } (designaciones)
inv-reminders = { $count ->
    [one] un recordatorio
    [many] { $count } de recordatorios
   *[other] { $count } recordatorios
}
inv-refresh = Actualizar
inv-delivery-title = Envío
inv-delivery-queued = En cola:
inv-delivery-sent = enviadas:
inv-delivery-failed = fallidas:

## Acciones
inv-action-invite-one = Invitar a una persona
inv-action-import = Importar una lista (CSV)
inv-action-copy = Copiar de un evento anterior
inv-action-remind = Enviar un recordatorio a quienes no han respondido
inv-action-resend = Reenviar
inv-action-revoke = Retirar
inv-action-extend = Prorrogar
inv-confirm-remind = ¿Desea enviar un recordatorio, con un nuevo enlace, a todas las personas que aún no han respondido?
inv-confirm-revoke = ¿Desea retirar esta invitación? Su enlace dejará de funcionar.
inv-field-expires-on = Enlace válido hasta

## Confirmaciones
inv-done-invited = La invitación está en cola para su envío.
inv-done-imported = { $count ->
    [one] Una invitación está en cola para su envío
    [many] { $count } de invitaciones están en cola para su envío
   *[other] { $count } invitaciones están en cola para su envío
}{ $skipped ->
    [0] .
    [one] ; se ha descartado una fila.
    [many] ; se han descartado { $skipped } de filas.
   *[other] ; se han descartado { $skipped } filas.
}
inv-done-copied = { $count ->
    [one] Una invitación está en cola para su envío
    [many] { $count } de invitaciones están en cola para su envío
   *[other] { $count } invitaciones están en cola para su envío
}{ $skipped ->
    [0] .
    [one] ; una persona ya estaba invitada.
    [many] ; { $skipped } de personas ya estaban invitadas.
   *[other] ; { $skipped } personas ya estaban invitadas.
}
inv-done-reminded = { $count ->
    [0] Nadie está a la espera de un recordatorio.
    [one] Un recordatorio está en cola para su envío.
    [many] { $count } de recordatorios están en cola para su envío.
   *[other] { $count } recordatorios están en cola para su envío.
}
inv-done-resent = La invitación está de nuevo en cola para su envío, con un nuevo enlace; el enlace anterior ya no funciona.
inv-done-revoked = La invitación se ha retirado; su enlace ya no funciona.
inv-done-extended = Se ha prorrogado la validez del enlace.
inv-done-paragraph = El párrafo se ha guardado; figurará en las invitaciones que se envíen a partir de ahora.

## El párrafo de la organización
inv-paragraph-title = Párrafo añadido a las invitaciones
inv-paragraph-hint = Figura en todas las invitaciones y solicitudes de designaciones de este evento que se envíen a partir de ahora; por ejemplo, la financiación de los viajes. Déjelo vacío si no desea añadir ninguno.
inv-field-paragraph = Párrafo

## Invitar a una persona
inv-invite-one-title = Invitar a una persona
inv-field-title = Tratamiento
inv-hint-title = Por ejemplo, Sr., Sra., Excmo. Sr., Excma. Sra., Dr., Dra.
inv-field-given-name = Nombre
inv-field-family-name = Apellidos
inv-field-organisation = Organización o ministerio
inv-field-language = Idioma de los correos electrónicos
inv-submit-invite = Enviar la invitación

## Funciones y estados
inv-role-delegate = Delegado
inv-role-head_of_delegation = Jefe de la delegación
inv-role-observer = Observador
inv-role-expert = Especialista o ponente
inv-role-trainer = Instructor
inv-role-trainee = Participante en la capacitación
inv-role-staff = Personal
inv-state-queued = en cola
inv-state-sent = enviada
inv-state-failed = no entregada
inv-state-opened = abierta
inv-state-registered = inscripción realizada
inv-state-declined = declinada
inv-state-expired = vencida
inv-state-revoked = retirada

## Importación
inv-import-title = Importar una lista de personas invitadas
inv-import-hint = Pegue la lista o elija un archivo CSV (UTF-8, separado por comas o por punto y coma). La primera línea indica los nombres de las columnas, en cualquier orden: email, title, given_name, family_name, organisation, country (código ISO de tres letras), role, language (en o fr). Antes de que se envíe nada, verá una vista previa.
inv-import-roles = Funciones: { $roles }.
inv-field-csv = La lista, pegada
inv-field-csv-file = O un archivo CSV
inv-submit-preview = Vista previa
inv-preview-title = Vista previa de la importación
inv-preview-summary = { $good ->
    [one] Puede invitarse una fila
    [many] Pueden invitarse { $good } de filas
   *[other] Pueden invitarse { $good } filas
}; { $bad ->
    [0] ninguna fila presenta problemas.
    [one] una fila presenta problemas y se descartará.
    [many] { $bad } de filas presentan problemas y se descartarán.
   *[other] { $bad } filas presentan problemas y se descartarán.
}
inv-preview-nothing-saved = Todavía no se ha guardado ni enviado nada.
inv-preview-bad = { $count ->
    [one] Una fila descartada
    [many] { $count } de filas descartadas
   *[other] { $count } filas descartadas
}
inv-preview-good = { $count ->
    [one] Una fila para invitar
    [many] { $count } de filas para invitar
   *[other] { $count } filas para invitar
}
inv-submit-confirm = { $count ->
    [one] Invitar a esta persona
    [many] Invitar a estas { $count } de personas
   *[other] Invitar a estas { $count } personas
}
inv-preview-start-again = Corregir la lista y volver a empezar
inv-csv-bad-email = Falta la dirección de correo electrónico o no es válida.
inv-csv-missing-name = Se requieren tanto el nombre como los apellidos.
inv-csv-too-long = La columna { $column } es demasiado larga (como máximo { $max } caracteres).
inv-csv-control-chars = La columna { $column } contiene caracteres de control.
inv-csv-unknown-country = El país no es el código de tres letras de un Estado Miembro o un Estado observador.
inv-csv-unknown-role = Falta la función o es desconocida.
inv-csv-unknown-language = El idioma debe ser uno de estos: ar, zh, en, fr, ru o es.
inv-csv-duplicate-email = Esta dirección ya figura en la línea { $line }.
inv-csv-already-invited = Esta persona ya está invitada a este evento.
inv-csv-field-count = La línea tiene { $found } campos en lugar de { $expected }.
inv-csv-empty = La lista está vacía.
inv-csv-header = La primera línea debe indicar los nombres de las columnas; faltan: { $missing }. Se esperaba: { $columns }
inv-csv-too-many-rows = La lista tiene más de { $max } filas; divídala.
inv-csv-not-utf8 = El archivo no es texto UTF-8. Guárdelo desde su hoja de cálculo como “CSV UTF-8”.
inv-csv-malformed = No se ha podido leer la lista en la línea { $line } (puede que falten unas comillas).

## Copia
inv-copy-title = Copiar de un evento anterior
inv-copy-hint = Cada persona elegida se invita con la función que tenía en el evento anterior. Se omite a las personas ya invitadas a este evento.
inv-field-from-event = Evento anterior
inv-field-what = A quién invitar
inv-copy-participants = Sus participantes (inscripciones confirmadas o pendientes)
inv-copy-invitees = Todas las personas a las que invitó
inv-submit-copy = Invitarlas

## Errores
inv-err-role = Elija una de las funciones: delegate, head_of_delegation, observer, expert, trainer, trainee, staff.
inv-err-language = Elija uno de los seis idiomas: ar, zh, en, fr, ru o es.
inv-err-already-invited = Esta persona ya está invitada a este evento.
inv-err-concurrent = Otra persona ha invitado a algunas de estas personas en ese mismo momento. No se ha guardado nada; vuelva a intentarlo.
inv-err-copy-same = Elija un evento distinto de este.
inv-err-expired-extend-first = Esta invitación ha vencido: prorróguela primero y después reenvíela.
inv-err-answered = Esta invitación ya ha sido respondida o retirada; ya no puede modificarse.
inv-err-revoke-registered = Esta persona se ha inscrito: cancele su inscripción en su lugar.
inv-err-extend-past = Elija un día que todavía no haya terminado.
inv-err-event-over = Este evento ha terminado; ya no pueden enviarse invitaciones para él.
inv-err-upload = El archivo cargado es demasiado grande o la carga se ha interrumpido.

## Delegaciones
deleg-list-title = Delegaciones: { $event }
deleg-count = { $count ->
    [one] { $count } Estado invitado
    [many] { $count } de Estados invitados
   *[other] { $count } Estados invitados
}
deleg-col-state = Estado
deleg-col-group = Grupo regional
deleg-col-focal-point = Punto de contacto
deleg-col-quota = Plazas
deleg-col-nominees = Designados
deleg-col-note-verbale = Nota verbal
deleg-nominated = { $count } de { $quota }
deleg-download = Descargar (PDF)
deleg-new-title = Invitar a un Estado
deleg-new-hint = El punto de contacto (misión permanente o contacto nacional) recibe un enlace para designar a la delegación, hasta el número de plazas, y adjuntar la nota verbal.
deleg-field-state = Estado
deleg-field-quota = Plazas
deleg-hint-quota = Cuántas personas puede designar el Estado (de 1 a 50).
deleg-focal-point = Punto de contacto
deleg-submit = Enviar la solicitud de designaciones
deleg-done-created = La solicitud de designaciones está en cola para su envío.
deleg-err-exists = Este Estado ya está invitado a este evento.
deleg-err-focal-point-busy = Esta persona ya es el punto de contacto de otro Estado para este evento.
deleg-err-quota = Introduzca un número entero de plazas entre 1 y { $max }.

## La página de designaciones del punto de contacto
nom-title = Designaciones de { $country }
nom-remaining = Plazas disponibles
nom-deadline = Designaciones hasta
nom-so-far = { $count ->
    [0] Todavía no se ha designado a nadie
    [one] Una persona designada
    [many] { $count } de personas designadas
   *[other] { $count } personas designadas
}
nom-none-yet = Todavía no se ha designado a nadie.
nom-form-title = Designar
nom-form-hint = Rellene un bloque por persona y deje vacíos los demás. Indique quién es el jefe o la jefa de la delegación. Puede volver con este enlace para añadir personas hasta que se ocupen todas las plazas.
nom-quota-full = Todas las plazas están ocupadas. Todavía puede adjuntar la nota verbal.
nom-row = Persona { $n }
nom-field-position = Cargo (funciones)
nom-field-head = Jefe de la delegación
nom-note-title = Nota verbal
nom-field-note-ref = Referencia de la nota verbal
nom-field-note-date = Fecha de la nota verbal
nom-field-note-file = La nota verbal (PDF)
nom-hint-note-file = Un archivo PDF de 5 MB como máximo. Si el formulario indica un error, vuelva a elegir el archivo.
nom-submit = Presentar las designaciones
nom-done = { $count ->
    [0] Se ha registrado la nota verbal.
    [one] Gracias: se ha designado a una persona, que recibirá una invitación personal.
    [many] Gracias: se ha designado a { $count } de personas, que recibirán, cada una, una invitación personal.
   *[other] Gracias: se ha designado a { $count } personas, que recibirán, cada una, una invitación personal.
}
nom-link-invalid = Este enlace de designación no es válido. Utilice el enlace del correo electrónico más reciente que haya recibido o póngase en contacto con la secretaría.
nom-link-revoked = La secretaría ha retirado esta solicitud de designaciones.
nom-link-expired = Este enlace de designación venció el { $date }. Póngase en contacto con la secretaría para obtener uno nuevo.
nom-event-cancelled = Este evento se ha cancelado; el plazo de designaciones está cerrado.
nom-err-quota = Plazas de su Estado: { $quota }; ya designadas: { $taken }. Puede designar, como máximo, { $remaining ->
    [one] a una persona más.
   *[other] a { $remaining } personas más.
}
nom-err-head-required = Indique quién es el jefe o la jefa de la delegación.
nom-err-head-row = Marque como jefe o jefa de la delegación a una de las personas cuyos datos ha rellenado.
nom-err-duplicate-email = Esta dirección ya se ha utilizado para otra persona más arriba.
nom-err-already-invited = Esta persona ya está invitada a este evento.
nom-err-nobody = Rellene los datos de al menos una persona, o la nota verbal.
nom-err-pdf-type = La nota verbal debe ser un archivo PDF.
nom-err-pdf-size = La nota verbal debe tener { $max } MB como máximo.
nom-notice = Los datos de las personas designadas se tratan conforme al aviso de protección de datos; cada una lo acepta al inscribirse.
