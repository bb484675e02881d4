import ArgumentParser
import Foundation
import PubReportKit
import Report

struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template", abstract: "Print (or write) the default report template, to edit and pass with --template.")

  @Option(help: "Write the template to this file instead of printing it; an existing file is never replaced.")
  var out: String?

  func run() throws {
    guard let out else {
      print(ReportTemplate.standard, terminator: "")
      return
    }
    guard !FileManager.default.fileExists(atPath: out) else {
      throw ValidationError("\(out) exists; pubreport never replaces a file it did not write")
    }
    try AtomicFile.write(Data(ReportTemplate.standard.utf8), to: out)
  }
}
