import Testing
@testable import Publications

/// The hand-written TOML reader of Hugo front matter (see `TOMLReader` for why it is not
/// TOMLKit): the language's forms a page writes, and errors with their lines.
@Suite struct TOMLReaderTests {
  @Test func `an Academic page of 2019 reads whole`() throws {
    let map = try TOMLReader.read(
      """
      title = "Autonomous landing solution of low-cost quadrotor on a moving platform"
      date = 2019-09-01T00:00:00

      # Authors. Comma separated list, e.g. `["Bob Smith", "David Jones"]`.
      authors = ["Yuhua Qi","Jiaqi Jiang","Jin Wu", "Jiayuan Shan"]
      publication_types = ["2"]
      featured = false
      weight = -1_000

      [image]
        # Caption (optional)
        caption = 'Image credit: [**Unsplash**](https://unsplash.com/photos/pLCdAaMFLTE)'

      [[url_custom]]
      name = "Paper"
      url = "https://www.usenix.org/system/files/conference/osdi16/osdi16-gog.pdf"

      [[url_custom]]
      name = "Source code"
      url = "https://github.com/camsas/firmament"
      """)
    #expect(map["title"] as? String == "Autonomous landing solution of low-cost quadrotor on a moving platform")
    #expect(map["date"] as? String == "2019-09-01T00:00:00")
    #expect(map["authors"] as? [String] == ["Yuhua Qi", "Jiaqi Jiang", "Jin Wu", "Jiayuan Shan"])
    #expect(map["featured"] as? Bool == false)
    #expect(map["weight"] as? Int == -1000)
    #expect((map["image"] as? [String: Any])?["caption"] as? String == "Image credit: [**Unsplash**](https://unsplash.com/photos/pLCdAaMFLTE)")
    #expect((map["url_custom"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Paper", "Source code"])
  }

  @Test func `strings keep their escapes, lines and quotes`() throws {
    let map = try TOMLReader.read(
      #"""
      a = "Tab\there \"quoted\" caf\u00E9"
      b = 'C:\Users\nodejs'
      c = """
      Roses are red
      Violets are \
        blue"""
      d = """Here are two quotation marks: "". Simple enough."""
      e = """"This," she said, "is just a pointless statement.""""
      "quoted key" = 1
      site.name.first = "Ann"
      f = { name = "Paper", url = "https://x.org" }
      g = [ [1, 2], ["a", 'b'], ]
      h = 1979-05-27 07:32:00Z
      i = 6.626e-34
      j = 0xDEAD
      """#)
    #expect(map["a"] as? String == "Tab\there \"quoted\" café")
    #expect(map["b"] as? String == #"C:\Users\nodejs"#)
    #expect(map["c"] as? String == "Roses are red\nViolets are blue")
    #expect(map["d"] as? String == #"Here are two quotation marks: "". Simple enough."#)
    #expect(map["e"] as? String == #""This," she said, "is just a pointless statement.""#)
    #expect(map["quoted key"] as? Int == 1)
    #expect((((map["site"] as? [String: Any])?["name"]) as? [String: Any])?["first"] as? String == "Ann")
    #expect((map["f"] as? [String: Any])?["url"] as? String == "https://x.org")
    #expect((map["g"] as? [Any])?.count == 2)
    #expect(map["h"] as? String == "1979-05-27 07:32:00Z")
    #expect(map["i"] as? Double == 6.626e-34)
    #expect(map["j"] as? Int == 0xDEAD)
  }

  struct Broken: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var testDescription: String { text }
  }

  @Test(arguments: [
    // The fuzz target's find: toml++ asserted (and aborted the process) on this date.
    Broken(text: "title = \"Drone\"\ndate = 2019-01-25T[0:00:00", line: 2),
    Broken(text: "title = \"x\"\ntitle = \"y\"", line: 2),
    Broken(text: "authors = [\"Ren Jin\", \n\"Jiaqi", line: 2),
    Broken(text: "a = \n", line: 1),
    Broken(text: "[image]\ncaption = 1\n[image]", line: 3),
    Broken(text: "a = 1 b = 2", line: 1),
    Broken(text: "a = \"\\q\"", line: 1),
  ])
  func `broken TOML is an error on its line, never a crash`(_ broken: Broken) {
    #expect(throws: TOMLReader.Problem.self) { try TOMLReader.read(broken.text) }
    do {
      _ = try TOMLReader.read(broken.text)
    } catch let problem as TOMLReader.Problem {
      #expect(problem.line == broken.line)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func `nesting past the limit is refused`() {
    let deep = "a = " + String(repeating: "[", count: 10_000)
    #expect(throws: TOMLReader.Problem.self) { try TOMLReader.read(deep, depthLimit: 200) }
    #expect((try? TOMLReader.read(deep, depthLimit: 200)) == nil)
  }
}
