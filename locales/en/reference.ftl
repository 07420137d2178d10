# Convene — English messages: reference data (names as in seeds/reference.toml).

group-AFRICAN = African States
group-APG = Asia-Pacific States
group-EEG = Eastern European States
group-GRULAC = Latin American and Caribbean States
group-WEOG = Western European and other States

programme-MACHINERY = Disarmament machinery (First Committee, Conference on Disarmament, Disarmament Commission)
programme-NPT = Treaty on the Non-Proliferation of Nuclear Weapons
programme-CTBT = Comprehensive Nuclear-Test-Ban Treaty
programme-BWC = Biological Weapons Convention
programme-CHEMBIO = Secretary-General's investigation mechanism (chemical and biological weapons)
programme-1540 = Security Council resolution 1540
programme-MISSILES = Missiles
programme-CONVENTIONAL = Conventional arms (arms trade, ammunition, CCW, mine ban)
programme-SALW = Small arms and light weapons (Programme of Action)
programme-TRANSPARENCY = Transparency in armaments (Register, military expenditures)
programme-REGIONAL = Regional disarmament
programme-EDUCATION = Disarmament education and outreach

unit-NY = Office for Disarmament Affairs, New York
unit-GENEVA = Geneva Branch
unit-UNREC = United Nations Regional Centre for Peace and Disarmament in Africa
unit-UNRCPD = United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific
unit-UNLIREC = United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean
