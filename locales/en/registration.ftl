# Convene — English messages: registration.
