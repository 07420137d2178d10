# Convene — messages en français : registration.
