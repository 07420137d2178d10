# Convene — messages en français : invitations.
