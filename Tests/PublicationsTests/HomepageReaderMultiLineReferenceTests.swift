import Testing
@testable import Publications

/// Formatted references written over several lines of a page — APA with the names and year on
/// a line of their own (shirley-econ.github.io), table rows (SichengHe.github.io), and list items
/// with the researcher's notes under them (shihengduan.github.io) — each on a small page written
/// for the test.
@Suite struct HomepageReaderMultiLineReferenceTests {
  /// A physicist's list in the style of the Physical Review, which writes no titles: each paper
  /// is counted under its journal, named by its citation, with no "names no venue" warning.
  @Test func `a reference without a title is named by its citation and keeps its journal`() {
    let result = read(
      """
      ---
      title: Home
      ---
      # Publications

      - **A. Owner**, B. Co, and C. Third, Phys. Rev. B 58, 3641 (1998). [PDF](https://x.org/a.pdf)
      - B. Co and **A. Owner**, "Spin waves in thin films," Phys. Rev. Lett. 76, 3168 (1996).
      - **A. Owner**, Phys. Rev. Lett. 99, 100 (2016).
      """)
    #expect(result.publications.map(\.title) == ["Phys. Rev. B 58, 3641", "Spin waves in thin films", "Phys. Rev. Lett. 99, 100"])
    #expect(result.publications.map { $0.venue?.name } == ["Physical Review B", "PRL", "PRL"])
    #expect(result.publications.map(\.year) == [1998, 1996, 2016])
    #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty)
  }

