extension BuiltinTable {
    static let people = #"""
    vladimir-putin | Vladimir Putin | Putin
    """#
    static let givenNames = #"""
    Donald | en
    Volodymyr | uk
    """#
}
