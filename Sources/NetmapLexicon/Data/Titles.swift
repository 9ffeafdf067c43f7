// Titles, offices and honorifics that stand before or beside a person's name.
extension BuiltinTable {
    static let titles = #"""
    # phrase: lower-case words of the title as it stands in text ("Foreign Minister" and
    #   "foreign minister" both match "foreign minister").
    # role: leader (heads what it names), member (holds office in it, not as head),
    #   honorific (Mr, Mrs: only marks a name).
    # scope: what the office belongs to when the text names it ("Russian President" -> state,
    #   "Nato Secretary General" -> organisation); any when either.
    #
    # phrase                   | role      | scope
    president                  | leader    | any
    president-elect            | leader    | state
    prime minister             | leader    | state
    premier                    | leader    | state
    chancellor                 | leader    | state
    king                       | leader    | state
    queen                      | leader    | state
    emir                       | leader    | state
    supreme leader             | leader    | state
    leader                     | leader    | any
    dictator                   | leader    | state
    strongman                  | leader    | state
    head of state              | leader    | state
    head of government         | leader    | state
    taoiseach                  | leader    | state
    secretary general          | leader    | organisation
    secretary-general          | leader    | organisation
    director general           | leader    | organisation
    director-general           | leader    | organisation
    chairman                   | leader    | organisation
    chairwoman                 | leader    | organisation
    chief executive            | leader    | organisation
    chief executive officer    | leader    | organisation
    ceo                        | leader    | organisation
    boss                       | leader    | organisation
    head                       | leader    | organisation
    founder                    | leader    | organisation
    vice president             | member    | any
    vice-president             | member    | any
    deputy prime minister      | member    | state
    first deputy prime minister| member    | state
    deputy chancellor          | member    | state
    vice-chancellor            | member    | state
    crown prince               | member    | state
    prince                     | member    | state
    princess                   | member    | state
    foreign minister           | member    | state
    foreign secretary          | member    | state
    defence minister           | member    | state
    defense minister           | member    | state
    defence secretary          | member    | state
    defense secretary          | member    | state
    interior minister          | member    | state
    home secretary             | member    | state
    finance minister           | member    | state
    economy minister           | member    | state
    trade minister             | member    | state
    energy minister            | member    | state
    justice minister           | member    | state
    health minister            | member    | state
    minister                   | member    | state
    secretary of state         | member    | state
    treasury secretary         | member    | state
    commerce secretary         | member    | state
    national security adviser | member    | state
    national security advisor | member    | state
    attorney general           | member    | state
    ambassador                 | member    | state
    envoy                      | member    | state
    special envoy              | member    | state
    special representative     | member    | state
    negotiator                 | member    | any
    chief negotiator           | member    | any
    foreign policy adviser     | member    | any
    foreign policy aide        | member    | any
    adviser                    | member    | any
    advisor                    | member    | any
    aide                       | member    | any
    spokesman                  | member    | any
    spokeswoman                | member    | any
    spokesperson               | member    | any
    press secretary            | member    | any
    chief of staff             | member    | any
    official                   | member    | any
    senator                    | member    | state
    congressman                | member    | state
    congresswoman              | member    | state
    lawmaker                   | member    | any
    mp                         | member    | state
    commissioner               | member    | organisation
    high representative        | member    | organisation
    governor                   | member    | any
    general                    | member    | state
    gen.                       | member    | state
    admiral                    | member    | state
    mr                         | honorific |
    mr.                        | honorific |
    mrs                        | honorific |
    mrs.                       | honorific |
    ms                         | honorific |
    ms.                        | honorific |
    miss                       | honorific |
    dr                         | honorific |
    dr.                        | honorific |
    sir                        | honorific |
    dame                       | honorific |
    lord                       | honorific |
    lady                       | honorific |
    baroness                   | honorific |
    baron                      | honorific |
    archbishop                 | honorific |
    bishop                     | honorific |
    cardinal                   | honorific |
    rabbi                      | honorific |
    imam                       | honorific |
    judge                      | honorific |
    professor                  | honorific |
    prof                       | honorific |
    prof.                      | honorific |
    backbencher                | honorific |
    chief justice              | member    | state
    shadow chancellor          | member    | organisation
    shadow home secretary      | member    | organisation
    shadow foreign secretary   | member    | organisation
    sheikh                     | honorific |
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
    """#
}
