# Le système de conception : l'en-tête du site, la navigation, les en-têtes de page et les éléments partagés.
site-office = Bureau des affaires de désarmement de l'Organisation des Nations Unies
nav-menu = Menu
nav-donors = Donateurs
nav-funding = Financement
nav-breadcrumbs = Fil d'Ariane
tab-overview = Vue d'ensemble
