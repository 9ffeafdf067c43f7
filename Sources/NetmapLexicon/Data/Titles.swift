// Titles, offices and honorifics that stand before or beside a person's name.
extension BuiltinTable {
    static let titles = #"""
    # phrase: lower-case words of the title as it stands in text ("Foreign Minister" and
    #   "foreign minister" both match "foreign minister").
    # role: leader (heads what it names), member (holds office in it, not as head),
    #   honorific (Mr, Mrs: only marks a name).
    # scope: what the office belongs to when the text names it ("Russian President" -> state,
    #   "Nato Secretary General" -> organisation); any when either.
    # name: what must follow to make a person: "name" takes any capitalised name ("Mr Trump");
    #   "full" needs a known person, a given name or two name words, for titles that are also
    #   common words ("General Election", "King Cross", "Head Office").
    #
    # phrase                   | role      | scope        | name
    president                  | leader    | any          | name
    president-elect            | leader    | state        | name
    prime minister             | leader    | state        | name
    premier                    | leader    | state        | name
    chancellor                 | leader    | state        | name
    king                       | leader    | state        | full
    queen                      | leader    | state        | full
    emir                       | leader    | state        | name
    supreme leader             | leader    | state        | name
    leader                     | leader    | any          | full
    dictator                   | leader    | state        | name
    strongman                  | leader    | state        | name
    head of state              | leader    | state        | name
    head of government         | leader    | state        | name
    taoiseach                  | leader    | state        | name
    secretary general          | leader    | organisation | name
    secretary-general          | leader    | organisation | name
    director general           | leader    | organisation | name
    director-general           | leader    | organisation | name
    chairman                   | leader    | organisation | name
    chairwoman                 | leader    | organisation | name
    chief executive            | leader    | organisation | name
    chief executive officer    | leader    | organisation | name
    ceo                        | leader    | organisation | name
    boss                       | leader    | organisation | full
    head                       | leader    | organisation | full
    founder                    | leader    | organisation | full
    vice president             | member    | any          | name
    vice premier               | member    | state        | name
    vice-premier               | member    | state        | name
    vice-president             | member    | any          | name
    deputy prime minister      | member    | state        | name
    first deputy prime minister| member    | state        | name
    deputy chancellor          | member    | state        | name
    vice-chancellor            | member    | state        | name
    crown prince               | member    | state        | name
    prince                     | member    | state        | full
    princess                   | member    | state        | full
    foreign minister           | member    | state        | name
    foreign secretary          | member    | state        | name
    defence minister           | member    | state        | name
    defense minister           | member    | state        | name
    defence secretary          | member    | state        | name
    defense secretary          | member    | state        | name
    interior minister          | member    | state        | name
    home secretary             | member    | state        | name
    finance minister           | member    | state        | name
    economy minister           | member    | state        | name
    trade minister             | member    | state        | name
    energy minister            | member    | state        | name
    justice minister           | member    | state        | name
    health minister            | member    | state        | name
    minister                   | member    | state        | name
    secretary of state         | member    | state        | name
    treasury secretary         | member    | state        | name
    commerce secretary         | member    | state        | name
    national security adviser  | member    | state        | name
    national security advisor  | member    | state        | name
    attorney general           | member    | state        | name
    ambassador                 | member    | state        | name
    envoy                      | member    | state        | name
    special envoy              | member    | state        | name
    special representative     | member    | state        | name
    negotiator                 | member    | any          | name
    chief negotiator           | member    | any          | name
    foreign policy adviser     | member    | any          | name
    foreign policy aide        | member    | any          | name
    adviser                    | member    | any          | name
    advisor                    | member    | any          | name
    aide                       | member    | any          | name
    spokesman                  | member    | any          | name
    spokeswoman                | member    | any          | name
    spokesperson               | member    | any          | name
    press secretary            | member    | any          | name
    chief of staff             | member    | any          | name
    official                   | member    | any          | full
    senator                    | member    | state        | name
    congressman                | member    | state        | name
    congresswoman              | member    | state        | name
    representative             | member    | state        | full
    assemblyman                | member    | state        | name
    assemblywoman              | member    | state        | name
    lawmaker                   | member    | any          | full
    mp                         | member    | state        | name
    commissioner               | member    | organisation | name
    high representative        | member    | organisation | name
    governor                   | member    | any          | full
    general                    | member    | state        | full
    gen.                       | member    | state        | full
    admiral                    | member    | state        | full
    secretary                  | member    | any          | full
    mayor                      | leader    | any          | full
    deputy mayor               | member    | any          | full
    director                   | leader    | organisation | full
    commander                  | member    | any          | full
    attorney                   | member    | any          | full
    colonel                    | honorific |              | full
    captain                    | honorific |              | full
    mr                         | honorific |              | name
    mr.                        | honorific |              | name
    mrs                        | honorific |              | name
    mrs.                       | honorific |              | name
    ms                         | honorific |              | name
    ms.                        | honorific |              | name
    miss                       | honorific |              | name
    dr                         | honorific |              | name
    dr.                        | honorific |              | name
    sir                        | honorific |              | name
    dame                       | honorific |              | name
    lord                       | honorific |              | name
    lady                       | honorific |              | name
    baroness                   | honorific |              | name
    baron                      | honorific |              | name
    archbishop                 | honorific |              | name
    bishop                     | honorific |              | name
    cardinal                   | honorific |              | name
    rabbi                      | honorific |              | name
    imam                       | honorific |              | name
    judge                      | honorific |              | full
    professor                  | honorific |              | name
    prof                       | honorific |              | name
    prof.                      | honorific |              | name
    backbencher                | honorific |              | name
    chief justice              | member    | state        | name
    shadow chancellor          | member    | organisation | name
    shadow home secretary      | member    | organisation | name
    shadow foreign secretary   | member    | organisation | name
    sheikh                     | honorific |              | name
    sultan                     | leader    | state        | name
    speaker                    | leader    | organisation | full
    co-chairman                | member    | organisation | name
    co-chairwoman              | member    | organisation | name
    co-chair                   | member    | organisation | name
    co-head                    | leader    | organisation | name
    co-leader                  | leader    | organisation | name
    managing director          | leader    | organisation | name
    chief                      | leader    | organisation | full
    under-secretary            | member    | any          | name
    under secretary            | member    | any          | name
    undersecretary             | member    | any          | name
    deputy secretary           | member    | any          | name
    assistant secretary        | member    | any          | name
    policy adviser             | member    | organisation | name
    correspondent              | member    | organisation | full
    editor                     | member    | organisation | full
    analyst                    | member    | organisation | full
    economist                  | member    | organisation | full
    chancellor of the exchequer | member   | state        | name
    counterpart                | member    | state        | name
    """#

    /// Titles that take a portfolio before them: "oil minister", "environment spokesman",
    /// "labour affairs correspondent", "Europe director" are the title with its subject.
    static let portfolioTitles = #"""
    # title (lower case, as in the titles table); up to three words that are neither names nor
    # stop words may stand before it.
    minister
    secretary
    spokesman
    spokeswoman
    spokesperson
    director
    correspondent
    editor
    adviser
    advisor
    commissioner
    """#

    /// Words before a title that keep its office ("caretaker Prime Minister", "military
    /// leader"), or that end it ("former Prime Minister": the person is named, no office).
    static let titleModifiers = #"""
    # phrase: lower-case words before the title. effect: same (the office holds) or former
    # (no current office; GUIDELINES.md rule 6).
    # phrase       | effect
    caretaker      | same
    interim        | same
    acting         | same
    current        | same
    incoming       | same
    outgoing       | same
    de facto       | same
    military       | same
    junta          | same
    senior         | same
    new            | same
    long-serving   | same
    longtime       | same
    veteran        | same
    then           | same
    then-          | same
    former         | former
    ex             | former
    ex-            | former
    late           | former
    """#

    /// Offices whose weight differs from state to state: the title table gives the usual role.
    static let officeRoles = #"""
    # state: the state's id. title: lower-case, as in the titles table. role: leader or member.
    # state            | title         | role
    united-kingdom     | chancellor    | member
    united-kingdom     | lord chancellor | member
    united-states      | governor      | member
    """#

    /// Words after a state or demonym that make it an actor ("the Russian side", "Ukrainian
    /// forces"), and the person roles that a description such as "the Russian leader" names.
    static let roleNouns = #"""
    # word          | refers to
    # person: "the Russian leader" means the person who leads that state in the document.
    # state: "the Russian side" speaks for the state.
    leader          | person
    president       | person
    prime minister  | person
    premier         | person
    chancellor      | person
    counterpart     | person
    side            | state
    government      | state
    delegation      | state
    authorities     | state
    officials       | state
    forces          | state
    troops          | state
    army            | state
    military        | state
    regime          | state
    administration  | state
    leadership      | state
    negotiators     | state
    diplomats       | state
    """#

    /// Lower-case words that join the parts of a person's name.
    static let nameParticles = #"""
    # particle
    von
    van
    der
    den
    de
    del
    della
    di
    da
    dos
    du
    le
    la
    bin
    bint
    ibn
    al
    al-
    el
    abu
    ben
    arap
    """#
}