  @Test func `an APA reference over three lines keeps its title and every initial`() {
    let result = read(
      """
      ## Publications

      Kooli, K., Cai, H., **Tang, S.**, Beer, C., & Wright, L. T. (2016).  
      Better together? A hospitality case for umbrella branding.  
      *Journal of Business & Industrial Marketing*, 31(8), 1004–1016.  

      ---

      Cai, H. H., Sarpong, D., **Tang, S.**, & Zhao, G. (2020).  
      Foreign patents surge and technology spillovers in China (1985–2009): Evidence from patent and trade markets.  
      *Technological Forecasting and Social Change*, 151.  
      """)
    #expect(result.publications.map(\.title) == [
      "Better together? A hospitality case for umbrella branding",
      "Foreign patents surge and technology spillovers in China (1985–2009): Evidence from patent and trade markets",
    ])
    #expect(result.publications.first?.authors.map(\.name) == ["K. Kooli", "H. Cai", "S. Tang", "C. Beer", "L. T. Wright"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `an italic journal is no pair of people and inverted pairs are two people`() {
    let result = read(
      """
      ## Publications in Chinese

      Tang, Xiaoyun (2005).  
      Conflicts within the WTO and competition policy.  
      *Contemporary Finance and Economics*, (8).  

      ---

      Wang, Guanyi & Tang, Xiaoyun (1998).  
      On the growth of Lanzhou economy.  
      *Research on Development*, (1), 30–31.  
      """)
    #expect(result.publications.map { $0.venue?.name } == ["Contemporary Finance and Economics", "Research on Development"])
    #expect(result.publications.map { $0.authors.map(\.name) } == [["Xiaoyun Tang"], ["Guanyi Wang", "Xiaoyun Tang"]])
  }

  @Test func `a quoted phrase inside a title and a lower-case word after an abbreviation stay in it`() {
    let result = read(
      """
      ## Publications

      Tang, Xiaoyun (2010).  
      Technology policy, industrial adjustment, and sustainable economic growth: Lessons from the “Japan paradox.”  
      *Journal of Beijing Normal University*, (3), 128–135.  

      ---

      Tang, Xiaoyun (2011).  
      Invisible wings: U.S. government practices in technological innovation.  
      *Modern Economic Research*, (9), 89–92.  
      """)
    #expect(result.publications.map(\.title) == [
      "Technology policy, industrial adjustment, and sustainable economic growth: Lessons from the “Japan paradox.”",
      "Invisible wings: U.S. government practices in technological innovation",
    ])
  }

  @Test func `a chapter's venue is its italic book and a book's is its publisher`() {
    let result = read(
      """
      # Publications

      ## Book Chapters

      **Tang, S.** (2025).  
      Patent as a leading indicator in AI technology innovation.  
      In *Tech Transformation and AI Readiness: Pioneering Paths for the Global South*. Springer.  

      ## Books in Chinese

      Tang, X., & Wang, G. (1999).  
      *Manufacturing Management.*  
      Economy and Management Press.  
      """)
    #expect(result.publications.map { $0.venue?.name } == [
      "Tech Transformation and AI Readiness: Pioneering Paths for the Global South", "Economy and Management Press",
    ])
    #expect(result.publications.last?.authors.map(\.name) == ["X. Tang", "G. Wang"])
  }

  @Test func `each row of a Markdown table is a paper`() {
    let result = read(
      """
      ## Journal articles

      |        |  |
      |   :-:    | -       |
      | <img src='a.png' width="200"> | Rohit Sunil Kanchi, __Sicheng He__.  <br><br> [__Differentiable singular value decomposition (SVD)__](https://doi.org/10.1016/j.ymssp.2025.112817)  <br><br> _Mechanical Systems and Signal Processing_ (2025).|
      | <img src='b.png' width="200"> | __Sicheng He__, Eirikur Jonsson, Joaquim R. Martins. <br><br> [__Wing Aerodynamic Shape Optimization with Time Spectral Limit-Cycle Oscillation Adjoint__](https://arc.aiaa.org/doi/abs/10.2514/6.2022-3357). <br><br> _In AIAA Aviation, Chicago, IL, June 2022. American Institute of Aeronautics and Astronautics_.|
      | <img src='c.png' width="200"> | __Sicheng He__, Eirikur Jonsson, Charles A. Mader. <br><br> [__Hydrostructural optimization of generic composite hydrofoils__](https://arc.aiaa.org/doi/10.2514/6.2020-0164). <br><br> _In AIAA SciTech Forum, Orlando, FL, January 2020. AIAA_.|
      """)
    #expect(result.publications.map(\.source.line) == [5, 6, 7])
    #expect(result.publications.map { $0.venue?.name } == [
      "Mechanical Systems and Signal Processing", "AIAA Aviation Forum", "AIAA SciTech Forum",
    ])
    #expect(result.publications.map(\.year) == [2025, 2022, 2020])
    #expect(result.publications[1].authors.map(\.name) == ["Sicheng He", "Eirikur Jonsson", "Joaquim R. Martins"])
  }

  @Test func `a PhD diss is a thesis`() {
    let result = read(
      """
      ## Thesis

      - __Sicheng He__. ["Aerodynamic Shape Optimization using a Time-Spectral Approach for Limit Cycle Oscillation Prediction."](https://deepblue.lib.umich.edu/handle/2027.42/167969) PhD diss., 2020.
      """)
    #expect(result.publications.first?.venue?.kind == .thesis)
  }

  @Test func `notes listed under a paper name no venue and one name with et al is an author list`() {
    let result = read(
      """
      # Publications

      ## Co-Author

      <ol reversed markdown="1">
        <li markdown="1">
      [Higher-order internal modes of variability imprinted in year-to-year California streamflow changes](https://www.nature.com/articles/s43247-024-01594-2) **Shiheng Duan**, Giuliana Pallotta, Céline Bonfils. 2024

          - The BCSD-CMIP6-LSTM streamflow projections are quantitatively related with internal variability indices.
          - BCSD does not change variability indices, as a technical note.
        </li>
        <li markdown="1">
      [Recommendations for comprehensive and independent evaluation of machine learning-based Earth system models](https://agupubs.onlinelibrary.wiley.com/doi/10.1029/2024JH000496) Paul Ullrich, et al. 2025
        </li>
      </ol>

      ## in preparation

      <ol reversed markdown="1">
        <li markdown="1">
      Towards enhanced detectability of forced signals in monthly rainfall changes. Shiheng Duan, et al. 2025

          - Rejected by PNAS. Now under revision at Communications Earth & Environment.
        </li>
        <li markdown="1">
      [A PMP-Inspired Evaluation Framework for Deep-Learning Weather Prediction Models](https://arxiv.org/abs/2604.06567) Giuliana Pallotta, et al. 2025
        </li>
      </ol>
      """)
    #expect(result.publications.map { $0.venue?.name } == [nil, nil, "Under Review", "arXiv"])
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["Shiheng Duan", "Giuliana Pallotta", "Céline Bonfils"], ["Paul Ullrich"], ["Shiheng Duan"], ["Giuliana Pallotta"],
    ])
    #expect(result.publications[1].isAuthorListTruncated)
    #expect(result.publications[2].title == "Towards enhanced detectability of forced signals in monthly rainfall changes")
  }

  @Test func `a heading per paper is its title, not a section`() {
    let result = read(
      """
      ## Conference

      ### **Learning Visual-Audio Representations for Voice-Controlled Robots**  
      Peixin Chang, **Shuijing Liu**, and Katherine Driggs-Champbell.   
      In IEEE International Conference on Robotics and Automation (ICRA), 2023.   
      [[Paper]](https://arxiv.org/abs/2109.02823) [[Newspaper article]](https://techxplore.com/news/a.html)

      ### **Off Environment Evaluation Using Convex Risk Minimization**  
      Pulkit Katdare, **Shuijing Liu**, and Katherine Driggs-Champbell.   
      In IEEE International Conference on Robotics and Automation (ICRA), 2022.   
      """)
    #expect(result.publications.map(\.title) == [
      "Learning Visual-Audio Representations for Voice-Controlled Robots", "Off Environment Evaluation Using Convex Risk Minimization",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["ICRA", "ICRA"])
    #expect(result.publications.map(\.year) == [2023, 2022])
  }

  @Test func `the owner's inverted bold name, dotless initials and a status in parentheses`() {
    let result = read(
      """
      Publications
      ======
      * Chatterjee, S, **Chowdhury, Shrabanti**, Ryu, D. Bayesian Functional Data Analysis for the Identification of Differentially Methylated Regions (**Near submission**)

      * Ma, W, Kim, S, **Chowdhury, Shrabanti**, ..., Wang, P. DreamAI: algorithm for the imputation of proteomics data (Under review in **Nature Methods**).

      * **Chowdhury, Shrabanti** et al. Non-inferiority Testing for Risk Ratio, Odds Ratio and Number Needed to Treat in Three-arm Trial (**Computational Statistics and Data Analysis**, 2018).
      """)
    #expect(result.publications.map(\.title) == [
      "Bayesian Functional Data Analysis for the Identification of Differentially Methylated Regions",
      "DreamAI: algorithm for the imputation of proteomics data",
      "Non-inferiority Testing for Risk Ratio, Odds Ratio and Number Needed to Treat in Three-arm Trial",
    ])
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["S. Chatterjee", "Shrabanti Chowdhury", "D. Ryu"], ["W. Ma", "S. Kim", "Shrabanti Chowdhury", "P. Wang"],
      ["Shrabanti Chowdhury"],
    ])
    #expect(result.publications.map { $0.venue?.name } == [nil, "Under Review", "Computational Statistics & Data Analysis"])
    #expect(result.publications.map(\.year) == [nil, nil, 2018])
  }

  @Test func `a theme's include without an extension is no missing file`() {
    let reader = HomepageReader(resolveInclude: { _, _ in nil })
    let result = reader.read(
      """
      {% include base_path %}

      # Publications

      - Ann Lee, Bob Smith. A Study of Rivers and Lakes in Winter. Coastal Engineering, 2023.
      {% include_relative missing.md %}
      """, file: "publications.md")
    #expect(result.publications.count == 1)
    #expect(result.diagnostics.map(\.description) == [
      "publications.md:6: warning: included file 'missing.md' can't be found; its publications are missing"
    ])
  }

  @Test func `a rule under a line of links is no table`() {
    let result = read(
      """
      ## Publications

      Jia, C., **Tang, S.**, & Kan, Z.  
      Does the national innovation system support SME sustainability?  
      *Sustainability*, 2020, 12(6). | [PDF](a.pdf)
      ---

      Cai, H. H., **Tang, S.**, & Zhao, G. (2021).  
      Innovation support and SMEs in China.  
      *The Business & Management Review*, 5(1).  
      """)
    #expect(result.publications.map(\.title) == [
      "Does the national innovation system support SME sustainability?", "Innovation support and SMEs in China",
    ])
    #expect(result.publications.first?.venue?.name == "Sustainability")
    #expect(result.publications.first?.year == 2020)
  }

  @Test func `a state is no venue, a PDF button no journal, and an initialism no sentence end`() {
    let result = read(
      """
      ### Journal Articles

      1. **Chen, S.**, Rahman, M. H., & Sun, Y. (2024). Nested decomposition approach to large‑scale ADA paratransit optimization: A case study in Washington, D.C. Metro. *INFORMS Journal on Applied Analytics*. [PDF](a.pdf)
      2. **Chen, S.**, Park, C., Guo, Q., & Sun, Y. (2024). Advancing a major U.S. airline’s practice in flight‑level checked baggage prediction. *Intelligent Transportation Infrastructure*. [PDF](b.pdf)

      ### Conference Papers

      1. **Chen, S.**, & Sun, Y. (2022). Negotiating travel schedule and mode in mobility services for transportation‑disadvantaged individuals. *INFORMS Annual Meeting*, Indianapolis, IN.
      2. **Chen, S.**, Park, C., & Sun, Y. (2023). Predicting flight‑level checked baggage for a major U.S. airline. *Machine Learning Expo* (MLx23), FSU & *Transportation Research Board 102nd Annual Meeting*.
      """)
    #expect(result.publications.first?.title == "Nested decomposition approach to large‑scale ADA paratransit optimization: A case study in Washington, D.C. Metro")
    #expect(result.publications.map { $0.venue?.name } == [
      "INFORMS Journal on Applied Analytics", "Intelligent Transportation Infrastructure", "INFORMS Annual Meeting", "MLx",
    ])
    #expect(result.publications.last?.authors.map(\.name) == ["S. Chen", "C. Park", "Y. Sun"])
  }

  @Test func `a venue no list knows is of the kind its heading says`() {
    let result = read(
      """
      # Publications

      ## Journal articles

      - __Sicheng He__, Yayun Shi, Eirikur Jonsson. [__Eigenvalue problem derivatives computation for a complex matrix using the adjoint method__](https://x.org/a) _MSSP_ (2022).

      ## Conference Papers (Selected)

      **Tang, S.** (2018).  
      Foreign patents surge and technology spillovers in China.  
      *Academy of Management (AOM).*  
      """)
    // NB: the catalogue knows MSSP (Mechanical Systems and Signal Processing) by its acronym.
    #expect(result.publications.map { $0.venue?.name } == ["Mechanical Systems and Signal Processing", "Academy of Management"])
    #expect(result.publications.map { $0.venue?.kind } == [.journal, .conference])
  }

  @Test func `each article of a plain HTML page is a paper, and a page-wide article is none`() {
    let papers = read(
      """
      <html><body>
      <nav class="links"><ul><li><a href="cv.html">CV</a></li><li><a href="publications.html">Publications</a></li></ul></nav>
      <div id="main">
      <article class="post">
        <header><div class="title"><h2>Learning a Neural Solver for Parametric PDE to Enhance Physics-Informed Methods.</h2>
        <p>Lise Le Boudec, Emmanuel de Bezenac, Louis Serrano <a href="c.html">[CITE]</a></p></div>
        <div class="meta"><a href="https://iclr.cc" class="author"><span class="name">ICLR 2025 </span></a></div></header>
        <p>Physics-informed deep learning often faces optimization challenges.</p>
        <footer><div class="footer-paper"><h3>Paper</h3><ul class="actions"><li><a href="https://arxiv.org/abs/2410.06820">arXiv</a></li></ul></div></footer>
      </article>
      <article class="post">
        <header><div class="title"><h2>Operator learning with neural fields: Tackling PDEs on general geometries.</h2>
        <p>Louis Serrano, Lise Le Boudec, Yuan Yin <a href="c.html">[CITE]</a></p></div>
        <div class="meta"><a href="https://neurips.cc" class="author"><span class="name">NeurIPS 2023</span></a></div></header>
      </article>
      </div></body></html>
      """)
    #expect(papers.publications.map(\.title) == [
      "Learning a Neural Solver for Parametric PDE to Enhance Physics-Informed Methods",
      "Operator learning with neural fields: Tackling PDEs on general geometries",
    ])
    #expect(papers.publications.map { $0.venue?.name } == ["ICLR", "NeurIPS"])
    #expect(papers.publications.map(\.year) == [2025, 2023])
    #expect(papers.publications.first?.authors.map(\.name) == ["Lise Le Boudec", "Emmanuel de Bezenac", "Louis Serrano"])
    // A theme's article around a whole page holds the page's own headings: its list items
    // are the entries.
    let page = read(
      """
      <article class="page"><h1>Publications</h1><h2>2024</h2>
      <ul><li>Ann Lee, Bob Smith. A Study of Rivers and Lakes in Winter. Coastal Engineering, 2024.</li>
      <li>Ann Lee, Cat Wu. Tides and Sand on Northern Beaches. Coastal Engineering, 2024.</li></ul></article>
      """)
    #expect(page.publications.count == 2)
  }
}
