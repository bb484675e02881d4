/// Math in titles, written out as a reader would say it: `$1.5\lesssim z\lesssim 3.5$` is
/// “1.5 ≲ z ≲ 3.5”, `$^{13}$CO` is “¹³CO”, `$M_\odot$` is “M☉”, and the astronomers' lowered tilde
/// `z\raisebox{-0.5ex}\textasciitilde2` is “z ~ 2”.
extension LaTeXByteDecoder {
  /// `$` or `$$` starts math, or ends it.
  mutating func toggleMath() {
    index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "$") ? 2 : 1
    mathStart = mathStart == nil ? output.count : nil
  }

  /// Writes a math or spacing command, or returns false when `name` is none.
  mutating func mathCommand(_ name: String) -> Bool {
    if let relation = LaTeXMath.relations[name] {
      eatControlWordSpace()
      appendRelation(relation)
    } else if let symbol = LaTeXMath.symbols[name] {
      eatControlWordSpace()
      append(symbol)
    } else if LaTeXMath.dropsArgument.contains(name) {
      skipArgument()
    } else if name == "raisebox" {
      raisebox()
    } else {
      return false
    }
    return true
  }

  /// `^x` or `_{xy}`: Unicode super- or subscript characters when every character has one
  /// (`10^{-3}` is 10⁻³); otherwise the mark and the text (`M_{\rm BH}` is M_BH).
  mutating func script() {
    let isSuperscript = bytes[index] == UInt8(ascii: "^")
    index += 1
    let start = output.count
    argument()
    let text = String(decoding: output[start...], as: UTF8.self)
    let table = isSuperscript ? LaTeXMath.superscripts : LaTeXMath.subscripts
    let scripted = text.unicodeScalars.map { table[$0] }
    if !text.isEmpty, scripted.allSatisfy({ $0 != nil }) {
      output.replaceSubrange(start..., with: scripted.compactMap { $0 }.joined().utf8)
    } else {
      output.insert(isSuperscript ? UInt8(ascii: "^") : UInt8(ascii: "_"), at: start)
    }
  }

  /// A relation has a space on each side when something stands before it in the same math
  /// (`$z\sim2$` is “z ~ 2”), and none when it opens the math (`$\sim$10 Gyr` is “~10 Gyr”).
  private mutating func appendRelation(_ relation: String) {
    let hasLeftOperand = output.count > (mathStart ?? 0)
    append(hasLeftOperand ? " \(relation) " : relation)
  }

  /// `\raisebox{shift}{text}`: the shift goes; a raised or lowered tilde alone is the
  /// “approximately” relation.
  private mutating func raisebox() {
    skipArgument()
    let start = output.count
    argument()
    if output[start...].elementsEqual("~".utf8) {
      output.removeSubrange(start...)
      appendRelation("~")
    }
  }

  /// Skips one argument (`{…}` with nested braces, or one character) without writing it.
  private mutating func skipArgument() {
    skipSpaces()
    guard index < bytes.count else { return }
    guard bytes[index] == UInt8(ascii: "{") else { return index += 1 }
    var depth = 0
    repeat {
      if bytes[index] == UInt8(ascii: "{") { depth += 1 }
      if bytes[index] == UInt8(ascii: "}") { depth -= 1 }
      index += 1
    } while index < bytes.count && depth > 0
  }

  /// A control word eats the spaces after it, and an empty group (`\odot{}`).
  private mutating func eatControlWordSpace() {
    skipSpaces()
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "}") { index += 2 }
  }
}

/// The math vocabulary of titles in physics, astronomy and computer science `.bib` files.
enum LaTeXMath {
  /// Relations and arrows: spaced between operands.
  static let relations: [String: String] = [
    "sim": "~", "lesssim": "≲", "gtrsim": "≳", "approx": "≈", "simeq": "≃", "propto": "∝", "leq": "≤", "le": "≤",
    "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "ll": "≪", "gg": "≫", "lt": "<", "gt": ">", "equiv": "≡",
    "in": "∈", "subset": "⊂", "subseteq": "⊆", "rightarrow": "→", "to": "→", "leftarrow": "←",
    "Rightarrow": "⇒", "leftrightarrow": "↔", "mapsto": "↦",
  ]

  /// Letters and operators written as one character.
  static let symbols: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "odot": "☉", "sun": "☉", "oplus": "⊕",
    "earth": "⊕", "star": "⋆", "cdot": "·", "circ": "∘", "degree": "°", "prime": "′", "ell": "ℓ", "hbar": "ħ",
    "partial": "∂", "nabla": "∇", "sqrt": "√", "sum": "∑", "prod": "∏", "int": "∫", "div": "÷", "langle": "⟨",
    "rangle": "⟩", "cdots": "⋯", "quad": " ", "qquad": " ",
  ]

  /// Commands whose argument is layout or a reference, not text.
  static let dropsArgument: Set<String> = ["hspace", "vspace", "label", "cite", "citep", "citet", "ref", "footnote", "thanks"]

  static let superscripts: [Unicode.Scalar: String] = [
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "∘": "°", "′": "′", "*": "*",
    "∗": "*", "†": "†",
  ]

  static let subscripts: [Unicode.Scalar: String] = [
    "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
    "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "☉": "☉", "⊕": "⊕", "⋆": "⋆",
  ]
}
