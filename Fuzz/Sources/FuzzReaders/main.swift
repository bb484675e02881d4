import CFuzzDriver
import Foundation
import Publications

// One binary, one reader per run:
// FUZZ_TARGET=homepage|bibtex|csljson|hugo|names|venues|references|latexcv|ris|openalex|dblp|orcid.
// Every input must return: no crash, no hang, no runaway memory (libFuzzer's -rss_limit_mb).
let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "homepage"

func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let text = TextDecoder.decode(bytes).text
  switch fuzzTarget {
  case "bibtex": _ = BibTeXReader().read([.init(name: "fuzz.bib", text: text)])
  case "csljson": _ = CSLJSONReader().read(text, file: "fuzz.json")
  case "hugo":
    _ = HugoReader(authorNames: ["admin": "Ann Lee"]).read([.init(name: "fuzz/index.md", text: text, companions: ["cite.bib": text])])
  case "names":
    // The name rules through the public reader: the input becomes one author field.
    _ = BibTeXReader().read([.init(name: "fuzz.bib", text: "@article{k, title = {T}, author = {" + text + "}}")])
  case "venues":
    _ = VenueCatalog.standard.mentions(in: text)
    _ = VenueCatalog.years(in: text)
  case "references": _ = ReferenceListReader().read(text, file: "fuzz.txt")
  case "latexcv": _ = LaTeXCVReader().read(text, file: "fuzz.tex")
  case "ris": _ = RISReader().read(text, file: "fuzz.ris")
  case "openalex": _ = OpenAlexReader().read(text, file: "fuzz.json")
  case "dblp": _ = DBLPReader().read(text, file: "fuzz.xml")
  case "orcid": _ = ORCIDReader().read(text, file: "fuzz.json")
  default: _ = HomepageReader().read(text, file: "fuzz.md")
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) })
