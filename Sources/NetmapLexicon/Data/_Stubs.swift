extension BuiltinTable {
    static let states = #"""
    russia | Russia | Russian Federation | Moscow | Russian
    ukraine | Ukraine | | Kyiv; Kiev | Ukrainian
    united-states | United States | US; U.S.; USA; America | Washington | American
    """#
    static let organisations = #"""
    nato | NATO | alliance | Nato |
    kremlin | Kremlin | government | | russia
    """#
    static let people = #"""
    vladimir-putin | Vladimir Putin | Putin
    """#
    static let givenNames = #"""
    Donald | en
    Volodymyr | uk
    """#
}
