extension Unicode.Scalar {
  /// A scalar drawn as an emoji ("🎓", "📝", "✉"), or a joiner or variation selector inside
  /// one; digits, `#` and `*`, which Unicode also lists as emoji (keycap bases), are not.
  var isPictograph: Bool {
    properties.isEmojiPresentation || properties.isEmoji && value > 0x2000 || value == 0xFE0F || value == 0x200D
  }
}

extension Character {
  /// A character drawn as an emoji ("🧑‍🎓", a sequence of several scalars, is one).
  var isEmoji: Bool { unicodeScalars.first?.isPictograph == true }
}
