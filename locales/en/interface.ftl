# The design system: the site header, navigation, page headers and shared pieces.
site-office = United Nations Office for Disarmament Affairs
nav-menu = Menu
nav-donors = Donors
nav-funding = Funding
nav-breadcrumbs = Breadcrumb
tab-overview = Overview
