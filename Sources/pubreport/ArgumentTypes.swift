import ArgumentParser
import PubReportKit

// Typed options: ArgumentParser converts and checks each one once, as it reads the command line.

/// `--formats png,pdf,svg`.
struct ChartFormatList: ExpressibleByArgument {
  var formats: [ChartFormat]

  init?(argument: String) {
    guard let formats = try? ChartFormat.list(argument), !formats.isEmpty else { return nil }
    self.formats = formats
  }

  static var defaultCompletionKind: CompletionKind { .list(ChartFormat.allCases.map(\.rawValue)) }
}

/// `--chart-width 16cm`.
extension ChartWidth: ExpressibleByArgument {
  package init?(argument: String) {
    self.init(argument)
  }
}

/// `--format graphml`, in any case.
extension GraphExport.Format: ExpressibleByArgument {
  package init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}
