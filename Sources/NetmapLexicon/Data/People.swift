// Notable people of 1995-2026 named in international news, with the surface forms (surname, spellings, nicknames) that refer to them.
extension BuiltinTable {
    static let people = #"""
    # People: heads of state and government, ministers, officials, central
    # bankers, business figures, monarchs and religious leaders, 1995-2026.
    # columns: id | label | aliases
    #   id      lower-case hyphenated full name, stable across documents
    #   label   the full name as the English-language press writes it
    #   aliases ;-separated surface forms: surname alone, spelling variants,
    #           nicknames and initialisms. Never a title (no "President X").
    #           Accent-free copies of accented forms are listed explicitly.
    # A bare surname is listed only when no other person in this table shares it
    # and it is not an ordinary word, place or state. Surnames deliberately left
    # out as bare aliases (use the full names):
    #   shared: Bush Clinton Kennedy Johnson Miliband Powell Rice Singh Gandhi
    #     Khan Patel Sharif Bhutto Zardari Castro Le Pen Kaczynski Rasmussen
    #     Hariri Aoun Assad Koizumi Shinawatra Howard Kim Lee Li Wang Park Moon
    #   ordinary words, places or given names: Brown May Cook Straw Cooper Rice
    #     Gates Hunt Fox Darling Short Cable Balls Major Sturgeon Galloway Hague
    #     Bolton Paisley Cleverly Wallace Sessions Meadows Waltz Wiles Holder
    #     Garland Power Burns Sullivan Austin Costa Montenegro Sharon Michel
    #     Philippe Graham Warren Kelly Jackson Bondi Miller Abbott Ratcliffe
    #     Gallant Salami Yoon Ban Kanu Tutu Bongo Talon Wade Barrow Store
    # Ambiguous bare aliases kept on purpose (rarely capitalised otherwise):
    #   Truss Tusk Gore Kohl Pence Musk Thatcher Reeves Trump Wen Xi IDS Kerry
    #   Cameron Harper. Some aliases are also given names (Cameron, Kerry, Petro,
    #   Marcos, Abbas, Saddam, Benazir, Dilma, Thaksin, Abiy, Tedros...): South-East
    #   Asian, Ethiopian and Eritrean leaders are named by given name in the press.
    # Royal rows keep styles that the press uses as names (Prince Charles,
    # Duke of Sussex, Queen Elizabeth).
    # --- United Kingdom and Ireland
    tony-blair                        | Tony Blair                        | Blair; Anthony Blair; Anthony Charles Lynton Blair
    gordon-brown                      | Gordon Brown                      | James Gordon Brown
    david-cameron                     | David Cameron                     | Cameron; David William Donald Cameron
    theresa-may                       | Theresa May                       | Theresa Mary May
    boris-johnson                     | Boris Johnson                     | Alexander Boris de Pfeffel Johnson
    liz-truss                         | Liz Truss                         | Truss; Elizabeth Truss; Mary Elizabeth Truss
    rishi-sunak                       | Rishi Sunak                       | Sunak
    keir-starmer                      | Keir Starmer                      | Starmer; Keir Rodney Starmer
    kemi-badenoch                     | Kemi Badenoch                     | Badenoch; Olukemi Badenoch
    john-major                        | John Major                        | John Roy Major
    margaret-thatcher                 | Margaret Thatcher                 | Thatcher
    nigel-farage                      | Nigel Farage                      | Farage; Nigel Paul Farage
    ed-miliband                       | Ed Miliband                       | Edward Miliband
    david-miliband                    | David Miliband                    | David Wright Miliband
    ed-davey                          | Ed Davey                          | Davey; Edward Davey
    nick-clegg                        | Nick Clegg                        | Clegg; Nicholas Clegg
    vince-cable                       | Vince Cable                       | Vincent Cable
    charles-kennedy                   | Charles Kennedy                   | Charles Peter Kennedy
    michael-howard                    | Michael Howard                    |
    william-hague                     | William Hague                     | William Jefferson Hague
    iain-duncan-smith                 | Iain Duncan Smith                 | Duncan Smith; IDS
    jeremy-corbyn                     | Jeremy Corbyn                     | Corbyn
    jeremy-hunt                       | Jeremy Hunt                       | Jeremy Richard Streynsham Hunt
    john-prescott                     | John Prescott                     | Prescott
    jack-straw                        | Jack Straw                        | John Whitaker Straw
    robin-cook                        | Robin Cook                        | Robin Finlayson Cook
    david-blunkett                    | David Blunkett                    | Blunkett
    charles-clarke                    | Charles Clarke                    | Charles Rodway Clarke
    alistair-darling                  | Alistair Darling                  | Alistair Maclean Darling
    peter-mandelson                   | Peter Mandelson                   | Mandelson
    alastair-campbell                 | Alastair Campbell                 | Alastair John Campbell
    alan-milburn                      | Alan Milburn                      | Milburn
    robert-kilroy-silk                | Robert Kilroy-Silk                | Kilroy-Silk; Robert Kilroy Silk
    ken-livingstone                   | Ken Livingstone                   | Livingstone; Kenneth Livingstone
    george-galloway                   | George Galloway                   |
    liam-fox                          | Liam Fox                          |
    ed-balls                          | Ed Balls                          | Edward Balls
    yvette-cooper                     | Yvette Cooper                     |
    david-lammy                       | David Lammy                       | Lammy
    rachel-reeves                     | Rachel Reeves                     | Reeves
    angela-rayner                     | Angela Rayner                     | Rayner
    wes-streeting                     | Wes Streeting                     | Streeting; Wesley Streeting
    shabana-mahmood                   | Shabana Mahmood                   | Mahmood
    jonathan-powell                   | Jonathan Powell                   | Jonathan Nicholas Powell
    suella-braverman                  | Suella Braverman                  | Braverman
    priti-patel                       | Priti Patel                       | Priti Sushil Patel
    robert-jenrick                    | Robert Jenrick                    | Jenrick; Rob Jenrick
    dominic-raab                      | Dominic Raab                      | Raab
    philip-hammond                    | Philip Hammond                    | Hammond
    sajid-javid                       | Sajid Javid                       | Javid
    michael-gove                      | Michael Gove                      | Gove
    george-osborne                    | George Osborne                    | Osborne
    dominic-cummings                  | Dominic Cummings                  | Cummings
    andy-burnham                      | Andy Burnham                      | Burnham
    sadiq-khan                        | Sadiq Khan                        | Sadiq Aman Khan
    nicola-sturgeon                   | Nicola Sturgeon                   | Nicola Ferguson Sturgeon
    john-swinney                      | John Swinney                      | Swinney
    gerry-adams                       | Gerry Adams                       | Gerard Adams
    martin-mcguinness                 | Martin McGuinness                 | McGuinness
    king-charles                      | King Charles                      | Charles III; King Charles III; Prince Charles; Charles, Prince of Wales; Charles Philip Arthur George
    queen-elizabeth-ii                | Queen Elizabeth II                | Elizabeth II; Queen Elizabeth
    prince-william                    | Prince William                    | William, Prince of Wales; Duke of Cambridge
    catherine-princess-of-wales       | Catherine, Princess of Wales      | Kate Middleton; Catherine Middleton; Duchess of Cambridge
    prince-harry                      | Prince Harry                      | Duke of Sussex; Prince Harry, Duke of Sussex
    meghan-markle                     | Meghan, Duchess of Sussex         | Meghan Markle; Markle; Duchess of Sussex
    queen-camilla                     | Queen Camilla                     | Camilla Parker Bowles; Parker Bowles; Duchess of Cornwall
    prince-andrew                     | Prince Andrew                     | Andrew Mountbatten-Windsor; Duke of York
    princess-diana                    | Diana, Princess of Wales          | Princess Diana; Lady Diana Spencer
    princess-beatrice                 | Princess Beatrice                 | Beatrice of York
    bertie-ahern                      | Bertie Ahern                      | Ahern
    leo-varadkar                      | Leo Varadkar                      | Varadkar
    micheal-martin                    | Micheál Martin                    | Micheal Martin
    michael-d-higgins                 | Michael D. Higgins                | Michael D Higgins; Michael Higgins; Higgins
    catherine-connolly                | Catherine Connolly                | Connolly
    # --- United States
    bill-clinton                      | Bill Clinton                      | William Jefferson Clinton; William J. Clinton; William Clinton
    hillary-clinton                   | Hillary Clinton                   | Hillary Rodham Clinton; Hillary Rodham; Hillary R. Clinton
    george-w-bush                     | George W. Bush                    | George Walker Bush; George W Bush
    george-h-w-bush                   | George H. W. Bush                 | George H.W. Bush; George H W Bush; George Herbert Walker Bush
    barack-obama                      | Barack Obama                      | Obama; Barack Hussein Obama; Barack H. Obama
    donald-trump                      | Donald Trump                      | Trump; Donald J. Trump; Donald J Trump; Donald John Trump
    joe-biden                         | Joe Biden                         | Biden; Joseph Biden; Joseph R. Biden; Joseph R Biden; Joseph Robinette Biden; Joe R. Biden
    kamala-harris                     | Kamala Harris                     | Harris; Kamala Devi Harris; Kamala D. Harris
    jd-vance                          | JD Vance                          | Vance; J.D. Vance; J. D. Vance; J.D Vance; James David Vance
    mike-pence                        | Mike Pence                        | Pence; Michael Pence; Michael R. Pence
    dick-cheney                       | Dick Cheney                       | Cheney; Richard Cheney; Richard B. Cheney
    al-gore                           | Al Gore                           | Gore; Albert Gore; Albert Arnold Gore
    jimmy-carter                      | Jimmy Carter                      | James Earl Carter
    ronald-reagan                     | Ronald Reagan                     | Reagan; Ronald Wilson Reagan
    robert-f-kennedy-jr               | Robert F. Kennedy Jr.             | RFK Jr.; RFK Jr; Robert F Kennedy Jr; Robert Kennedy Jr.; Robert F. Kennedy Jr; Bobby Kennedy Jr.
    nancy-pelosi                      | Nancy Pelosi                      | Pelosi
    mike-johnson                      | Mike Johnson                      |
    hakeem-jeffries                   | Hakeem Jeffries                   | Jeffries
    chuck-schumer                     | Chuck Schumer                     | Schumer; Charles Schumer; Charles E. Schumer
    mitch-mcconnell                   | Mitch McConnell                   | Addison Mitchell McConnell; McConnell
    bernie-sanders                    | Bernie Sanders                    | Sanders; Bernard Sanders
    elizabeth-warren                  | Elizabeth Warren                  | Elizabeth Ann Warren
    alexandria-ocasio-cortez          | Alexandria Ocasio-Cortez          | Ocasio-Cortez; AOC
    ted-cruz                          | Ted Cruz                          | Cruz; Rafael Edward Cruz
    lindsey-graham                    | Lindsey Graham                    | Lindsey Olin Graham
    john-mccain                       | John McCain                       | McCain
    mitt-romney                       | Mitt Romney                       | Romney; Willard Mitt Romney
    ron-desantis                      | Ron DeSantis                      | DeSantis; Ronald DeSantis
    gavin-newsom                      | Gavin Newsom                      | Newsom
    zohran-mamdani                    | Zohran Mamdani                    | Mamdani
    nikki-haley                       | Nikki Haley                       | Haley
    john-kerry                        | John Kerry                        | Kerry; John Forbes Kerry
    howard-dean                       | Howard Dean                       | Howard Brush Dean
    marco-rubio                       | Marco Rubio                       | Rubio; Marco Antonio Rubio
    pete-hegseth                      | Pete Hegseth                      | Hegseth; Peter Hegseth
    scott-bessent                     | Scott Bessent                     | Bessent
    pam-bondi                         | Pam Bondi                         | Pamela Bondi
    kristi-noem                       | Kristi Noem                       | Noem
    tulsi-gabbard                     | Tulsi Gabbard                     | Gabbard
    kash-patel                        | Kash Patel                        | Kashyap Patel
    john-ratcliffe                    | John Ratcliffe                    | John Lee Ratcliffe
    karoline-leavitt                  | Karoline Leavitt                  | Leavitt
    stephen-miller                    | Stephen Miller                    |
    mike-waltz                        | Mike Waltz                        | Michael Waltz
    steve-witkoff                     | Steve Witkoff                     | Witkoff; Steven Witkoff; Steven Charles Witkoff
    keith-kellogg                     | Keith Kellogg                     | Kellogg
    dan-driscoll                      | Dan Driscoll                      | Driscoll; Daniel Driscoll
    howard-lutnick                    | Howard Lutnick                    | Lutnick
    jared-kushner                     | Jared Kushner                     | Kushner
    steve-bannon                      | Steve Bannon                      | Bannon; Stephen Bannon
    peter-thiel                       | Peter Thiel                       | Thiel
    kevin-hassett                     | Kevin Hassett                     | Hassett
    kevin-warsh                       | Kevin Warsh                       | Warsh
    jerome-powell                     | Jerome Powell                     | Jay Powell; Jerome H. Powell
    janet-yellen                      | Janet Yellen                      | Yellen
    ben-bernanke                      | Ben Bernanke                      | Bernanke
    alan-greenspan                    | Alan Greenspan                    | Greenspan
    rex-tillerson                     | Rex Tillerson                     | Tillerson
    mike-pompeo                       | Mike Pompeo                       | Pompeo; Michael Pompeo
    james-mattis                      | James Mattis                      | Mattis; Jim Mattis
    john-bolton                       | John Bolton                       | John Robert Bolton
    william-barr                      | William Barr                      | Barr; Bill Barr
    steven-mnuchin                    | Steven Mnuchin                    | Mnuchin; Steve Mnuchin
    james-comey                       | James Comey                       | Comey; Jim Comey
    robert-mueller                    | Robert Mueller                    | Mueller; Bob Mueller
    rudy-giuliani                     | Rudy Giuliani                     | Giuliani; Rudolph Giuliani
    antony-blinken                    | Antony Blinken                    | Blinken; Tony Blinken
    lloyd-austin                      | Lloyd Austin                      | Lloyd J. Austin
    jake-sullivan                     | Jake Sullivan                     | Jacob Sullivan
    pete-buttigieg                    | Pete Buttigieg                    | Buttigieg
    amos-hochstein                    | Amos Hochstein                    | Hochstein
    robert-gates                      | Robert Gates                      | Robert M. Gates
    susan-rice                        | Susan Rice                        | Susan Elizabeth Rice
    timothy-geithner                  | Timothy Geithner                  | Geithner; Tim Geithner
    david-petraeus                    | David Petraeus                    | Petraeus
    colin-powell                      | Colin Powell                      | Colin Luther Powell
    condoleezza-rice                  | Condoleezza Rice                  | Condi Rice
    donald-rumsfeld                   | Donald Rumsfeld                   | Rumsfeld
    paul-wolfowitz                    | Paul Wolfowitz                    | Wolfowitz
    karl-rove                         | Karl Rove                         |
    henry-paulson                     | Henry Paulson                     | Paulson; Hank Paulson
    john-negroponte                   | John Negroponte                   | Negroponte
    madeleine-albright                | Madeleine Albright                | Albright
    # --- Canada, Australia, New Zealand
    justin-trudeau                    | Justin Trudeau                    | Justin Pierre James Trudeau; Trudeau
    stephen-harper                    | Stephen Harper                    | Harper
    jean-chretien                     | Jean Chrétien                     | Chrétien; Jean Chretien; Chretien
    mark-carney                       | Mark Carney                       | Carney
    chrystia-freeland                 | Chrystia Freeland                 | Freeland
    pierre-poilievre                  | Pierre Poilievre                  | Poilievre
    john-howard                       | John Howard                       | John Winston Howard
    kevin-rudd                        | Kevin Rudd                        | Kevin Michael Rudd
    julia-gillard                     | Julia Gillard                     | Gillard
    tony-abbott                       | Tony Abbott                       | Anthony Abbott
    malcolm-turnbull                  | Malcolm Turnbull                  | Turnbull
    scott-morrison                    | Scott Morrison                    | Morrison; ScoMo
    anthony-albanese                  | Anthony Albanese                  | Albanese; Albo
    peter-dutton                      | Peter Dutton                      | Dutton
    penny-wong                        | Penny Wong                        | Penelope Wong
    jacinda-ardern                    | Jacinda Ardern                    | Ardern
    christopher-luxon                 | Christopher Luxon                 | Luxon
    # --- France
    emmanuel-macron                   | Emmanuel Macron                   | Macron; Emmanuel Jean-Michel Frédéric Macron; Emmanuel Jean-Michel Frederic Macron
    jacques-chirac                    | Jacques Chirac                    | Chirac
    nicolas-sarkozy                   | Nicolas Sarkozy                   | Sarkozy
    francois-hollande                 | François Hollande                 | Hollande; Francois Hollande
    lionel-jospin                     | Lionel Jospin                     | Jospin
    dominique-de-villepin             | Dominique de Villepin             | de Villepin; Villepin
    francois-fillon                   | François Fillon                   | Fillon; Francois Fillon
    manuel-valls                      | Manuel Valls                      | Valls
    gabriel-attal                     | Gabriel Attal                     | Attal
    michel-barnier                    | Michel Barnier                    | Barnier
    francois-bayrou                   | François Bayrou                   | Bayrou; Francois Bayrou
    sebastien-lecornu                 | Sébastien Lecornu                 | Lecornu; Sebastien Lecornu
    marine-le-pen                     | Marine Le Pen                     | Marion Anne Perrine Le Pen
    jean-marie-le-pen                 | Jean-Marie Le Pen                 | Jean Marie Le Pen
    jordan-bardella                   | Jordan Bardella                   | Bardella
    jean-luc-melenchon                | Jean-Luc Mélenchon                | Mélenchon; Jean-Luc Melenchon; Melenchon
    eric-zemmour                      | Éric Zemmour                      | Zemmour; Eric Zemmour
    bruno-le-maire                    | Bruno Le Maire                    | Le Maire
    gerald-darmanin                   | Gérald Darmanin                   | Darmanin; Gerald Darmanin
    jean-noel-barrot                  | Jean-Noël Barrot                  | Barrot; Jean-Noel Barrot
    dominique-strauss-kahn            | Dominique Strauss-Kahn            | Strauss-Kahn; DSK
    christine-lagarde                 | Christine Lagarde                 | Lagarde
    jean-claude-trichet               | Jean-Claude Trichet               | Trichet
    bernard-arnault                   | Bernard Arnault                   | Arnault
    carlos-ghosn                      | Carlos Ghosn                      | Ghosn
    # --- Germany, Austria, Switzerland
    gerhard-schroder                  | Gerhard Schröder                  | Schröder; Schroeder; Gerhard Schroeder; Gerhard Schroder; Schroder
    angela-merkel                     | Angela Merkel                     | Merkel; Angela Dorothea Merkel
    olaf-scholz                       | Olaf Scholz                       | Scholz
    friedrich-merz                    | Friedrich Merz                    | Merz
    helmut-kohl                       | Helmut Kohl                       | Kohl
    frank-walter-steinmeier           | Frank-Walter Steinmeier           | Steinmeier; Frank Walter Steinmeier
    annalena-baerbock                 | Annalena Baerbock                 | Baerbock
    johann-wadephul                   | Johann Wadephul                   | Wadephul
    heiko-maas                        | Heiko Maas                        | Maas
    joschka-fischer                   | Joschka Fischer                   | Fischer; Joseph Fischer
    wolfgang-schauble                 | Wolfgang Schäuble                 | Schäuble; Schaeuble; Wolfgang Schaeuble; Wolfgang Schauble; Schauble
    christian-lindner                 | Christian Lindner                 | Lindner
    robert-habeck                     | Robert Habeck                     | Habeck
    boris-pistorius                   | Boris Pistorius                   | Pistorius
    lars-klingbeil                    | Lars Klingbeil                    | Klingbeil
    markus-soder                      | Markus Söder                      | Söder; Soeder; Markus Soeder; Markus Soder; Soder
    alice-weidel                      | Alice Weidel                      | Weidel
    ursula-von-der-leyen              | Ursula von der Leyen              | von der Leyen; Von der Leyen; Ursula Gertrud von der Leyen
    annegret-kramp-karrenbauer        | Annegret Kramp-Karrenbauer        | Kramp-Karrenbauer; AKK
    sebastian-kurz                    | Sebastian Kurz                    | Kurz
    karl-nehammer                     | Karl Nehammer                     | Nehammer
    christian-stocker                 | Christian Stocker                 | Stocker
    alexander-van-der-bellen          | Alexander Van der Bellen          | Van der Bellen; van der Bellen
    herbert-kickl                     | Herbert Kickl                     | Kickl
    karin-keller-sutter               | Karin Keller-Sutter               | Keller-Sutter
    klaus-schwab                      | Klaus Schwab                      | Schwab
    # --- Italy, Spain, Portugal, Malta
    silvio-berlusconi                 | Silvio Berlusconi                 | Berlusconi
    romano-prodi                      | Romano Prodi                      | Prodi
    mario-monti                       | Mario Monti                       | Monti
    matteo-renzi                      | Matteo Renzi                      | Renzi
    giuseppe-conte                    | Giuseppe Conte                    | Conte
    mario-draghi                      | Mario Draghi                      | Draghi
    giorgia-meloni                    | Giorgia Meloni                    | Meloni
    matteo-salvini                    | Matteo Salvini                    | Salvini
    antonio-tajani                    | Antonio Tajani                    | Tajani
    sergio-mattarella                 | Sergio Mattarella                 | Mattarella
    giorgio-napolitano                | Giorgio Napolitano                | Napolitano
    jose-maria-aznar                  | José María Aznar                  | Aznar; Jose Maria Aznar
    jose-luis-rodriguez-zapatero      | José Luis Rodríguez Zapatero      | Zapatero; Rodríguez Zapatero; Jose Luis Rodriguez Zapatero; Rodriguez Zapatero
    mariano-rajoy                     | Mariano Rajoy                     | Rajoy
    pedro-sanchez                     | Pedro Sánchez                     | Sánchez; Pedro Sánchez Pérez-Castejón; Pedro Sanchez; Sanchez; Pedro Sanchez Perez-Castejon
    felipe-gonzalez                   | Felipe González                   | Felipe González Márquez; Felipe Gonzalez; Felipe Gonzalez Marquez
    alberto-nunez-feijoo              | Alberto Núñez Feijóo              | Feijóo; Núñez Feijóo; Alberto Nunez Feijoo; Feijoo; Nunez Feijoo
    jose-manuel-albares               | José Manuel Albares               | Albares; Jose Manuel Albares
    carles-puigdemont                 | Carles Puigdemont                 | Puigdemont
    king-felipe-vi                    | King Felipe VI                    | Felipe VI
    juan-carlos-i                     | Juan Carlos I                     | King Juan Carlos; Juan Carlos de Borbón; Juan Carlos de Borbon
    josep-borrell                     | Josep Borrell                     | Borrell
    javier-solana                     | Javier Solana                     | Solana
    antonio-costa                     | António Costa                     | Antonio Costa; António Luís Santos da Costa; Antonio Luis Santos da Costa
    marcelo-rebelo-de-sousa           | Marcelo Rebelo de Sousa           | Rebelo de Sousa
    jose-manuel-barroso               | José Manuel Barroso               | Barroso; José Manuel Durão Barroso; Durão Barroso; Jose Manuel Barroso; Jose Manuel Durao Barroso; Durao Barroso
    luis-montenegro                   | Luís Montenegro                   | Luis Montenegro
    antonio-guterres                  | António Guterres                  | Guterres; Antonio Guterres
    roberta-metsola                   | Roberta Metsola                   | Metsola
    # --- Benelux
    mark-rutte                        | Mark Rutte                        | Rutte
    dick-schoof                       | Dick Schoof                       | Schoof
    geert-wilders                     | Geert Wilders                     | Wilders
    jan-peter-balkenende              | Jan Peter Balkenende              | Balkenende; Jan-Peter Balkenende
    frans-timmermans                  | Frans Timmermans                  | Timmermans
    wopke-hoekstra                    | Wopke Hoekstra                    | Hoekstra
    guy-verhofstadt                   | Guy Verhofstadt                   | Verhofstadt
    charles-michel                    | Charles Michel                    | Charles Yves Jean Ghislaine Michel
    bart-de-wever                     | Bart De Wever                     | De Wever
    herman-van-rompuy                 | Herman Van Rompuy                 | Van Rompuy
    jean-claude-juncker               | Jean-Claude Juncker               | Juncker
    # --- Nordic countries
    sauli-niinisto                    | Sauli Niinistö                    | Niinistö; Sauli Väinämö Niinistö; Sauli Niinisto; Niinisto; Sauli Vainamo Niinisto
    alexander-stubb                   | Alexander Stubb                   | Stubb; Cai-Göran Alexander Stubb; Cai-Goran Alexander Stubb
    petteri-orpo                      | Petteri Orpo                      | Orpo
    sanna-marin                       | Sanna Marin                       | Marin
    martti-ahtisaari                  | Martti Ahtisaari                  | Ahtisaari
    ulf-kristersson                   | Ulf Kristersson                   | Kristersson
    magdalena-andersson               | Magdalena Andersson               |
    stefan-lofven                     | Stefan Löfven                     | Löfven; Stefan Lofven; Lofven
    fredrik-reinfeldt                 | Fredrik Reinfeldt                 | Reinfeldt
    carl-bildt                        | Carl Bildt                        | Bildt
    mette-frederiksen                 | Mette Frederiksen                 | Frederiksen
    lars-lokke-rasmussen              | Lars Løkke Rasmussen              | Løkke Rasmussen; Løkke; Lars Loekke Rasmussen; Lars Lokke Rasmussen; Lokke Rasmussen; Lokke
    anders-fogh-rasmussen             | Anders Fogh Rasmussen             | Fogh Rasmussen; Fogh
    margrethe-vestager                | Margrethe Vestager                | Vestager
    king-frederik-x                   | King Frederik X                   | Frederik X
    jens-stoltenberg                  | Jens Stoltenberg                  | Stoltenberg
    erna-solberg                      | Erna Solberg                      | Solberg
    jonas-gahr-store                  | Jonas Gahr Støre                  | Støre; Gahr Støre; Jonas Gahr Store; Gahr Store
    mute-egede                        | Múte Egede                        | Egede; Mute B. Egede; Mute Egede
    # --- Central and Eastern Europe, Balkans, Baltics, Greece, Cyprus
    donald-tusk                       | Donald Tusk                       | Tusk
    andrzej-duda                      | Andrzej Duda                      | Duda
    karol-nawrocki                    | Karol Nawrocki                    | Nawrocki
    radoslaw-sikorski                 | Radosław Sikorski                 | Sikorski; Radek Sikorski; Radoslaw Sikorski
    mateusz-morawiecki                | Mateusz Morawiecki                | Morawiecki
    jaroslaw-kaczynski                | Jarosław Kaczyński                | Jaroslaw Kaczynski
    lech-kaczynski                    | Lech Kaczyński                    | Lech Kaczynski
    lech-walesa                       | Lech Wałęsa                       | Wałęsa; Walesa; Lech Walesa
    andrej-babis                      | Andrej Babiš                      | Babiš; Andrej Babis; Babis
    petr-fiala                        | Petr Fiala                        | Fiala
    petr-pavel                        | Petr Pavel                        |
    milos-zeman                       | Miloš Zeman                       | Zeman; Milos Zeman
    robert-fico                       | Robert Fico                       | Fico
    viktor-orban                      | Viktor Orbán                      | Orbán; Viktor Mihály Orbán; Viktor Orban; Orban; Viktor Mihaly Orban
    peter-szijjarto                   | Péter Szijjártó                   | Szijjártó; Peter Szijjarto; Szijjarto
    peter-magyar                      | Péter Magyar                      | Peter Magyar
    klaus-iohannis                    | Klaus Iohannis                    | Iohannis; Klaus Johannis; Johannis
    nicusor-dan                       | Nicușor Dan                       | Nicusor Dan
    calin-georgescu                   | Călin Georgescu                   | Georgescu; Calin Georgescu
    maia-sandu                        | Maia Sandu                        | Sandu
    aleksandar-vucic                  | Aleksandar Vučić                  | Vučić; Aleksandar Vucic; Vucic
    slobodan-milosevic                | Slobodan Milošević                | Milošević; Slobodan Milosevic; Milosevic
    radovan-karadzic                  | Radovan Karadžić                  | Karadžić; Radovan Karadzic; Karadzic
    ratko-mladic                      | Ratko Mladić                      | Mladić; Ratko Mladic; Mladic
    milorad-dodik                     | Milorad Dodik                     | Dodik
    edi-rama                          | Edi Rama                          | Rama
    albin-kurti                       | Albin Kurti                       | Kurti
    hashim-thaci                      | Hashim Thaçi                      | Thaçi; Hashim Thaci; Thaci
    gitanas-nauseda                   | Gitanas Nausėda                   | Nausėda; Gitanas Nauseda; Nauseda
    andrius-kubilius                  | Andrius Kubilius                  | Kubilius
    kaja-kallas                       | Kaja Kallas                       | Kallas
    valdis-dombrovskis                | Valdis Dombrovskis                | Dombrovskis
    kyriakos-mitsotakis               | Kyriakos Mitsotakis               | Mitsotakis
    alexis-tsipras                    | Alexis Tsipras                    | Tsipras
    yanis-varoufakis                  | Yanis Varoufakis                  | Varoufakis
    nikos-christodoulides             | Nikos Christodoulides             | Christodoulides
    maros-sefcovic                    | Maroš Šefčovič                    | Šefčovič; Maros Sefcovic; Sefcovic
    teresa-ribera                     | Teresa Ribera                     | Ribera
    kristalina-georgieva              | Kristalina Georgieva              | Georgieva
    # --- Russia
    vladimir-putin                    | Vladimir Putin                    | Putin; Vladimir Vladimirovich Putin; Wladimir Putin
    dmitry-medvedev                   | Dmitry Medvedev                   | Medvedev; Dmitri Medvedev; Dmitriy Medvedev; Dmitrii Medvedev
    boris-yeltsin                     | Boris Yeltsin                     | Yeltsin; Boris Nikolayevich Yeltsin
    mikhail-gorbachev                 | Mikhail Gorbachev                 | Gorbachev; Gorbachov
    sergei-lavrov                     | Sergei Lavrov                     | Lavrov; Sergey Lavrov; Sergey Viktorovich Lavrov
    dmitry-peskov                     | Dmitry Peskov                     | Peskov; Dmitri Peskov; Dmitriy Peskov
    yuri-ushakov                      | Yuri Ushakov                      | Ushakov; Yury Ushakov; Yuriy Ushakov
    sergei-shoigu                     | Sergei Shoigu                     | Shoigu; Sergey Shoigu
    andrei-belousov                   | Andrei Belousov                   | Belousov; Andrey Belousov
    kirill-dmitriev                   | Kirill Dmitriev                   | Dmitriev; Kirill Dmitriyev
    valery-gerasimov                  | Valery Gerasimov                  | Gerasimov; Valeriy Gerasimov
    nikolai-patrushev                 | Nikolai Patrushev                 | Patrushev; Nikolay Patrushev
    sergei-naryshkin                  | Sergei Naryshkin                  | Naryshkin; Sergey Naryshkin
    alexander-bortnikov               | Alexander Bortnikov               | Bortnikov; Aleksandr Bortnikov
    mikhail-mishustin                 | Mikhail Mishustin                 | Mishustin
    elvira-nabiullina                 | Elvira Nabiullina                 | Nabiullina
    maria-zakharova                   | Maria Zakharova                   | Zakharova
    vladimir-medinsky                 | Vladimir Medinsky                 | Medinsky
    sergei-ryabkov                    | Sergei Ryabkov                    | Ryabkov; Sergey Ryabkov
    vassily-nebenzia                  | Vassily Nebenzia                  | Nebenzia; Vasily Nebenzya; Nebenzya
    ramzan-kadyrov                    | Ramzan Kadyrov                    | Kadyrov
    yevgeny-prigozhin                 | Yevgeny Prigozhin                 | Prigozhin; Evgeny Prigozhin; Yevgeniy Prigozhin
    alexei-navalny                    | Alexei Navalny                    | Navalny; Alexey Navalny; Aleksei Navalny
    yulia-navalnaya                   | Yulia Navalnaya                   | Navalnaya
    boris-nemtsov                     | Boris Nemtsov                     | Nemtsov
    alexander-litvinenko              | Alexander Litvinenko              | Litvinenko
    sergei-skripal                    | Sergei Skripal                    | Skripal; Sergey Skripal
    mikhail-khodorkovsky              | Mikhail Khodorkovsky              | Khodorkovsky
    roman-abramovich                  | Roman Abramovich                  | Abramovich
    oleg-deripaska                    | Oleg Deripaska                    | Deripaska
    boris-berezovsky                  | Boris Berezovsky                  | Berezovsky
    igor-sechin                       | Igor Sechin                       | Sechin
    patriarch-kirill                  | Patriarch Kirill                  | Kirill I; Vladimir Gundyayev
    # --- Belarus and Ukraine
    alexander-lukashenko              | Alexander Lukashenko              | Lukashenko; Aleksandr Lukashenko; Alexander Lukashenka; Lukashenka; Alyaksandr Lukashenka; Aliaksandr Lukashenka
    sviatlana-tsikhanouskaya          | Sviatlana Tsikhanouskaya          | Tsikhanouskaya; Svetlana Tikhanovskaya; Tikhanovskaya
    volodymyr-zelensky                | Volodymyr Zelensky                | Zelensky; Zelenskiy; Zelenskyy; Zelenskyi; Zelenskii; Volodymyr Zelenskiy; Volodymyr Zelenskyy; Volodymyr Zelenskyi; Vladimir Zelensky; Vladimir Zelenskiy
    olena-zelenska                    | Olena Zelenska                    | Zelenska
    andriy-yermak                     | Andriy Yermak                     | Yermak; Andrii Yermak; Andrei Yermak
    dmytro-kuleba                     | Dmytro Kuleba                     | Kuleba; Dmitry Kuleba
    andrii-sybiha                     | Andrii Sybiha                     | Sybiha; Andriy Sybiha; Andrii Sybiga
    rustem-umerov                     | Rustem Umerov                     | Umerov
    denys-shmyhal                     | Denys Shmyhal                     | Shmyhal; Denis Shmygal
    yulia-svyrydenko                  | Yulia Svyrydenko                  | Svyrydenko; Yuliia Svyrydenko
    valerii-zaluzhnyi                 | Valerii Zaluzhnyi                 | Zaluzhnyi; Zaluzhny; Zaluzhnyy; Valery Zaluzhny; Valeriy Zaluzhnyi
    oleksandr-syrskyi                 | Oleksandr Syrskyi                 | Syrskyi; Syrsky; Syrskiy; Alexander Syrsky; Oleksandr Syrsky
    kyrylo-budanov                    | Kyrylo Budanov                    | Budanov; Kirill Budanov
    vitali-klitschko                  | Vitali Klitschko                  | Vitaliy Klitschko; Vitalii Klitschko; Klitschko
    petro-poroshenko                  | Petro Poroshenko                  | Poroshenko; Pyotr Poroshenko
    viktor-yushchenko                 | Viktor Yushchenko                 | Yushchenko
    viktor-yanukovych                 | Viktor Yanukovych                 | Yanukovych; Yanukovich; Viktor Yanukovich
    leonid-kuchma                     | Leonid Kuchma                     | Kuchma
    yulia-tymoshenko                  | Yulia Tymoshenko                  | Tymoshenko; Timoshenko; Yulia Timoshenko
    arseniy-yatsenyuk                 | Arseniy Yatsenyuk                 | Yatsenyuk; Arseny Yatsenyuk
    timur-mindich                     | Timur Mindich                     | Mindich
    rinat-akhmetov                    | Rinat Akhmetov                    | Akhmetov
    # --- Caucasus and Central Asia
    ilham-aliyev                      | Ilham Aliyev                      | Ilham Heydar oglu Aliyev; Aliyev
    nikol-pashinyan                   | Nikol Pashinyan                   | Pashinyan
    mikheil-saakashvili               | Mikheil Saakashvili               | Saakashvili; Mikhail Saakashvili
    bidzina-ivanishvili               | Bidzina Ivanishvili               | Ivanishvili
    irakli-kobakhidze                 | Irakli Kobakhidze                 | Kobakhidze
    salome-zourabichvili              | Salome Zourabichvili              | Zourabichvili; Zurabishvili; Salome Zurabishvili
    eduard-shevardnadze               | Eduard Shevardnadze               | Shevardnadze
    nursultan-nazarbayev              | Nursultan Nazarbayev              | Nazarbayev
    kassym-jomart-tokayev             | Kassym-Jomart Tokayev             | Tokayev; Kassym Jomart Tokayev
    shavkat-mirziyoyev                | Shavkat Mirziyoyev                | Mirziyoyev
    serdar-berdimuhamedow             | Serdar Berdimuhamedow             | Serdar Berdymukhamedov; Berdimuhamedow; Berdymukhamedov
    # --- Turkey
    recep-tayyip-erdogan              | Recep Tayyip Erdoğan              | Erdoğan; Erdogan; Tayyip Erdoğan; Tayyip Erdogan; Recep Erdogan; Recep Tayyip Erdogan
    abdullah-gul                      | Abdullah Gül                      | Gül; Abdullah Gul; Gul
    ahmet-davutoglu                   | Ahmet Davutoğlu                   | Davutoğlu; Ahmet Davutoglu; Davutoglu
    hakan-fidan                       | Hakan Fidan                       | Fidan
    mevlut-cavusoglu                  | Mevlüt Çavuşoğlu                  | Çavuşoğlu; Mevlut Cavusoglu; Cavusoglu
    kemal-kilicdaroglu                | Kemal Kılıçdaroğlu                | Kılıçdaroğlu; Kemal Kilicdaroglu; Kilicdaroglu
    ekrem-imamoglu                    | Ekrem İmamoğlu                    | İmamoğlu; Imamoglu; Ekrem Imamoglu
    ozgur-ozel                        | Özgür Özel                        | Özel; Ozgur Ozel; Ozel
    devlet-bahceli                    | Devlet Bahçeli                    | Bahçeli; Devlet Bahceli; Bahceli
    ibrahim-kalin                     | İbrahim Kalın                     | Kalın; Ibrahim Kalin; Kalin
    fethullah-gulen                   | Fethullah Gülen                   | Gülen; Fethullah Gulen; Gulen
    abdullah-ocalan                   | Abdullah Öcalan                   | Öcalan; Abdullah Ocalan; Ocalan
    # --- Israel and Palestinian territories
    benjamin-netanyahu                | Benjamin Netanyahu                | Netanyahu; Bibi; Binyamin Netanyahu; Bibi Netanyahu
    ariel-sharon                      | Ariel Sharon                      | Arik Sharon
    ehud-olmert                       | Ehud Olmert                       | Olmert
    ehud-barak                        | Ehud Barak                        | Barak
    shimon-peres                      | Shimon Peres                      | Peres
    yitzhak-rabin                     | Yitzhak Rabin                     | Rabin
    naftali-bennett                   | Naftali Bennett                   | Bennett
    yair-lapid                        | Yair Lapid                        | Lapid
    benny-gantz                       | Benny Gantz                       | Gantz
    yoav-gallant                      | Yoav Gallant                      |
    israel-katz                       | Israel Katz                       | Katz
    gideon-saar                       | Gideon Sa'ar                      | Sa'ar; Gideon Saar
    itamar-ben-gvir                   | Itamar Ben-Gvir                   | Ben-Gvir; Ben Gvir; Itamar Ben Gvir
    bezalel-smotrich                  | Bezalel Smotrich                  | Smotrich
    avigdor-lieberman                 | Avigdor Lieberman                 | Liberman; Avigdor Liberman; Lieberman
    isaac-herzog                      | Isaac Herzog                      | Herzog; Yitzhak Herzog
    ron-dermer                        | Ron Dermer                        | Dermer
    eyal-zamir                        | Eyal Zamir                        | Zamir
    yasser-arafat                     | Yasser Arafat                     | Arafat; Yasir Arafat
    mahmoud-abbas                     | Mahmoud Abbas                     | Abbas; Abu Mazen
    marwan-barghouti                  | Marwan Barghouti                  | Barghouti
    ismail-haniyeh                    | Ismail Haniyeh                    | Haniyeh; Haniya; Ismail Haniya
    yahya-sinwar                      | Yahya Sinwar                      | Sinwar
    khaled-mashal                     | Khaled Mashal                     | Mashal; Meshaal; Mashaal; Khaled Meshaal; Khaled Mashaal; Khalid Mishaal
    khalil-al-hayya                   | Khalil al-Hayya                   | al-Hayya; Khalil al Hayya
    mohammed-deif                     | Mohammed Deif                     | Deif
    # --- Lebanon, Syria, Iraq, Jordan
    hassan-nasrallah                  | Hassan Nasrallah                  | Nasrallah
    naim-qassem                       | Naim Qassem                       | Naim Kassem
    nabih-berri                       | Nabih Berri                       | Berri
    najib-mikati                      | Najib Mikati                      | Mikati
    saad-hariri                       | Saad Hariri                       | Saad al-Hariri
    rafik-hariri                      | Rafik Hariri                      | Rafiq Hariri; Rafic Hariri
    michel-aoun                       | Michel Aoun                       | Michel Naim Aoun
    joseph-aoun                       | Joseph Aoun                       | Joseph Khalil Aoun
    nawaf-salam                       | Nawaf Salam                       |
    bashar-al-assad                   | Bashar al-Assad                   | Bashar Assad; Bashar al Assad; Bashar al-Asad
    hafez-al-assad                    | Hafez al-Assad                    | Hafez Assad; Hafez al Assad
    ahmed-al-sharaa                   | Ahmed al-Sharaa                   | al-Sharaa; Sharaa; Ahmed al Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani; Julani
    asaad-al-shaibani                 | Asaad al-Shaibani                 | al-Shaibani; Shaibani; Asaad Hassan al-Shaibani
    saddam-hussein                    | Saddam Hussein                    | Saddam; Saddam Hussein al-Tikriti
    nouri-al-maliki                   | Nouri al-Maliki                   | al-Maliki; Maliki; Nuri al-Maliki
    haider-al-abadi                   | Haider al-Abadi                   | al-Abadi; Abadi
    mohammed-shia-al-sudani           | Mohammed Shia al-Sudani           | al-Sudani; Mohammed Shia al Sudani
    masoud-barzani                    | Masoud Barzani                    | Massoud Barzani; Barzani
    moqtada-al-sadr                   | Moqtada al-Sadr                   | al-Sadr; Sadr; Muqtada al-Sadr; Muqtada al Sadr
    ali-al-sistani                    | Ali al-Sistani                    | al-Sistani; Sistani; Ali Sistani
    abu-bakr-al-baghdadi              | Abu Bakr al-Baghdadi              | al-Baghdadi; Baghdadi
    abu-musab-al-zarqawi              | Abu Musab al-Zarqawi              | al-Zarqawi; Zarqawi
    osama-bin-laden                   | Osama bin Laden                   | bin Laden; Bin Laden; Usama bin Laden; Osama Bin Laden
    ayman-al-zawahiri                 | Ayman al-Zawahiri                 | al-Zawahiri; Zawahiri
    king-abdullah-ii                  | King Abdullah II                  | Abdullah II; Abdullah II of Jordan
    ayman-safadi                      | Ayman Safadi                      | Safadi
    # --- Iran and Afghanistan
    ali-khamenei                      | Ali Khamenei                      | Khamenei; Ali Hosseini Khamenei; Sayyid Ali Khamenei
    ruhollah-khomeini                 | Ruhollah Khomeini                 | Khomeini
    mahmoud-ahmadinejad               | Mahmoud Ahmadinejad               | Ahmadinejad
    hassan-rouhani                    | Hassan Rouhani                    | Rouhani; Rohani; Hassan Rohani
    ebrahim-raisi                     | Ebrahim Raisi                     | Raisi; Raeisi; Ebrahim Raeisi; Ibrahim Raisi
    masoud-pezeshkian                 | Masoud Pezeshkian                 | Pezeshkian; Massoud Pezeshkian
    mohammad-khatami                  | Mohammad Khatami                  | Khatami; Mohammed Khatami
    akbar-hashemi-rafsanjani          | Akbar Hashemi Rafsanjani          | Rafsanjani; Hashemi Rafsanjani; Ali Akbar Hashemi Rafsanjani
    ali-larijani                      | Ali Larijani                      | Larijani
    mohammad-bagher-ghalibaf          | Mohammad Bagher Ghalibaf          | Ghalibaf; Qalibaf; Mohammad Baqer Qalibaf
    hossein-amir-abdollahian          | Hossein Amir-Abdollahian          | Amir-Abdollahian; Amirabdollahian; Hossein Amirabdollahian
    abbas-araghchi                    | Abbas Araghchi                    | Araghchi; Araqchi; Abbas Araqchi
    mohammad-javad-zarif              | Mohammad Javad Zarif              | Zarif; Javad Zarif
    qasem-soleimani                   | Qasem Soleimani                   | Soleimani; Qassem Soleimani; Ghasem Soleimani; Kassem Soleimani
    reza-pahlavi                      | Reza Pahlavi                      | Pahlavi
    mahsa-amini                       | Mahsa Amini                       | Amini; Jina Mahsa Amini
    hamid-karzai                      | Hamid Karzai                      | Karzai
    ashraf-ghani                      | Ashraf Ghani                      | Ghani; Ashraf Ghani Ahmadzai
    mullah-omar                       | Mullah Omar                       | Mohammad Omar
    hibatullah-akhundzada             | Hibatullah Akhundzada             | Akhundzada; Haibatullah Akhundzada
    abdul-ghani-baradar               | Abdul Ghani Baradar               | Baradar
    sirajuddin-haqqani                | Sirajuddin Haqqani                | Haqqani
    amir-khan-muttaqi                 | Amir Khan Muttaqi                 | Muttaqi
    # --- Gulf states, Egypt, North Africa, Sudan, Yemen
    mohammed-bin-salman               | Mohammed bin Salman               | MBS; Mohammed bin Salman Al Saud; Mohammad bin Salman; Muhammad bin Salman; Mohamed bin Salman
    king-salman                       | King Salman                       | Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud
    abdullah-bin-abdulaziz            | Abdullah bin Abdulaziz            | Abdullah bin Abdulaziz Al Saud
    faisal-bin-farhan                 | Faisal bin Farhan                 | Faisal bin Farhan Al Saud; Faisal bin Farhan Al-Saud
    adel-al-jubeir                    | Adel al-Jubeir                    | al-Jubeir; Jubeir; Adel Jubeir
    jamal-khashoggi                   | Jamal Khashoggi                   | Khashoggi
    mohammed-bin-zayed-al-nahyan      | Mohammed bin Zayed Al Nahyan      | Mohammed bin Zayed; Mohamed bin Zayed; Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed al-Nahyan; MBZ
    mohammed-bin-rashid-al-maktoum    | Mohammed bin Rashid Al Maktoum    | Mohammed bin Rashid; Mohammed bin Rashid al-Maktoum
    tamim-bin-hamad-al-thani          | Tamim bin Hamad Al Thani          | Tamim bin Hamad; Tamim bin Hamad al-Thani
    mohammed-bin-abdulrahman-al-thani | Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman; Mohammed bin Abdulrahman al-Thani
    badr-albusaidi                    | Badr Albusaidi                    | Albusaidi; Badr al-Busaidi; Busaidi
    hosni-mubarak                     | Hosni Mubarak                     | Mubarak; Muhammad Hosni Mubarak
    mohamed-morsi                     | Mohamed Morsi                     | Morsi; Mohammed Morsi; Mursi; Mohammed Mursi
    abdel-fattah-el-sisi              | Abdel Fattah el-Sisi              | el-Sisi; Sisi; al-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Sissi; Abdel Fattah el-Sissi
    mohamed-elbaradei                 | Mohamed ElBaradei                 | ElBaradei; El Baradei; Mohamed El Baradei
    sameh-shoukry                     | Sameh Shoukry                     | Shoukry
    boutros-boutros-ghali             | Boutros Boutros-Ghali             | Boutros-Ghali
    muammar-gaddafi                   | Muammar Gaddafi                   | Gaddafi; Qaddafi; Gadhafi; Kadhafi; Moammar Gadhafi; Muammar al-Gaddafi; Muammar Qaddafi; Moamer Kadhafi
    khalifa-haftar                    | Khalifa Haftar                    | Haftar; Hifter; Khalifa Hifter
    zine-el-abidine-ben-ali           | Zine El Abidine Ben Ali           | Ben Ali; Zine al-Abidine Ben Ali
    kais-saied                        | Kais Saied                        | Saied; Kais Saïed; Kaïs Saïed
    abdelaziz-bouteflika              | Abdelaziz Bouteflika              | Bouteflika
    abdelmadjid-tebboune              | Abdelmadjid Tebboune              | Tebboune
    king-mohammed-vi                  | King Mohammed VI                  | Mohammed VI; Mohammed VI of Morocco
    omar-al-bashir                    | Omar al-Bashir                    | al-Bashir; Omar Hassan al-Bashir; Omar Bashir
    abdel-fattah-al-burhan            | Abdel Fattah al-Burhan            | al-Burhan; Burhan; Abdel Fattah Burhan
    mohamed-hamdan-dagalo             | Mohamed Hamdan Dagalo             | Dagalo; Hemedti; Hemeti
    abdalla-hamdok                    | Abdalla Hamdok                    | Hamdok; Abdallah Hamdok
    salva-kiir                        | Salva Kiir                        | Kiir; Salva Kiir Mayardit
    riek-machar                       | Riek Machar                       | Machar
    ali-abdullah-saleh                | Ali Abdullah Saleh                | Ali Abdallah Saleh
    abdul-malik-al-houthi             | Abdul-Malik al-Houthi             | al-Houthi; Abdul Malik al-Houthi
    # --- South Asia
    narendra-modi                     | Narendra Modi                     | Modi; Narendra Damodardas Modi
    manmohan-singh                    | Manmohan Singh                    | Manmohan
    atal-bihari-vajpayee              | Atal Bihari Vajpayee              | Vajpayee
    rahul-gandhi                      | Rahul Gandhi                      |
    sonia-gandhi                      | Sonia Gandhi                      |
    amit-shah                         | Amit Shah                         | Amit Anilchandra Shah
    rajnath-singh                     | Rajnath Singh                     |
    s-jaishankar                      | S. Jaishankar                     | Jaishankar; Subrahmanyam Jaishankar; S Jaishankar
    nirmala-sitharaman                | Nirmala Sitharaman                | Sitharaman
    ajit-doval                        | Ajit Doval                        | Doval
    droupadi-murmu                    | Droupadi Murmu                    | Murmu
    p-chidambaram                     | P. Chidambaram                    | Chidambaram; Palaniappan Chidambaram; P Chidambaram
    mukesh-ambani                     | Mukesh Ambani                     | Ambani
    gautam-adani                      | Gautam Adani                      | Adani
    lakshmi-mittal                    | Lakshmi Mittal                    | Mittal; Lakshmi Niwas Mittal
    sundar-pichai                     | Sundar Pichai                     | Pichai
    satya-nadella                     | Satya Nadella                     | Nadella
    pervez-musharraf                  | Pervez Musharraf                  | Musharraf; Parvez Musharraf
    nawaz-sharif                      | Nawaz Sharif                      | Mian Nawaz Sharif
    shehbaz-sharif                    | Shehbaz Sharif                    | Shahbaz Sharif
    imran-khan                        | Imran Khan                        | Imran Ahmed Khan Niazi
    benazir-bhutto                    | Benazir Bhutto                    | Benazir
    bilawal-bhutto-zardari            | Bilawal Bhutto Zardari            | Bilawal Bhutto
    asif-ali-zardari                  | Asif Ali Zardari                  | Asif Zardari
    asim-munir                        | Asim Munir                        | Syed Asim Munir
    malala-yousafzai                  | Malala Yousafzai                  | Yousafzai
    sheikh-hasina                     | Sheikh Hasina                     | Hasina; Sheikh Hasina Wazed
    muhammad-yunus                    | Muhammad Yunus                    | Yunus
    mahinda-rajapaksa                 | Mahinda Rajapaksa                 | Mahinda Rajapakse; Rajapaksa; Rajapakse
    ranil-wickremesinghe              | Ranil Wickremesinghe              | Wickremesinghe
    anura-kumara-dissanayake          | Anura Kumara Dissanayake          | Dissanayake; Anura Dissanayake; AKD
    k-p-sharma-oli                    | K. P. Sharma Oli                  | KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Oli; Oli
    aung-san-suu-kyi                  | Aung San Suu Kyi                  | Suu Kyi
    min-aung-hlaing                   | Min Aung Hlaing                   |
    # --- China, Taiwan, Hong Kong
    jiang-zemin                       | Jiang Zemin                       | Jiang
    hu-jintao                         | Hu Jintao                         | Hu
    wen-jiabao                        | Wen Jiabao                        | Wen
    xi-jinping                        | Xi Jinping                        | Xi
    li-keqiang                        | Li Keqiang                        |
    li-qiang                          | Li Qiang                          |
    wang-yi                           | Wang Yi                           |
    qin-gang                          | Qin Gang                          | Qin
    he-lifeng                         | He Lifeng                         |
    jack-ma                           | Jack Ma                           | Ma Yun
    jimmy-lai                         | Jimmy Lai                         | Lai Chee-ying
    lai-ching-te                      | Lai Ching-te                      | William Lai; Lai Ching-teh; William Lai Ching-te
    tsai-ing-wen                      | Tsai Ing-wen                      | Tsai
    carrie-lam                        | Carrie Lam                        | Carrie Lam Cheng Yuet-ngor
    dalai-lama                        | Dalai Lama                        | Tenzin Gyatso; 14th Dalai Lama
    # --- Japan and Korea
    junichiro-koizumi                 | Junichiro Koizumi                 |
    shinjiro-koizumi                  | Shinjiro Koizumi                  |
    shinzo-abe                        | Shinzo Abe                        | Abe; Abe Shinzo
    yoshihide-suga                    | Yoshihide Suga                    | Suga
    fumio-kishida                     | Fumio Kishida                     | Kishida
    shigeru-ishiba                    | Shigeru Ishiba                    | Ishiba
    sanae-takaichi                    | Sanae Takaichi                    | Takaichi
    taro-aso                          | Taro Aso                          | Aso
    naoto-kan                         | Naoto Kan                         | Kan
    yoshihiko-noda                    | Yoshihiko Noda                    | Noda
    toshimitsu-motegi                 | Toshimitsu Motegi                 | Motegi
    yoshimasa-hayashi                 | Yoshimasa Hayashi                 | Hayashi
    kazuo-ueda                        | Kazuo Ueda                        | Ueda
    emperor-naruhito                  | Emperor Naruhito                  | Naruhito
    emperor-akihito                   | Emperor Akihito                   | Akihito
    kim-jong-un                       | Kim Jong-un                       | Kim Jong Un; Kim Jong-Un
    kim-jong-il                       | Kim Jong-il                       | Kim Jong Il; Kim Jong-Il
    kim-il-sung                       | Kim Il-sung                       | Kim Il Sung; Kim Il-Sung
    kim-yo-jong                       | Kim Yo-jong                       | Kim Yo Jong
    lee-myung-bak                     | Lee Myung-bak                     | Lee Myung Bak
    park-geun-hye                     | Park Geun-hye                     | Park Geun Hye
    moon-jae-in                       | Moon Jae-in                       | Moon Jae In
    yoon-suk-yeol                     | Yoon Suk Yeol                     | Yoon Suk-yeol
    lee-jae-myung                     | Lee Jae-myung                     | Lee Jae Myung
    choe-son-hui                      | Choe Son-hui                      | Choe Son Hui; Choi Son-hui
    ban-ki-moon                       | Ban Ki-moon                       | Ban Ki Moon
    # --- Southeast Asia
    joko-widodo                       | Joko Widodo                       | Widodo; Jokowi
    prabowo-subianto                  | Prabowo Subianto                  | Prabowo; Subianto
    susilo-bambang-yudhoyono          | Susilo Bambang Yudhoyono          | Yudhoyono; SBY
    megawati-sukarnoputri             | Megawati Sukarnoputri             | Megawati; Sukarnoputri
    suharto                           | Suharto                           | Soeharto
    rodrigo-duterte                   | Rodrigo Duterte                   | Duterte; Rodrigo Roa Duterte
    ferdinand-marcos-jr               | Ferdinand Marcos Jr.              | Marcos; Bongbong Marcos; Ferdinand Marcos Jr; Ferdinand Romualdez Marcos Jr.
    thaksin-shinawatra                | Thaksin Shinawatra                | Thaksin
    yingluck-shinawatra               | Yingluck Shinawatra               | Yingluck
    paetongtarn-shinawatra            | Paetongtarn Shinawatra            | Paetongtarn
    prayuth-chan-o-cha                | Prayuth Chan-o-cha                | Prayuth; Prayut; Prayut Chan-o-cha
    anutin-charnvirakul               | Anutin Charnvirakul               | Anutin
    king-maha-vajiralongkorn          | King Maha Vajiralongkorn          | Vajiralongkorn; Maha Vajiralongkorn
    mahathir-mohamad                  | Mahathir Mohamad                  | Mahathir; Mahathir bin Mohamad
    anwar-ibrahim                     | Anwar Ibrahim                     |
    najib-razak                       | Najib Razak                       | Najib Tun Razak; Mohd Najib Razak
    lee-hsien-loong                   | Lee Hsien Loong                   | Lee Hsien-loong
    lee-kuan-yew                      | Lee Kuan Yew                      | Lee Kuan-yew
    lawrence-wong                     | Lawrence Wong                     |
    tharman-shanmugaratnam            | Tharman Shanmugaratnam            | Tharman; Shanmugaratnam
    hun-sen                           | Hun Sen                           |
    to-lam                            | To Lam                            | Tô Lâm
    # --- Sub-Saharan Africa
    nelson-mandela                    | Nelson Mandela                    | Mandela; Madiba; Nelson Rolihlahla Mandela
    thabo-mbeki                       | Thabo Mbeki                       | Mbeki
    jacob-zuma                        | Jacob Zuma                        | Zuma; Jacob Gedleyihlekisa Zuma
    cyril-ramaphosa                   | Cyril Ramaphosa                   | Ramaphosa; Matamela Cyril Ramaphosa
    f-w-de-klerk                      | F. W. de Klerk                    | de Klerk; FW de Klerk; F.W. de Klerk; Frederik Willem de Klerk
    desmond-tutu                      | Desmond Tutu                      | Desmond Mpilo Tutu
    julius-malema                     | Julius Malema                     | Malema
    bola-tinubu                       | Bola Tinubu                       | Tinubu; Bola Ahmed Tinubu
    muhammadu-buhari                  | Muhammadu Buhari                  | Buhari
    goodluck-jonathan                 | Goodluck Jonathan                 | Goodluck Ebele Jonathan
    olusegun-obasanjo                 | Olusegun Obasanjo                 | Obasanjo
    ngozi-okonjo-iweala               | Ngozi Okonjo-Iweala               | Okonjo-Iweala
    aliko-dangote                     | Aliko Dangote                     | Dangote
    uhuru-kenyatta                    | Uhuru Kenyatta                    | Kenyatta
    william-ruto                      | William Ruto                      | Ruto; William Samoei Ruto
    raila-odinga                      | Raila Odinga                      | Odinga
    abiy-ahmed                        | Abiy Ahmed                        | Abiy; Abiy Ahmed Ali
    meles-zenawi                      | Meles Zenawi                      | Meles; Zenawi
    isaias-afwerki                    | Isaias Afwerki                    | Isaias; Afwerki
    tedros-adhanom-ghebreyesus        | Tedros Adhanom Ghebreyesus        | Tedros; Tedros Adhanom; Ghebreyesus
    yoweri-museveni                   | Yoweri Museveni                   | Museveni; Yoweri Kaguta Museveni
    bobi-wine                         | Bobi Wine                         | Robert Kyagulanyi; Kyagulanyi; Robert Kyagulanyi Ssentamu
    paul-kagame                       | Paul Kagame                       | Kagame
    felix-tshisekedi                  | Félix Tshisekedi                  | Tshisekedi; Felix Tshisekedi
    joseph-kabila                     | Joseph Kabila                     | Kabila
    samia-suluhu-hassan               | Samia Suluhu Hassan               | Samia Suluhu; Suluhu
    robert-mugabe                     | Robert Mugabe                     | Mugabe
    emmerson-mnangagwa                | Emmerson Mnangagwa                | Mnangagwa
    morgan-tsvangirai                 | Morgan Tsvangirai                 | Tsvangirai
    nana-akufo-addo                   | Nana Akufo-Addo                   | Akufo-Addo
    john-mahama                       | John Mahama                       | Mahama; John Dramani Mahama
    kofi-annan                        | Kofi Annan                        | Annan
    macky-sall                        | Macky Sall                        | Sall
    bassirou-diomaye-faye             | Bassirou Diomaye Faye             | Diomaye Faye
    alassane-ouattara                 | Alassane Ouattara                 | Ouattara
    laurent-gbagbo                    | Laurent Gbagbo                    | Gbagbo
    assimi-goita                      | Assimi Goïta                      | Goïta; Assimi Goita; Goita
    ibrahim-traore                    | Ibrahim Traoré                    | Traoré; Ibrahim Traore; Traore
    abdourahamane-tiani               | Abdourahamane Tiani               | Tiani; Tchiani; Abdourahamane Tchiani
    mohamed-bazoum                    | Mohamed Bazoum                    | Bazoum
    mahamat-idriss-deby               | Mahamat Idriss Déby               | Déby; Mahamat Déby; Mahamat Idriss Deby Itno; Mahamat Idriss Deby; Deby; Mahamat Deby
    paul-biya                         | Paul Biya                         | Biya
    ellen-johnson-sirleaf             | Ellen Johnson Sirleaf             | Sirleaf; Johnson Sirleaf
    george-weah                       | George Weah                       | Weah
    moussa-faki-mahamat               | Moussa Faki Mahamat               | Moussa Faki; Faki
    mahmoud-ali-youssouf              | Mahmoud Ali Youssouf              | Youssouf
    # --- Latin America and the Caribbean
    luiz-inacio-lula-da-silva         | Luiz Inácio Lula da Silva         | Lula; Lula da Silva; Luiz Inácio Lula; Luis Inácio Lula da Silva; Luiz Inacio Lula da Silva; Luiz Inacio Lula; Luis Inacio Lula da Silva
    jair-bolsonaro                    | Jair Bolsonaro                    | Bolsonaro; Jair Messias Bolsonaro
    dilma-rousseff                    | Dilma Rousseff                    | Rousseff; Dilma
    michel-temer                      | Michel Temer                      | Temer
    fernando-henrique-cardoso         | Fernando Henrique Cardoso         | Cardoso; FHC
    alexandre-de-moraes               | Alexandre de Moraes               | de Moraes; Moraes
    hugo-chavez                       | Hugo Chávez                       | Chávez; Hugo Rafael Chávez; Hugo Chavez; Chavez; Hugo Rafael Chavez
    nicolas-maduro                    | Nicolás Maduro                    | Maduro; Nicolás Maduro Moros; Nicolas Maduro; Nicolas Maduro Moros
    delcy-rodriguez                   | Delcy Rodríguez                   | Delcy Eloína Rodríguez; Delcy Rodriguez; Delcy Eloina Rodriguez
    juan-guaido                       | Juan Guaidó                       | Guaidó; Juan Guaido; Guaido
    edmundo-gonzalez                  | Edmundo González                  | Edmundo González Urrutia; Edmundo Gonzalez; Edmundo Gonzalez Urrutia
    maria-corina-machado              | María Corina Machado              | Machado; Maria Corina Machado
    fidel-castro                      | Fidel Castro                      | Fidel Alejandro Castro Ruz
    raul-castro                       | Raúl Castro                       | Raúl Modesto Castro Ruz; Raul Castro; Raul Modesto Castro Ruz
    miguel-diaz-canel                 | Miguel Díaz-Canel                 | Díaz-Canel; Miguel Diaz-Canel; Diaz-Canel
    daniel-ortega                     | Daniel Ortega                     | José Daniel Ortega Saavedra; Jose Daniel Ortega Saavedra; Ortega
    andres-manuel-lopez-obrador       | Andrés Manuel López Obrador       | López Obrador; AMLO; Andres Manuel Lopez Obrador; Lopez Obrador
    claudia-sheinbaum                 | Claudia Sheinbaum                 | Sheinbaum; Claudia Sheinbaum Pardo
    enrique-pena-nieto                | Enrique Peña Nieto                | Peña Nieto; Enrique Pena Nieto; Pena Nieto
    felipe-calderon                   | Felipe Calderón                   | Calderón; Felipe Calderon; Calderon
    vicente-fox                       | Vicente Fox                       | Vicente Fox Quesada
    javier-milei                      | Javier Milei                      | Milei
    cristina-fernandez-de-kirchner    | Cristina Fernández de Kirchner    | Cristina Kirchner; CFK; Cristina Fernández; Cristina Fernandez de Kirchner; Cristina Fernandez; Kirchner
    mauricio-macri                    | Mauricio Macri                    | Macri
    gabriel-boric                     | Gabriel Boric                     | Boric
    michelle-bachelet                 | Michelle Bachelet                 | Bachelet
    sebastian-pinera                  | Sebastián Piñera                  | Piñera; Sebastian Pinera; Pinera
    jose-antonio-kast                 | José Antonio Kast                 | Kast; Jose Antonio Kast
    gustavo-petro                     | Gustavo Petro                     | Petro
    alvaro-uribe                      | Álvaro Uribe                      | Uribe; Alvaro Uribe
    rafael-correa                     | Rafael Correa                     | Correa
    daniel-noboa                      | Daniel Noboa                      | Noboa
    evo-morales                       | Evo Morales                       | Morales
    nayib-bukele                      | Nayib Bukele                      | Bukele
    jose-mujica                       | José Mujica                       | Mujica; Pepe Mujica; Jose Mujica
    # --- International organisations and central banks
    volker-turk                       | Volker Türk                       | Volker Turk
    rodrigo-rato                      | Rodrigo Rato                      | Rato; Rodrigo de Rato
    ajay-banga                        | Ajay Banga                        | Banga; Ajaypal Singh Banga
    james-wolfensohn                  | James Wolfensohn                  | Wolfensohn
    pascal-lamy                       | Pascal Lamy                       | Lamy
    rafael-grossi                     | Rafael Grossi                     | Grossi; Rafael Mariano Grossi
    karim-khan                        | Karim Khan                        | Karim A. A. Khan; Karim Asad Ahmad Khan
    martin-schulz                     | Martin Schulz                     | Schulz
    federica-mogherini                | Federica Mogherini                | Mogherini
    andrew-bailey                     | Andrew Bailey                     | Andrew John Bailey
    mervyn-king                       | Mervyn King                       | Mervyn Allister King
    # --- Business, technology and media
    elon-musk                         | Elon Musk                         | Musk; Elon Reeve Musk
    jeff-bezos                        | Jeff Bezos                        | Bezos; Jeffrey Bezos
    bill-gates                        | Bill Gates                        | William Gates; William H. Gates
    mark-zuckerberg                   | Mark Zuckerberg                   | Zuckerberg
    warren-buffett                    | Warren Buffett                    | Buffett
    tim-cook                          | Tim Cook                          | Timothy Cook
    steve-jobs                        | Steve Jobs                        | Steven Jobs
    sam-altman                        | Sam Altman                        | Altman
    jensen-huang                      | Jensen Huang                      | Jen-Hsun Huang
    larry-ellison                     | Larry Ellison                     | Ellison
    michael-bloomberg                 | Michael Bloomberg                 | Mike Bloomberg
    george-soros                      | George Soros                      | Soros
    jamie-dimon                       | Jamie Dimon                       | Dimon
    rupert-murdoch                    | Rupert Murdoch                    | Murdoch; Keith Rupert Murdoch
    richard-branson                   | Richard Branson                   | Branson
    carly-fiorina                     | Carly Fiorina                     | Fiorina
    jeff-immelt                       | Jeff Immelt                       | Immelt; Jeffrey Immelt
    bernie-madoff                     | Bernie Madoff                     | Madoff; Bernard Madoff
    bernie-ebbers                     | Bernie Ebbers                     | Ebbers; Bernard Ebbers
    jeffrey-epstein                   | Jeffrey Epstein                   | Epstein
    ghislaine-maxwell                 | Ghislaine Maxwell                 | Ghislaine Noelle Maxwell
    malcolm-glazer                    | Malcolm Glazer                    | Glazer
    tim-berners-lee                   | Tim Berners-Lee                   | Berners-Lee
    # --- Religious leaders
    pope-francis                      | Pope Francis                      | Jorge Mario Bergoglio; Bergoglio
    pope-leo-xiv                      | Pope Leo XIV                      | Leo XIV; Robert Prevost; Robert Francis Prevost; Prevost
    pope-benedict-xvi                 | Pope Benedict XVI                 | Benedict XVI; Joseph Ratzinger; Ratzinger
    pope-john-paul-ii                 | Pope John Paul II                 | John Paul II; Karol Wojtyła; Wojtyła; Karol Wojtyla; Wojtyla
    justin-welby                      | Justin Welby                      | Welby
    """#
}
