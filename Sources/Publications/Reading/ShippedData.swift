import Dispatch

/// The large tables shipped inside pubreport: the journal list (29,000 journals) and the
/// reference parser's model (a megabyte of weights).
///
/// Each is built at its first use, once per process. Building both costs about a fifth of
/// reading a homepage, so a command starts them on the other core as it begins: they are
/// ready by the time a reader asks, while the main thread parses arguments, reads the
/// configuration and builds the venue catalogue.
public enum ShippedData {
  /// Starts building the shipped tables on another thread and returns at once.
  ///
  /// Outputs never depend on it: a reader that asks first waits for the same value (Swift
  /// builds a `static let` once, whichever thread asks).
  public static func prepareInBackground() {
    guard Parallelism.threads > 1 else { return }
    DispatchQueue.global().async {
      _ = JournalList.standard
      _ = ReferenceModel.standard
    }
  }
}
