// Organisations that act in news text: alliances, international bodies, governments, parties, armed forces, media, companies and groups.
extension BuiltinTable {
    static let organisations = #"""
    # Organisations that act in English news: alliances and international bodies, the UN system,
    # EU institutions, courts, national governments, legislatures, parties, armed forces,
    # intelligence services, media and platforms, companies (including sports clubs), NGOs and
    # think tanks, banks and funds, and non-state armed groups.
    #
    # Columns: id | label | category | aliases | state
    #   id        stable lower-case hyphenated key.
    #   label     name used for display; it is also a surface form.
    #   category  one of: alliance, international, eu, un, court, government, legislature, party,
    #             military, intelligence, media, company, union, ngo, bank, fund, group
    #               union    trade unions and employers' bodies (state: their country)
    #               un       United Nations, its organs, agencies, programmes and missions
    #               eu       the EU and its institutions / agencies (but the ECB and EIB are 'bank',
    #                        the ECJ is 'court')
    #               bank     central, development and commercial banks
    #               fund     IMF, sovereign-wealth and state investment funds, asset managers
    #               group    non-state armed, militant, criminal or political-movement groups
    #               company  businesses, platforms, pollsters, sports clubs
    #   aliases   other surface forms, case-sensitive, exactly as written in text: NATO / Nato
    #             variants, dotted and undotted abbreviations, full and short names. No leading
    #             "the". The label is not repeated.
    #   state     id from States.swift for national bodies: government, legislature, national
    #             court, party, military, intelligence, central bank, sovereign fund, national media
    #             (home country: this alone does not mean state control) and state-owned or
    #             state-controlled companies. Empty for international bodies, international wire
    #             agencies (Reuters, AP, AFP, Bloomberg, Getty Images), private companies, NGOs and
    #             non-state armed groups, even where a group controls territory (Taliban, Houthis,
    #             Hamas ...).
    # Lists inside a cell are separated by ';'. Empty cells are allowed.
    #
    # Uniqueness: each label / alias occurs in exactly one row here and in no row of States.swift.
    # Shared names were given to one row only:
    #   "Treasury"                   -> us-treasury (UK: "HM Treasury", "UK Treasury")
    #   "Supreme Court"              -> us-supreme-court; "Congress" -> us-congress (India: "Congress party")
    #   "Security Council", "General Assembly" -> the UN organs (Russia: "Security Council of Russia")
    #   "Ministry of Defence", "MoD" -> uk-ministry-of-defence; "Foreign Office" -> foreign-office (UK)
    #   "National Guard", "National Security Council", "NSC" -> the US bodies
    #   "PA"    -> palestinian-authority (PA Media keeps "Press Association", "PA Media")
    #   "RSF"   -> rapid-support-forces (Reporters Without Borders has no abbreviation here)
    #   "PTI"   -> Pakistan Tehreek-e-Insaf (not Press Trust of India)
    #   "PPP"   -> Pakistan Peoples Party (not South Korea's People Power Party)
    #   "CSIS"  -> Canadian Security Intelligence Service (also the Washington think tank CSIS)
    #   "SDF"   -> Syrian Democratic Forces (Japan's forces: "JSDF", "Self-Defense Forces")
    #   "CPC"   -> Chinese Communist Party (also Conservative Party of Canada)
    #   "ABC"   -> US ABC News (Australian Broadcasting Corporation: "ABC Australia")
    #   "Labor" -> Australian Labor Party; "Greens" -> German Greens; "Democratic Party" -> US;
    #   "Liberal Democratic Party" -> Japan's LDP; "Workers' Party" -> Brazil's PT
    #   "Twitter" is an alias of X; "Alphabet" is an alias of Google.
    # Substring hazards (prefer the longest match): "Russian army" vs the demonym "Russian",
    # "Georgian Dream" vs "Georgian", "Guardian Council" vs "Guardian", "Emirates" (state alias) vs
    # "Emirates News Agency", "Islamic State Khorasan Province" vs "Islamic State".
    # Easily confused: European Council (EU leaders) / Council of the European Union (ministers) /
    # Council of Europe (non-EU human-rights body; its court is the ECHR).
    # Deliberately not included: bare "Parliament", "Chancellery", "The Times", "The Hill",
    # "The Independent", "The Sun" (too ambiguous).
    #
    # The '# ambiguous:' lines list labels and aliases that are also common words, person names,
    # other bodies' names or generic titles; they stay in the rows but need context checks.
    # ambiguous: AP; IS; Isis; WHO; X; UN; AU; ICC; ECHR; ICE; SEC; RAW; PA; RSF; PTI; PPP; CSIS; SDF; CPC; NSC; NPC; SAF; LeT; KGB; RN; PAS; ANO; AES; DW; BP; SWIFT; DOGE; Doge; Fed; MoD; MOD; RT
    # ambiguous: Labour; Labor; Conservatives; Tories; Tory; Reform; Democrats; Republicans; Democratic Party; Republican Party; Greens; Linke; Left Party; Free Democrats; National Front; Party for Freedom; Workers' Party; Workers Party; Liberal Democratic Party; Justice and Development Party; Law and Justice; Religious Zionism; Renaissance; Morena; Tisza; Servant of the People
    # ambiguous: Congress; Senate; House of Representatives; Supreme Court; Treasury; Security Council; General Assembly; Human Rights Council; Commons; Lords; Westminster; Foreign Office; Ministry of Defence; Homeland Security; Border Patrol; National Guard; National Security Council; Central Command; Number 10; No 10; State Council; Politburo; Investigative Committee; Federal Intelligence Service; Ministry of State Security; Revolutionary Guard; Revolutionary Guards; Islamic Jihad; Majlis; Diet; Rada; Duma; Miraflores; Commonwealth; Quad; Amnesty; Red Cross
    # ambiguous: Apple; Meta; Amazon; Tesla; Shell; Chevron; Telegram; Alphabet; Anthropic; Goldman; Lloyds; Mercedes; Daimler; Gallup; Pew; Chelsea; Arsenal; Wagner; Azov; Sputnik; CCTV; Anadolu; Fars; SANA; Guardian; Telegraph; Economist; Fox; Bloomberg; ABC
    # note: "KGB" today also means Belarus's KGB; "Lloyds" (bank) differs from Lloyd's (insurance market);
    # note: "Azov" is also the Sea of Azov; "Fars" a province of Iran; "SANA" vs the city "Sanaa".
    #
    # == Alliances and blocs ==
    nato                   | NATO                       | alliance      | Nato; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance; Atlantic Alliance |
    csto                   | CSTO                       | alliance      | Collective Security Treaty Organization; Collective Security Treaty Organisation |
    aukus                  | AUKUS                      | alliance      | Aukus |
    quad                   | Quad                       | alliance      | Quadrilateral Security Dialogue |
    five-eyes              | Five Eyes                  | alliance      | FVEY |
    coalition-of-the-willing | Coalition of the Willing   | alliance      | coalition of the willing |
    ukraine-defense-contact-group | Ukraine Defense Contact Group | alliance      | Ukraine Defence Contact Group; Ramstein group; Ramstein Group; Ramstein format; UDCG |
    joint-expeditionary-force | Joint Expeditionary Force  | alliance      | JEF |
    union-state            | Union State                | alliance      | Union State of Russia and Belarus |
    axis-of-resistance     | Axis of Resistance         | alliance      | axis of resistance |
    visegrad-group         | Visegrad Group             | alliance      | Visegrád Group; Visegrad Four; Visegrád Four; V4 |
    weimar-triangle        | Weimar Triangle            | alliance      |  |
    alliance-of-sahel-states | Alliance of Sahel States   | alliance      | AES; Confederation of Sahel States |
    # == United Nations system ==
    united-nations         | United Nations             | un            | UN; U.N.; United Nations Organization |
    un-security-council    | UN Security Council        | un            | United Nations Security Council; U.N. Security Council; Security Council; UNSC |
    un-general-assembly    | UN General Assembly        | un            | United Nations General Assembly; U.N. General Assembly; General Assembly; UNGA |
    un-human-rights-council | UN Human Rights Council    | un            | United Nations Human Rights Council; Human Rights Council; UNHRC |
    ohchr                  | UN Human Rights Office     | un            | OHCHR; Office of the UN High Commissioner for Human Rights; Office of the United Nations High Commissioner for Human Rights |
    unesco                 | UNESCO                     | un            | Unesco; United Nations Educational, Scientific and Cultural Organization |
    unicef                 | UNICEF                     | un            | Unicef; United Nations Children's Fund |
    unhcr                  | UNHCR                      | un            | UN Refugee Agency; UN refugee agency; United Nations High Commissioner for Refugees |
    who                    | World Health Organization  | un            | World Health Organisation; WHO |
    wfp                    | World Food Programme       | un            | WFP; World Food Program; UN World Food Programme |
    undp                   | UN Development Programme   | un            | UNDP; United Nations Development Programme |
    unrwa                  | UNRWA                      | un            | Unrwa; United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees in the Near East |
    ocha                   | OCHA                       | un            | Office for the Coordination of Humanitarian Affairs; UN Office for the Coordination of Humanitarian Affairs |
    iaea                   | IAEA                       | un            | International Atomic Energy Agency; UN nuclear watchdog |
    unfccc                 | UNFCCC                     | un            | United Nations Framework Convention on Climate Change; UN Framework Convention on Climate Change |
    ipcc                   | IPCC                       | un            | Intergovernmental Panel on Climate Change |
    iom                    | International Organization for Migration | un            | IOM; International Organisation for Migration |
    unifil                 | UNIFIL                     | un            | Unifil; United Nations Interim Force in Lebanon |
    # == Other international bodies ==
    wto                    | World Trade Organization   | international | WTO; World Trade Organisation |
    osce                   | OSCE                       | international | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe |
    g7                     | G7                         | international | G-7; Group of Seven |
    g8                     | G8                         | international | G-8; Group of Eight |
    g20                    | G20                        | international | G-20; Group of Twenty; Group of 20 |
    brics                  | BRICS                      | international | Brics |
    opec                   | OPEC                       | international | Opec; Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries |
    opec-plus              | OPEC+                      | international | Opec+; OPEC Plus; Opec Plus |
    asean                  | ASEAN                      | international | Asean; Association of Southeast Asian Nations; Association of South-East Asian Nations |
    african-union          | African Union              | international | AU |
    arab-league            | Arab League                | international | League of Arab States |
    gcc                    | Gulf Cooperation Council   | international | GCC; Gulf Co-operation Council; Cooperation Council for the Arab States of the Gulf |
    sco                    | Shanghai Cooperation Organisation | international | SCO; Shanghai Cooperation Organization |
    commonwealth           | Commonwealth               | international | Commonwealth of Nations |
    council-of-europe      | Council of Europe          | international |  |
    oecd                   | OECD                       | international | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development |
    interpol               | Interpol                   | international | INTERPOL; International Criminal Police Organization |
    ecowas                 | ECOWAS                     | international | Ecowas; Economic Community of West African States |
    oic                    | Organisation of Islamic Cooperation | international | OIC; Organization of Islamic Cooperation |
    apec                   | APEC                       | international | Apec; Asia-Pacific Economic Cooperation |
    mercosur               | Mercosur                   | international | MERCOSUR; Mercosul |
    iea                    | International Energy Agency | international | IEA |
    opcw                   | OPCW                       | international | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons |
    fatf                   | FATF                       | international | Financial Action Task Force |
    munich-security-conference | Munich Security Conference | international |  |
    ioc                    | International Olympic Committee | international | IOC |
    fifa                   | FIFA                       | international | Fifa |
    uefa                   | UEFA                       | international | Uefa |
    # == International finance ==
    imf                    | International Monetary Fund | fund          | IMF |
    world-bank             | World Bank                 | bank          | World Bank Group; IBRD; International Bank for Reconstruction and Development |
    ebrd                   | EBRD                       | bank          | European Bank for Reconstruction and Development |
    eib                    | European Investment Bank   | bank          | EIB |
    # == European Union ==
    european-union         | European Union             | eu            | EU; E.U. |
    european-commission    | European Commission        | eu            | EU Commission; Berlaymont |
    european-council       | European Council           | eu            |  |
    council-of-the-eu      | Council of the European Union | eu            | Council of the EU |
    european-parliament    | European Parliament        | eu            | EU Parliament; Europarliament |
    ecb                    | European Central Bank      | bank          | ECB |
    eurogroup              | Eurogroup                  | eu            |  |
    frontex                | Frontex                    | eu            | European Border and Coast Guard Agency |
    europol                | Europol                    | eu            |  |
    eeas                   | European External Action Service | eu            | EEAS |
    # == International courts ==
    icc                    | International Criminal Court | court         | ICC |
    icj                    | International Court of Justice | court         | ICJ; World Court |
    ecj                    | European Court of Justice  | court         | ECJ; Court of Justice of the European Union; CJEU; EU Court of Justice |
    echr                   | European Court of Human Rights | court         | ECHR; ECtHR; Strasbourg court |
    cas                    | Court of Arbitration for Sport | court         | CAS |
    special-tribunal-aggression-ukraine | Special Tribunal for the Crime of Aggression against Ukraine | court         |  |
    # == NGOs, think tanks, humanitarian and religious bodies ==
    icrc                   | International Committee of the Red Cross | ngo           | ICRC; Red Cross |
    ifrc                   | IFRC                       | ngo           | International Federation of Red Cross and Red Crescent Societies |
    palestine-red-crescent | Palestine Red Crescent Society | ngo           | Palestinian Red Crescent; PRCS |
    amnesty-international  | Amnesty International      | ngo           | Amnesty |
    human-rights-watch     | Human Rights Watch         | ngo           | HRW |
    msf                    | Médecins Sans Frontières   | ngo           | Medecins Sans Frontieres; Doctors Without Borders; MSF |
    oxfam                  | Oxfam                      | ngo           | Oxfam International |
    save-the-children      | Save the Children          | ngo           |  |
    greenpeace             | Greenpeace                 | ngo           |  |
    reporters-without-borders | Reporters Without Borders  | ngo           | Reporters Sans Frontières; Reporters sans frontières |
    gaza-humanitarian-foundation | Gaza Humanitarian Foundation | ngo           | GHF |
    wef                    | World Economic Forum       | ngo           | WEF |
    anti-corruption-foundation | Anti-Corruption Foundation | ngo           | FBK; Foundation for Fighting Corruption |
    international-crisis-group | International Crisis Group | ngo           | Crisis Group |
    sipri                  | Stockholm International Peace Research Institute | ngo           | SIPRI; Sipri |
    isw                    | Institute for the Study of War | ngo           | ISW |
    chatham-house          | Chatham House              | ngo           | Royal Institute of International Affairs |
    rusi                   | RUSI                       | ngo           | Royal United Services Institute; Rusi |
    brookings              | Brookings Institution      | ngo           | Brookings |
    cfr                    | Council on Foreign Relations | ngo           | CFR |
    heritage-foundation    | Heritage Foundation        | ngo           |  |
    pew-research-center    | Pew Research Center        | ngo           | Pew Research; Pew |
    levada-center          | Levada Center              | ngo           | Levada Centre; Levada |
    catholic-church        | Catholic Church            | ngo           | Roman Catholic Church |
    russian-orthodox-church | Russian Orthodox Church    | ngo           | Moscow Patriarchate |
    # == Non-state armed and militant groups (state left empty) ==
    hamas                  | Hamas                      | group         | HAMAS; Islamic Resistance Movement |
    qassam-brigades        | Qassam Brigades            | group         | Izz ad-Din al-Qassam Brigades; al-Qassam Brigades; Ezzedine al-Qassam Brigades |
    hezbollah              | Hezbollah                  | group         | Hizbollah; Hizballah; Hizbullah |
    taliban                | Taliban                    | group         |  |
    islamic-state          | Islamic State              | group         | IS; Isis; ISIS; ISIL; Isil; Daesh; Daish; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria |
    islamic-state-khorasan | Islamic State Khorasan Province | group         | ISIS-K; IS-K; ISKP |
    al-qaeda               | al-Qaeda                   | group         | Al-Qaeda; al-Qaida; Al-Qaida; al Qaeda; Al Qaeda; al-Qa'ida |
    aqap                   | al-Qaeda in the Arabian Peninsula | group         | AQAP |
    al-shabaab             | al-Shabaab                 | group         | Al-Shabaab; al-Shabab; Al-Shabab; Al Shabaab |
    boko-haram             | Boko Haram                 | group         |  |
    jnim                   | JNIM                       | group         | Jama'at Nusrat al-Islam wal-Muslimin |
    hts                    | Hayat Tahrir al-Sham       | group         | HTS |
    wagner-group           | Wagner Group               | group         | Wagner; PMC Wagner; Wagner PMC |
    houthis                | Houthis                    | group         | Houthi; Houthi movement; Ansar Allah; Ansarallah |
    pkk                    | PKK                        | group         | Kurdistan Workers' Party; Kurdistan Workers Party |
    ypg                    | YPG                        | group         | People's Protection Units |
    sdf                    | Syrian Democratic Forces   | group         | SDF |
    rapid-support-forces   | Rapid Support Forces       | group         | RSF |
    palestinian-islamic-jihad | Palestinian Islamic Jihad  | group         | Islamic Jihad; PIJ |
    plo                    | Palestine Liberation Organization | group         | PLO; Palestine Liberation Organisation |
    kataib-hezbollah       | Kataib Hezbollah           | group         | Kata'ib Hezbollah |
    popular-mobilization-forces | Popular Mobilization Forces | group         | PMF; Popular Mobilisation Forces; Hashd al-Shaabi |
    muslim-brotherhood     | Muslim Brotherhood         | group         |  |
    tren-de-aragua         | Tren de Aragua             | group         |  |
    sinaloa-cartel         | Sinaloa Cartel             | group         | Sinaloa cartel |
    cartel-de-los-soles    | Cartel de los Soles        | group         | Cartel of the Suns |
    ms-13                  | MS-13                      | group         | Mara Salvatrucha |
    farc                   | FARC                       | group         | Farc; Revolutionary Armed Forces of Colombia |
    m23                    | M23                        | group         | March 23 Movement |
    lashkar-e-taiba        | Lashkar-e-Taiba            | group         | Lashkar-e-Toiba; LeT |
    ttp                    | Tehrik-i-Taliban Pakistan  | group         | TTP; Pakistani Taliban |
    # == United States ==
    white-house            | White House                | government    | Oval Office | united-states
    pentagon               | Pentagon                   | government    | US Department of Defense; U.S. Department of Defense; Department of Defense; Defense Department; DoD; Department of War; War Department | united-states
    state-department       | State Department           | government    | US State Department; U.S. State Department; Department of State; US Department of State; Foggy Bottom | united-states
    us-treasury            | United States Department of the Treasury | government | US Treasury; Treasury; U.S. Treasury; Treasury Department; US Treasury Department; Department of the Treasury; US Department of the Treasury | united-states
    ofac                   | Office of Foreign Assets Control | government    | OFAC | united-states
    justice-department     | Justice Department         | government    | Department of Justice; US Department of Justice; US Justice Department; DOJ; DoJ | united-states
    commerce-department    | Commerce Department        | government    | Department of Commerce; US Commerce Department | united-states
    dhs                    | Department of Homeland Security | government    | DHS; Homeland Security | united-states
    ice                    | ICE                        | government    | Immigration and Customs Enforcement; US Immigration and Customs Enforcement | united-states
    cbp                    | Customs and Border Protection | government    | CBP; US Customs and Border Protection; Border Patrol; US Border Patrol | united-states
    us-nsc                 | National Security Council  | government    | NSC; US National Security Council | united-states
    ustr                   | USTR                       | government    | Office of the US Trade Representative | united-states
    usaid                  | USAID                      | government    | Usaid; US Agency for International Development | united-states
    doge                   | Department of Government Efficiency | government    | DOGE; Doge | united-states
    nasa                   | NASA                       | government    | Nasa; National Aeronautics and Space Administration | united-states
    sec                    | SEC                        | government    | Securities and Exchange Commission | united-states
    cdc                    | CDC                        | government    | Centers for Disease Control and Prevention; Centers for Disease Control | united-states
    cia                    | CIA                        | intelligence  | Central Intelligence Agency; C.I.A. | united-states
    fbi                    | FBI                        | intelligence  | Federal Bureau of Investigation; F.B.I. | united-states
    nsa                    | NSA                        | intelligence  | National Security Agency | united-states
    odni                   | Office of the Director of National Intelligence | intelligence  | ODNI | united-states
    us-congress            | United States Congress     | legislature   | US Congress; Congress; U.S. Congress; Capitol Hill | united-states
    us-senate              | United States Senate       | legislature   | US Senate; Senate; U.S. Senate | united-states
    us-house               | United States House of Representatives | legislature | US House of Representatives; House of Representatives; U.S. House of Representatives; US House; U.S. House | united-states
    us-supreme-court       | US Supreme Court           | court         | Supreme Court; U.S. Supreme Court; Supreme Court of the United States; SCOTUS | united-states
    federal-reserve        | Federal Reserve            | bank          | Fed; US Federal Reserve; U.S. Federal Reserve; Federal Reserve Board; Federal Reserve System | united-states
    joint-chiefs           | Joint Chiefs of Staff      | military      | Joint Chiefs | united-states
    us-army                | US Army                    | military      | U.S. Army; United States Army | united-states
    us-navy                | US Navy                    | military      | U.S. Navy; United States Navy | united-states
    us-air-force           | US Air Force               | military      | U.S. Air Force; United States Air Force; USAF | united-states
    us-marine-corps        | US Marine Corps            | military      | U.S. Marine Corps; United States Marine Corps; USMC; US Marines | united-states
    us-national-guard      | National Guard             | military      | US National Guard; U.S. National Guard | united-states
    centcom                | CENTCOM                    | military      | Centcom; US Central Command; U.S. Central Command; Central Command | united-states
    democratic-party       | Democratic Party           | party         | Democrats; Democrat | united-states
    republican-party       | Republican Party           | party         | Republicans; Republican; GOP; G.O.P.; Grand Old Party | united-states
    # == United Kingdom and Ireland ==
    downing-street         | Downing Street             | government    | No 10; No. 10; Number 10; Number Ten; No10 | united-kingdom
    foreign-office         | Foreign Office             | government    | Foreign, Commonwealth and Development Office; Foreign, Commonwealth & Development Office; FCDO; Foreign and Commonwealth Office; FCO; UK Foreign Office; British Foreign Office | united-kingdom
    home-office            | Home Office                | government    |  | united-kingdom
    hm-treasury            | HM Treasury                | government    | UK Treasury; British Treasury; Her Majesty's Treasury; His Majesty's Treasury | united-kingdom
    uk-ministry-of-defence | Ministry of Defence        | government    | MoD; MOD; UK Ministry of Defence; British Ministry of Defence | united-kingdom
    nhs                    | NHS                        | government    | National Health Service | united-kingdom
    metropolitan-police    | Metropolitan Police        | government    | Met Police; Metropolitan Police Service; Scotland Yard | united-kingdom
    buckingham-palace      | Buckingham Palace          | government    |  | united-kingdom
    uk-parliament          | UK Parliament              | legislature   | Westminster; British Parliament; Houses of Parliament; Parliament of the United Kingdom | united-kingdom
    house-of-commons       | House of Commons           | legislature   | Commons | united-kingdom
    house-of-lords         | House of Lords             | legislature   | Lords | united-kingdom
    uk-supreme-court       | UK Supreme Court           | court         | U.K. Supreme Court; Supreme Court of the United Kingdom | united-kingdom
    bank-of-england        | Bank of England            | bank          | BoE | united-kingdom
    mi5                    | MI5                        | intelligence  |  | united-kingdom
    mi6                    | MI6                        | intelligence  | Secret Intelligence Service; SIS | united-kingdom
    gchq                   | GCHQ                       | intelligence  | Government Communications Headquarters | united-kingdom
    british-army           | British Army               | military      |  | united-kingdom
    royal-navy             | Royal Navy                 | military      |  | united-kingdom
    royal-air-force        | Royal Air Force            | military      | RAF | united-kingdom
    labour-party           | Labour Party               | party         | Labour; UK Labour; British Labour Party | united-kingdom
    conservative-party     | Conservative Party         | party         | Conservatives; Conservative; Tories; Tory Party; Tory; Conservative and Unionist Party | united-kingdom
    liberal-democrats      | Liberal Democrats          | party         | Liberal Democrat; Lib Dems; Lib Dem; LibDems | united-kingdom
    snp                    | SNP                        | party         | Scottish National Party | united-kingdom
    reform-uk              | Reform UK                  | party         | Reform | united-kingdom
    sinn-fein              | Sinn Féin                  | party         | Sinn Fein | ireland
    # == Russia ==
    kremlin                | Kremlin                    | government    |  | russia
    russian-security-council | Security Council of Russia | government    | Russian Security Council | russia
    russian-defence-ministry | Russian Defence Ministry   | government    | Russian Defense Ministry; Russian Ministry of Defence; Russian Ministry of Defense; Ministry of Defence of the Russian Federation | russia
    russian-foreign-ministry | Russian Foreign Ministry   | government    | Russian Ministry of Foreign Affairs; Ministry of Foreign Affairs of the Russian Federation | russia
    investigative-committee-russia | Investigative Committee of Russia | government    | Russian Investigative Committee; Investigative Committee | russia
    state-duma             | State Duma                 | legislature   | Duma; Russian Duma; Russian State Duma | russia
    federation-council     | Federation Council         | legislature   | Russian Federation Council | russia
    fsb                    | FSB                        | intelligence  | Federal Security Service; Russian Federal Security Service | russia
    gru                    | GRU                        | intelligence  | Russian military intelligence | russia
    svr                    | SVR                        | intelligence  | Russian Foreign Intelligence Service | russia
    kgb                    | KGB                        | intelligence  |  | russia
    russian-armed-forces   | Russian Armed Forces       | military      | Russian army; Russian Army; Russian military | russia
    russian-general-staff  | Russian General Staff      | military      | General Staff of the Russian Armed Forces | russia
    black-sea-fleet        | Black Sea Fleet            | military      | Russian Black Sea Fleet | russia
    rosgvardia             | Rosgvardia                 | military      | Rosgvardiya; Russian National Guard; National Guard of Russia | russia
    africa-corps           | Africa Corps               | military      | Russian Africa Corps | russia
    united-russia          | United Russia              | party         |  | russia
    central-bank-of-russia | Central Bank of Russia     | bank          | Bank of Russia; Russian Central Bank; Russian central bank | russia
    sberbank               | Sberbank                   | bank          | Sber | russia
    vtb                    | VTB                        | bank          | VTB Bank | russia
    rdif                   | Russian Direct Investment Fund | fund          | RDIF | russia
    gazprom                | Gazprom                    | company       |  | russia
    rosneft                | Rosneft                    | company       |  | russia
    rosatom                | Rosatom                    | company       |  | russia
    rostec                 | Rostec                     | company       |  | russia
    lukoil                 | Lukoil                     | company       | LUKOIL |
    yukos                  | Yukos                      | company       |  |
    nord-stream            | Nord Stream                | company       | Nord Stream AG; Nord Stream 2 |
    tass                   | TASS                       | media         | Tass | russia
    ria-novosti            | RIA Novosti                | media         | Ria Novosti; RIA | russia
    interfax               | Interfax                   | media         |  | russia
    rt                     | RT                         | media         | Russia Today | russia
    sputnik                | Sputnik                    | media         |  | russia
    kommersant             | Kommersant                 | media         |  | russia
    novaya-gazeta          | Novaya Gazeta              | media         |  | russia
    # == Ukraine and Belarus ==
    ukrainian-presidential-office | Office of the President of Ukraine | government    | Presidential Office of Ukraine; Ukrainian presidential office; Bankova | ukraine
    ukrainian-defence-ministry | Ukrainian Defence Ministry | government    | Ukrainian Defense Ministry; Ukrainian Ministry of Defence; Ukrainian Ministry of Defense; Ministry of Defence of Ukraine | ukraine
    ukrainian-foreign-ministry | Ukrainian Foreign Ministry | government    | Ukrainian Ministry of Foreign Affairs; Ministry of Foreign Affairs of Ukraine | ukraine
    nabu                   | NABU                       | government    | National Anti-Corruption Bureau of Ukraine; National Anti-Corruption Bureau | ukraine
    verkhovna-rada         | Verkhovna Rada             | legislature   | Rada | ukraine
    sbu                    | SBU                        | intelligence  | Security Service of Ukraine | ukraine
    hur                    | HUR                        | intelligence  | GUR; Defence Intelligence of Ukraine; Ukrainian military intelligence | ukraine
    armed-forces-of-ukraine | Armed Forces of Ukraine    | military      | Ukrainian Armed Forces; Ukrainian army; Ukrainian military; ZSU | ukraine
    ukrainian-general-staff | General Staff of the Armed Forces of Ukraine | military      | Ukrainian General Staff; General Staff of Ukraine | ukraine
    azov                   | Azov Brigade               | military      | Azov; Azov Regiment; Azov Battalion | ukraine
    servant-of-the-people  | Servant of the People      | party         |  | ukraine
    naftogaz               | Naftogaz                   | company       | Naftogaz of Ukraine | ukraine
    ukrenergo              | Ukrenergo                  | company       |  | ukraine
    energoatom             | Energoatom                 | company       |  | ukraine
    ukrainska-pravda       | Ukrainska Pravda           | media         |  | ukraine
    kyiv-independent       | Kyiv Independent           | media         |  | ukraine
    belta                  | BelTA                      | media         | Belta | belarus
    # == China, Taiwan, Koreas, Japan ==
    ccp                    | Chinese Communist Party    | party         | CCP; Communist Party of China; CPC | china
    ccp-politburo          | Politburo                  | party         | Politburo Standing Committee | china
    zhongnanhai            | Zhongnanhai                | government    |  | china
    state-council-china    | State Council              | government    | State Council of China; Chinese State Council | china
    chinese-foreign-ministry | Chinese Foreign Ministry   | government    | Chinese Ministry of Foreign Affairs; Ministry of Foreign Affairs of the People's Republic of China | china
    chinese-defence-ministry | Chinese Defence Ministry   | government    | Chinese Defense Ministry; Chinese Ministry of National Defense | china
    npc                    | National People's Congress | legislature   | NPC | china
    mss                    | Ministry of State Security | intelligence  | MSS; Chinese Ministry of State Security | china
    pla                    | People's Liberation Army   | military      | PLA; Chinese People's Liberation Army | china
    china-coast-guard      | China Coast Guard          | military      | Chinese Coast Guard; Chinese coast guard | china
    pboc                   | People's Bank of China     | bank          | PBOC; PBoC | china
    xinhua                 | Xinhua                     | media         | Xinhua News Agency | china
    cctv                   | CCTV                       | media         | China Central Television | china
    global-times           | Global Times               | media         |  | china
    peoples-daily          | People's Daily             | media         |  | china
    scmp                   | South China Morning Post   | media         | SCMP | china
    huawei                 | Huawei                     | company       |  |
    alibaba                | Alibaba                    | company       | Alibaba Group |
    bytedance              | ByteDance                  | company       | Bytedance |
    tiktok                 | TikTok                     | company       | Tiktok |
    byd                    | BYD                        | company       |  |
    deepseek               | DeepSeek                   | company       | Deepseek |
    dpp                    | Democratic Progressive Party | party         | DPP | taiwan
    kmt                    | Kuomintang                 | party         | KMT | taiwan
    legislative-yuan       | Legislative Yuan           | legislature   |  | taiwan
    tsmc                   | TSMC                       | company       | Taiwan Semiconductor Manufacturing Company; Taiwan Semiconductor Manufacturing Co |
    workers-party-of-korea | Workers' Party of Korea    | party         | Workers Party of Korea; Korean Workers' Party; WPK | north-korea
    kpa                    | Korean People's Army       | military      | KPA | north-korea
    kcna                   | KCNA                       | media         | Korean Central News Agency | north-korea
    rodong-sinmun          | Rodong Sinmun              | media         |  | north-korea
    democratic-party-of-korea | Democratic Party of Korea  | party         |  | south-korea
    people-power-party     | People Power Party         | party         |  | south-korea
    yonhap                 | Yonhap                     | media         | Yonhap News Agency | south-korea
    samsung                | Samsung                    | company       | Samsung Electronics |
    hyundai                | Hyundai                    | company       | Hyundai Motor |
    ldp-japan              | Liberal Democratic Party   | party         | LDP | japan
    national-diet          | National Diet              | legislature   | Diet; Japanese Diet | japan
    jsdf                   | Japan Self-Defense Forces  | military      | JSDF; Japan Self-Defence Forces; Japanese Self-Defense Forces; Self-Defense Forces | japan
    bank-of-japan          | Bank of Japan              | bank          | BoJ; BOJ | japan
    kyodo                  | Kyodo                      | media         | Kyodo News | japan
    nhk                    | NHK                        | media         |  | japan
    toyota                 | Toyota                     | company       | Toyota Motor |
    sony                   | Sony                       | company       |  |
    softbank               | SoftBank                   | company       | Softbank |
    nippon-steel           | Nippon Steel               | company       |  |
    # == South Asia ==
    bjp                    | BJP                        | party         | Bharatiya Janata Party | india
    indian-national-congress | Indian National Congress   | party         | Congress party; Congress Party | india
    lok-sabha              | Lok Sabha                  | legislature   |  | india
    raw                    | Research and Analysis Wing | intelligence  | RAW; R&AW | india
    rbi                    | Reserve Bank of India      | bank          | RBI | india
    adani                  | Adani Group                | company       |  |
    pti                    | Pakistan Tehreek-e-Insaf   | party         | PTI; Pakistan Tehrik-e-Insaf | pakistan
    pml-n                  | Pakistan Muslim League (N) | party         | PML-N; Pakistan Muslim League-Nawaz | pakistan
    ppp                    | Pakistan Peoples Party     | party         | PPP; Pakistan People's Party | pakistan
    isi                    | ISI                        | intelligence  | Inter-Services Intelligence | pakistan
    pakistan-army          | Pakistan Army              | military      | Pakistani army; Pakistani Army | pakistan
    # == Israel and Palestine ==
    knesset                | Knesset                    | legislature   |  | israel
    israeli-supreme-court  | Israeli Supreme Court      | court         | Supreme Court of Israel | israel
    idf                    | Israel Defense Forces      | military      | IDF; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces; Israeli army; Israeli military | israel
    cogat                  | COGAT                      | government    | Coordinator of Government Activities in the Territories | israel
    mossad                 | Mossad                     | intelligence  |  | israel
    shin-bet               | Shin Bet                   | intelligence  | Shabak; Israel Security Agency | israel
    likud                  | Likud                      | party         |  | israel
    yesh-atid              | Yesh Atid                  | party         |  | israel
    otzma-yehudit          | Otzma Yehudit              | party         | Jewish Power | israel
    religious-zionism      | Religious Zionism          | party         | Religious Zionist Party | israel
    haaretz                | Haaretz                    | media         |  | israel
    times-of-israel        | Times of Israel            | media         |  | israel
    jerusalem-post         | Jerusalem Post             | media         |  | israel
    palestinian-authority  | Palestinian Authority      | government    | PA; Palestinian National Authority | palestine
    gaza-health-ministry   | Gaza Health Ministry       | government    | Gaza health ministry; Hamas-run health ministry | palestine
    fatah                  | Fatah                      | party         |  | palestine
    wafa                   | WAFA                       | media         | Wafa | palestine
    # == Iran, Gulf, Middle East, Turkey ==
    guardian-council       | Guardian Council           | government    | Council of Guardians | iran
    assembly-of-experts    | Assembly of Experts        | government    |  | iran
    aeoi                   | Atomic Energy Organization of Iran | government    | AEOI | iran
    majlis                 | Majlis                     | legislature   | Islamic Consultative Assembly | iran
    irgc                   | Islamic Revolutionary Guard Corps | military      | IRGC; Revolutionary Guards; Revolutionary Guard; Iranian Revolutionary Guard Corps; Islamic Revolutionary Guards Corps | iran
    quds-force             | Quds Force                 | military      |  | iran
    basij                  | Basij                      | military      |  | iran
    irna                   | IRNA                       | media         | Islamic Republic News Agency | iran
    press-tv               | Press TV                   | media         | PressTV | iran
    tasnim                 | Tasnim                     | media         | Tasnim News Agency | iran
    fars                   | Fars News Agency           | media         | Fars; Fars news agency | iran
    saudi-aramco           | Saudi Aramco               | company       | Aramco | saudi-arabia
    pif                    | Public Investment Fund     | fund          | PIF | saudi-arabia
    al-arabiya             | Al Arabiya                 | media         | Al-Arabiya | saudi-arabia
    al-jazeera             | Al Jazeera                 | media         | Al-Jazeera; Aljazeera | qatar
    adnoc                  | ADNOC                      | company       | Abu Dhabi National Oil Company | united-arab-emirates
    sana                   | SANA                       | media         | Syrian Arab News Agency | syria
    lebanese-armed-forces  | Lebanese Armed Forces      | military      | LAF; Lebanese army | lebanon
    krg                    | Kurdistan Regional Government | government    | KRG | iraq
    sudanese-armed-forces  | Sudanese Armed Forces      | military      | SAF; Sudanese army | sudan
    akp                    | AKP                        | party         | AK Party; Justice and Development Party | turkey
    chp                    | CHP                        | party         | Republican People's Party | turkey
    grand-national-assembly | Grand National Assembly of Turkey | legislature   | Grand National Assembly; Turkish parliament; TBMM | turkey
    mit-turkey             | MİT                        | intelligence  | National Intelligence Organization; Turkish National Intelligence Organization | turkey
    anadolu                | Anadolu Agency             | media         | Anadolu; Anadolu Ajansı | turkey
    # == Germany ==
    bundestag              | Bundestag                  | legislature   | German Bundestag | germany
    german-constitutional-court | Federal Constitutional Court | court         | German Constitutional Court; Bundesverfassungsgericht | germany
    german-foreign-office  | German Foreign Office      | government    | German Foreign Ministry; Auswärtiges Amt | germany
    bundeswehr             | Bundeswehr                 | military      |  | germany
    bnd                    | BND                        | intelligence  | Bundesnachrichtendienst; Federal Intelligence Service | germany
    bundesbank             | Bundesbank                 | bank          | Deutsche Bundesbank | germany
    cdu                    | CDU                        | party         | Christian Democratic Union; Christian Democratic Union of Germany | germany
    csu                    | CSU                        | party         | Christian Social Union | germany
    spd                    | SPD                        | party         | Social Democratic Party of Germany; German Social Democrats | germany
    afd                    | AfD                        | party         | AFD; Alternative for Germany; Alternative für Deutschland | germany
    fdp                    | FDP                        | party         | Free Democratic Party; Free Democrats | germany
    german-greens          | Alliance 90/The Greens     | party         | Greens; German Greens; Die Grünen; Grüne | germany
    die-linke              | Die Linke                  | party         | Left Party; Linke | germany
    der-spiegel            | Der Spiegel                | media         | Spiegel; Spiegel Online | germany
    dpa                    | DPA                        | media         | dpa; Deutsche Presse-Agentur | germany
    deutsche-welle         | Deutsche Welle             | media         | DW | germany
    deutsche-bank          | Deutsche Bank              | bank          |  |
    volkswagen             | Volkswagen                 | company       | VW; Volkswagen Group |
    mercedes-benz          | Mercedes-Benz              | company       | Mercedes-Benz Group; Mercedes; Daimler |
    rheinmetall            | Rheinmetall                | company       |  |
    # == France ==
    elysee                 | Élysée Palace              | government    | Élysée; Elysée; Elysee; Elysee Palace; Elysée Palace | france
    quai-d-orsay           | Quai d'Orsay               | government    | French Foreign Ministry; French Ministry of Foreign Affairs; Ministry for Europe and Foreign Affairs | france
    matignon               | Matignon                   | government    | Hôtel Matignon; Hotel Matignon | france
    french-national-assembly | French National Assembly   | legislature   | Assemblée nationale; Assemblee nationale | france
    dgse                   | DGSE                       | intelligence  | Directorate-General for External Security | france
    national-rally         | National Rally             | party         | Rassemblement National; Rassemblement national; RN; National Front; Front National | france
    renaissance            | Renaissance                | party         | La République En Marche; En Marche; LREM; LaREM | france
    la-france-insoumise    | La France Insoumise        | party         | France Insoumise; France Unbowed; LFI | france
    les-republicains       | Les Républicains           | party         | Les Republicains | france
    afp                    | Agence France-Presse       | media         | AFP; Agence France Presse |
    le-monde               | Le Monde                   | media         |  | france
    france-24              | France 24                  | media         | France24 | france
    totalenergies          | TotalEnergies              | company       |  |
    airbus                 | Airbus                     | company       |  |
    # == Rest of Europe ==
    palazzo-chigi          | Palazzo Chigi              | government    |  | italy
    brothers-of-italy      | Brothers of Italy          | party         | Fratelli d'Italia | italy
    lega                   | Lega                       | party         | Lega Nord; Northern League | italy
    five-star-movement     | Five Star Movement         | party         | M5S; Movimento 5 Stelle | italy
    moncloa                | Moncloa                    | government    | Moncloa Palace | spain
    psoe                   | PSOE                       | party         | Spanish Socialist Workers' Party | spain
    partido-popular        | Partido Popular            | party         | Spanish People's Party | spain
    pvv                    | PVV                        | party         | Party for Freedom | netherlands
    gpfg                   | Government Pension Fund Global | fund          | Norges Bank Investment Management; NBIM | norway
    equinor                | Equinor                    | company       |  | norway
    nokia                  | Nokia                      | company       |  |
    sejm                   | Sejm                       | legislature   |  | poland
    law-and-justice        | Law and Justice            | party         | PiS; Prawo i Sprawiedliwość | poland
    civic-coalition        | Civic Coalition            | party         | Civic Platform; Platforma Obywatelska | poland
    fidesz                 | Fidesz                     | party         |  | hungary
    tisza-party            | Tisza Party                | party         | Tisza | hungary
    fpo                    | FPÖ                        | party         | FPO; Freedom Party of Austria; Austrian Freedom Party | austria
    raiffeisen             | Raiffeisen Bank International | bank          | Raiffeisen |
    ubs                    | UBS                        | bank          |  |
    credit-suisse          | Credit Suisse              | bank          |  |
    georgian-dream         | Georgian Dream             | party         |  | georgia
    pas-moldova            | Party of Action and Solidarity | party         | PAS | moldova
    aur                    | AUR                        | party         | Alliance for the Union of Romanians | romania
    ano                    | ANO                        | party         | ANO 2011 | czech-republic
    smer                   | Smer                       | party         | Smer-SD | slovakia
    # == Americas, Africa, Oceania ==
    parliament-hill        | Parliament of Canada       | legislature   | Parliament Hill; Canadian Parliament | canada
    liberal-party-of-canada | Liberal Party of Canada    | party         | Canadian Liberals | canada
    conservative-party-of-canada | Conservative Party of Canada | party         | Canadian Conservatives | canada
    csis                   | Canadian Security Intelligence Service | intelligence  | CSIS | canada
    rcmp                   | RCMP                       | government    | Royal Canadian Mounted Police; Mounties | canada
    bank-of-canada         | Bank of Canada             | bank          |  | canada
    cbc                    | CBC                        | media         | Canadian Broadcasting Corporation; CBC News | canada
    morena                 | Morena                     | party         | MORENA | mexico
    pemex                  | Pemex                      | company       | Petróleos Mexicanos | mexico
    planalto               | Planalto                   | government    | Planalto Palace; Palácio do Planalto | brazil
    brazil-workers-party   | Workers' Party             | party         | Workers Party; Partido dos Trabalhadores | brazil
    petrobras              | Petrobras                  | company       |  | brazil
    casa-rosada            | Casa Rosada                | government    |  | argentina
    miraflores             | Miraflores Palace          | government    | Miraflores | venezuela
    psuv                   | PSUV                       | party         | United Socialist Party of Venezuela | venezuela
    pdvsa                  | PDVSA                      | company       | Petróleos de Venezuela | venezuela
    anc                    | ANC                        | party         | African National Congress | south-africa
    tplf                   | TPLF                       | party         | Tigray People's Liberation Front | ethiopia
    tatmadaw               | Tatmadaw                   | military      | Myanmar military | myanmar
    nld                    | National League for Democracy | party         | NLD | myanmar
    asio                   | ASIO                       | intelligence  | Australian Security Intelligence Organisation | australia
    australian-labor-party | Australian Labor Party     | party         | Labor; ALP | australia
    abc-australia          | Australian Broadcasting Corporation | media         | ABC Australia | australia
    # == International and English-language media ==
    reuters                | Reuters                    | media         | Thomson Reuters |
    associated-press       | Associated Press           | media         | AP; A.P. |
    getty-images           | Getty Images               | media         |  |
    bbc                    | BBC                        | media         | British Broadcasting Corporation; BBC News | united-kingdom
    sky-news               | Sky News                   | media         |  | united-kingdom
    pa-media               | PA Media                   | media         | Press Association; PA news agency | united-kingdom
    the-guardian           | The Guardian               | media         | Guardian | united-kingdom
    the-telegraph          | The Telegraph              | media         | Telegraph; Daily Telegraph | united-kingdom
    financial-times        | Financial Times            | media         | FT | united-kingdom
    the-economist          | The Economist              | media         | Economist | united-kingdom
    daily-mail             | Daily Mail                 | media         | MailOnline; Mail Online | united-kingdom
    cnn                    | CNN                        | media         | Cable News Network | united-states
    cbs-news               | CBS News                   | media         | CBS | united-states
    nbc-news               | NBC News                   | media         | NBC | united-states
    abc-news               | ABC News                   | media         | ABC | united-states
    fox-news               | Fox News                   | media         | Fox; Fox News Channel | united-states
    msnbc                  | MSNBC                      | media         | MS NOW | united-states
    npr                    | NPR                        | media         | National Public Radio | united-states
    bloomberg              | Bloomberg                  | media         | Bloomberg News; Bloomberg LP |
    wall-street-journal    | Wall Street Journal        | media         | WSJ | united-states
    new-york-times         | New York Times             | media         | NYT; NY Times | united-states
    washington-post        | Washington Post            | media         | WaPo | united-states
    politico               | Politico                   | media         | POLITICO | united-states
    axios                  | Axios                      | media         |  | united-states
    voice-of-america       | Voice of America           | media         | VOA | united-states
    rfe-rl                 | Radio Free Europe/Radio Liberty | media         | RFE/RL; Radio Free Europe; Radio Liberty | united-states
    bellingcat             | Bellingcat                 | media         |  |
    # == Pollsters ==
    gallup                 | Gallup                     | company       |  |
    ipsos                  | Ipsos                      | company       |  |
    yougov                 | YouGov                     | company       |  |
    # == Technology and platforms ==
    telegram               | Telegram                   | company       |  |
    x-corp                 | X                          | company       | X Corp; X Corp.; X.com; Twitter |
    meta                   | Meta                       | company       | Meta Platforms |
    facebook               | Facebook                   | company       |  |
    whatsapp               | WhatsApp                   | company       |  |
    google                 | Google                     | company       | Alphabet; Alphabet Inc. |
    apple                  | Apple                      | company       | Apple Inc.; Apple Inc |
    microsoft              | Microsoft                  | company       |  |
    amazon                 | Amazon                     | company       | Amazon.com |
    tesla                  | Tesla                      | company       | Tesla Inc. |
    spacex                 | SpaceX                     | company       |  |
    starlink               | Starlink                   | company       |  |
    openai                 | OpenAI                     | company       | Open AI |
    anthropic              | Anthropic                  | company       |  |
    nvidia                 | Nvidia                     | company       | NVIDIA |
    palantir               | Palantir                   | company       | Palantir Technologies |
    truth-social           | Truth Social               | company       |  |
    # == Energy, defence, finance, industry ==
    bp                     | BP                         | company       | British Petroleum |
    shell                  | Shell                      | company       | Shell plc; Royal Dutch Shell |
    exxonmobil             | ExxonMobil                 | company       | Exxon; Exxon Mobil |
    chevron                | Chevron                    | company       |  |
    boeing                 | Boeing                     | company       |  |
    lockheed-martin        | Lockheed Martin            | company       | Lockheed |
    rtx                    | RTX                        | company       | Raytheon; Raytheon Technologies |
    northrop-grumman       | Northrop Grumman           | company       | Northrop |
    bae-systems            | BAE Systems                | company       | BAE |
    goldman-sachs          | Goldman Sachs              | bank          | Goldman |
    jpmorgan               | JPMorgan                   | bank          | JPMorgan Chase; JP Morgan; J.P. Morgan |
    hsbc                   | HSBC                       | bank          |  |
    barclays               | Barclays                   | bank          |  |
    lloyds                 | Lloyds Banking Group       | bank          | Lloyds; Lloyds Bank |
    blackrock              | BlackRock                  | fund          | Blackrock |
    euroclear              | Euroclear                  | company       |  |
    swift                  | SWIFT                      | company       | Society for Worldwide Interbank Financial Telecommunication |
    pfizer                 | Pfizer                     | company       |  |
    astrazeneca            | AstraZeneca                | company       |  |
    vodafone               | Vodafone                   | company       |  |
    ineos                  | INEOS                      | company       | Ineos |
    # == Sports clubs ==
    manchester-united      | Manchester United          | company       | Man Utd; Man United; Manchester Utd |
    chelsea-fc             | Chelsea                    | company       | Chelsea FC |
    arsenal-fc             | Arsenal                    | company       | Arsenal FC |
    # ---- Added from a survey of news organisations, companies, unions and bodies of their time ----
    # Rows to add to the organisations table (Organisations.swift), same columns:
    #   id | label | category | aliases | state
    # Checked against Organisations.swift and States.swift: every id is new, and no label or alias
    # occurs in another row or as a state name, alias, seat or demonym.
    #
    # Shared names given to one row only:
    #   "National Union of Mineworkers", "NUM" -> the British union (South Africa's NUM has no row)
    #   "CGT", "General Confederation of Labour" -> France (Argentina's CGT has no row)
    #   "UGT" -> Spain (Portugal's UGT has no row); "Green Party" -> England and Wales
    #   "Merck" -> Merck & Co. (US; MSD); the German Merck KGaA has no bare alias
    #   "EC" -> European Community (not the European Commission); "Common Market" -> the same row
    #   "Citigroup", "Citicorp", "Citibank", "Citi" -> one row: holding company and bank of their time
    #   "Fiat Chrysler" -> fiat (then stellantis from 2021); "DaimlerChrysler" and "Daimler-Benz" are rows of
    #   their time ("Daimler" stays with mercedes-benz); "EADS" is the row of its time for today's airbus
    #   "BAe" (British Aerospace, before 1999) differs only in case from "BAE" (bae-systems)
    #   "AAP" -> Australian Associated Press (not India's Aam Aadmi Party); "CNA" -> Channel NewsAsia
    #   (Taiwan's agency: "Central News Agency"); "NAM" -> Non-Aligned Movement (not the manufacturers)
    # Left out as bare forms (ordinary words, surnames or shared initials); the qualified forms are rows:
    #   Ford, Jaguar, Caterpillar, Delta, Sprint, Visa, Vanguard, Fidelity, Carlyle, Prudential, Zurich,
    #   Suzuki, Mitsubishi, Reliance, Total, Elf, Hydro, Dow, Chase, Midland, Halifax, Nationwide,
    #   Virgin, Swiss (airline), SAS (airline; also the British regiment), Emirates (airline; state alias),
    #   Time, Mirror, Express, Sun, Times, Independent, Hindu, Atlantic, Leonardo, Rafael, Plaid,
    #   Abbott, Lilly, Merrill, Salomon, Andersen, Hutchison, Heinz, Kraft, BCCI (also India's cricket
    #   board), FCA (also the UK Financial Conduct Authority), PAP (also Singapore's ruling party),
    #   PSD (Portugal and Romania), PS, PD, MPS, KIA, LSE, JD, Coke, Orange, Verdi,
    #   Dow Jones (the index)
    # ambiguous: GM; GE; BA; HP; BAT; DEC; AMD; LG; Honda; Porsche; Tata; Dassault; Thales; Marconi; Dell; Oracle; Intel; Micron; Kaspersky; Vale; Santander; Lehman; Drexel; Dresdner; Nomura; Fortis; Barings; Cathay; Thyssen; Krupp; Lloyd's; Moody's; S&P; Fitch; Nasdaq; Disney; Paramount; Sainsbury's; McDonald's; Guinness plc; Pepsi; Roche; Peugeot; Citroën; Citroen; Amex; Evergrande
    # ambiguous: EC; Common Market; EMS; ERM; ESM; EMA; CIS; OAS; ALBA; NAM; BIS; IMO; PCA; STL; G5; G10; TPP; Benelux
    # ambiguous: Unite; Unison; Amicus; Solidarity; Teamsters; NUT; PCS; NEA; AFT; IAM; CGT; General Confederation of Labour; UGT; BDI; GDL
    # ambiguous: Green Party; Alliance Party; SDP; Progress Party; Moderate Party; New Democracy; Christian Democracy; Civic Forum; Vox; PCI; PSI; PDS; SVP; SED; ERC; IRA; ETA
    # ambiguous: Observer; Spectator; Channel One; NTV; Central News Agency; CNA; SPA; ISNA; AAP; SBS; RFA; Asahi; Nikkei; Mehr; Granma; Breitbart; Globo; Bild
    # note: "Nikkei" is also Tokyo's share index, "S&P" the S&P 500, "Nasdaq" the Nasdaq Composite; "GM" also
    # note: "genetically modified"; "IRA" also the US Inflation Reduction Act and retirement accounts;
    # note: "Cathay" is an old name for China; "Vale" the Vale of ...; "Santander" the Spanish city;
    # note: "RFA" also the Royal Fleet Auxiliary; "ISNA" also the Islamic Society of North America.
    #
    # == Companies: carmakers, vehicle and tyre makers ==
    general-motors         | General Motors             | company       | GM; General Motors Corporation; General Motors Corp; General Motors Co |
    ford-motor             | Ford Motor                 | company       | Ford Motor Company; Ford Motor Co; Ford Motor Co.; Ford Motor Corp |
    chrysler               | Chrysler                   | company       | Chrysler Corporation; Chrysler Corp; Chrysler Group; Chrysler LLC |
    american-motors        | American Motors            | company       | American Motors Corporation; American Motors Corp |
    fiat                   | Fiat                       | company       | FIAT; Fiat Auto; Fiat SpA; Fiat S.p.A.; Fiat Group; Fiat Chrysler; Fiat Chrysler Automobiles |
    stellantis             | Stellantis                 | company       | Stellantis NV; Stellantis N.V. |
    psa-group              | PSA Group                  | company       | PSA Peugeot Citroën; PSA Peugeot Citroen; Groupe PSA; Peugeot; Peugeot SA; Citroën; Citroen |
    renault                | Renault                    | company       | Renault Group; Groupe Renault; Renault SA; Régie Renault; Regie Renault |
    daimler-benz           | Daimler-Benz               | company       | Daimler Benz; Daimler-Benz AG |
    daimlerchrysler        | DaimlerChrysler            | company       | Daimler-Chrysler; DaimlerChrysler AG |
    bmw                    | BMW                        | company       | Bayerische Motoren Werke; BMW Group; BMW AG |
    porsche                | Porsche                    | company       | Porsche AG; Porsche SE; Porsche Automobil Holding |
    opel                   | Opel                       | company       | Adam Opel; Adam Opel AG; Opel AG |
    nissan                 | Nissan                     | company       | Nissan Motor; Nissan Motor Co; Nissan Motor Company |
    honda                  | Honda                      | company       | Honda Motor; Honda Motor Co; Honda Motor Company |
    daewoo                 | Daewoo                     | company       | Daewoo Group; Daewoo Motor |
    volvo                  | Volvo                      | company       | AB Volvo; Volvo Cars; Volvo Car Corporation; Volvo Group |
    saab                   | Saab                       | company       | Saab AB; Saab Automobile; Saab-Scania |
    jaguar-land-rover      | Jaguar Land Rover          | company       | JLR; Jaguar Cars; Land Rover |
    rover-group            | Rover Group                | company       | MG Rover; MG Rover Group; Austin Rover; British Leyland |
    rolls-royce            | Rolls-Royce                | company       | Rolls-Royce Holdings; Rolls-Royce plc; Rolls Royce |
    tata-group             | Tata Group                 | company       | Tata; Tata Sons |
    geely                  | Geely                      | company       | Zhejiang Geely; Geely Auto; Geely Holding |
    catl                   | CATL                       | company       | Contemporary Amperex Technology |
    # == Companies: aerospace and defence ==
    mcdonnell-douglas      | McDonnell Douglas          | company       | McDonnell Douglas Corporation; McDonnell Douglas Corp |
    eads                   | EADS                       | company       | European Aeronautic Defence and Space Company; European Aeronautic Defence and Space Co; EADS NV |
    british-aerospace      | British Aerospace          | company       | BAe |
    aerospatiale           | Aérospatiale               | company       | Aerospatiale; Société nationale industrielle aérospatiale | france
    dassault-aviation      | Dassault Aviation          | company       | Dassault |
    thales                 | Thales                     | company       | Thales Group; Thomson-CSF |
    leonardo               | Leonardo SpA               | company       | Leonardo S.p.A.; Finmeccanica; Leonardo-Finmeccanica | italy
    mbda                   | MBDA                       | company       |  |
    naval-group            | Naval Group                | company       | DCNS | france
    general-dynamics       | General Dynamics           | company       | General Dynamics Corporation |
    anduril                | Anduril                    | company       | Anduril Industries |
    blackwater             | Blackwater                 | company       | Blackwater USA; Blackwater Worldwide; Xe Services; Academi |
    halliburton            | Halliburton                | company       |  |
    embraer                | Embraer                    | company       |  |
    bombardier             | Bombardier                 | company       | Bombardier Inc. |
    bofors                 | Bofors                     | company       | AB Bofors |
    norinco                | Norinco                    | company       | NORINCO; China North Industries Group | china
    kalashnikov-concern    | Kalashnikov Concern        | company       | Izhmash | russia
    rosoboronexport        | Rosoboronexport            | company       |  | russia
    roscosmos              | Roscosmos                  | company       | Russian space agency | russia
    israel-aerospace-industries | Israel Aerospace Industries | company       | IAI | israel
    elbit-systems          | Elbit Systems              | company       | Elbit |
    rafael                 | Rafael Advanced Defense Systems | company       | Rafael Advanced Defence Systems | israel
    baykar                 | Baykar                     | company       | Baykar Technologies |
    nso-group              | NSO Group                  | company       | NSO |
    # == Companies: engineering, electrical and conglomerates ==
    general-electric       | General Electric           | company       | GE; General Electric Co |
    gec                    | GEC                        | company       | General Electric Company plc; GEC-Marconi; Marconi; Marconi plc |
    westinghouse           | Westinghouse               | company       | Westinghouse Electric; Westinghouse Electric Company |
    siemens                | Siemens                    | company       | Siemens AG |
    abb                    | ABB                        | company       | Asea Brown Boveri; ABB Group |
    alstom                 | Alstom                     | company       | Alsthom; GEC Alsthom |
    areva                  | Areva                      | company       | Orano; Cogema | france
    mitsubishi-heavy-industries | Mitsubishi Heavy Industries | company       | MHI |
    hitachi                | Hitachi                    | company       |  |
    toshiba                | Toshiba                    | company       |  |
    ck-hutchison           | CK Hutchison               | company       | Hutchison Whampoa |
    lonrho                 | Lonrho                     | company       |  |
    odebrecht              | Odebrecht                  | company       | Novonor |
    snc-lavalin            | SNC-Lavalin                | company       | AtkinsRéalis |
    lafarge                | Lafarge                    | company       | LafargeHolcim; Holcim |
    carillion              | Carillion                  | company       |  |
    # == Companies: oil, gas, power and commodities ==
    mobil                  | Mobil                      | company       | Mobil Oil; Mobil Corporation; Mobil Corp |
    texaco                 | Texaco                     | company       | Texaco Inc. |
    amoco                  | Amoco                      | company       | Standard Oil of Indiana; Amoco Corporation |
    pennzoil               | Pennzoil                   | company       |  |
    conocophillips         | ConocoPhillips             | company       |  |
    occidental-petroleum   | Occidental Petroleum       | company       | Occidental Petroleum Corporation |
    enron                  | Enron                      | company       | Enron Corp |
    eni                    | Eni                        | company       | ENI; Ente Nazionale Idrocarburi; Agip | italy
    repsol                 | Repsol                     | company       | Repsol YPF |
    statoil                | Statoil                    | company       | Den Norske Stats Oljeselskap | norway
    elf-aquitaine          | Elf Aquitaine              | company       | Elf-Aquitaine; Société Nationale Elf Aquitaine | france
    british-gas            | British Gas                | company       | British Gas plc; British Gas Corporation |
    centrica               | Centrica                   | company       |  |
    national-grid          | National Grid              | company       | National Grid plc |
    sinopec                | Sinopec                    | company       | China Petroleum & Chemical Corporation; China Petrochemical Corporation | china
    cnpc                   | CNPC                       | company       | China National Petroleum Corporation | china
    petrochina             | PetroChina                 | company       |  | china
    cnooc                  | CNOOC                      | company       | China National Offshore Oil Corporation | china
    reliance-industries    | Reliance Industries        | company       | RIL; Reliance Jio; Jio Platforms |
    petronas               | Petronas                   | company       | Petroliam Nasional | malaysia
    sonatrach              | Sonatrach                  | company       |  | algeria
    nnpc                   | NNPC                       | company       | Nigerian National Petroleum Corporation; Nigerian National Petroleum Company | nigeria
    nioc                   | National Iranian Oil Company | company       | NIOC | iran
    kuwait-petroleum-corporation | Kuwait Petroleum Corporation | company       | KPC | kuwait
    qatarenergy            | QatarEnergy                | company       | Qatar Petroleum | qatar
    novatek                | Novatek                    | company       | NOVATEK |
    gazprom-neft           | Gazprom Neft               | company       | Sibneft | russia
    tnk-bp                 | TNK-BP                     | company       |  |
    sovcomflot             | Sovcomflot                 | company       |  | russia
    edf                    | EDF                        | company       | Électricité de France; Electricité de France; Electricite de France | france
    engie                  | Engie                      | company       | GDF Suez; Gaz de France; GDF |
    eon                    | E.ON                       | company       | E.On; EON |
    rwe                    | RWE                        | company       | RWE AG |
    tepco                  | TEPCO                      | company       | Tepco; Tokyo Electric Power; Tokyo Electric Power Company; Tokyo Electric | japan
    eskom                  | Eskom                      | company       |  | south-africa
    thames-water           | Thames Water               | company       |  |
    trafigura              | Trafigura                  | company       |  |
    # == Companies: mining and steel ==
    bhp                    | BHP                        | company       | BHP Billiton; BHP Group; Broken Hill Proprietary |
    rio-tinto              | Rio Tinto                  | company       | RTZ; Rio Tinto Zinc; Rio Tinto Group |
    anglo-american         | Anglo American             | company       | Anglo American plc; Anglo American Corporation |
    de-beers               | De Beers                   | company       |  |
    glencore               | Glencore                   | company       | Glencore Xstrata; Glencore International |
    vale                   | Vale                       | company       | Vale SA; Companhia Vale do Rio Doce; CVRD |
    norilsk-nickel         | Norilsk Nickel             | company       | Nornickel |
    alrosa                 | Alrosa                     | company       | ALROSA | russia
    rusal                  | Rusal                      | company       | RUSAL; United Company Rusal |
    arcelormittal          | ArcelorMittal              | company       | Arcelor Mittal |
    tata-steel             | Tata Steel                 | company       |  |
    thyssenkrupp           | Thyssenkrupp               | company       | ThyssenKrupp; Thyssen; Krupp |
    us-steel               | US Steel                   | company       | U.S. Steel; United States Steel; United States Steel Corporation; USX |
    british-steel          | British Steel              | company       | British Steel Corporation; British Steel plc |
    british-coal           | British Coal               | company       | National Coal Board; NCB; British Coal Corporation | united-kingdom
    # == Companies: banks, brokers and mortgage lenders ==
    citigroup              | Citigroup                  | bank          | Citi; Citicorp; Citibank; Citigroup Inc. |
    bank-of-america        | Bank of America            | bank          | BofA; BankAmerica; Bank of America Merrill Lynch |
    wells-fargo            | Wells Fargo                | bank          |  |
    morgan-stanley         | Morgan Stanley             | bank          |  |
    merrill-lynch          | Merrill Lynch              | bank          |  |
    lehman-brothers        | Lehman Brothers            | bank          | Lehman; Shearson Lehman; Shearson Lehman Brothers; Shearson Lehman Hutton |
    bear-stearns           | Bear Stearns               | bank          |  |
    salomon-brothers       | Salomon Brothers           | bank          | Salomon Inc; Salomon Smith Barney |
    drexel-burnham-lambert | Drexel Burnham Lambert     | bank          | Drexel; Drexel Burnham |
    chase-manhattan        | Chase Manhattan            | bank          | Chase Manhattan Bank; Chase Manhattan Corp |
    washington-mutual      | Washington Mutual          | bank          | WaMu |
    countrywide-financial  | Countrywide Financial      | bank          | Countrywide |
    silicon-valley-bank    | Silicon Valley Bank        | bank          | SVB |
    royal-bank-of-scotland | Royal Bank of Scotland     | bank          | RBS; NatWest Group |
    natwest                | NatWest                    | bank          | National Westminster Bank; National Westminster; Natwest |
    midland-bank           | Midland Bank               | bank          |  |
    standard-chartered     | Standard Chartered         | bank          | StanChart |
    northern-rock          | Northern Rock              | bank          |  |
    hbos                   | HBOS                       | bank          | Halifax Bank of Scotland |
    barings                | Barings                    | bank          | Barings Bank; Baring Brothers |
    santander              | Santander                  | bank          | Banco Santander; Santander UK; Grupo Santander |
    bnp-paribas            | BNP Paribas                | bank          | Paribas; Banque Nationale de Paris |
    societe-generale       | Société Générale           | bank          | Societe Generale; SocGen; Socgen |
    credit-agricole        | Crédit Agricole            | bank          | Credit Agricole |
    credit-lyonnais        | Crédit Lyonnais            | bank          | Credit Lyonnais |
    commerzbank            | Commerzbank                | bank          |  |
    dresdner-bank          | Dresdner Bank              | bank          | Dresdner |
    unicredit              | UniCredit                  | bank          | Unicredit |
    monte-dei-paschi       | Monte dei Paschi           | bank          | Banca Monte dei Paschi di Siena; Monte dei Paschi di Siena |
    ing                    | ING                        | bank          | ING Group; ING Groep |
    abn-amro               | ABN Amro                   | bank          | ABN AMRO |
    fortis                 | Fortis                     | bank          |  |
    danske-bank            | Danske Bank                | bank          |  |
    icbc                   | Industrial and Commercial Bank of China | bank          | ICBC | china
    bank-of-china          | Bank of China              | bank          |  | china
    china-development-bank | China Development Bank     | bank          | CDB | china
    mufg                   | MUFG                       | bank          | Mitsubishi UFJ Financial Group; Mitsubishi UFJ; Bank of Tokyo-Mitsubishi; Bank of Tokyo-Mitsubishi UFJ |
    nomura                 | Nomura                     | bank          | Nomura Holdings; Nomura Securities |
    gazprombank            | Gazprombank                | bank          |  | russia
    alfa-bank              | Alfa-Bank                  | bank          | Alfa Bank |
    bank-melli             | Bank Melli                 | bank          | Bank Melli Iran | iran
    bank-of-credit-and-commerce-international | Bank of Credit and Commerce International | bank          |  |
    # == Companies: insurers, payments, exchanges, rating agencies, auditors ==
    aig                    | AIG                        | company       | American International Group |
    berkshire-hathaway     | Berkshire Hathaway         | company       |  |
    allianz                | Allianz                    | company       | Allianz SE |
    axa                    | AXA                        | company       | Axa |
    munich-re              | Munich Re                  | company       | Münchener Rück; Munich Reinsurance |
    swiss-re               | Swiss Re                   | company       |  |
    lloyds-of-london       | Lloyd's of London          | company       | Lloyd's |
    unitedhealth           | UnitedHealth Group         | company       | UnitedHealth; UnitedHealthcare |
    fannie-mae             | Fannie Mae                 | company       | Federal National Mortgage Association | united-states
    freddie-mac            | Freddie Mac                | company       | Federal Home Loan Mortgage Corporation | united-states
    american-express       | American Express           | company       | AmEx; Amex |
    visa                   | Visa Inc.                  | company       | Visa Inc |
    ant-group              | Ant Group                  | company       | Ant Financial; Alipay |
    ftx                    | FTX                        | company       |  |
    binance                | Binance                    | company       |  |
    wirecard               | Wirecard                   | company       |  |
    parmalat               | Parmalat                   | company       |  |
    nyse                   | New York Stock Exchange    | company       | NYSE; Big Board |
    nasdaq                 | Nasdaq                     | company       | NASDAQ |
    london-stock-exchange  | London Stock Exchange      | company       | London Stock Exchange Group |
    moodys                 | Moody's                    | company       | Moody's Investors Service; Moody's Corporation |
    standard-and-poors     | Standard & Poor's          | company       | S&P; S&P Global; Standard and Poor's |
    fitch-ratings          | Fitch Ratings              | company       | Fitch |
    deloitte               | Deloitte                   | company       | Deloitte Touche Tohmatsu; Deloitte & Touche |
    pwc                    | PwC                        | company       | PricewaterhouseCoopers; Price Waterhouse; Coopers & Lybrand |
    kpmg                   | KPMG                       | company       | KPMG Peat Marwick; Peat Marwick |
    ernst-and-young        | Ernst & Young              | company       | EY; Ernst and Young |
    arthur-andersen        | Arthur Andersen            | company       |  |
    mckinsey               | McKinsey & Company         | company       | McKinsey; McKinsey & Co |
    # == Funds: asset managers, private equity, sovereign wealth ==
    vanguard-group         | Vanguard Group             | fund          |  |
    blackstone             | Blackstone                 | fund          | Blackstone Group |
    kkr                    | KKR                        | fund          | Kohlberg Kravis Roberts |
    carlyle-group          | Carlyle Group              | fund          |  |
    long-term-capital-management | Long-Term Capital Management | fund          | LTCM |
    temasek                | Temasek                    | fund          | Temasek Holdings | singapore
    adia                   | Abu Dhabi Investment Authority | fund          | ADIA | united-arab-emirates
    mubadala               | Mubadala                   | fund          | Mubadala Investment Company | united-arab-emirates
    qia                    | Qatar Investment Authority | fund          | QIA | qatar
    china-investment-corporation | China Investment Corporation | fund          | CIC | china
    1mdb                   | 1MDB                       | fund          | 1Malaysia Development Berhad | malaysia
    # == Companies: airlines and transport ==
    american-airlines      | American Airlines          | company       | AMR; AMR Corporation |
    united-airlines        | United Airlines            | company       | UAL; United Continental |
    delta-air-lines        | Delta Air Lines            | company       | Delta Airlines |
    pan-am                 | Pan Am                     | company       | Pan American World Airways |
    twa                    | TWA                        | company       | Trans World Airlines |
    british-airways        | British Airways            | company       | BA |
    virgin-group           | Virgin Group               | company       |  |
    easyjet                | easyJet                    | company       | EasyJet; Easyjet |
    ryanair                | Ryanair                    | company       |  |
    thomas-cook            | Thomas Cook                | company       | Thomas Cook Group |
    lufthansa              | Lufthansa                  | company       | Deutsche Lufthansa |
    air-france             | Air France                 | company       | Air France-KLM |
    klm                    | KLM                        | company       | KLM Royal Dutch Airlines; Royal Dutch Airlines |
    alitalia               | Alitalia                   | company       | ITA Airways | italy
    sabena                 | Sabena                     | company       |  | belgium
    swissair               | Swissair                   | company       |  |
    aeroflot               | Aeroflot                   | company       |  | russia
    air-india              | Air India                  | company       | Air-India |
    cathay-pacific         | Cathay Pacific             | company       | Cathay |
    qantas                 | Qantas                     | company       |  |
    japan-airlines         | Japan Airlines             | company       | JAL |
    korean-air             | Korean Air                 | company       | Korean Air Lines; KAL |
    malaysia-airlines      | Malaysia Airlines          | company       | Malaysian Airline System | malaysia
    egyptair               | EgyptAir                   | company       | Egyptair | egypt
    el-al                  | El Al                      | company       | El Al Israel Airlines |
    emirates-airline       | Emirates Airline           | company       | Emirates Group | united-arab-emirates
    qatar-airways          | Qatar Airways              | company       |  | qatar
    turkish-airlines       | Turkish Airlines           | company       | THY; Türk Hava Yolları | turkey
    iran-air               | Iran Air                   | company       |  | iran
    ukraine-international-airlines | Ukraine International Airlines | company       | UIA |
    ethiopian-airlines     | Ethiopian Airlines         | company       |  | ethiopia
    maersk                 | Maersk                     | company       | A.P. Moller-Maersk; A.P. Møller-Mærsk; Moller-Maersk |
    cosco                  | COSCO                      | company       | Cosco; COSCO Shipping; China COSCO Shipping; China Ocean Shipping Company | china
    p-and-o                | P&O                        | company       | P&O Ferries; Peninsular and Oriental; Peninsular and Oriental Steam Navigation Company |
    dp-world               | DP World                   | company       |  | united-arab-emirates
    eurotunnel             | Eurotunnel                 | company       | Groupe Eurotunnel; Getlink |
    british-rail           | British Rail               | company       | British Railways | united-kingdom
    railtrack              | Railtrack                  | company       |  |
    network-rail           | Network Rail               | company       |  | united-kingdom
    royal-mail             | Royal Mail                 | company       | Royal Mail Group |
    uber                   | Uber                       | company       | Uber Technologies |
    # == Companies: telecoms ==
    att                    | AT&T                       | company       | AT&T Inc.; American Telephone and Telegraph; American Telephone & Telegraph |
    verizon                | Verizon                    | company       | Verizon Communications; Bell Atlantic; NYNEX |
    mci                    | MCI                        | company       | MCI Communications; MCI WorldCom; WorldCom |
    alcatel                | Alcatel                    | company       | Alcatel-Lucent; Alcatel-Alsthom; Alcatel Alsthom |
    ericsson               | Ericsson                   | company       | LM Ericsson; Telefonaktiebolaget LM Ericsson |
    motorola               | Motorola                   | company       | Motorola Solutions; Motorola Mobility |
    qualcomm               | Qualcomm                   | company       |  |
    zte                    | ZTE                        | company       | ZTE Corporation |
    bt                     | BT                         | company       | BT Group; British Telecom; British Telecommunications |
    deutsche-telekom       | Deutsche Telekom           | company       |  |
    france-telecom         | France Télécom             | company       | France Telecom; Orange SA |
    telefonica             | Telefónica                 | company       | Telefonica |
    mannesmann             | Mannesmann                 | company       |  |
    china-mobile           | China Mobile               | company       |  | china
    # == Companies: technology and internet ==
    ibm                    | IBM                        | company       | International Business Machines; I.B.M. |
    intel                  | Intel                      | company       | Intel Corporation; Intel Corp |
    amd                    | AMD                        | company       | Advanced Micro Devices |
    micron-technology      | Micron Technology          | company       | Micron |
    arm-holdings           | Arm Holdings               | company       | ARM Holdings |
    asml                   | ASML                       | company       | ASML Holding |
    smic                   | SMIC                       | company       | Semiconductor Manufacturing International Corporation | china
    lg                     | LG                         | company       | LG Electronics; LG Group; Lucky-Goldstar |
    foxconn                | Foxconn                    | company       | Hon Hai; Hon Hai Precision Industry |
    tencent                | Tencent                    | company       | Tencent Holdings |
    wechat                 | WeChat                     | company       | Weixin |
    baidu                  | Baidu                      | company       |  |
    hikvision              | Hikvision                  | company       |  |
    kaspersky-lab          | Kaspersky Lab              | company       | Kaspersky |
    yandex                 | Yandex                     | company       |  |
    hewlett-packard        | Hewlett-Packard            | company       | HP; Hewlett Packard; HP Inc.; Hewlett Packard Enterprise; HPE |
    dell                   | Dell                       | company       | Dell Technologies; Dell Computer; Dell Inc. |
    digital-equipment-corporation | Digital Equipment Corporation | company       | DEC; Digital Equipment; Digital Equipment Corp |
    cisco                  | Cisco                      | company       | Cisco Systems |
    oracle                 | Oracle                     | company       | Oracle Corporation; Oracle Corp |
    yahoo                  | Yahoo                      | company       | Yahoo!; Yahoo Inc. |
    aol                    | AOL                        | company       | America Online; AOL Time Warner |
    netflix                | Netflix                    | company       |  |
    instagram              | Instagram                  | company       |  |
    youtube                | YouTube                    | company       | Youtube |
    deepmind               | DeepMind                   | company       | Google DeepMind |
    xai                    | xAI                        | company       |  |
    cambridge-analytica    | Cambridge Analytica        | company       |  |
    theranos               | Theranos                   | company       |  |
    # == Companies: media and entertainment groups ==
    news-corp              | News Corp                  | company       | News Corporation; News International; News UK |
    fox-corporation        | Fox Corporation            | company       | 21st Century Fox; Twenty-First Century Fox; 20th Century Fox |
    time-warner            | Time Warner                | company       | Time Inc.; Warner Communications |
    warner-bros-discovery  | Warner Bros. Discovery     | company       | WarnerMedia; Warner Bros.; Warner Bros; Warner Brothers; Discovery Inc. |
    disney                 | Walt Disney Company        | company       | Disney; Walt Disney Co; Walt Disney Co. |
    viacom                 | Viacom                     | company       | ViacomCBS |
    paramount              | Paramount Global           | company       | Paramount; Paramount Pictures; Paramount Skydance |
    comcast                | Comcast                    | company       | NBCUniversal; NBC Universal |
    sky-group              | Sky Group                  | company       | BSkyB; British Sky Broadcasting; Sky plc |
    axel-springer          | Axel Springer              | company       | Axel Springer SE |
    mediaset               | Mediaset                   | company       | MediaForEurope |
    fininvest              | Fininvest                  | company       |  |
    maxwell-communication  | Maxwell Communication Corporation | company       | Maxwell Communication |
    # == Companies: retail, food, drink, tobacco and consumer goods ==
    walmart                | Walmart                    | company       | Wal-Mart; Wal-Mart Stores; Walmart Inc. |
    tesco                  | Tesco                      | company       |  |
    sainsburys             | Sainsbury's                | company       | J Sainsbury; J. Sainsbury; J Sainsbury plc |
    asda                   | Asda                       | company       | ASDA |
    marks-and-spencer      | Marks & Spencer            | company       | M&S; Marks and Spencer |
    nestle                 | Nestlé                     | company       | Nestle |
    unilever               | Unilever                   | company       |  |
    procter-and-gamble     | Procter & Gamble           | company       | P&G; Procter and Gamble |
    coca-cola              | Coca-Cola                  | company       | Coca-Cola Company; Coca Cola |
    pepsico                | PepsiCo                    | company       | Pepsi; Pepsi-Cola |
    mcdonalds              | McDonald's                 | company       | McDonald's Corporation; McDonald's Corp |
    guinness-plc           | Guinness plc               | company       |  |
    philip-morris          | Philip Morris              | company       | Philip Morris International; Philip Morris Companies; Altria; Altria Group |
    british-american-tobacco | British American Tobacco   | company       | BAT |
    rjr-nabisco            | RJR Nabisco                | company       | RJ Reynolds; R.J. Reynolds; Nabisco |
    monsanto               | Monsanto                   | company       |  |
    # == Companies: chemicals and pharmaceuticals ==
    bayer                  | Bayer                      | company       | Bayer AG |
    basf                   | BASF                       | company       |  |
    dow-chemical           | Dow Chemical               | company       | Dow Chemical Company; DowDuPont |
    dupont                 | DuPont                     | company       | E.I. du Pont de Nemours |
    union-carbide          | Union Carbide              | company       | Union Carbide Corporation |
    ici                    | ICI                        | company       | Imperial Chemical Industries |
    glaxosmithkline        | GSK                        | company       | GlaxoSmithKline; Glaxo; Glaxo Wellcome; SmithKline Beecham |
    merck                  | Merck & Co.                | company       | Merck; Merck & Co; MSD; Merck Sharp & Dohme |
    johnson-and-johnson    | Johnson & Johnson          | company       | J&J; Johnson and Johnson |
    novartis               | Novartis                   | company       | Ciba-Geigy; Sandoz |
    roche                  | Roche                      | company       | Hoffmann-La Roche; F. Hoffmann-La Roche; Roche Holding |
    sanofi                 | Sanofi                     | company       | Sanofi-Aventis; Aventis |
    eli-lilly              | Eli Lilly                  | company       | Eli Lilly and Company; Eli Lilly and Co |
    moderna                | Moderna                    | company       |  |
    biontech               | BioNTech                   | company       |  |
    novo-nordisk           | Novo Nordisk               | company       |  |
    sinovac                | Sinovac                    | company       | Sinovac Biotech |
    sinopharm              | Sinopharm                  | company       | China National Pharmaceutical Group | china
    serum-institute-of-india | Serum Institute of India   | company       |  |
    purdue-pharma          | Purdue Pharma              | company       |  |
    # == Companies: other ==
    evergrande             | Evergrande                 | company       | China Evergrande; China Evergrande Group; Evergrande Group |
    recruit                | Recruit Holdings           | company       | Recruit Co.; Recruit Cosmos |
    # == International bodies: European Communities and European integration ==
    european-community     | European Community         | eu            | EC; E.C.; EEC; E.E.C.; European Economic Community; European Communities; Common Market |
    euratom                | Euratom                    | eu            | European Atomic Energy Community |
    ecsc                   | European Coal and Steel Community | eu            | ECSC |
    european-monetary-system | European Monetary System   | eu            | EMS |
    exchange-rate-mechanism | Exchange Rate Mechanism    | eu            | ERM; European Exchange Rate Mechanism |
    european-monetary-institute | European Monetary Institute | eu            |  |
    esm                    | European Stability Mechanism | eu            | ESM |
    efsf                   | European Financial Stability Facility | eu            | EFSF |
    eurostat               | Eurostat                   | eu            |  |
    european-medicines-agency | European Medicines Agency  | eu            | EMA |
    olaf                   | OLAF                       | eu            | European Anti-Fraud Office |
    eppo                   | European Public Prosecutor's Office | eu            | EPPO |
    # == International bodies: other European and Eurasian ==
    efta                   | European Free Trade Association | international | EFTA; Efta |
    eea                    | European Economic Area     | international | EEA |
    esa                    | European Space Agency      | international | ESA |
    cern                   | CERN                       | international | European Organization for Nuclear Research |
    csce                   | CSCE                       | international | Conference on Security and Co-operation in Europe; Conference on Security and Cooperation in Europe |
    comecon                | Comecon                    | international | COMECON; CMEA; Council for Mutual Economic Assistance |
    warsaw-pact            | Warsaw Pact                | alliance      | Warsaw Treaty Organization; Warsaw Treaty Organisation |
    western-european-union | Western European Union     | alliance      | WEU |
    nordic-council         | Nordic Council             | international |  |
    benelux                | Benelux                    | international | Benelux Union |
    cis                    | Commonwealth of Independent States | international | CIS |
    eurasian-economic-union | Eurasian Economic Union    | international | EAEU; Eurasian Union |
    # == International bodies: Africa ==
    oau                    | Organisation of African Unity | international | OAU; Organization of African Unity |
    sadc                   | SADC                       | international | Southern African Development Community |
    sadcc                  | SADCC                      | international | Southern African Development Coordination Conference |
    front-line-states      | Front Line States          | international | Frontline States |
    east-african-community | East African Community     | international | EAC |
    igad                   | IGAD                       | international | Intergovernmental Authority on Development |
    arab-maghreb-union     | Arab Maghreb Union         | international | Maghreb Union |
    g5-sahel               | G5 Sahel                   | international | G5 Sahel Joint Force |
    afdb                   | African Development Bank   | bank          | AfDB |
    # == International bodies: Americas ==
    oas                    | Organization of American States | international | OAS; Organisation of American States |
    caricom                | Caricom                    | international | CARICOM; Caribbean Community |
    andean-community       | Andean Community           | international | Andean Pact; Comunidad Andina |
    unasur                 | Unasur                     | international | UNASUR; Union of South American Nations |
    celac                  | CELAC                      | international | Celac; Community of Latin American and Caribbean States |
    alba                   | ALBA                       | international | Bolivarian Alliance for the Peoples of Our America; Bolivarian Alternative for the Americas |
    contadora-group        | Contadora Group            | international |  |
    rio-group              | Rio Group                  | international |  |
    lima-group             | Lima Group                 | international |  |
    nafta                  | NAFTA                      | international | Nafta; North American Free Trade Agreement |
    usmca                  | USMCA                      | international | United States-Mexico-Canada Agreement; CUSMA; T-MEC |
    idb                    | Inter-American Development Bank | bank          | IDB; IADB |
    # == International bodies: Asia-Pacific and the Middle East ==
    saarc                  | SAARC                      | international | Saarc; South Asian Association for Regional Cooperation |
    pacific-islands-forum  | Pacific Islands Forum      | international | South Pacific Forum |
    anzus                  | ANZUS                      | alliance      | Anzus; ANZUS Treaty |
    cptpp                  | CPTPP                      | international | Comprehensive and Progressive Agreement for Trans-Pacific Partnership; Trans-Pacific Partnership; TPP |
    adb                    | Asian Development Bank     | bank          | ADB |
    aiib                   | Asian Infrastructure Investment Bank | bank          | AIIB |
    oapec                  | OAPEC                      | international | Organization of Arab Petroleum Exporting Countries; Organisation of Arab Petroleum Exporting Countries |
    islamic-development-bank | Islamic Development Bank   | bank          | IsDB |
    # == International bodies: global groupings, trade and finance ==
    gatt                   | GATT                       | international | General Agreement on Tariffs and Trade |
    g5                     | Group of Five              | international | G5; G-5 |
    g10                    | Group of Ten               | international | G10; G-10 |
    g24                    | Group of 24                | international | G24; G-24; Group of Twenty-Four |
    g77                    | Group of 77                | international | G77; G-77; Group of Seventy-Seven |
    non-aligned-movement   | Non-Aligned Movement       | international | NAM; Nonaligned Movement; Non-aligned Movement |
    paris-club             | Paris Club                 | international |  |
    london-club            | London Club                | international |  |
    cairns-group           | Cairns Group               | international |  |
    bis                    | Bank for International Settlements | bank          | BIS |
    ifc                    | International Finance Corporation | bank          | IFC |
    new-development-bank   | New Development Bank       | bank          | NDB |
    iata                   | IATA                       | international | International Air Transport Association |
    wada                   | World Anti-Doping Agency   | international | WADA |
    # == International bodies: UN agencies, organs and missions ==
    ilo                    | International Labour Organization | un            | ILO; International Labour Organisation; International Labor Organization |
    fao                    | Food and Agriculture Organization | un            | FAO; Food and Agriculture Organisation |
    unctad                 | UNCTAD                     | un            | Unctad; United Nations Conference on Trade and Development; UN Conference on Trade and Development |
    unep                   | UN Environment Programme   | un            | UNEP; United Nations Environment Programme |
    unfpa                  | UNFPA                      | un            | United Nations Population Fund; UN Population Fund |
    un-women               | UN Women                   | un            |  |
    unodc                  | UNODC                      | un            | UN Office on Drugs and Crime; United Nations Office on Drugs and Crime |
    unaids                 | UNAIDS                     | un            | Joint United Nations Programme on HIV/AIDS |
    itu                    | International Telecommunication Union | un            | ITU |
    icao                   | International Civil Aviation Organization | un            | ICAO; International Civil Aviation Organisation |
    imo                    | International Maritime Organization | un            | IMO; International Maritime Organisation |
    wmo                    | World Meteorological Organization | un            | WMO; World Meteorological Organisation |
    wipo                   | World Intellectual Property Organization | un            | WIPO; World Intellectual Property Organisation |
    ecosoc                 | ECOSOC                     | un            | UN Economic and Social Council; United Nations Economic and Social Council |
    un-secretariat         | UN Secretariat             | un            | United Nations Secretariat |
    un-commission-on-human-rights | UN Commission on Human Rights | un            | United Nations Commission on Human Rights |
    unscom                 | UNSCOM                     | un            | United Nations Special Commission; UN Special Commission |
    unmovic                | UNMOVIC                    | un            | United Nations Monitoring, Verification and Inspection Commission |
    unprofor               | UNPROFOR                   | un            | Unprofor; United Nations Protection Force; UN Protection Force |
    untac                  | UNTAC                      | un            | United Nations Transitional Authority in Cambodia |
    unmik                  | UNMIK                      | un            | United Nations Interim Administration Mission in Kosovo |
    monusco                | MONUSCO                    | un            | Monusco; MONUC |
    minusma                | MINUSMA                    | un            | Minusma |
    unmiss                 | UNMISS                     | un            | United Nations Mission in South Sudan |
    unama                  | UNAMA                      | un            | United Nations Assistance Mission in Afghanistan |
    undof                  | UNDOF                      | un            | United Nations Disengagement Observer Force |
    unficyp                | UNFICYP                    | un            | United Nations Peacekeeping Force in Cyprus |
    # == International courts and tribunals ==
    icty                   | ICTY                       | court         | International Criminal Tribunal for the former Yugoslavia; International Criminal Tribunal for the Former Yugoslavia |
    ictr                   | ICTR                       | court         | International Criminal Tribunal for Rwanda |
    special-tribunal-for-lebanon | Special Tribunal for Lebanon | court         | STL |
    permanent-court-of-arbitration | Permanent Court of Arbitration | court         | PCA |
    # == Trade unions and employers' bodies: international and European ==
    ituc                   | ITUC                       | union         | International Trade Union Confederation |
    icftu                  | ICFTU                      | union         | International Confederation of Free Trade Unions |
    wftu                   | WFTU                       | union         | World Federation of Trade Unions |
    etuc                   | ETUC                       | union         | European Trade Union Confederation |
    businesseurope         | BusinessEurope             | union         | Business Europe; UNICE |
    international-chamber-of-commerce | International Chamber of Commerce | union         |  |
    # == Trade unions and employers' bodies: United Kingdom ==
    tuc                    | Trades Union Congress      | union         | TUC | united-kingdom
    unison                 | Unison                     | union         | UNISON | united-kingdom
    unite-the-union        | Unite                      | union         | Unite the Union; Unite union | united-kingdom
    gmb                    | GMB                        | union         | GMB union; General, Municipal, Boilermakers and Allied Trade Union | united-kingdom
    amicus                 | Amicus                     | union         | Amicus union | united-kingdom
    tgwu                   | Transport and General Workers' Union | union         | TGWU; T&G; Transport and General Workers Union | united-kingdom
    num                    | National Union of Mineworkers | union         | NUM | united-kingdom
    rmt                    | RMT                        | union         | National Union of Rail, Maritime and Transport Workers | united-kingdom
    nur                    | National Union of Railwaymen | union         | NUR | united-kingdom
    aslef                  | Aslef                      | union         | ASLEF; Associated Society of Locomotive Engineers and Firemen | united-kingdom
    cwu                    | Communication Workers Union | union         | CWU | united-kingdom
    pcs                    | Public and Commercial Services Union | union         | PCS; PCS union | united-kingdom
    nut                    | National Union of Teachers | union         | NUT | united-kingdom
    neu                    | National Education Union   | union         | NEU | united-kingdom
    nasuwt                 | NASUWT                     | union         |  | united-kingdom
    rcn                    | Royal College of Nursing   | union         | RCN | united-kingdom
    bma                    | British Medical Association | union         | BMA | united-kingdom
    fbu                    | Fire Brigades Union        | union         | FBU | united-kingdom
    nupe                   | NUPE                       | union         | National Union of Public Employees | united-kingdom
    nalgo                  | NALGO                      | union         | Nalgo; National and Local Government Officers' Association | united-kingdom
    aeu                    | Amalgamated Engineering Union | union         | AEU; AEEU; Amalgamated Engineering and Electrical Union | united-kingdom
    eetpu                  | EETPU                      | union         | Electrical, Electronic, Telecommunications and Plumbing Union | united-kingdom
    sogat                  | SOGAT                      | union         | Society of Graphical and Allied Trades | united-kingdom
    national-union-of-seamen | National Union of Seamen   | union         |  | united-kingdom
    usdaw                  | Usdaw                      | union         | USDAW; Union of Shop, Distributive and Allied Workers | united-kingdom
    nuj                    | National Union of Journalists | union         | NUJ | united-kingdom
    ucu                    | University and College Union | union         | UCU | united-kingdom
    police-federation      | Police Federation          | union         | Police Federation of England and Wales | united-kingdom
    cbi                    | Confederation of British Industry | union         | CBI | united-kingdom
    institute-of-directors | Institute of Directors     | union         | IoD | united-kingdom
    british-chambers-of-commerce | British Chambers of Commerce | union         | BCC | united-kingdom
    federation-of-small-businesses | Federation of Small Businesses | union         |  | united-kingdom
    make-uk                | Make UK                    | union         | EEF; Engineering Employers' Federation | united-kingdom
    # == Trade unions and employers' bodies: United States ==
    afl-cio                | AFL-CIO                    | union         | American Federation of Labor and Congress of Industrial Organizations | united-states
    teamsters              | Teamsters                  | union         | International Brotherhood of Teamsters; Teamsters union; Teamsters Union | united-states
    uaw                    | UAW                        | union         | United Auto Workers; United Automobile Workers | united-states
    seiu                   | SEIU                       | union         | Service Employees International Union | united-states
    afscme                 | AFSCME                     | union         | American Federation of State, County and Municipal Employees | united-states
    american-federation-of-teachers | American Federation of Teachers | union         | AFT | united-states
    national-education-association | National Education Association | union         | NEA | united-states
    united-steelworkers    | United Steelworkers        | union         | USW; United Steelworkers of America | united-states
    united-mine-workers    | United Mine Workers        | union         | United Mine Workers of America; UMWA; UMW | united-states
    communications-workers-of-america | Communications Workers of America | union         | CWA | united-states
    machinists-union       | International Association of Machinists | union         | IAM; International Association of Machinists and Aerospace Workers; Machinists union | united-states
    alpa                   | Air Line Pilots Association | union         | ALPA | united-states
    ila                    | International Longshoremen's Association | union         | ILA | united-states
    ilwu                   | ILWU                       | union         | International Longshore and Warehouse Union | united-states
    ufcw                   | UFCW                       | union         | United Food and Commercial Workers | united-states
    sag-aftra              | SAG-AFTRA                  | union         | Screen Actors Guild | united-states
    us-chamber-of-commerce | US Chamber of Commerce     | union         | U.S. Chamber of Commerce; United States Chamber of Commerce | united-states
    national-association-of-manufacturers | National Association of Manufacturers | union         |  | united-states
    business-roundtable    | Business Roundtable        | union         |  | united-states
    # == Trade unions and employers' bodies: other democracies ==
    dgb                    | DGB                        | union         | Deutscher Gewerkschaftsbund; German Trade Union Confederation; Confederation of German Trade Unions | germany
    ig-metall              | IG Metall                  | union         |  | germany
    verdi                  | ver.di                     | union         | Vereinte Dienstleistungsgewerkschaft | germany
    gdl                    | GDL                        | union         | Gewerkschaft Deutscher Lokomotivführer | germany
    bdi                    | BDI                        | union         | Federation of German Industries; Bundesverband der Deutschen Industrie | germany
    cgt                    | CGT                        | union         | Confédération générale du travail; Confederation generale du travail; General Confederation of Labour | france
    cfdt                   | CFDT                       | union         | Confédération française démocratique du travail | france
    force-ouvriere         | Force Ouvrière             | union         | Force Ouvriere | france
    medef                  | MEDEF                      | union         | Medef; CNPF | france
    cgil                   | CGIL                       | union         | Italian General Confederation of Labour | italy
    cisl                   | CISL                       | union         |  | italy
    confindustria          | Confindustria              | union         |  | italy
    ugt-spain              | UGT                        | union         | Unión General de Trabajadores; Union General de Trabajadores | spain
    ccoo                   | Comisiones Obreras         | union         | CCOO | spain
    ceoe                   | CEOE                       | union         |  | spain
    solidarity             | Solidarity                 | union         | Solidarność; Solidarnosc; Solidarity trade union; Solidarity union | poland
    rengo                  | Rengo                      | union         | Japanese Trade Union Confederation | japan
    keidanren              | Keidanren                  | union         | Japan Business Federation | japan
    kctu                   | KCTU                       | union         | Korean Confederation of Trade Unions | south-korea
    cosatu                 | COSATU                     | union         | Cosatu; Congress of South African Trade Unions | south-africa
    canadian-labour-congress | Canadian Labour Congress   | union         | CLC | canada
    unifor                 | Unifor                     | union         |  | canada
    actu                   | ACTU                       | union         | Australian Council of Trade Unions | australia
    cii                    | Confederation of Indian Industry | union         | CII | india
    ficci                  | FICCI                      | union         | Federation of Indian Chambers of Commerce and Industry | india
    histadrut              | Histadrut                  | union         |  | israel
    # == Parties: United Kingdom and Ireland ==
    bnp                    | British National Party     | party         | BNP | united-kingdom
    ukip                   | UK Independence Party      | party         | UKIP; Ukip; United Kingdom Independence Party | united-kingdom
    plaid-cymru            | Plaid Cymru                | party         |  | united-kingdom
    green-party-of-england-and-wales | Green Party of England and Wales | party         | Green Party | united-kingdom
    scottish-greens        | Scottish Greens            | party         | Scottish Green Party | united-kingdom
    brexit-party           | Brexit Party               | party         |  | united-kingdom
    dup                    | DUP                        | party         | Democratic Unionist Party; Democratic Unionists | united-kingdom
    uup                    | UUP                        | party         | Ulster Unionist Party; Ulster Unionists | united-kingdom
    sdlp                   | SDLP                       | party         | Social Democratic and Labour Party | united-kingdom
    alliance-party-of-northern-ireland | Alliance Party of Northern Ireland | party         | Alliance Party | united-kingdom
    sdp-uk                 | SDP                        | party         |  | united-kingdom
    sdp-liberal-alliance   | SDP-Liberal Alliance       | party         | Liberal-SDP Alliance | united-kingdom
    fianna-fail            | Fianna Fáil                | party         | Fianna Fail | ireland
    fine-gael              | Fine Gael                  | party         |  | ireland
    # == Parties: France, Italy, Spain, Portugal ==
    french-socialist-party | French Socialist Party     | party         | Parti socialiste; Parti Socialiste | france
    ump                    | UMP                        | party         | Union for a Popular Movement; Union pour un mouvement populaire | france
    rpr                    | RPR                        | party         | Rally for the Republic; Rassemblement pour la République; Rassemblement pour la Republique | france
    udf                    | UDF                        | party         | Union for French Democracy; Union pour la démocratie française | france
    french-communist-party | French Communist Party     | party         | PCF; Parti communiste français | france
    eelv                   | EELV                       | party         | Europe Écologie Les Verts; Europe Ecologie Les Verts; Les Écologistes; French Greens | france
    modem                  | MoDem                      | party         | Mouvement démocrate | france
    reconquete             | Reconquête                 | party         | Reconquete | france
    forza-italia           | Forza Italia               | party         |  | italy
    partito-democratico    | Partito Democratico        | party         | Italian Democratic Party | italy
    christian-democracy-italy | Christian Democracy        | party         | Democrazia Cristiana | italy
    italian-communist-party | Italian Communist Party    | party         | PCI; Partito Comunista Italiano | italy
    italian-socialist-party | Italian Socialist Party    | party         | PSI; Partito Socialista Italiano | italy
    vox                    | Vox                        | party         | VOX | spain
    podemos                | Podemos                    | party         | Unidas Podemos; Unidos Podemos | spain
    sumar                  | Sumar                      | party         |  | spain
    ciudadanos             | Ciudadanos                 | party         |  | spain
    junts                  | Junts                      | party         | Junts per Catalunya; Together for Catalonia | spain
    erc                    | ERC                        | party         | Esquerra Republicana de Catalunya; Esquerra Republicana; Republican Left of Catalonia | spain
    eh-bildu               | EH Bildu                   | party         | Bildu | spain
    herri-batasuna         | Herri Batasuna             | party         | Batasuna | spain
    portuguese-socialist-party | Portuguese Socialist Party | party         |  | portugal
    portuguese-social-democratic-party | Portuguese Social Democratic Party | party         | Partido Social Democrata | portugal
    chega                  | Chega                      | party         |  | portugal
    # == Parties: Benelux, Nordic countries, Alpine countries, Greece ==
    vvd                    | VVD                        | party         | People's Party for Freedom and Democracy | netherlands
    d66                    | D66                        | party         | Democrats 66 | netherlands
    cda                    | CDA                        | party         | Christian Democratic Appeal | netherlands
    pvda                   | PvdA                       | party         | Dutch Labour Party; Partij van de Arbeid; GroenLinks-PvdA | netherlands
    groenlinks             | GroenLinks                 | party         | GreenLeft | netherlands
    n-va                   | N-VA                       | party         | New Flemish Alliance; Nieuw-Vlaamse Alliantie | belgium
    vlaams-belang          | Vlaams Belang              | party         | Vlaams Blok | belgium
    sweden-democrats       | Sweden Democrats           | party         | Sverigedemokraterna | sweden
    swedish-social-democrats | Swedish Social Democrats   | party         | Swedish Social Democratic Party; Social Democratic Party of Sweden; Socialdemokraterna | sweden
    moderate-party         | Moderate Party             | party         | Moderaterna | sweden
    danish-peoples-party   | Danish People's Party      | party         | Dansk Folkeparti | denmark
    danish-social-democrats | Danish Social Democrats    | party         | Socialdemokratiet | denmark
    norwegian-labour-party | Norwegian Labour Party     | party         | Arbeiderpartiet | norway
    norwegian-progress-party | Progress Party             | party         | Fremskrittspartiet | norway
    finns-party            | Finns Party                | party         | True Finns; Perussuomalaiset | finland
    ovp                    | ÖVP                        | party         | OVP; Austrian People's Party | austria
    spo                    | SPÖ                        | party         | SPO; Social Democratic Party of Austria; Austrian Social Democrats | austria
    swiss-peoples-party    | Swiss People's Party       | party         | SVP | switzerland
    syriza                 | Syriza                     | party         | SYRIZA | greece
    new-democracy          | New Democracy              | party         | Nea Dimokratia | greece
    pasok                  | PASOK                      | party         | Pasok; Panhellenic Socialist Movement | greece
    golden-dawn            | Golden Dawn                | party         | Chrysi Avgi | greece
    kke                    | KKE                        | party         | Communist Party of Greece | greece
    # == Parties: Central and Eastern Europe, Russia, states of their time ==
    jobbik                 | Jobbik                     | party         |  | hungary
    pzpr                   | Polish United Workers' Party | party         | PZPR; Polish United Workers Party | poland
    ods                    | Civic Democratic Party     | party         | ODS | czech-republic
    civic-forum            | Civic Forum                | party         | Občanské fórum | czechoslovakia
    communist-party-of-czechoslovakia | Communist Party of Czechoslovakia | party         | KSČ | czechoslovakia
    gerb                   | GERB                       | party         |  | bulgaria
    hdz                    | HDZ                        | party         | Croatian Democratic Union | croatia
    serbian-progressive-party | Serbian Progressive Party  | party         | SNS | serbia
    socialist-party-of-serbia | Socialist Party of Serbia  | party         | SPS | serbia
    league-of-communists-of-yugoslavia | League of Communists of Yugoslavia | party         |  | yugoslavia
    cpsu                   | Communist Party of the Soviet Union | party         | CPSU; Soviet Communist Party | soviet-union
    kprf                   | Communist Party of the Russian Federation | party         | KPRF; CPRF; Russian Communist Party | russia
    ldpr                   | LDPR                       | party         | Liberal Democratic Party of Russia | russia
    yabloko                | Yabloko                    | party         |  | russia
    sed                    | SED                        | party         | Socialist Unity Party of Germany; Socialist Unity Party | east-germany
    pds-germany            | Party of Democratic Socialism | party         | PDS | germany
    bsw                    | BSW                        | party         | Sahra Wagenknecht Alliance; Bündnis Sahra Wagenknecht | germany
    # == Parties: European Parliament groups and European parties ==
    epp                    | European People's Party    | party         | EPP; EPP Group |
    pes                    | Party of European Socialists | party         | PES |
    socialists-and-democrats | Socialists and Democrats   | party         | S&D; Progressive Alliance of Socialists and Democrats |
    renew-europe           | Renew Europe               | party         |  |
    alde                   | ALDE                       | party         | Alliance of Liberals and Democrats for Europe |
    ecr                    | European Conservatives and Reformists | party         | ECR; ECR Group |
    patriots-for-europe    | Patriots for Europe        | party         | PfE |
    identity-and-democracy | Identity and Democracy     | party         |  |
    # == Non-state armed groups of the same politics (not in the brief's list; drop if unwanted) ==
    ira                    | IRA                        | group         | Irish Republican Army; Provisional IRA; Provisional Irish Republican Army |
    eta                    | ETA                        | group         | Euskadi Ta Askatasuna |
    # == Media: United Kingdom ==
    itv                    | ITV                        | media         | ITV News; ITN; Independent Television News; Independent Television; ITV plc | united-kingdom
    channel-4              | Channel 4                  | media         | Channel 4 News; Channel Four; Channel Four News | united-kingdom
    sunday-times           | Sunday Times               | media         |  | united-kingdom
    the-observer           | The Observer               | media         | Observer | united-kingdom
    daily-mirror           | Daily Mirror               | media         |  | united-kingdom
    daily-express          | Daily Express              | media         |  | united-kingdom
    news-of-the-world      | News of the World          | media         |  | united-kingdom
    evening-standard       | Evening Standard           | media         | London Evening Standard | united-kingdom
    the-spectator          | The Spectator              | media         | Spectator | united-kingdom
    new-statesman          | New Statesman              | media         |  | united-kingdom
    # == Media: United States and international wire agencies ==
    upi                    | United Press International | media         | UPI |
    dow-jones              | Dow Jones & Company        | media         | Dow Jones Newswires; Dow Jones News Service | united-states
    knight-ridder          | Knight Ridder              | media         | Knight-Ridder | united-states
    usa-today              | USA Today                  | media         |  | united-states
    los-angeles-times      | Los Angeles Times          | media         | LA Times; L.A. Times | united-states
    chicago-tribune        | Chicago Tribune            | media         |  | united-states
    boston-globe           | Boston Globe               | media         |  | united-states
    new-york-post          | New York Post              | media         | NY Post | united-states
    time-magazine          | Time magazine              | media         | Time Magazine | united-states
    newsweek               | Newsweek                   | media         |  | united-states
    cnbc                   | CNBC                       | media         |  | united-states
    pbs                    | PBS                        | media         | Public Broadcasting Service; PBS NewsHour | united-states
    c-span                 | C-SPAN                     | media         | C-Span | united-states
    breitbart              | Breitbart News             | media         | Breitbart | united-states
    huffpost               | HuffPost                   | media         | Huffington Post | united-states
    buzzfeed               | BuzzFeed                   | media         | BuzzFeed News | united-states
    propublica             | ProPublica                 | media         |  | united-states
    newsmax                | Newsmax                    | media         |  | united-states
    one-america-news       | One America News           | media         | One America News Network; OAN; OANN | united-states
    radio-free-asia        | Radio Free Asia            | media         | RFA | united-states
    euronews               | Euronews                   | media         |  |
    # == Media: Europe ==
    rfi                    | Radio France Internationale | media         | RFI | france
    le-figaro              | Le Figaro                  | media         |  | france
    liberation             | Libération                 | media         |  | france
    les-echos              | Les Echos                  | media         | Les Échos | france
    tf1                    | TF1                        | media         |  | france
    faz                    | Frankfurter Allgemeine Zeitung | media         | FAZ; Frankfurter Allgemeine | germany
    sueddeutsche-zeitung   | Süddeutsche Zeitung        | media         | Sueddeutsche Zeitung; Suddeutsche Zeitung | germany
    die-zeit               | Die Zeit                   | media         |  | germany
    bild                   | Bild                       | media         | Bild-Zeitung; Bild Zeitung | germany
    die-welt               | Die Welt                   | media         |  | germany
    handelsblatt           | Handelsblatt               | media         |  | germany
    ard                    | ARD                        | media         |  | germany
    zdf                    | ZDF                        | media         |  | germany
    rai                    | RAI                        | media         | Radiotelevisione italiana | italy
    ansa                   | ANSA                       | media         | Ansa | italy
    corriere-della-sera    | Corriere della Sera        | media         |  | italy
    la-repubblica          | La Repubblica              | media         |  | italy
    la-stampa              | La Stampa                  | media         |  | italy
    efe                    | EFE                        | media         | Agencia EFE | spain
    el-pais                | El País                    | media         | El Pais | spain
    el-mundo               | El Mundo                   | media         |  | spain
    europa-press           | Europa Press               | media         |  | spain
    lusa                   | Lusa                       | media         | Lusa News Agency | portugal
    belga                  | Belga                      | media         |  | belgium
    pap                    | Polish Press Agency        | media         |  | poland
    ctk                    | ČTK                        | media         | CTK; Czech News Agency | czech-republic
    mti                    | MTI                        | media         | Hungarian News Agency | hungary
    tanjug                 | Tanjug                     | media         |  | serbia
    bta                    | BTA                        | media         | Bulgarian News Agency | bulgaria
    agerpres               | Agerpres                   | media         |  | romania
    ana-mpa                | ANA-MPA                    | media         | Athens News Agency; Athens-Macedonian News Agency | greece
    ukrinform              | Ukrinform                  | media         |  | ukraine
    unian                  | UNIAN                      | media         |  | ukraine
    pravda                 | Pravda                     | media         |  | russia
    izvestia               | Izvestia                   | media         | Izvestiya | russia
    komsomolskaya-pravda   | Komsomolskaya Pravda       | media         |  | russia
    channel-one-russia     | Channel One Russia         | media         | Channel One; Pervy Kanal | russia
    ntv-russia             | NTV                        | media         |  | russia
    meduza                 | Meduza                     | media         |  |
    tv-rain                | TV Rain                    | media         | Dozhd |
    # == Media: Asia and the Middle East ==
    jiji-press             | Jiji Press                 | media         | Jiji | japan
    asahi-shimbun          | Asahi Shimbun              | media         | Asahi | japan
    yomiuri-shimbun        | Yomiuri Shimbun            | media         | Yomiuri | japan
    mainichi-shimbun       | Mainichi Shimbun           | media         | Mainichi | japan
    nikkei                 | Nikkei                     | media         | Nihon Keizai Shimbun; Nikkei Asia; Nikkei Asian Review | japan
    japan-times            | Japan Times                | media         |  | japan
    china-daily            | China Daily                | media         |  | china
    cgtn                   | CGTN                       | media         | China Global Television Network | china
    china-news-service     | China News Service         | media         |  | china
    caixin                 | Caixin                     | media         |  | china
    kbs                    | KBS                        | media         | Korean Broadcasting System | south-korea
    chosun-ilbo            | Chosun Ilbo                | media         |  | south-korea
    joongang-ilbo          | JoongAng Ilbo              | media         | Korea JoongAng Daily | south-korea
    korea-herald           | Korea Herald               | media         |  | south-korea
    central-news-agency-taiwan | Central News Agency        | media         |  | taiwan
    press-trust-of-india   | Press Trust of India       | media         |  | india
    ani                    | ANI                        | media         | Asian News International | india
    times-of-india         | Times of India             | media         |  | india
    hindustan-times        | Hindustan Times            | media         |  | india
    ndtv                   | NDTV                       | media         |  | india
    geo-news               | Geo News                   | media         | Geo TV | pakistan
    bernama                | Bernama                    | media         |  | malaysia
    antara                 | Antara                     | media         | Antara News | indonesia
    straits-times          | Straits Times              | media         |  | singapore
    channel-newsasia       | Channel NewsAsia           | media         | CNA | singapore
    vietnam-news-agency    | Vietnam News Agency        | media         | VNA | vietnam
    mena                   | Middle East News Agency    | media         |  | egypt
    al-ahram               | Al-Ahram                   | media         | Al Ahram | egypt
    kuna                   | KUNA                       | media         | Kuwait News Agency | kuwait
    saudi-press-agency     | Saudi Press Agency         | media         | SPA | saudi-arabia
    wam                    | Emirates News Agency       | media         | WAM | united-arab-emirates
    qatar-news-agency      | Qatar News Agency          | media         | QNA | qatar
    isna                   | ISNA                       | media         | Iranian Students' News Agency | iran
    mehr                   | Mehr News Agency           | media         | Mehr | iran
    asharq-al-awsat        | Asharq Al-Awsat            | media         | Asharq al-Awsat | saudi-arabia
    al-mayadeen            | Al Mayadeen                | media         | Al-Mayadeen | lebanon
    al-manar               | Al-Manar                   | media         | Al Manar | lebanon
    ynet                   | Ynet                       | media         | Ynetnews; Yedioth Ahronoth; Yediot Aharonot | israel
    israel-hayom           | Israel Hayom               | media         |  | israel
    i24news                | i24NEWS                    | media         | i24 News | israel
    trt                    | TRT                        | media         | Turkish Radio and Television; TRT World | turkey
    hurriyet               | Hürriyet                   | media         | Hurriyet | turkey
    daily-sabah            | Daily Sabah                | media         |  | turkey
    cumhuriyet             | Cumhuriyet                 | media         |  | turkey
    # == Media: Africa, the Americas and Oceania ==
    sabc                   | SABC                       | media         | South African Broadcasting Corporation | south-africa
    news24                 | News24                     | media         |  | south-africa
    globo                  | Globo                      | media         | TV Globo; Rede Globo; O Globo; Grupo Globo | brazil
    folha-de-s-paulo       | Folha de S.Paulo           | media         | Folha de São Paulo; Folha de Sao Paulo | brazil
    agencia-brasil         | Agência Brasil             | media         | Agencia Brasil | brazil
    clarin                 | Clarín                     | media         | Clarin | argentina
    telam                  | Télam                      | media         | Telam | argentina
    notimex                | Notimex                    | media         |  | mexico
    prensa-latina          | Prensa Latina              | media         |  | cuba
    granma                 | Granma                     | media         |  | cuba
    telesur                | Telesur                    | media         | teleSUR; TeleSUR | venezuela
    ctv                    | CTV                        | media         | CTV News | canada
    globe-and-mail         | Globe and Mail             | media         |  | canada
    toronto-star           | Toronto Star               | media         |  | canada
    canadian-press         | Canadian Press             | media         |  | canada
    aap                    | Australian Associated Press | media         | AAP | australia
    sydney-morning-herald  | Sydney Morning Herald      | media         | SMH | australia
    sbs                    | SBS                        | media         | Special Broadcasting Service | australia
    rnz                    | RNZ                        | media         | Radio New Zealand | new-zealand
    new-zealand-herald     | New Zealand Herald         | media         | NZ Herald | new-zealand
    """#
}

extension BuiltinTable {
    /// Nouns that say the capitalised name after them is an organisation: "carmaker Fiat",
    /// "mobile operator Turkcell", "the union Unison".
    static let organisationNouns = #"""
    # noun (lower case, as it stands right before the name)
    carmaker
    automaker
    firm
    company
    group
    conglomerate
    bank
    lender
    insurer
    airline
    carrier
    union
    newspaper
    daily
    weekly
    broadcaster
    channel
    agency
    operator
    maker
    manufacturer
    producer
    retailer
    supermarket
    brewer
    giant
    charity
    party
    movement
    network
    publisher
    consultancy
    """#
}

extension BuiltinTable {
    /// Last words that make a capitalised run an organisation ("Russian Direct Investment Fund").
    static let organisationHeads = #"""
    # head word, as written
    Council
    Commission
    Committee
    Ministry
    Department
    Fund
    Party
    Agency
    Bank
    Corporation
    Corp
    Company
    Group
    Institute
    Organisation
    Organization
    Union
    Court
    Office
    Service
    Services
    Parliament
    Assembly
    Association
    Foundation
    Authority
    Board
    Bureau
    Forum
    Alliance
    Coalition
    Front
    Movement
    Network
    News
    Times
    Post
    Journal
    Herald
    Tribune
    Gazette
    Inc
    Inc.
    Ltd
    Ltd.
    plc
    Plc
    PLC
    University
    Airlines
    Airways
    Institution
    Federation
    Congress
    Senate
    Command
    Guard
    Brigade
    Club
    Trust
    Fellowship
    Society
    Campaign
    Centre
    Center
    League
    Watch
    Partnership
    Consortium
    Industries
    Holdings
    Church
    Chamber
    Initiative
    Institutions
    Police
    Constabulary
    Observer
    Stores
    Pharmaceuticals
    Motors
    Systems
    Technologies
    Enterprises
    Laboratories
    Communications
    Electronics
    Petroleum
    Investments
    Securities
    Chemicals
    Foods
    Bancorp
    Co
    Co.
    Railways
    Railroad
    Shipping
    Breweries
    Mills
    Telecom
    Telecommunications
    Insurance
    """#
}
