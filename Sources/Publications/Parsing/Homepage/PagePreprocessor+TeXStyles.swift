extension PagePreprocessor {
  /// The Markdown each TeX style command stands for.
  private static let styleCommands: [TeXStyle] = [
    TeXStyle(command: "\\textit{", open: "*", close: "*"), TeXStyle(command: "\\emph{", open: "*", close: "*"),
    TeXStyle(command: "\\textsl{", open: "*", close: "*"), TeXStyle(command: "\\textbf{", open: "**", close: "**"),
    TeXStyle(command: "\\underline{", open: "<u>", close: "</u>"),
  ]

  private struct TeXStyle {
    var command: String
    var open: String
    var close: String
    var commandBytes: [UInt8] { Array(command.utf8) }
  }

  /// TeX's style commands written as the Markdown they mean: a reference pasted from a LaTeX CV
  /// ("… Learning. \textit{International Journal of Disaster Risk Reduction}.", 22dylan.github.io)
  /// has its journal in italics, and "\textbf{D. Sanderson}" is the owner in bold. Only a
  /// command whose argument closes on its line with no braces inside; anything else is left
  /// as written.
  ///
  /// Hand-written: a few commands inside Markdown text, where a TeX reader has nothing to read.
  static func rewritingTeXStyles(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\\")), styleCommands.contains(where: { text.containsBytes(of: $0.command) })
    else { return text }
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "\\"), let (style, end) = styledArgument(at: i, in: bytes) {
        output += Array(style.open.utf8) + bytes[(i + style.command.utf8.count)..<end] + Array(style.close.utf8)
        i = end + 1
        continue
      }
      output.append(bytes[i])
      i += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The style command at `start` and the offset of the brace that closes its argument.
  private static func styledArgument(
    at start: Int, in bytes: [UInt8]
  ) -> (style: TeXStyle, end: Int)? {
    guard let style = styleCommands.first(where: { bytes[start...].starts(with: $0.commandBytes) }) else { return nil }
    let argument = start + style.command.utf8.count
    var end = argument
    while end < bytes.count {
      switch bytes[end] {
      case UInt8(ascii: "}"): return end > argument ? (style, end) : nil
      case UInt8(ascii: "{"), UInt8(ascii: "\n"): return nil
      default: end += 1
      }
    }
    return nil
  }
}
