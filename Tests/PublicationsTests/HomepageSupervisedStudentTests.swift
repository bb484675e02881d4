import Testing
@testable import Publications

/// houguang-liu.github.io: names marked "(指导研究生)" ("supervised student"), journal badges
/// written as abbreviations with the year typed against the last dot. Before: 8 of its 37
/// papers had no authors, "Meas. Sci. Technol.2021" was *Science* with no year, and "Appl
/// Acoust" was reported under the JabRef list's typo "Applied Accoustics".
@Suite struct HomepageSupervisedStudentTests {
  @Test func `a note in Chinese after a name is no part of it`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICSV 30</div><img src='images/icsv30.jpg' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [Loudness Model For Round Window Stimulation Based On Human Ear Physiology](https://icsv30.org/), Liu ZH(指导研究生), <b>Liu HG*</b>, Thomas Lenarz, Hannes Maier.
      </div>
      </div>

      - `Eur J Mech A-solid 2025` [Nonlinear Electromechanical Analysis of Middle Ear Motion and Stability Induced by the Vibrant Soundbridge Coupled to the Stapes Head](https://www.sciencedirect.com/science/article/abs/pii/S0997753825001093), Kou YX (指导研究生), **Liu HG***, Guo WW, et al.
      """)
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["Liu ZH", "Liu HG", "Thomas Lenarz", "Hannes Maier"],
      ["Kou YX", "Liu HG", "Guo WW"],
    ])
    #expect(!warnings(result).contains { $0.contains("no authors") })
  }

  @Test func `a year typed against an abbreviation's dot is the year, and the abbreviation the journal`() throws {
    let result = read(
      """
      # Publications
      - ``Meas. Sci. Technol.2021`` [Coal gangue recognition using multichannel auditory spectrogram of hydraulic support sound in convolutional neural network](https://scholar.google.com/citations?view_op=view_citation), Chen X(指导研究生), Wang S, **Liu HG***, et al.
      - ``Appl Acoust 2024`` [Personalized prediction of speech intelligibility for hearing-impaired listeners using a physiological model of the human ear](https://www.sciencedirect.com/science/article/pii/S0003682X24001579), Kou YX (指导研究生), Chen W, Wang J, **Liu HG***
      """)
    #expect(result.publications.map(\.year) == [2021, 2024])
    #expect(result.publications.map { $0.venue?.name } == ["Measurement Science and Technology", "Applied Acoustics"])
    #expect(VenueCatalog.years(in: "Meas. Sci. Technol.2021, 32(5)") == [2021])
    #expect(VenueCatalog.years(in: "doi:10.1016/j.catena.2022.106866").isEmpty)
  }
}
