import Testing
@testable import PubReportKit
