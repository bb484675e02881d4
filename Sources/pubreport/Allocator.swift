import CMimalloc

/// The allocator of the process: mimalloc (Microsoft's, Debian's `libmimalloc`), in place of
/// glibc's malloc.
///
/// The readers and the analysis make millions of small strings and arrays; on 100,000 BibTeX
/// entries glibc's malloc and free took a tenth of the run, much of it merging and unlinking
/// free chunks, and mimalloc takes 12–16 % off the whole `stats` run (BENCHMARKS.md). Outputs
/// do not depend on where memory comes from.
///
/// NB: Debian builds mimalloc to override `malloc` and `free` themselves, so linking it is
/// all it takes; naming one of its functions keeps the linker from dropping a library no code
/// calls.
enum Allocator {
  /// The linked mimalloc's version (e.g. 209 for 2.0.9).
  static var version: Int { Int(mi_version()) }
}
