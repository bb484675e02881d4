// swift-tools-version:6.0
import PackageDescription

// Layers, dependencies pointing one way:
//   Publications (model + readers) <- Analysis (pure computations)
//   <- PubReportKit (pipeline, what commands and end-to-end tests call)
//   <- pubreport (argument parsing only)
let package = Package(
  name: "pubreport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pubreport", targets: ["pubreport"]),
    .library(name: "PubReportKit", targets: ["PubReportKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "Publications", dependencies: ["CLibXML2"]),
    .target(name: "Analysis", dependencies: ["Publications"]),
    .target(name: "PubReportKit", dependencies: ["Publications", "Analysis"]),
    .executableTarget(
      name: "pubreport",
      dependencies: [
        "PubReportKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PublicationsTests", dependencies: ["Publications"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
    .testTarget(name: "PubReportKitTests", dependencies: ["PubReportKit"]),
    // Runs the built executable: exit codes, stderr, stdin.
    .testTarget(name: "pubreportTests", dependencies: ["pubreport"]),
  ]
)
