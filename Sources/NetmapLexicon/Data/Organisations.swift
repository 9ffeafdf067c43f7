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
    #             military, intelligence, media, company, ngo, bank, fund, group
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
    # ambiguous: Apple; Meta; Amazon; Tesla; Shell; Chevron; Telegram; Alphabet; Anthropic; Goldman; Lloyds; Mercedes; Daimler; Gallup; Pew; Chelsea; Arsenal; Wagner; Azov; Sputnik; CCTV; Anadolu; Fars; SANA; Guardian; Telegraph; Economist; Getty; Fox; Bloomberg; ABC
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
    getty-images           | Getty Images               | media         | Getty |
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
