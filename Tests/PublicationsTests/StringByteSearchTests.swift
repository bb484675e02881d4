import Foundation
import Testing
@testable import Publications

/// The byte-level string helpers stand in for standard-library and Foundation calls on hot paths;
/// each must answer as the call it replaces does, on the texts references hold.
@Suite struct StringByteSearchTests {
  static let texts = [
    "", " ", "  ", "Smith, J.  and  Doe, A.", " leading", "trailing ", "Pérez-Higueras JJ, Arias A",
    "“Quoted,” in Proc. CVPR", "a,b,,c", "张伟, 李娜", "Müller\u{A0}K. (Hrsg.)", "x\u{301} y", ",,,",
  ]

  @Test(arguments: texts)
  func `split on an ASCII byte gives what split on the character gives`(text: String) {
    for separator in [" ", ",", "-"] {
      let expected = text.split(separator: Character(separator)).map(String.init)
      #expect(text.split(ascii: Unicode.Scalar(separator)!).map(String.init) == expected)
      for limit in 0...3 {
        let limited = text.split(separator: Character(separator), maxSplits: limit).map(String.init)
        #expect(text.split(ascii: Unicode.Scalar(separator)!, maxSplits: limit).map(String.init) == limited)
      }
      #expect(text.firstPiece(ascii: Unicode.Scalar(separator)!).map(String.init) == expected.first)
      #expect(text.lastPiece(ascii: Unicode.Scalar(separator)!).map(String.init) == expected.last)
    }
  }

  @Test(arguments: texts + ["(Ed.).", ".\u{301}abc", "abc.", "[PDF] ", "«Titre»,"])
  func `trimming on bytes trims what trimming characters trims`(text: String) {
    for set in [" .,;:", " ,&", "()", " .,;:()[]{}", " ,;:“”\"'‘’«»"] {
      let expected = String(Substring(text).drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
      #expect(text.trimming(set) == expected)
    }
    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
  }

  @Test func `a byte search finds the first or the last occurrence, in either case when asked`() {
    let text = "Networks, In Springer, in Briefs and more and"
    let first = text.range(ofASCII: ", in ", ignoringCase: true)
    #expect(first.map { String(text[$0]) } == ", In ")
    #expect(text.range(ofASCII: ", in ").map { String(text[$0.upperBound...]) } == "Briefs and more and")
    #expect(text.range(ofASCII: " and", backwards: true).map { String(text[$0.lowerBound...]) } == " and")
    #expect(text.range(ofASCII: "absent") == nil)
    #expect("Zoë and Zoé".range(ofASCII: " and ").map { String("Zoë and Zoé"[$0.upperBound...]) } == "Zoé")
    #expect("arXiv preprint".containsBytes(ofAny: ByteWords(["rxiv", "rXiv"])))
    #expect(!"A thesis".containsBytes(ofAny: ByteWords(["issertation", "Thesis"])))
    #expect("ends in rXi".containsBytes(ofAny: ByteWords(["rXiv", "i"])))
    #expect(!"ends in rXi".containsBytes(ofAny: ByteWords(["rXiv"])))
  }
}
