import Testing
@testable import Publications

/// IEMCS-Lab.github.io: papers numbered with code spans (`` `I-J-9` ``), author lists closed
/// by "et al.,", a "Work History" and a "Chaired conference sessions" list beside them. Before:
/// 13 of 23 author lists began "I-J- Shan Tao", two titles began ", ", a job and two sessions
/// chaired were read as papers, and "Phase Synthesis of …" as a thesis (not counted).
@Suite struct HomepageLabNumberingTests {
  @Test func `a code span that numbers the paper is no part of the names`() throws {
    let result = read(
      """
      # 📝 Publications
      ### Co-Authored Publications
      - `C-J-6` Liu Daoqi, **Shan Tao**, Li Maokun, Yang Fan and Xu Shenheng, *Multi-Frequency Neural Born Iterative Method for Solving 2-D Inverse Scattering Problems*, IEEE Transactions on Computational Imaging, vol. 11, pp. 1243-1257, 2025, doi: 10.1109/TCI.2025.3607150.
      - `C-J-3`\tGuo R, **Shan Tao** et al., *Physics Embedded Deep Neural Network for Solving Volume Integral Equation: 2-D Case*, in IEEE Transactions on Antennas and Propagation, vol. 70, no. 8, pp. 6135-6147, Aug. 2022, doi: 10.1109/TAP.2021.3070152.
      """)
    #expect(result.publications.map { $0.authors.first?.name } == ["Liu Daoqi", "R. Guo"])
    #expect(!result.publications.flatMap(\.authors).contains { $0.name.contains("-J-") })
  }

  @Test func `the comma after et al opens the title`() throws {
    let result = read(
      """
      # Publications
      - `C-J-1` Guo R, Lin Z, **Shan Tao**, et al., *Solving Combined Field Integral Equation With Deep Neural Network for 2-D Conducting Object*, IEEE Antennas and Wireless Propagation Letters, vol. 20, no. 4, pp. 538-542, April 2021, doi: 10.1109/LAWP.2021.3056460.
      - Siemering, K.R., et al., Mutations that suppress the thermosensitivity of green fluorescent protein. Curr Biol, 1996. 6(12): p. 1653-63.
      """)
    #expect(result.publications.map(\.title) == [
      "Solving Combined Field Integral Equation With Deep Neural Network for 2-D Conducting Object",
      "Mutations that suppress the thermosensitivity of green fluorescent protein",
    ])
    #expect(result.publications.first?.authors.map(\.name) == ["Guo R", "Lin Z", "Shan Tao"])
  }

  @Test func `a synthesis is no thesis`() throws {
    let result = read(
      """
      # Publications
      - `I-J-2` **Shan Tao**, Li Maokun, et al., [Phase Synthesis of Beam-Scanning Reflectarray Antenna Based on Deep Learning Technique](https://www.jpier.org/pier/pier.php?paper=21091307), Progress In Electromagnetics Research, Vol. 172, 41-49, 2021, doi:10.2528/PIER21091307.
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.title == "Phase Synthesis of Beam-Scanning Reflectarray Antenna Based on Deep Learning Technique")
    #expect(paper.venue?.kind != .thesis)
    #expect(paper.year == 2021)
  }

  @Test func `work history and chaired sessions are no publications`() {
    let result = read(
      """
      # 💻 Work History
      - *2023.09 - present*, Associate Professor, Beihang University, Beijing, China.
      - *2021.07 - 2023.08*, Postdoctoral Researcher, Tsinghua University, Beijing, China.

      # 📎 Academic Service
      ### Chaired conference sessions
      - *AI enhanced computational algorithms for electromagnetic modeling and inversion* in 2025 International Applied Computational Electromagnetics Society (ACES-China) Symposium, HuangShan, China, August 2025.

      # 📝 Publications
      - **Shan Tao**, Li M, Yang F and Xu S, *Hardware-friendly Unsupervised Coding Scheme for Reconfigurable Intelligent Surface Based on Binary Neural Networks*, 2022 IEEE International Symposium on Antennas and Propagation and USNC-URSI Radio Science Meeting (AP-S/URSI), 2022, pp. 449-450.
      """)
    #expect(result.publications.map(\.title) == [
      "Hardware-friendly Unsupervised Coding Scheme for Reconfigurable Intelligent Surface Based on Binary Neural Networks",
    ])
    #expect(warnings(result).isEmpty)
  }
}
