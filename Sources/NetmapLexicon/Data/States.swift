// States of the world: UN members and observers, with the names news text uses for them.
extension BuiltinTable {
    static let states = #"""
    # States of the world: the 193 UN member states, the two UN observer states
    # (Holy See / Vatican, Palestine), plus Taiwan and Kosovo: 197 rows; then five states of
    # their time (Soviet Union, West and East Germany, Czechoslovakia, Yugoslavia).
    #
    # Columns: id | label | aliases | seats | demonyms
    #   id        stable lower-case hyphenated key (English short name); Organisations.state refers to it.
    #   label     common English name, used for display; it is also a surface form.
    #   aliases   other surface forms English news uses for the state: official names, abbreviations
    #             with and without dots, older or alternate spellings. Case-sensitive, exactly as
    #             written in text. No leading "the" (the matcher handles articles). The label is not
    #             repeated here.
    #   seats     capital city, plus a separate seat of government or second capital where one exists,
    #             with common transliteration / diacritic variants; used metonymically for the state
    #             ("Moscow said ...", "talks in Kyiv"). Buildings and institutions (Kremlin, White House,
    #             Elysee, Downing Street ...) are NOT seats: they are government bodies in
    #             Organisations.swift. Capitals whose name equals the label (Singapore, Luxembourg,
    #             Monaco, Djibouti, San Marino) are left out.
    #   demonyms  adjective / demonym forms that attach a role to the state ("Russian president",
    #             "Ukrainian forces"). Plural nouns ("Russians") are not listed.
    # Lists inside a cell are separated by ';'. Empty cells are allowed.
    #
    # Uniqueness: every label / alias / seat string occurs in exactly one row of this table and in
    # no row of Organisations.swift; every demonym occurs in exactly one row. Forms that two states
    # share were given to one row only:
    #   "Congo", "Congolese"        -> republic-of-the-congo (news often means the DRC: use context)
    #   "Korea", "Korean"           -> south-korea
    #   "Guinea", "Guinean"         -> guinea (not Equatorial Guinea, Guinea-Bissau, Papua New Guinea)
    #   "Dominican"                 -> dominican-republic (Dominica has no demonym entry)
    #   "Macedonia", "Macedonian"   -> north-macedonia (also a Greek region and an ethnic term)
    #   "Jerusalem"                 -> israel; "East Jerusalem" and "Ramallah" -> palestine
    #   "Republic of China", "ROC"  -> taiwan; "People's Republic of China", "PRC" -> china
    #   "Islamic Republic"          -> iran (Pakistan, Afghanistan, Mauritania are Islamic Republics too)
    #   "Emirates"                  -> united-arab-emirates (also the name of the Dubai airline)
    # Substring hazards: prefer the longest match (Congo / Democratic Republic of the Congo,
    # Sudan / South Sudan, Guinea / Papua New Guinea, Korea / North Korea, China / Republic of
    # China, Niger / Nigeria), and beware non-state places that contain a state name
    # (New Mexico, Northern Ireland, American Samoa, Georgia the US state, Washington State,
    # Lebanon / Jordan / Cuba as US town names).
    # Apostrophes are ASCII ('): fold typographic apostrophes to ' before matching. Diacritic and
    # plain spellings are both listed where news uses both (Côte d'Ivoire / Cote d'Ivoire).
    # Deliberately not included: "the States", "Persia", "Peking", "Delhi", "Tel Aviv",
    # dependent territories (Greenland, Puerto Rico, Hong Kong ...) and sub-national units
    # (Scotland, Gaza, West Bank, Crimea ...).
    #
    # The '# ambiguous:' lines list labels, aliases, seats and demonyms that are also common English
    # words, person names or other places; they stay in the rows but need context checks.
    # ambiguous: Jordan; Chad; Georgia; Turkey; Guinea; Niger; Dominica; Chile; China; Cuba; Israel; India; Kenya; Jamaica; Lebanon; Mexico; Ireland; Congo; Korea; Macedonia; Micronesia; Palestine; Panama; Peru; Togo; Mali; Sudan; Samoa
    # ambiguous: US; America; Holland; Emirates; Islamic Republic; Republic of China; ROC; CAR; PNG; NZ; Antigua; Trinidad; Ceylon; Siam; Solomons
    # ambiguous: Washington; Victoria; Kingston; Kingstown; Georgetown; Paris; London; Sofia; Santiago; San José; San Jose; La Paz; Sucre; Lima; Male; Praia; Moroni; Nassau; Wellington; Athens; Tripoli; Hague; Brussels; Vienna; Rome; Jerusalem; Ottawa; Panama City; St John's; St. John's; Saint John's; St George's; St. George's; Saint George's; Colombo; Manila
    # ambiguous: American; Indian; Georgian; Dominican; Congolese; Guinean; Macedonian; Korean; Polish; French; Irish; Saudi; Afghan
    # note: Brussels also stands for the EU, Vienna for the OSCE / IAEA / OPEC, Hague for the ICC / ICJ,
    # note: Rome for the Holy See, Washington for the US state and George Washington, Victoria for an Australian state.
    #
    # UN member states (alphabetical by English short name)
    afghanistan            | Afghanistan              | Islamic Emirate of Afghanistan; Islamic Republic of Afghanistan | Kabul | Afghan
    albania                | Albania                  | Republic of Albania | Tirana; Tiranë | Albanian
    algeria                | Algeria                  | People's Democratic Republic of Algeria | Algiers | Algerian
    andorra                | Andorra                  | Principality of Andorra | Andorra la Vella | Andorran
    angola                 | Angola                   | Republic of Angola | Luanda | Angolan
    antigua-and-barbuda    | Antigua and Barbuda      | Antigua & Barbuda; Antigua | St John's; St. John's; Saint John's | Antiguan; Barbudan
    argentina              | Argentina                | Argentine Republic | Buenos Aires | Argentine; Argentinian; Argentinean
    armenia                | Armenia                  | Republic of Armenia | Yerevan | Armenian
    australia              | Australia                | Commonwealth of Australia | Canberra | Australian
    austria                | Austria                  | Republic of Austria | Vienna | Austrian
    azerbaijan             | Azerbaijan               | Republic of Azerbaijan | Baku | Azerbaijani; Azeri
    bahamas                | Bahamas                  | Commonwealth of The Bahamas | Nassau | Bahamian
    bahrain                | Bahrain                  | Kingdom of Bahrain | Manama | Bahraini
    bangladesh             | Bangladesh               | People's Republic of Bangladesh | Dhaka; Dacca | Bangladeshi
    barbados               | Barbados                 |  | Bridgetown | Barbadian; Bajan
    belarus                | Belarus                  | Republic of Belarus; Byelorussia; Belorussia | Minsk | Belarusian; Belarussian; Byelorussian; Belorussian
    belgium                | Belgium                  | Kingdom of Belgium | Brussels | Belgian
    belize                 | Belize                   |  | Belmopan | Belizean
    benin                  | Benin                    | Republic of Benin | Porto-Novo; Cotonou | Beninese
    bhutan                 | Bhutan                   | Kingdom of Bhutan | Thimphu | Bhutanese
    bolivia                | Bolivia                  | Plurinational State of Bolivia | Sucre; La Paz | Bolivian
    bosnia-and-herzegovina | Bosnia and Herzegovina   | Bosnia-Herzegovina; Bosnia & Herzegovina; Bosnia; BiH | Sarajevo | Bosnian; Herzegovinian
    botswana               | Botswana                 | Republic of Botswana | Gaborone | Botswanan; Motswana
    brazil                 | Brazil                   | Federative Republic of Brazil | Brasília; Brasilia | Brazilian
    brunei                 | Brunei                   | Brunei Darussalam; Nation of Brunei | Bandar Seri Begawan | Bruneian
    bulgaria               | Bulgaria                 | Republic of Bulgaria | Sofia | Bulgarian
    burkina-faso           | Burkina Faso             | Burkina | Ouagadougou | Burkinabe; Burkinabè
    burundi                | Burundi                  | Republic of Burundi | Gitega; Bujumbura | Burundian
    cambodia               | Cambodia                 | Kingdom of Cambodia; Kampuchea | Phnom Penh | Cambodian
    cameroon               | Cameroon                 | Republic of Cameroon | Yaoundé; Yaounde | Cameroonian
    canada                 | Canada                   |  | Ottawa | Canadian
    cape-verde             | Cape Verde               | Cabo Verde; Republic of Cabo Verde; Cape Verde Islands | Praia | Cape Verdean; Cabo Verdean
    central-african-republic | Central African Republic | CAR; C.A.R.; Centrafrique | Bangui | Central African
    chad                   | Chad                     | Republic of Chad | N'Djamena; Ndjamena | Chadian
    chile                  | Chile                    | Republic of Chile | Santiago | Chilean
    china                  | China                    | People's Republic of China; PRC; P.R.C.; mainland China; Mainland China | Beijing | Chinese
    colombia               | Colombia                 | Republic of Colombia | Bogotá; Bogota | Colombian
    comoros                | Comoros                  | Union of the Comoros; Comoro Islands | Moroni | Comorian
    republic-of-the-congo  | Republic of the Congo    | Congo; Republic of Congo; Congo Republic; Congo-Brazzaville | Brazzaville | Congolese
    democratic-republic-of-the-congo | Democratic Republic of the Congo | Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; D.R.C.; Congo-Kinshasa; Zaire | Kinshasa |
    costa-rica             | Costa Rica               | Republic of Costa Rica | San José; San Jose | Costa Rican
    ivory-coast            | Ivory Coast              | Côte d'Ivoire; Cote d'Ivoire; Republic of Côte d'Ivoire; Republic of Cote d'Ivoire | Yamoussoukro; Abidjan | Ivorian
    croatia                | Croatia                  | Republic of Croatia | Zagreb | Croatian; Croat
    cuba                   | Cuba                     | Republic of Cuba | Havana | Cuban
    cyprus                 | Cyprus                   | Republic of Cyprus | Nicosia | Cypriot
    czech-republic         | Czech Republic           | Czechia | Prague | Czech
    denmark                | Denmark                  | Kingdom of Denmark | Copenhagen | Danish
    djibouti               | Djibouti                 | Republic of Djibouti |  | Djiboutian
    dominica               | Dominica                 | Commonwealth of Dominica | Roseau |
    dominican-republic     | Dominican Republic       |  | Santo Domingo | Dominican
    east-timor             | East Timor               | Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste | Dili | East Timorese; Timorese
    ecuador                | Ecuador                  | Republic of Ecuador | Quito | Ecuadorian; Ecuadorean
    egypt                  | Egypt                    | Arab Republic of Egypt | Cairo | Egyptian
    el-salvador            | El Salvador              | Republic of El Salvador | San Salvador | Salvadoran; Salvadorean
    equatorial-guinea      | Equatorial Guinea        | Republic of Equatorial Guinea | Malabo; Ciudad de la Paz | Equatorial Guinean; Equatoguinean
    eritrea                | Eritrea                  | State of Eritrea | Asmara | Eritrean
    estonia                | Estonia                  | Republic of Estonia | Tallinn | Estonian
    eswatini               | Eswatini                 | Swaziland; Kingdom of Eswatini; Kingdom of Swaziland | Mbabane; Lobamba | Swazi
    ethiopia               | Ethiopia                 | Federal Democratic Republic of Ethiopia | Addis Ababa | Ethiopian
    fiji                   | Fiji                     | Republic of Fiji | Suva | Fijian
    finland                | Finland                  | Republic of Finland | Helsinki | Finnish
    france                 | France                   | French Republic | Paris | French
    gabon                  | Gabon                    | Gabonese Republic | Libreville | Gabonese
    gambia                 | Gambia                   | Republic of The Gambia | Banjul | Gambian
    georgia                | Georgia                  |  | Tbilisi | Georgian
    germany                | Germany                  | Federal Republic of Germany | Berlin | German
    ghana                  | Ghana                    | Republic of Ghana | Accra | Ghanaian
    greece                 | Greece                   | Hellenic Republic; Hellas | Athens | Greek
    grenada                | Grenada                  |  | St George's; St. George's; Saint George's | Grenadian
    guatemala              | Guatemala                | Republic of Guatemala | Guatemala City | Guatemalan
    guinea                 | Guinea                   | Republic of Guinea; Guinea-Conakry | Conakry | Guinean
    guinea-bissau          | Guinea-Bissau            | Guinea Bissau; Republic of Guinea-Bissau | Bissau | Bissau-Guinean
    guyana                 | Guyana                   | Co-operative Republic of Guyana | Georgetown | Guyanese
    haiti                  | Haiti                    | Republic of Haiti | Port-au-Prince | Haitian
    honduras               | Honduras                 | Republic of Honduras | Tegucigalpa | Honduran
    hungary                | Hungary                  |  | Budapest | Hungarian
    iceland                | Iceland                  |  | Reykjavík; Reykjavik | Icelandic
    india                  | India                    | Republic of India; Bharat | New Delhi | Indian
    indonesia              | Indonesia                | Republic of Indonesia | Jakarta | Indonesian
    iran                   | Iran                     | Islamic Republic of Iran; Islamic Republic | Tehran; Teheran | Iranian
    iraq                   | Iraq                     | Republic of Iraq | Baghdad | Iraqi
    ireland                | Ireland                  | Republic of Ireland; Irish Republic; Éire; Eire | Dublin | Irish
    israel                 | Israel                   | State of Israel | Jerusalem | Israeli
    italy                  | Italy                    | Italian Republic | Rome | Italian
    jamaica                | Jamaica                  |  | Kingston | Jamaican
    japan                  | Japan                    |  | Tokyo | Japanese
    jordan                 | Jordan                   | Hashemite Kingdom of Jordan | Amman | Jordanian
    kazakhstan             | Kazakhstan               | Republic of Kazakhstan; Kazakstan | Astana; Nur-Sultan | Kazakh; Kazakhstani
    kenya                  | Kenya                    | Republic of Kenya | Nairobi | Kenyan
    kiribati               | Kiribati                 | Republic of Kiribati | Tarawa; South Tarawa | I-Kiribati
    kuwait                 | Kuwait                   | State of Kuwait | Kuwait City | Kuwaiti
    kyrgyzstan             | Kyrgyzstan               | Kyrgyz Republic; Kirghizia | Bishkek | Kyrgyz; Kyrgyzstani; Kirghiz
    laos                   | Laos                     | Lao People's Democratic Republic; Lao PDR | Vientiane | Laotian; Lao
    latvia                 | Latvia                   | Republic of Latvia | Riga | Latvian
    lebanon                | Lebanon                  | Lebanese Republic | Beirut | Lebanese
    lesotho                | Lesotho                  | Kingdom of Lesotho | Maseru | Basotho; Mosotho
    liberia                | Liberia                  | Republic of Liberia | Monrovia | Liberian
    libya                  | Libya                    | State of Libya | Tripoli | Libyan
    liechtenstein          | Liechtenstein            | Principality of Liechtenstein | Vaduz | Liechtensteiner
    lithuania              | Lithuania                | Republic of Lithuania | Vilnius | Lithuanian
    luxembourg             | Luxembourg               | Grand Duchy of Luxembourg |  | Luxembourgish; Luxembourger
    madagascar             | Madagascar               | Republic of Madagascar | Antananarivo | Malagasy
    malawi                 | Malawi                   | Republic of Malawi | Lilongwe | Malawian
    malaysia               | Malaysia                 |  | Kuala Lumpur; Putrajaya | Malaysian
    maldives               | Maldives                 | Republic of Maldives; Maldive Islands | Malé; Male | Maldivian
    mali                   | Mali                     | Republic of Mali | Bamako | Malian
    malta                  | Malta                    | Republic of Malta | Valletta | Maltese
    marshall-islands       | Marshall Islands         | Republic of the Marshall Islands | Majuro | Marshallese
    mauritania             | Mauritania               | Islamic Republic of Mauritania | Nouakchott | Mauritanian
    mauritius              | Mauritius                | Republic of Mauritius | Port Louis | Mauritian
    mexico                 | Mexico                   | United Mexican States; México | Mexico City | Mexican
    micronesia             | Micronesia               | Federated States of Micronesia; FSM | Palikir | Micronesian
    moldova                | Moldova                  | Republic of Moldova | Chisinau; Chișinău; Chişinău; Kishinev | Moldovan
    monaco                 | Monaco                   | Principality of Monaco |  | Monegasque; Monégasque
    mongolia               | Mongolia                 |  | Ulaanbaatar; Ulan Bator | Mongolian
    montenegro             | Montenegro               |  | Podgorica | Montenegrin
    morocco                | Morocco                  | Kingdom of Morocco | Rabat | Moroccan
    mozambique             | Mozambique               | Republic of Mozambique | Maputo | Mozambican
    myanmar                | Myanmar                  | Burma; Republic of the Union of Myanmar | Naypyidaw; Naypyitaw; Nay Pyi Taw | Burmese
    namibia                | Namibia                  | Republic of Namibia | Windhoek | Namibian
    nauru                  | Nauru                    | Republic of Nauru | Yaren | Nauruan
    nepal                  | Nepal                    | Federal Democratic Republic of Nepal | Kathmandu | Nepalese; Nepali
    netherlands            | Netherlands              | Holland; Kingdom of the Netherlands | Amsterdam; Hague | Dutch
    new-zealand            | New Zealand              | Aotearoa; NZ | Wellington | New Zealander
    nicaragua              | Nicaragua                | Republic of Nicaragua | Managua | Nicaraguan
    niger                  | Niger                    | Republic of the Niger; Republic of Niger | Niamey | Nigerien
    nigeria                | Nigeria                  | Federal Republic of Nigeria | Abuja | Nigerian
    north-korea            | North Korea              | Democratic People's Republic of Korea; DPRK; D.P.R.K.; N. Korea; N Korea | Pyongyang | North Korean
    north-macedonia        | North Macedonia          | Macedonia; Republic of North Macedonia; Former Yugoslav Republic of Macedonia; FYROM | Skopje | North Macedonian; Macedonian
    norway                 | Norway                   | Kingdom of Norway | Oslo | Norwegian
    oman                   | Oman                     | Sultanate of Oman | Muscat | Omani
    pakistan               | Pakistan                 | Islamic Republic of Pakistan | Islamabad | Pakistani
    palau                  | Palau                    | Republic of Palau | Ngerulmud | Palauan
    panama                 | Panama                   | Republic of Panama | Panama City | Panamanian
    papua-new-guinea       | Papua New Guinea         | Independent State of Papua New Guinea; PNG | Port Moresby | Papua New Guinean
    paraguay               | Paraguay                 | Republic of Paraguay | Asunción; Asuncion | Paraguayan
    peru                   | Peru                     | Republic of Peru | Lima | Peruvian
    philippines            | Philippines              | Republic of the Philippines | Manila | Filipino; Philippine
    poland                 | Poland                   | Republic of Poland | Warsaw | Polish
    portugal               | Portugal                 | Portuguese Republic | Lisbon | Portuguese
    qatar                  | Qatar                    | State of Qatar | Doha | Qatari
    romania                | Romania                  | Rumania; Roumania | Bucharest | Romanian
    russia                 | Russia                   | Russian Federation | Moscow | Russian
    rwanda                 | Rwanda                   | Republic of Rwanda | Kigali | Rwandan
    saint-kitts-and-nevis  | Saint Kitts and Nevis    | St Kitts and Nevis; St. Kitts and Nevis; St Kitts & Nevis; Federation of Saint Christopher and Nevis; Saint Christopher and Nevis | Basseterre | Kittitian; Nevisian
    saint-lucia            | Saint Lucia              | St Lucia; St. Lucia | Castries | Saint Lucian; St Lucian
    saint-vincent-and-the-grenadines | Saint Vincent and the Grenadines | St Vincent and the Grenadines; St. Vincent and the Grenadines; St Vincent & the Grenadines | Kingstown | Vincentian
    samoa                  | Samoa                    | Independent State of Samoa; Western Samoa | Apia | Samoan
    san-marino             | San Marino               | Republic of San Marino |  | Sammarinese
    sao-tome-and-principe  | São Tomé and Príncipe    | Sao Tome and Principe; São Tomé & Príncipe; Democratic Republic of São Tomé and Príncipe | São Tomé; Sao Tome | Santomean
    saudi-arabia           | Saudi Arabia             | Kingdom of Saudi Arabia; KSA | Riyadh | Saudi; Saudi Arabian
    senegal                | Senegal                  | Republic of Senegal | Dakar | Senegalese
    serbia                 | Serbia                   | Republic of Serbia | Belgrade | Serbian; Serb
    seychelles             | Seychelles               | Republic of Seychelles | Victoria | Seychellois
    sierra-leone           | Sierra Leone             | Republic of Sierra Leone | Freetown | Sierra Leonean
    singapore              | Singapore                | Republic of Singapore |  | Singaporean
    slovakia               | Slovakia                 | Slovak Republic | Bratislava | Slovak; Slovakian
    slovenia               | Slovenia                 | Republic of Slovenia | Ljubljana | Slovenian; Slovene
    solomon-islands        | Solomon Islands          | Solomons | Honiara | Solomon Islander
    somalia                | Somalia                  | Federal Republic of Somalia | Mogadishu | Somali; Somalian
    south-africa           | South Africa             | Republic of South Africa | Pretoria; Cape Town; Bloemfontein | South African
    south-korea            | South Korea              | Republic of Korea; ROK; R.O.K.; Korea; S. Korea; S Korea | Seoul | South Korean; Korean
    south-sudan            | South Sudan              | Republic of South Sudan | Juba | South Sudanese
    spain                  | Spain                    | Kingdom of Spain | Madrid | Spanish
    sri-lanka              | Sri Lanka                | Democratic Socialist Republic of Sri Lanka; Ceylon | Colombo; Sri Jayawardenepura Kotte; Kotte | Sri Lankan
    sudan                  | Sudan                    | Republic of the Sudan; Republic of Sudan | Khartoum; Port Sudan | Sudanese
    suriname               | Suriname                 | Republic of Suriname; Surinam | Paramaribo | Surinamese
    sweden                 | Sweden                   | Kingdom of Sweden | Stockholm | Swedish
    switzerland            | Switzerland              | Swiss Confederation | Bern; Berne | Swiss
    syria                  | Syria                    | Syrian Arab Republic | Damascus | Syrian
    tajikistan             | Tajikistan               | Republic of Tajikistan | Dushanbe | Tajik; Tajikistani
    tanzania               | Tanzania                 | United Republic of Tanzania | Dodoma; Dar es Salaam | Tanzanian
    thailand               | Thailand                 | Kingdom of Thailand; Siam | Bangkok | Thai
    togo                   | Togo                     | Togolese Republic | Lomé; Lome | Togolese
    tonga                  | Tonga                    | Kingdom of Tonga | Nuku'alofa; Nukualofa | Tongan
    trinidad-and-tobago    | Trinidad and Tobago      | Trinidad & Tobago; Republic of Trinidad and Tobago; Trinidad | Port of Spain; Port-of-Spain | Trinidadian; Tobagonian
    tunisia                | Tunisia                  | Tunisian Republic; Republic of Tunisia | Tunis | Tunisian
    turkey                 | Turkey                   | Türkiye; Turkiye; Republic of Türkiye; Republic of Turkey | Ankara | Turkish
    turkmenistan           | Turkmenistan             |  | Ashgabat; Ashkhabad | Turkmen
    tuvalu                 | Tuvalu                   |  | Funafuti | Tuvaluan
    uganda                 | Uganda                   | Republic of Uganda | Kampala | Ugandan
    ukraine                | Ukraine                  |  | Kyiv; Kiev | Ukrainian
    united-arab-emirates   | United Arab Emirates     | UAE; U.A.E.; Emirates | Abu Dhabi | Emirati
    united-kingdom         | United Kingdom           | UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | London | British
    united-states          | United States            | United States of America; US; U.S.; USA; U.S.A.; America | Washington; Washington DC; Washington, DC; Washington D.C.; Washington, D.C. | American
    uruguay                | Uruguay                  | Oriental Republic of Uruguay | Montevideo | Uruguayan
    uzbekistan             | Uzbekistan               | Republic of Uzbekistan | Tashkent; Toshkent | Uzbek; Uzbekistani
    vanuatu                | Vanuatu                  | Republic of Vanuatu | Port Vila; Port-Vila | Ni-Vanuatu; Vanuatuan
    venezuela              | Venezuela                | Bolivarian Republic of Venezuela | Caracas | Venezuelan
    vietnam                | Vietnam                  | Viet Nam; Socialist Republic of Vietnam; Socialist Republic of Viet Nam | Hanoi; Ha Noi | Vietnamese
    yemen                  | Yemen                    | Republic of Yemen | Sanaa; Sana'a; Aden | Yemeni
    zambia                 | Zambia                   | Republic of Zambia | Lusaka | Zambian
    zimbabwe               | Zimbabwe                 | Republic of Zimbabwe | Harare | Zimbabwean
    # UN observer states and partially recognised states
    vatican                | Vatican                  | Holy See; Vatican City State; State of the Vatican City | Vatican City |
    palestine              | Palestine                | State of Palestine; Palestinian territories; Palestinian Territories; Occupied Palestinian Territory; occupied Palestinian territories | Ramallah; East Jerusalem | Palestinian
    taiwan                 | Taiwan                   | Republic of China; ROC; R.O.C.; Chinese Taipei; Formosa | Taipei | Taiwanese
    kosovo                 | Kosovo                   | Republic of Kosovo | Pristina; Prishtina; Priština | Kosovar; Kosovan
    # States of their time: which one a name means at a document's date is in statePeriods.
    soviet-union           | Soviet Union             | USSR; U.S.S.R.; Union of Soviet Socialist Republics |  | Soviet
    west-germany           | West Germany             | FRG | Bonn | West German
    east-germany           | East Germany             | GDR; German Democratic Republic | East Berlin | East German
    czechoslovakia         | Czechoslovakia           | Czechoslovak Socialist Republic; Czecho-Slovakia |  | Czechoslovak; Czechoslovakian
    yugoslavia             | Yugoslavia               | Socialist Federal Republic of Yugoslavia; Federal Republic of Yugoslavia |  | Yugoslav; Yugoslavian
    """#

    static let statePeriods = #"""
    # When a state's names meant another state: a document dated inside a period reads the
    # state's names, seats and demonyms (and office terms held in it) as the other state:
    # "Germany" and "Bonn" in a 1987 story are West Germany, "Moscow" the Soviet Union.
    # Dates of founding and dissolution from the public record (the dictionary of
    # petrarch2 and CountryInfo list the same states under their own codes: SUN, DDR, CSK, YUG).
    #
    # state          | as             | from       | to
    germany          | west-germany   | 1949-05-23 | 1990-10-02
    russia           | soviet-union   | 1922-12-30 | 1991-12-25
    czech-republic   | czechoslovakia | 1918-10-28 | 1992-12-31
    slovakia         | czechoslovakia | 1918-10-28 | 1992-12-31
    serbia           | yugoslavia     | 1918-12-01 | 2003-02-03
    """#
}
