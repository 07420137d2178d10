# Convene — English messages: invitations.
