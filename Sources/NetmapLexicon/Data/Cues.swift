// Relation cues: the words that state a relation, how they find their object, and their form.
extension BuiltinTable {
    static let relationCues = #"""
    # cue: lower-case words as they stand in text.
    # relation: the relation kind the cue states.
    # object: where the other side stands after the cue: direct (right after it, "met Putin"),
    #   or after one of the words with, between, of, to, on, against, for.
    #   Symmetric cues without an object pair up a coordinated subject ("Trump and Putin met").
    # form: past, present, base, ing, participle or noun; the status pass reads it with the
    #   modal and time words around the cue.
    # Adverbs in -ly may stand inside a cue of several words ("stands resolutely by").
    #
    # cue                 | relation    | object                  | form
    met                   | met         | direct; with            | past
    meet                  | met         | direct; with            | base
    meets                 | met         | direct; with            | present
    meeting               | met         | direct; with; between; alongside | ing
    meetings              | met         | with; between; alongside| noun
    met with              | met         | direct                  | past
    held talks            | met         | with                    | past
    hold talks            | met         | with                    | base
    holds talks           | met         | with                    | present
    holding talks         | met         | with                    | ing
    had talks             | met         | with                    | past
    talks                 | met         | with; between; alongside| noun
    talked                | met         | with; to                | past
    talk                  | met         | with                    | noun
    spoke                 | met         | with; to                | past
    speak                 | met         | with; to                | base
    speaks                | met         | with; to                | present
    spoken                | met         | with; to                | participle
    summit                | met         | with; between; alongside| noun
    summits               | met         | with; between; alongside| noun
    call                  | met         | with; between; alongside| noun
    calls                 | met         | with; between; alongside| noun
    phone call            | met         | with; between; alongside| noun
    phone calls           | met         | with; between; alongside| noun
    telephone call        | met         | with; between; alongside| noun
    video call            | met         | with; between; alongside| noun
    phoned                | met         | direct                  | past
    brief                 | met         | direct                  | base
    briefed               | met         | direct                  | past
    briefs                | met         | direct                  | present
    communications        | met         | with; between           | noun
    contacts              | met         | with; between           | noun
    contact               | met         | direct                  | base
    contacted             | met         | direct                  | past
    hosted                | met         | direct                  | past
    hosts                 | met         | direct                  | present
    host                  | met         | direct                  | base
    hosting               | met         | direct                  | ing
    welcomed              | met         | direct                  | past
    sat down with         | met         | direct                  | past
    sit down with         | met         | direct                  | base
    negotiations          | met         | with; between; alongside| noun
    discussions           | met         | with; between; alongside| noun
    conversation          | met         | with; between; alongside| noun
    consultations         | met         | with; between; alongside| noun
    face-to-face          | met         | with; between; alongside| noun
    ally                  | allied_with | of; direct              | noun
    allies                | allied_with | of; direct              | noun
    alliance              | allied_with | with; between           | noun
    allied                | allied_with | with; to                | participle
    friendship            | allied_with | with; between           | noun
    stands by             | allied_with | direct                  | present
    stood by              | allied_with | direct                  | past
    stand by              | allied_with | direct                  | base
    coalition partner     | allied_with | of; direct              | noun
    coalition partners    | allied_with | of; direct              | noun
    demanded              | demanded_of | direct; of; from        | past
    demands               | demanded_of | direct; of; from        | present
    demand                | demanded_of | direct; of; from        | base
    demanding             | demanded_of | direct; of; from        | ing
    urged                 | demanded_of | direct                  | past
    urges                 | demanded_of | direct                  | present
    urge                  | demanded_of | direct                  | base
    urging                | demanded_of | direct                  | ing
    called on             | demanded_of | direct                  | past
    calls on              | demanded_of | direct                  | present
    call on               | demanded_of | direct                  | base
    calling on            | demanded_of | direct                  | ing
    ultimatum             | demanded_of | to; direct              | noun
    insisted              | demanded_of | direct                  | past
    insists               | demanded_of | direct                  | present
    insist                | demanded_of | direct                  | base
    pressed               | demanded_of | direct                  | past
    pressing              | demanded_of | direct                  | ing
    pressured             | demanded_of | direct                  | past
    praised               | praised     | direct                  | past
    praises               | praised     | direct                  | present
    praising              | praised     | direct                  | ing
    hailed                | praised     | direct                  | past
    criticised            | criticised  | direct                  | past
    criticized            | criticised  | direct                  | past
    criticises            | criticised  | direct                  | present
    criticizes            | criticised  | direct                  | present
    condemned             | criticised  | direct                  | past
    condemns              | criticised  | direct                  | present
    accused               | criticised  | direct                  | past
    accuses               | criticised  | direct                  | present
    slammed               | criticised  | direct                  | past
    threatened            | threatened  | direct                  | past
    threatens             | threatened  | direct                  | present
    threat                | threatened  | direct; to; against     | noun
    sanctioned            | sanctioned  | direct                  | past
    sanctions on          | sanctioned  | direct                  | noun
    sanctions against     | sanctioned  | direct                  | noun
    imposed sanctions on  | sanctioned  | direct                  | past
    invited               | invited     | direct                  | past
    invites               | invited     | direct                  | present
    invitation            | invited     | to                      | noun
    rejected              | rejected    | direct                  | past
    rejects               | rejected    | direct                  | present
    supports              | supports    | direct                  | present
    supported             | supports    | direct                  | past
    backed                | supports    | direct                  | past
    backs                 | supports    | direct                  | present
    support for           | allied_with | direct                  | noun
    help                  | supports    | direct                  | base
    helped                | supports    | direct                  | past
    war on                | at_war_with | direct                  | noun
    war against           | at_war_with | direct                  | noun
    war with              | at_war_with | direct                  | noun
    invaded               | at_war_with | direct                  | past
    invasion of           | at_war_with | direct                  | noun
    fight                 | at_war_with | direct                  | base
    fighting              | at_war_with | direct                  | ing
    proposed to           | proposed_to | direct                  | past
    offered               | proposed_to | direct                  | past
    """#

    /// Words around a cue that set the status of what it states.
    static let statusCues = #"""
    # phrase: lower-case words. status: what the phrase makes of the relation it governs.
    # "if" and "unless" anywhere in the sentence make what it states conditional: proposed.
    # Negation wins over proposal, proposal over plan; without any, a past or present verb and
    # a bare noun state what happened.
    #
    # phrase              | status
    not                   | negated
    n't                   | negated
    never                 | negated
    no                    | negated
    ruled out             | negated
    rules out             | negated
    refused               | negated
    refuses               | negated
    declined              | negated
    denied                | negated
    denies                | negated
    cancelled             | negated
    canceled              | negated
    called off            | negated
    will                  | planned
    'll                   | planned
    ’ll                   | planned
    shall                 | planned
    would                 | planned
    going to              | planned
    set to                | planned
    due to                | planned
    scheduled             | planned
    planned               | planned
    plans to              | planned
    plan to               | planned
    planning to           | planned
    expected to           | planned
    agreed to             | planned
    upcoming              | planned
    forthcoming           | planned
    next week             | planned
    next month            | planned
    tomorrow              | planned
    later this            | planned
    preparing             | planned
    arranged              | planned
    could                 | proposed
    might                 | proposed
    may                   | proposed
    possible              | proposed
    possibly              | proposed
    potential             | proposed
    proposed              | proposed
    proposes              | proposed
    suggested             | proposed
    suggests              | proposed
    floated               | proposed
    offered               | proposed
    ready to              | proposed
    willing to            | proposed
    wants to              | proposed
    want to               | proposed
    hopes to              | proposed
    hope to               | proposed
    would like            | proposed
    if                    | proposed
    unless                | proposed
    consider              | proposed
    considering           | proposed
    idea of               | proposed
    prospect of           | proposed
    future                | proposed
    pushed for            | proposed
    pushing for           | proposed
    push for              | proposed
    calls for             | proposed
    called for            | proposed
    reports of            | proposed
    speculation           | proposed
    ambition              | proposed
    talk of               | proposed
    hopes for             | proposed
    seeking               | proposed
    sought                | proposed
    """#
}
