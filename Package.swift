// swift-tools-version:6.0
import PackageDescription

// Layers, dependencies pointing one way:
//   Publications (model + readers) <- Analysis (pure computations) <- Figures (chart specs,
//   layout to a Scene) <- CairoRendering (the only importer of Cairo/Pango);
//   Report (Markdown) reads Publications, Analysis and Figures, never Cairo;
//   PubReportKit (the pipeline) knows every layer; pubreport only parses arguments.
let package = Package(
  name: "pubreport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pubreport", targets: ["pubreport"]),
    // The readers alone, for the fuzzing package in Fuzz/: the one module whose API is public.
    // Everything else crosses modules with `package` access: one package, no outside users.
    .library(name: "Publications", targets: ["Publications"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // Linked into the executable only: its malloc and free replace glibc's for the process.
    .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
    .target(
      name: "Publications", dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")],
      // The venue lists' sources, licences and rebuild script sit beside the data they made.
      exclude: [
        "Venues/Data/SOURCES.md", "Venues/Data/make_venue_data.py", "Venues/Data/LICENSE-abbrv.jabref.org.md",
        "Venues/Data/journal-abbreviations.tsv",
        "Venues/Data/journal-additions.tsv",
        "Venues/Data/LICENSE-ccf-deadlines",
      ]),
    .target(name: "Analysis", dependencies: ["Publications"]),
    .target(name: "Figures", dependencies: ["Publications", "Analysis"]),
    // Publications for `Parallelism`, which renders charts on both cores.
    .target(name: "CairoRendering", dependencies: ["Figures", "Publications", "CCairo", "CPango", "CZlib"]),
    .target(
      name: "Report",
      dependencies: ["Publications", "Analysis", "Figures", .product(name: "Mustache", package: "swift-mustache")]),
    .target(
      name: "PubReportKit",
      dependencies: [
        "Publications", "Analysis", "Figures", "CairoRendering", "Report", .product(name: "Yams", package: "Yams"),
      ]),
    .executableTarget(
      name: "pubreport",
      dependencies: [
        "PubReportKit", "CMimalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Trains and measures the reference tagger (`make reference-model`, `make bench`); not shipped.
    .executableTarget(
      name: "ReferenceModelTrainer",
      // Analysis for `SplitMix64`, the seeded generator the epoch order is drawn from.
      dependencies: ["Publications", "Analysis", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      exclude: ["TrainingData"]),
    .testTarget(name: "PublicationsTests", dependencies: ["Publications"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
    .testTarget(name: "FiguresTests", dependencies: ["Figures"]),
    .testTarget(name: "CairoRenderingTests", dependencies: ["CairoRendering"]),
    .testTarget(name: "ReportTests", dependencies: ["Report"]),
    .testTarget(name: "PubReportKitTests", dependencies: ["PubReportKit"]),
    // Runs the built executable: exit codes, stderr, stdin.
    .testTarget(name: "pubreportTests", dependencies: ["pubreport"]),
  ]
)
