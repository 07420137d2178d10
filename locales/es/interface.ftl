# El sistema de diseño: el encabezado del sitio, la navegación, los encabezados de página y los elementos compartidos.
site-office = Oficina de Asuntos de Desarme de las Naciones Unidas
nav-menu = Menú
nav-donors = Donantes
nav-funding = Financiación
nav-breadcrumbs = Ruta de navegación
tab-overview = Resumen

## Estados vacíos: qué falta y qué hacer a continuación
empty-public-events-next = Consulte en el calendario los eventos pasados y previstos.
empty-events = Ningún evento coincide.
empty-events-next = Cree un nuevo evento o borre los filtros.
empty-schedule-next = Añada la primera sesión con el formulario que figura a continuación.
empty-registrations = Ninguna inscripción coincide.
empty-registrations-next = Invite a personas desde la sección Invitaciones o inscriba a alguien manualmente.
reg-action = Acción
empty-invitations = Ninguna invitación coincide.
empty-invitations-next = Invite a una persona, importe una lista o copie personas de un evento anterior.
empty-delegations = Todavía no se ha invitado a ningún Estado a enviar una delegación.
empty-delegations-next = Invite a un Estado con el formulario que figura a continuación.
empty-donors = Todavía no hay ningún donante registrado.
empty-donors-next = Registre el primer donante con el formulario que figura a continuación.
empty-contacts-next = Añada un contacto con el formulario que figura a continuación: los contactos inician sesión en el portal de donantes.
empty-contributions-next = Registre una contribución con el formulario que figura a continuación.
empty-sources-next = Asigne parte de una contribución con el formulario que figura a continuación, o deje el evento con cargo al presupuesto ordinario.
empty-audit = Todavía no se ha registrado nada.
empty-mailbox = Todavía no se ha puesto ningún mensaje en cola.
mailbox-messages = Mensajes
mailbox-retrying-caption = Mensajes en reintento
empty-reminders-next = Los recordatorios se envían a los participantes confirmados: consulte las inscripciones.
empty-report-next = Amplíe las fechas o elija otro programa u otra dependencia.
empty-certificates-next = Los certificados dependen de las inscripciones confirmadas: revise primero las inscripciones.
