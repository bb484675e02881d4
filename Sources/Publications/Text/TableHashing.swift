/// The hashing the hand-written hash tables share (`InternTable`, and the topic model's pair
/// counts): a seed drawn once per process, and MurmurHash3's 64-bit finaliser (Appleby), after
/// which every input bit flips about half the output bits.
///
/// NB: the standard `Hasher` (SipHash) costs as much to set up and finish as a whole lookup of a
/// short key; the seed still keeps crafted keys from colliding on purpose, and nothing a table
/// returns depends on it.
public enum TableHashing {
  public static let seed = UInt64.random(in: .min ... .max)

  /// `value` mixed by MurmurHash3's finaliser.
  @inlinable
  public static func mixed(_ value: UInt64) -> UInt64 {
    var hash = value
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash = hash &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash
  }
}
