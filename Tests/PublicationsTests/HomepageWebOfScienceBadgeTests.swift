import Testing
@testable import Publications

/// A badge that names the journal by its Web of Science abbreviation, as researchers copy it from
/// their records, is that journal; lines of houguang-liu.github.io (`_pages/includes/pub.md`).
@Suite struct HomepageWebOfScienceBadgeTests {
  static let page = """
    # 📝 Publications

    - ``INT J NUMER METH BIO 2024`` [Effect of electromagnetic middle-ear implant simulating sites on the stapes spatial motion: A finite element analysis](https://onlinelibrary.wiley.com/doi/10.1002/cnm.3871), Zhang Y(指导研究生), **Liu HG***, Zhou L, et al.
    - ``COMPUT METHOD BIOMEC 2022`` [Effect of ossicular chain deformity on reverse stimulation considering the overflow characteristics of third windows](https://scholar.google.com/citations?view_op=view_citation), **Liu HG**, Xue L, Yang JH, et al.
    - `**ELECTR POW SYST RES** 2024` [Gas-insulated switch-gear mechanical fault detection based on acoustic using feature fused neural network](https://www.sciencedirect.com/science/article/pii/S0378779624001147), Zhang ZP(指导研究生), **Liu HG***, Yuang GG , et al.
    - `Eur J Mech A-solid 2025` [Nonlinear Electromechanical Analysis of Middle Ear Motion and Stability Induced by the Vibrant Soundbridge Coupled to the Stapes Head](https://www.sciencedirect.com/science/article/abs/pii/S0997753825001093), Kou YX (指导研究生), **Liu HG***, Guo WW, et al.
    - ``Signal Image Video P 2024`` [Multi-stage strength estimation network with cross attention for single channel speech enhancement](https://link.springer.com/article/10.1007/s11760-024-03364-1), Zhang ZP (指导研究生), Ding YC, Chen W, Chen YT, Guo WW, **Liu HG***
    - ``MSSP 2025`` [A Comprehensive Sound Quality Evaluation Method For Periodic And Transient Noise](https://doi.org/10.1016/j.ymssp.2025.1), Xu MQ, Zhang S, **Liu HG***
    """

  @Test func `each abbreviation names its journal`() {
    let result = read(Self.page)
    #expect(result.publications.map { $0.venue?.name } == [
      "International Journal for Numerical Methods in Biomedical Engineering",
      "Computer Methods in Biomechanics and Biomedical Engineering",
      "Electric Power Systems Research",
      "European Journal of Mechanics - A/Solids",
      "Signal, Image and Video Processing",
      "Mechanical Systems and Signal Processing",
    ])
    #expect(result.publications.allSatisfy { $0.venue?.kind == .journal })
    #expect(result.publications.map(\.year) == [2024, 2022, 2024, 2025, 2024, 2025])
  }

  /// Cut at 20 characters, the abbreviation stops before the name does.
  @Test func `an abbreviation cut short names the one journal it begins`() {
    let result = read("# Publications\n\n- `IEEE T NEUR NET LEAR 2024` [A Title of Several Words Here](u), **Ann Lee**, Bob Smith\n")
    #expect(result.publications.first?.venue == Venue(name: "IEEE Transactions on Neural Networks and Learning Systems", kind: .journal))
  }

  @Test func `an abbreviation no listed journal fits stays as written`() {
    let result = read("# Publications\n\n- `J COMPUT PHYS SYST 2024` [A Title of Several Words Here](u), **Ann Lee**, Bob Smith\n")
    #expect(result.publications.first?.venue == Venue(name: "J COMPUT PHYS SYST", kind: .other))
    #expect(result.publications.first?.year == 2024)
  }
}
