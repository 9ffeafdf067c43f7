// Relation cues and status words, written by Scripts/kb/cues.py: do not edit by hand; edit
// Scripts/kb/cue-review.tsv, cues-added.tsv or status-cues.tsv and run the script.
extension BuiltinTable {
    static let relationCues = #"""
    # Sources: the CAMEO verb dictionary (PETRARCH2 CAMEO.2.0.txt, MIT licence; the groups and
    # verbs kept are in Scripts/kb/cue-review.tsv) and cues added by hand (Scripts/kb/cues-added.tsv).
    # lemma: the lower-case lemma, with a particle or preposition among its dependents ("sit down").
    # pos: verb, noun or adjective, as the tagger tags the cue.
    # first side, other side: Universal Dependencies slots tried in order for each side:
    #   subject   the verb's nsubj (obl:agent of a passive); without one, its controller (xcomp), the
    #             first conjunct's subject (conj), the main clause's subject (advcl), the antecedent
    #             of a relative clause
    #   obj, iobj the verb's object (a passive's nsubj:pass); poss  the noun's possessor (nmod:poss)
    #   obl:P, nmod:P  an oblique or noun modifier with the preposition P (case)
    #   obl:P:poss  the possessor inside that phrase ("asked for Bolton's resignation")
    #   modifier  an actor inside the noun phrase ("US-Soviet summit", "Franco-German talks")
    #   governor  the subject of the verb the noun depends on ("held talks", "after talks with X, Y")
    #   between   every pair of "between A and B"; group  the first side's members with each other
    #   ccomp:obligation  the subject of a clause with should, must or ought ("said X must")
    #   obj:poss  the possessor of the object ("criticised Washington's tariffs")
    #   ccomp:subject  the subject of the cue's clause ("demanded that X withdraw")
    # status: what the cue states when no status word says otherwise.
    # source: the CAMEO group the verb comes from, or "added".
    #
    # lemma       | pos  | relation    | first side               | other side                                         | status   | source
    applaud       | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 ACCLAIM
    attack        | verb | at_war_with | subject                  | obj; obj:poss                                      | occurred | CAMEO 190 PHYSICAL_CONFLICT
    beg           | verb | demanded_of | subject                  | obj; iobj; obl:on                                  | occurred | CAMEO 020 APPEAL
    blame         | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 112 BLAME
    castigate     | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 111 DENOUNCE
    commend       | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 ACCLAIM
    condemn       | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 112 BLAME
    congratulate  | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 ACCLAIM
    contact       | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 040 MEET_PEOPLE
    criticize     | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 111 DENOUNCE
    denounce      | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 111 DENOUNCE
    encounter     | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 040 MEET_PEOPLE
    endorse       | verb | supports    | subject                  | obj; obj:poss                                      | occurred | CAMEO 050 SUPPORT
    entreat       | verb | demanded_of | subject                  | obj; iobj; obl:on                                  | occurred | CAMEO 100 DEMAND
    exhort        | verb | demanded_of | subject                  | obj; iobj; obl:on                                  | occurred | CAMEO 100 DEMAND
    fight         | verb | at_war_with | subject                  | obj; obj:poss                                      | occurred | CAMEO 190 PHYSICAL_CONFLICT
    hail          | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 ACCLAIM
    host          | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 043 HOST
    implore       | verb | demanded_of | subject                  | obj; iobj; obl:on                                  | occurred | CAMEO 020 APPEAL
    invade        | verb | at_war_with | subject                  | obj; obj:poss                                      | occurred | CAMEO 192 INVADE
    phone         | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 041 CALL
    rebuke        | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 111 DENOUNCE
    telephone     | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 041 CALL
    thank         | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 THANK
    visit         | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 042 VISIT
    warn          | verb | threatened  | subject                  | obj; obj:poss                                      | occurred | CAMEO 130 WARN
    meet          | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 040 MEET_PEOPLE, slots added
    talk          | verb | met         | subject                  | obl:with; obl:to; group                            | occurred | CAMEO 010 CONFER, slots added
    speak         | verb | met         | subject                  | obl:with; obl:to                                   | occurred | added
    confer        | verb | met         | subject                  | obl:with; group                                    | occurred | CAMEO 010 CONFER, slots added
    consult       | verb | met         | subject                  | obj; obl:with; group                               | occurred | CAMEO 010 CONFER, slots added
    discuss       | verb | met         | subject                  | obl:with                                           | occurred | CAMEO 010 CONFER, slots added
    negotiate     | verb | met         | subject                  | obl:with; group                                    | occurred | added
    see           | verb | met         | subject                  | obj                                                | occurred | added
    brief         | verb | met         | subject                  | obj                                                | occurred | added
    receive       | verb | met         | subject                  | obj                                                | occurred | added
    sit down      | verb | met         | subject                  | obl:with                                           | occurred | added
    call          | verb | demanded_of | subject                  | obl:on; obl:for                                    | occurred | CAMEO 041 CALL, slots added
    call          | verb | met         | subject                  | obj                                                | occurred | CAMEO 041 CALL, slots added
    meeting       | noun | met         | poss; modifier; governor | nmod:with; between; obl:with; obl:alongside; group | occurred | added
    communication | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    sign          | verb | met         | subject                  | obl:with; group                                    | occurred | added
    welcome       | verb | met         | subject                  | obj                                                | occurred | added
    talk          | noun | met         | poss; modifier; governor | nmod:with; between; obl:with; group                | occurred | added
    summit        | noun | met         | poss; modifier; governor | nmod:with; between; obl:with; group                | occurred | added
    call          | noun | met         | poss; modifier; governor | nmod:with; between; obl:with; nmod:on              | occurred | added
    conversation  | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    discussion    | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    negotiation   | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    consultation  | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    contact       | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    visit         | noun | met         | poss; modifier; governor | nmod:to; obl:to                                    | occurred | added
    face-to-face  | noun | met         | poss; modifier; governor | nmod:with; between; obl:with                       | occurred | added
    urge          | verb | demanded_of | subject                  | obj; iobj                                          | occurred | added
    ask           | verb | demanded_of | subject                  | obj; obl:for:poss                                  | occurred | added
    press         | verb | demanded_of | subject                  | obj                                                | occurred | CAMEO 100 DEMAND, slots added
    pressure      | verb | demanded_of | subject                  | obj                                                | occurred | added
    demand        | verb | demanded_of | subject                  | obl:of; obl:from; obj; ccomp:subject               | occurred | CAMEO 100 DEMAND, slots added
    insist        | verb | demanded_of | subject                  | ccomp:obligation                                   | occurred | CAMEO 100 INSIST, slots added
    say           | verb | demanded_of | subject                  | ccomp:obligation                                   | occurred | added
    suggest       | verb | demanded_of | subject                  | ccomp:obligation                                   | occurred | added
    demand        | noun | demanded_of | poss; nmod:by; modifier  | nmod:on; nmod:for; governor                        | occurred | added
    ultimatum     | noun | demanded_of | poss; nmod:by; governor  | nmod:to; obl:to                                    | occurred | added
    appeal        | verb | demanded_of | subject                  | obl:to                                             | occurred | CAMEO 020 APPEAL, slots added
    plead         | verb | demanded_of | subject                  | obl:with                                           | occurred | CAMEO 020 APPEAL, slots added
    ally          | noun | allied_with | poss; nmod:of; modifier  | governor; subject                                  | occurred | added
    alliance      | noun | allied_with | poss; modifier; governor | nmod:with; between; group                          | occurred | added
    ally          | verb | allied_with | subject                  | obl:with; obl:to; group                            | occurred | CAMEO 050 COLLABORATE, slots added
    friendship    | noun | allied_with | poss; modifier; governor | nmod:with; between                                 | occurred | added
    relationship  | noun | allied_with | poss; modifier; governor | nmod:with; between                                 | occurred | added
    partner       | noun | allied_with | poss; nmod:of; modifier  | governor; subject                                  | occurred | added
    stand         | verb | allied_with | subject                  | obl:by                                             | occurred | added
    support       | noun | allied_with | poss; governor           | nmod:for                                           | occurred | added
    support       | verb | allied_with | subject                  | obj                                                | occurred | CAMEO 050 SUPPORT, slots added
    back          | verb | allied_with | subject                  | obj                                                | occurred | CAMEO 050 SUPPORT, slots added
    praise        | verb | praised     | subject                  | obj; obj:poss                                      | occurred | CAMEO 051 ACCLAIM, slots added
    criticise     | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 111 DENOUNCE, slots added
    accuse        | verb | criticised  | subject                  | obj; obj:poss                                      | occurred | CAMEO 112 BLAME, slots added
    threaten      | verb | threatened  | subject                  | obj; obj:poss                                      | occurred | CAMEO 130 THREATEN, slots added
    threat        | noun | threatened  | poss; modifier           | nmod:to; nmod:against                              | occurred | added
    sanction      | verb | sanctioned  | subject                  | obj                                                | occurred | added
    sanction      | noun | sanctioned  | poss; modifier; governor | nmod:on; nmod:against                              | occurred | added
    invite        | verb | invited     | subject                  | obj                                                | occurred | CAMEO 040 INVITE, slots added
    invitation    | noun | invited     | poss; modifier           | nmod:to; governor                                  | occurred | added
    reject        | verb | rejected    | subject                  | obj; obj:poss                                      | occurred | added
    war           | noun | at_war_with | poss; modifier           | nmod:on; nmod:against; nmod:with                   | occurred | added
    invasion      | noun | at_war_with | poss; modifier           | nmod:of                                            | occurred | added
    propose       | verb | proposed_to | subject                  | obl:to                                             | proposed | added
    offer         | verb | proposed_to | subject                  | iobj; obl:to                                       | proposed | added
    """#

    static let statusCues = #"""
    # Status words: a lemma (with a particle: "rule out"), where it stands to the cue in the
    # dependency tree, and the status it gives what the cue states.
    #   modifier   a dependent of the cue or of a word above it in its clause chain (aux, advmod,
    #              amod, det, or a time phrase: "next week")
    #   governor   a word above the cue in its clause chain: "refused to meet", "denied that X
    #              had met Y", "proposed a meeting"
    #   condition  the subordinator of a clause attached to the cue or above it: "only if"
    # Negated wins over proposed, proposed over planned; without any, the cue's own status.
    # Reported speech keeps the reported status ("said", "told" are not status words).
    # lemma      | attachment | status
    not          | modifier   | negated
    n't          | modifier   | negated
    never        | modifier   | negated
    no           | modifier   | negated
    refuse       | governor   | negated
    decline      | governor   | negated
    deny         | governor   | negated
    rule out     | governor   | negated
    cancel       | governor   | negated
    call off     | governor   | negated
    false        | governor   | negated
    fail         | governor   | negated
    will         | modifier   | planned
    'll          | modifier   | planned
    shall        | modifier   | planned
    would        | modifier   | planned
    upcoming     | modifier   | planned
    forthcoming  | modifier   | planned
    planned      | modifier   | planned
    scheduled    | modifier   | planned
    tomorrow     | modifier   | planned
    next         | modifier   | planned
    later        | modifier   | planned
    go           | governor   | planned
    set          | governor   | planned
    due          | governor   | planned
    schedule     | governor   | planned
    plan         | governor   | planned
    expect       | governor   | planned
    agree        | governor   | planned
    arrange      | governor   | planned
    prepare      | governor   | planned
    could        | modifier   | proposed
    might        | modifier   | proposed
    may          | modifier   | proposed
    possible     | modifier   | proposed
    possibly     | modifier   | proposed
    potential    | modifier   | proposed
    proposed     | modifier   | proposed
    future       | modifier   | proposed
    propose      | governor   | proposed
    suggest      | governor   | proposed
    offer        | governor   | proposed
    want         | governor   | proposed
    hope         | governor   | proposed
    seek         | governor   | proposed
    ready        | governor   | proposed
    willing      | governor   | proposed
    consider     | governor   | proposed
    push         | governor   | proposed
    reject       | governor   | proposed
    idea         | governor   | proposed
    prospect     | governor   | proposed
    speculation  | governor   | proposed
    if           | condition  | proposed
    unless       | condition  | proposed
    """#
}
