import Testing
@testable import Publications
