import Foundation
import PubReportKit

/// Prints input errors and diagnostics to standard error, in file and line order.
enum DiagnosticPrinter {
  static func printError(_ error: Error) {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
  }

  static func print(_ corpus: Corpus) {
    var lines = corpus.inputErrors.map(\.description)
    lines += corpus.diagnostics.sorted { $0.location < $1.location }.map(\.description)
    guard !lines.isEmpty else { return }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
