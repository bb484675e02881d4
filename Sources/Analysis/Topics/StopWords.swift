/// Words that say nothing about a topic: English function words (the usual list, as in
/// scikit-learn's and Lucene's) and the boilerplate of academic titles and abstracts
/// ("propose", "novel", "results", "state-of-the-art").
///
/// Hand-written: no package here ships a stop-word list.
enum StopWords {
  static func contains(_ lowercased: String) -> Bool { all.contains(lowercased) }

  private static let all: Set<String> = Set((english + academic).split(separator: " ").map(String.init))

  private static let english = """
    a about above across after afterwards again against all almost alone along already also although \
    always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at \
    be became because become becomes becoming been before beforehand behind being below beside besides \
    between beyond both but by can cannot could did do does doing done down due during each eg either \
    else elsewhere enough etc even ever every everyone everything everywhere except few for former \
    formerly from further had has have having he hence her here hereafter hereby herein hers herself \
    him himself his how however ie if in indeed into is it its itself just last latter latterly least \
    less many may me meanwhile might mine more moreover most mostly much must my myself namely neither \
    never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one \
    only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather \
    re same seem seemed seeming seems several she should since so some somehow someone something \
    sometime sometimes somewhere still such than that the their theirs them themselves then thence \
    there thereafter thereby therefore therein thereupon these they this those though through \
    throughout thru thus to together too toward towards under until up upon us very via was we well \
    were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever \
    whether which while whither who whoever whole whom whose why will with within without would yet \
    you your yours yourself yourselves vs versus using use used uses two three four first second third \
    new
    """

  private static let academic = """
    paper papers propose proposes proposed proposing present presents presented presenting introduce \
    introduces introduced introducing method methods approach approaches novel result results show \
    shows shown showing demonstrate demonstrates demonstrated experiment experiments experimental \
    effective effectively efficient efficiently significantly significant outperform outperforms \
    outperforming state-of-the-art art existing work works study studies based task tasks problem \
    problems framework frameworks performance improve improves improved improving achieve achieves \
    achieved achieving extensive various different well-known recent recently further toward \
    towards address addresses addressing conduct conducted evaluate evaluated evaluation new \
    technique techniques furthermore moreover specifically particular particularly simple \
    make makes making provide provides provided enable enables enabled large-scale end-to-end \
    superior better best compared comparison terms way ways aim aims key main abstract \
    investigate investigates investigated analysis analyze analyse analyzes towards arxiv preprint \
    advancement advancements remarkable considerable yield yields et al ii iii iv
    """
}
