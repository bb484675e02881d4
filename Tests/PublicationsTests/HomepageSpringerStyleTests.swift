import Testing
@testable import Publications

/// References in Springer's style, "Names (Year) Title. Journal Volume(Issue):Pages. DOI", as a
/// lab lists its 211 papers (jhsunlab.github.io), each with a `<button>` link under it.
@Suite struct HomepageSpringerStyleTests {
  /// "… Satellite Data: Statistical Characteristics and Environmental Conditions. Journal …":
  /// the "and" in the title made "Environmental Conditions" the last author, and the journal's
  /// line the title.
  @Test func `the year in parentheses ends the names, whatever words the title holds`() {
    let result = read(
      """
      # Publications

      - Fu Y, Sun J, Fu S, Zhang Y, Ma Z (2023) Initiations of Mesoscale Convective Systems in the Middle Reaches of the Yangtze River Basin Based on FY-4A Satellite Data: Statistical Characteristics and Environmental Conditions. Journal of Geophysical Research: Atmospheres 128(22):e2023JD038630. https://doi.org/10.1029/2023JD038630
      <button><a href="https://agupubs.onlinelibrary.wiley.com/doi/abs/10.1029/2023JD038630" style="text-decoration: none; color: #3F50B6;">Link</a></button>
      """)
    #expect(result.publications.map(\.title) == [
      "Initiations of Mesoscale Convective Systems in the Middle Reaches of the Yangtze River Basin Based on FY-4A Satellite Data: Statistical Characteristics and Environmental Conditions"
    ])
    #expect(result.publications.first?.authors.count == 5)
    // NB: the journal list writes the section in square brackets ("…: [Atmospheres]").
    #expect(result.publications.first?.venue?.name == "Journal of Geophysical Research: Atmospheres")
    #expect(result.publications.first?.year == 2023)
  }

  /// "… Japan Ser II 90(4):553–573. https://doi.org/…": the series, the pages and the address
  /// were read into the journal's name.
  @Test func `the series pages and address after a journal are no part of its name`() {
    let result = read(
      """
      # Publications

      - Fu S, Sun J (2012) Circulation and eddy kinetic energy budget analyses on the evolution of a Northeast China Cold Vortex (NCCV) in May 2010. Journal of the Meteorological Society of Japan Ser II 90(4):553–573. https://doi.org/10.2151/jmsj.2012-408
      <button><a href="https://doi.org/10.2151/jmsj.2012-408" style="text-decoration: none; color: #3F50B6;">Link</a></button>
      """)
    #expect(result.publications.first?.title
      == "Circulation and eddy kinetic energy budget analyses on the evolution of a Northeast China Cold Vortex (NCCV) in May 2010")
    #expect(result.publications.first?.venue == Venue(name: "Journal of the Meteorological Society of Japan", kind: .journal))
    #expect(result.publications.first?.authors.count == 2)
  }
}
