// Closed-class words and small word classes the passes read, one class per concern.
extension BuiltinTable {
    static let functionWords = #"""
    # word | class
    # Each class is one concern of one pass; a word may belong to several classes. Case as it
    # stands: not-a-name is matched on capitalised words, the other classes on lower-case ones.
    # Classes (and the pass that reads them):
    #   not-a-name          Capitalised words that never start or continue a name
    #   reporting-verb      Verbs after a capitalised name that make it a person ("Carla Connor said")
    #   locative            Words before a seat that make it a place rather than an actor ("talks in Moscow")
    #   clause-word         Words after a name that end its noun phrase ("leader of Nato who ...")
    #   pronoun             Personal pronouns that stand for a person named before
    #   state-noun          Nouns that, after "the", stand for a state named before ("the country")
    #   determiner          Articles before a noun phrase
    #   possessive          Possessive pronouns before a noun ("his counterpart")
    #   name-joiner         Lower-case words inside the name of an organisation ("Ministry of Defence", "Coalition on Acid Rain")
    #   head-complement     Words after an organisation's head word that carry its complement into the name
    #   place-preposition   Prepositions before a state named as a place ("in Geneva, Switzerland")
    #   office-preposition  Prepositions after a title that name what the office belongs to ("the secretary general of Nato", "an aide to the Kremlin")
    #   body-pronoun        Pronouns a state or organisation uses of itself after a reporting verb ("Absa said it would")
    #   indefinite          Words before a description that make it no one in particular ("an American president")
    #   pair-word           Words that with a plural noun stand for two entities named together before ("the two countries", "both companies")
    #   states-noun         Plural nouns that make such a pair two states
    #   organisations-noun  Plural nouns that make such a pair two organisations
    #   people-noun         Plural nouns that make such a pair two people
    #   coordinator         Words that join the members of a list
    #   obligation          Modal words of obligation: "X must", "Y should" make a said clause a demand (relation finder)
    #   cue-form            Irregular forms of relation cue lemmas: sentences with a cue form are parsed
    #   relative-pronoun    Subjects of a relative clause that stand for the noun it modifies ("Trump, who met ...")
    #   region-prefix       Capitalised words before a state's name that make it a region ("North America")
    #   date-word           Words that may stand in a line that is nothing but a date
    # -- not-a-name
    The                | not-a-name
    A                  | not-a-name
    An                 | not-a-name
    In                 | not-a-name
    On                 | not-a-name
    At                 | not-a-name
    But                | not-a-name
    And                | not-a-name
    Or                 | not-a-name
    He                 | not-a-name
    She                | not-a-name
    It                 | not-a-name
    They               | not-a-name
    We                 | not-a-name
    I                  | not-a-name
    You                | not-a-name
    This               | not-a-name
    That               | not-a-name
    These              | not-a-name
    Those              | not-a-name
    His                | not-a-name
    Her                | not-a-name
    Their              | not-a-name
    Its                | not-a-name
    Our                | not-a-name
    My                 | not-a-name
    If                 | not-a-name
    When               | not-a-name
    While              | not-a-name
    After              | not-a-name
    Before             | not-a-name
    As                 | not-a-name
    For                | not-a-name
    From               | not-a-name
    With               | not-a-name
    Without            | not-a-name
    By                 | not-a-name
    To                 | not-a-name
    Of                 | not-a-name
    Not                | not-a-name
    No                 | not-a-name
    Yes                | not-a-name
    So                 | not-a-name
    Then               | not-a-name
    There              | not-a-name
    Here               | not-a-name
    What               | not-a-name
    Who                | not-a-name
    Why                | not-a-name
    How                | not-a-name
    Where              | not-a-name
    Which              | not-a-name
    All                | not-a-name
    Some               | not-a-name
    Many               | not-a-name
    Most               | not-a-name
    More               | not-a-name
    Both               | not-a-name
    Each               | not-a-name
    Every              | not-a-name
    Any                | not-a-name
    One                | not-a-name
    Two                | not-a-name
    Three              | not-a-name
    Monday             | not-a-name
    Tuesday            | not-a-name
    Wednesday          | not-a-name
    Thursday           | not-a-name
    Friday             | not-a-name
    Saturday           | not-a-name
    Sunday             | not-a-name
    January            | not-a-name
    February           | not-a-name
    March              | not-a-name
    April              | not-a-name
    June               | not-a-name
    July               | not-a-name
    August             | not-a-name
    September          | not-a-name
    October            | not-a-name
    November           | not-a-name
    December           | not-a-name
    Update             | not-a-name
    Read               | not-a-name
    Photo              | not-a-name
    Photograph         | not-a-name
    Look               | not-a-name
    Maybe              | not-a-name
    However            | not-a-name
    Meanwhile          | not-a-name
    Also               | not-a-name
    Still              | not-a-name
    Now                | not-a-name
    Today              | not-a-name
    Yesterday          | not-a-name
    Tomorrow           | not-a-name
    Last               | not-a-name
    Next               | not-a-name
    Such               | not-a-name
    Other              | not-a-name
    Another            | not-a-name
    Over               | not-a-name
    Under              | not-a-name
    Following          | not-a-name
    According          | not-a-name
    Despite            | not-a-name
    During             | not-a-name
    Since              | not-a-name
    Until              | not-a-name
    Although           | not-a-name
    Though             | not-a-name
    Earlier            | not-a-name
    Later              | not-a-name
    Even               | not-a-name
    Just               | not-a-name
    Only               | not-a-name
    Why                | not-a-name
    Will               | not-a-name
    Would              | not-a-name
    Could              | not-a-name
    Should             | not-a-name
    Can                | not-a-name
    May                | not-a-name
    Might              | not-a-name
    Must               | not-a-name
    Do                 | not-a-name
    Does               | not-a-name
    Did                | not-a-name
    Is                 | not-a-name
    Are                | not-a-name
    Was                | not-a-name
    Were               | not-a-name
    Be                 | not-a-name
    Has                | not-a-name
    Have               | not-a-name
    Had                | not-a-name
    Mr                 | not-a-name
    Mrs                | not-a-name
    Ms                 | not-a-name
    Dr                 | not-a-name
    Sir                | not-a-name
    Western            | not-a-name
    European           | not-a-name
    President          | not-a-name
    # -- reporting-verb
    said               | reporting-verb
    says               | reporting-verb
    told               | reporting-verb
    tells              | reporting-verb
    added              | reporting-verb
    argued             | reporting-verb
    wrote              | reporting-verb
    explained          | reporting-verb
    noted              | reporting-verb
    warned             | reporting-verb
    insisted           | reporting-verb
    claimed            | reporting-verb
    stated             | reporting-verb
    announced          | reporting-verb
    replied            | reporting-verb
    asked              | reporting-verb
    # -- locative
    in                 | locative
    at                 | locative
    from               | locative
    to                 | locative
    near               | locative
    outside            | locative
    into               | locative
    via                | locative
    across             | locative
    around             | locative
    toward             | locative
    towards            | locative
    visit              | locative
    visited            | locative
    visiting           | locative
    over               | locative
    through            | locative
    inside             | locative
    # -- clause-word
    who                | clause-word
    which              | clause-word
    that               | clause-word
    and                | clause-word
    or                 | clause-word
    but                | clause-word
    since              | clause-word
    until              | clause-word
    in                 | clause-word
    at                 | clause-word
    on                 | clause-word
    for                | clause-word
    to                 | clause-word
    from               | clause-word
    with               | clause-word
    by                 | clause-word
    as                 | clause-word
    said               | clause-word
    says               | clause-word
    has                | clause-word
    had                | clause-word
    is                 | clause-word
    was                | clause-word
    will               | clause-word
    would              | clause-word
    told               | clause-word
    # -- pronoun
    he                 | pronoun
    she                | pronoun
    him                | pronoun
    his                | pronoun
    her                | pronoun
    # -- state-noun
    country            | state-noun
    nation             | state-noun
    # -- determiner
    the                | determiner
    a                  | determiner
    an                 | determiner
    # -- possessive
    his                | possessive
    her                | possessive
    # -- name-joiner
    of                 | name-joiner
    for                | name-joiner
    and                | name-joiner
    on                 | name-joiner
    &                  | name-joiner
    # -- head-complement
    of                 | head-complement
    on                 | head-complement
    for                | head-complement
    # -- place-preposition
    at                 | place-preposition
    in                 | place-preposition
    inside             | place-preposition
    outside            | place-preposition
    to                 | place-preposition
    # -- body-pronoun
    it                 | body-pronoun
    # -- indefinite
    a                  | indefinite
    an                 | indefinite
    another            | indefinite
    any                | indefinite
    every              | indefinite
    each               | indefinite
    one                | indefinite
    # -- pair-word
    both               | pair-word
    two                | pair-word
    # -- states-noun
    countries          | states-noun
    nations            | states-noun
    governments        | states-noun
    states             | states-noun
    # -- organisations-noun
    companies          | organisations-noun
    firms              | organisations-noun
    groups             | organisations-noun
    banks              | organisations-noun
    airlines           | organisations-noun
    carriers           | organisations-noun
    parties            | organisations-noun
    organisations      | organisations-noun
    organizations      | organisations-noun
    # -- people-noun
    men                | people-noun
    women              | people-noun
    leaders            | people-noun
    ministers          | people-noun
    presidents         | people-noun
    officials          | people-noun
    # -- office-preposition
    of                 | office-preposition
    to                 | office-preposition
    at                 | office-preposition
    for                | office-preposition
    # -- obligation
    should             | obligation
    must               | obligation
    ought              | obligation
    # -- cue-form
    met                | cue-form
    spoke              | cue-form
    spoken             | cue-form
    sat                | cue-form
    stood              | cue-form
    fought             | cue-form
    saw                | cue-form
    seen               | cue-form
    sought             | cue-form
    said               | cue-form
    # -- relative-pronoun
    who                | relative-pronoun
    which              | relative-pronoun
    that               | relative-pronoun
    # -- coordinator
    and                | coordinator
    or                 | coordinator
    ,                  | coordinator
    &                  | coordinator
    # -- date-word
    date               | date-word
    updated            | date-word
    published          | date-word
    on                 | date-word
    # -- region-prefix
    North              | region-prefix
    South              | region-prefix
    Latin              | region-prefix
    Central            | region-prefix
    East               | region-prefix
    West               | region-prefix
    """#
}

extension BuiltinTable {
    /// Month names, for dates in text ("15 August 2025", "Aug. 15"; abbreviations are their first
    /// three letters, or "sept").
    static let months = #"""
    # name      | number
    january     | 1
    february    | 2
    march       | 3
    april       | 4
    may         | 5
    june        | 6
    july        | 7
    august      | 8
    september   | 9
    october     | 10
    november    | 11
    december    | 12
    """#
}
