// The messages of the BibTeX reader: damaged syntax (the entry is skipped, the file goes on),
// then @string and crossref problems.
extension Diagnostic.Message {
  package static func entryNeedsOpening(type: String) -> Self { Self("'@\(type)' must be followed by '{' or '('") }
  package static let stringNeedsName = Self("@string needs 'name = value'")
  package static func stringNeedsEquals(name: String) -> Self { Self("@string \(name) needs '=' after the name") }
  package static func entryNeedsCommaAfterKey(key: String) -> Self { Self("entry '\(key)' needs ',' after its key; skipped") }
  package static func entryNeedsFieldName(key: String) -> Self {
    Self("entry '\(key)' has text where a field name must be; skipped")
  }
  package static func fieldNeedsValue(field: String, key: String) -> Self {
    Self("field '\(field)' of entry '\(key)' needs '=' and a value; entry skipped")
  }
  package static func entryNeedsCommaBetweenFields(key: String, after field: String) -> Self {
    Self("entry '\(key)' needs ',' between fields (after '\(field)'); skipped")
  }
  package static func entryMissesCommaBetweenFields(key: String, after field: String) -> Self {
    Self("entry '\(key)' misses ',' between fields (after '\(field)'); read as if it were there")
  }
  package static let entryNeverClosed = Self("entry is never closed")
  package static let entryShouldClose = Self("expected the entry to close")
  package static let valueNeverFinished = Self("value is never finished")
  package static let valueExpected = Self("expected a value ({…}, \"…\", a number or a macro)")
  package static func unbalancedBrace(openedAt line: Int) -> Self { Self("unbalanced '{' opened at line \(line); entry skipped") }
  package static func unclosedQuote(openedAt line: Int) -> Self { Self("unclosed '\"' opened at line \(line); entry skipped") }
  package static func commentNeverClosed(openedAt line: Int) -> Self { Self("@comment opened at line \(line) is never closed") }

  package static func undefinedMacro(name: String, key: String) -> Self {
    Self("entry '\(key)' uses @string '\(name)', which is never defined; kept as the word '\(name)'")
  }

  package static func macroTooDeep(name: String, key: String, limit: Int) -> Self {
    Self(
      "entry '\(key)' uses @string '\(name)', which nests @strings deeper than \(limit) levels or refers to itself; "
        + "kept as the word '\(name)'")
  }

  package static func macroExpansionSpent(key: String, budget: Int) -> Self {
    Self(
      "entry '\(key)': @strings expand to more than \(budget) bytes in all, more than the input holds; "
        + "from here on they are kept as words")
  }

  package static func missingCrossref(key: String, parent: String) -> Self {
    Self("entry '\(key)' has crossref '\(parent)', which is not in the inputs")
  }
}
