// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for the readers, kept apart from the main package: they link only with
// `-sanitize=fuzzer`, which `swift build` of pubreport must never need. Build and run with
// `make fuzz` (see ../Makefile).
let package = Package(
  name: "PubReportFuzz",
  dependencies: [.package(name: "pubreport", path: "..")],
  targets: [
    .target(name: "CFuzzDriver"),
    .executableTarget(
      name: "FuzzReaders",
      dependencies: ["CFuzzDriver", .product(name: "Publications", package: "pubreport")]
    ),
  ]
)
