# Convene — mensajes en español: correo.
mailbox-title = Buzón (desarrollo)
mailbox-hint = Todos los mensajes que Convene ha puesto en cola, tal como se enviaron o se enviarán. Los enlaces de la parte de texto pueden abrirse directamente.
mailbox-when = En cola
mailbox-to = Para
mailbox-subject = Asunto
mailbox-state = Entrega
mailbox-text = Texto sin formato
mailbox-html = HTML
nav-mailbox = Buzón
delivery-queued = en cola
delivery-sending = enviándose
delivery-sent = enviado
delivery-failed = fallido
mailbox-queue = Cola
mailbox-oldest = Mensaje en espera más antiguo: n.º { $id }, puesto en cola el { $when } (hace { $hours } h { $minutes } min).
mailbox-retrying = { $count ->
    [one] { $count } mensaje en espera ha fallado al menos una vez y se volverá a intentar.
    [many] { $count } de mensajes en espera han fallado al menos una vez y se volverán a intentar.
   *[other] { $count } mensajes en espera han fallado al menos una vez y se volverán a intentar.
} Si fallan todos los mensajes, compruebe que se puede acceder al servidor de correo.
mailbox-message = Mensaje
mailbox-attempts = Intentos
mailbox-next = Próximo intento
mailbox-reply = Última respuesta del servidor
