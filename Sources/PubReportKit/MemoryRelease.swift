import Foundation

/// Hands memory the process has freed back to the system.
///
/// NB: glibc keeps freed small blocks for reuse; after reading a large bibliography that is
/// the raw entries, about twice the file, which later stages (graph, topics) would otherwise
/// stack on top of. glibc's `malloc_trim` returns the free pages; it is looked up at run time
/// (Swift's Glibc module does not declare it), and where it does not exist this does nothing.
enum MemoryRelease {
  private typealias Trim = @convention(c) (Int) -> Int32

  private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
    .map { unsafeBitCast($0, to: Trim.self) }

  static func returnFreedPages() {
    _ = trim?(0)
  }
}
