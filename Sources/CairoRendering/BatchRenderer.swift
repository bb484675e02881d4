import Publications
import Dispatch
import Figures
import Foundation

/// Renders many charts on both cores. Each thread makes its own Pango engine and renderer:
/// Pango objects must not be shared between threads, while separate ones may run side by side.
/// Jobs are dealt round-robin and results come back in job order, so the bytes are the same as
/// from one thread (SVG surface ids, the one process-wide counter, are renumbered anyway).
package enum BatchRenderer {
  /// One file to draw.
  package enum Job: Sendable {
    /// One scene in one format.
    case chart(Scene, CairoRenderer.Format, title: String)
    /// Several scenes as the pages of one PDF.
    case document([Scene], title: String)
  }

  /// The bytes of each job, or the error it failed with, in job order.
  ///
  /// - Throws: `RenderingError.fontsMissing` when a thread cannot load the fonts.
  package static func render(_ jobs: [Job], fontsDirectory: String, threads: Int = Parallelism.threads) throws -> [Result<Data, Error>] {
    let threads = max(1, min(threads, jobs.count))
    // Each thread's results for jobs thread, thread + threads, …; nil when it had no fonts.
    let byThread = Parallelism.map(threads) { thread -> [Result<Data, Error>]? in
      guard let engine = try? PangoTextEngine(fontsDirectory: fontsDirectory) else { return nil }
      let renderer = CairoRenderer(text: engine)
      return stride(from: thread, to: jobs.count, by: threads).map { index in Result { try render(jobs[index], with: renderer) } }
    }
    let results = byThread.compactMap { $0 }
    guard results.count == threads else { throw RenderingError.fontsMissing(directory: fontsDirectory) }
    return jobs.indices.map { results[$0 % threads][$0 / threads] }
  }

  private static func render(_ job: Job, with renderer: CairoRenderer) throws -> Data {
    switch job {
    case .chart(let scene, let format, let title): try renderer.render(scene, as: format, title: title)
    case .document(let pages, let title): try renderer.renderPDF(pages: pages, title: title)
    }
  }
}
