/// The entries' fields with `@string` macros and month names resolved.
///
/// Two ways to the same text: `MacroResolver` resolves any entry, in file order on one thread
/// (it keeps the expansion budget and reports undefined names once); `PlainMacros` resolves
/// the usual entry, whose macros are all months or @strings of plain text, on any thread, once
/// the resolver has taken its budget.

/// @strings of plain text (no macro inside) expanded once, and the month names: everything an
/// ordinary entry's macros need, read-only, so the threads that read entries share it.
struct PlainMacros: Sendable {
  private var expansions: [String: (text: String, cost: Int)] = [:]
  /// Every @string name: a month written `@string{jan = …}` is that @string, as in the resolver.
  private let strings: Set<String>
  private let months: [String: String]

  init(strings: [String: [BibTeXEntry.Piece]], months: [String: String]) {
    self.strings = Set(strings.keys)
    self.months = months
    for (name, pieces) in strings {
      let literals = pieces.compactMap { piece in if case .literal(let literal) = piece { literal } else { nil } }
      guard literals.count == pieces.count else { continue }
      // `MacroResolver` charges 1 for the expansion and each byte of its text.
      let text = literals.joined()
      expansions[name] = (text, 1 + text.utf8.count)
    }
  }

  /// The budget `entry`'s macros cost, or nil when it needs the resolver: it cites a crossref
  /// parent, names an undefined macro or an @string made of macros.
  func cost(of entry: BibTeXEntry) -> Int? {
    var cost = 0
    for (name, pieces) in entry.fields {
      if name == "crossref" { return nil }
      for case .macro(let macro) in pieces {
        if let expansion = expansions[macro] {
          cost += expansion.cost
        } else if strings.contains(macro) || months[macro] == nil {
          return nil
        }
      }
    }
    return cost
  }

  /// The fields of an entry `cost(of:)` accepted, as `MacroResolver.fields(of:)` gives them.
  func fields(of entry: BibTeXEntry) -> [String: String] {
    var fields: [String: String] = [:]
    fields.reserveCapacity(entry.fields.count)
    for (name, pieces) in entry.fields { fields[name] = text(of: pieces) }
    return fields
  }

  private func text(of pieces: [BibTeXEntry.Piece]) -> String {
    // NB: one literal, the usual value, is shared rather than copied.
    if pieces.count == 1, case .literal(let literal) = pieces[0] { return literal }
    var text = ""
    for piece in pieces {
      switch piece {
      case .literal(let literal): text += literal
      case .macro(let name): text += expansions[name]?.text ?? months[name] ?? name
      }
    }
    return text
  }
}

/// Resolves `#`-joined pieces with the `@string` table and month names.
///
/// @strings may use @strings, so a few kilobytes can define an exponential amount of text
/// (`@string{b = a # a}`, `@string{c = b # b}`, …: a 100 kB file once asked for 3 GB). Two
/// bounds keep it linear: nesting stops at `depthLimit`, and all expansions together may add
/// no more text than the input holds plus 1 MiB (real abbreviations add a small fraction of it).
struct MacroResolver {
  static let depthLimit = 16
  var strings: [String: [BibTeXEntry.Piece]]
  var months: [String: String]
  var diagnostics: [Diagnostic] = []
  /// The bytes of @string text still allowed; each expansion costs at least one, so a chain of
  /// empty @strings is bounded too.
  private let budget: Int
  private var remaining: Int
  private var reported: Set<String> = []

  init(strings: [String: [BibTeXEntry.Piece]], months: [String: String], budget: Int) {
    self.strings = strings
    self.months = months
    self.budget = budget
    self.remaining = budget
  }

  /// Takes the budget an entry's plain macros spend (`PlainMacros.cost(of:)`), when it is there
  /// to spend: then the entry resolves the same without the resolver, on any thread.
  mutating func spend(_ cost: Int) -> Bool {
    // NB: each expansion checks `remaining > 0` before it pays; with `cost` still left over
    // after all of them, every check would have passed.
    guard remaining - cost >= 0 else { return false }
    remaining -= cost
    return true
  }

  mutating func fields(of entry: BibTeXEntry) -> [String: String] {
    var fields: [String: String] = [:]
    for (name, pieces) in entry.fields { fields[name] = resolve(pieces, in: entry) }
    return fields
  }

  mutating func resolve(_ pieces: [BibTeXEntry.Piece], in entry: BibTeXEntry, depth: Int = 0) -> String {
    var text = ""
    for piece in pieces {
      switch piece {
      case .literal(let literal):
        if depth > 0 { remaining -= literal.utf8.count }
        text += literal
      case .macro(let name):
        text += expand(name, in: entry, depth: depth)
      }
    }
    return text
  }

  private mutating func expand(_ name: String, in entry: BibTeXEntry, depth: Int) -> String {
    guard let value = strings[name] else {
      if let month = months[name] { return month }
      report(name, .undefinedMacro(name: name, key: entry.key), at: entry)
      return name
    }
    guard depth < Self.depthLimit else {
      report(name, .macroTooDeep(name: name, key: entry.key, limit: Self.depthLimit), at: entry)
      return name
    }
    guard remaining > 0 else {
      report("", .macroExpansionSpent(key: entry.key, budget: budget), at: entry)
      return name
    }
    remaining -= 1
    return resolve(value, in: entry, depth: depth + 1)
  }

  /// Adds the diagnostic the first time `name` needs one.
  private mutating func report(_ name: String, _ message: Diagnostic.Message, at entry: BibTeXEntry) {
    if reported.insert(name).inserted { diagnostics.append(Diagnostic(at: entry.location, message)) }
  }
}
