// Lines that are not an article's prose: captions, credits, links and prompts.
extension BuiltinTable {
    static let boilerplate = #"""
    # phrase (lower case) | where: opening (the line starts with it) or anywhere (a caption or
    #   credit marker inside the line). Such lines keep their entities; no relation is read from them.
    photograph:                | opening
    photo:                     | opening
    photos:                    | opening
    image:                     | opening
    picture:                   | opening
    credit:                    | opening
    source:                    | opening
    read also                  | opening
    read more                  | opening
    also read                  | opening
    related:                   | opening
    related articles           | opening
    for more info              | opening
    for more information       | opening
    you may also like          | opening
    you might also like        | opening
    leave a reply              | opening
    sign up                    | opening
    subscribe                  | opening
    share this                 | opening
    advertisement              | opening
    click here                 | opening
    follow us                  | opening
    update.                    | opening
    updated:                   | opening
    published:                 | opening
    copyright                  | opening
    ©                          | opening
    all rights reserved        | opening
    photograph:                | anywhere
    via getty images           | anywhere
    getty images               | anywhere
    /afp                       | anywhere
    /reuters                   | anywhere
    /ap photo                  | anywhere
    (photo by                  | anywhere
    photo credit               | anywhere
    /shutterstock              | anywhere
    /epa                       | anywhere
    /pool                      | anywhere
    """#
}
