import Testing
@testable import Publications

@Suite struct LaTeXCVReaderTests {
  static let cv = #"""
    \documentclass{article}
    \begin{document}
    \section*{Education}
    \begin{itemize}
      \item Ph.D. in Computer Science, Universit\'e de Montr\'eal, 2020.
    \end{itemize}

    \section*{Publications}
    \subsection*{Journal Articles}
    \begin{enumerate}
      \item \textbf{J. M\"uller}, A. Smith, and B. Jones, ``Graph neural networks for
            traffic forecasting,'' \emph{IEEE Transactions on Intelligent Transportation Systems}, vol. 22, no. 3, pp. 1--12, 2021.
      % \item A. Old, ``Withdrawn paper,'' 2019.
      \item C. Lee and \textbf{J. M\"uller}. Sparse attention for remote sensing. \emph{Pattern Recognition}, 142:109678, 2023.
    \end{enumerate}
    \subsection*{Conference Papers}
    \begin{thebibliography}{9}
    \bibitem{muller2022} \textbf{J. M\"uller} and D. Kim, ``Efficient transformers for long documents,'' in \emph{Proc. ACL}, 2022, pp. 100--110.
    \end{thebibliography}

    \section*{Teaching}
    \begin{itemize}
      \item Teaching assistant, Machine Learning (COMP 551), 2018.
    \end{itemize}
    \end{document}
    """#

  @Test func `items and bibitems of the publications sections are the publications`() {
    let result = LaTeXCVReader().read(Self.cv, file: "cv.tex")
    #expect(result.publications.map(\.title) == [
      "Graph neural networks for traffic forecasting", "Sparse attention for remote sensing",
      "Efficient transformers for long documents",
    ])
    #expect(result.publications.map(\.source.line) == [11, 14, 18])
    #expect(result.publications.map(\.year) == [2021, 2023, 2022])
    #expect(result.publications.map { $0.venue?.name } == ["T-ITS", "Pattern Recognition", "ACL"])
    #expect(result.publications.map(\.section) == ["Journal Articles", "Journal Articles", "Conference Papers"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `bold names are the owner's mark and accents are decoded`() {
    let result = LaTeXCVReader().read(Self.cv, file: "cv.tex")
    #expect(result.publications.map { $0.authors.filter(\.isHighlighted).map(\.name) } == [["J. Müller"], ["J. Müller"], ["J. Müller"]])
  }

  /// From a real CV (an HCI researcher's): the bold title ends the authors even when it holds a
  /// "?" or a "[DC]" tag, and a bold title written straight before the italic venue stays apart.
  @Test func `a bold title ends the author list and stays apart from the italic venue`() {
    let cv = #"""
      \section{Publications}
       \item \underline{Borhani, Z.,}  Holen, E., and Ortega, F.R.~\textbf{Recall This Gesture? Investigating Gesture Memorability in Augmented Reality.} \textit{In IEEE Transactions on Visualization and Computer Graphics (TVCG)}. 2026.
       \item \underline{Borhani, Z.,} and Ortega, F.R.  \textbf{[DC] Annotation in Asynchronous Collaborative Immersive Analytic Environments using Augmented Reality}.~\textit{In IEEE conference on virtual reality and 3D user interfaces abstracts and workshops (VRW)}. 2022.
       \item Ortega, F.R., \underline{Borhani, Z.,} and Zielasko, D.~\textbf{Enhancing Well-Being Through Positive Technology: VR Forest Bathing.}\textit{in PosiTech Workshop at ACM SIGCHI Conference on Computer-Supported Cooperative Work and Social Computing (CSCW)}. 2024.
      """#
    let result = LaTeXCVReader().read(cv, file: "cv.tex")
    #expect(result.publications.map(\.title) == [
      "Recall This Gesture? Investigating Gesture Memorability in Augmented Reality",
      "[DC] Annotation in Asynchronous Collaborative Immersive Analytic Environments using Augmented Reality",
      "Enhancing Well-Being Through Positive Technology: VR Forest Bathing",
    ])
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["Z. Borhani", "E. Holen", "F.R. Ortega"], ["Z. Borhani", "F.R. Ortega"], ["F.R. Ortega", "Z. Borhani", "D. Zielasko"],
    ])
  }

  @Test func `a tex file is read as a LaTeX CV`() {
    #expect(ReaderRegistry.reader(for: Self.cv, path: "cv.tex").format == LaTeXCVReader.format)
    #expect(ReaderRegistry.reader(for: Self.cv, path: "-").format == LaTeXCVReader.format)
  }

  @Test func `the CV's own link macro gives the title, not its address`() throws {
    let cv = #"""
      \documentclass{moderncv}
      \newcommand{\myhref}[2]{\href{#1}{\setulcolor{cyan}\ul{#2}}}
      \begin{document}
      \section{Publications}
      \cvitem{}{
        \begin{itemize}
        \item \textbf{Pedro Rodriguez} and Jordan Boyd-Graber. \myhref{https://aclanthology.org/2021.emnlp-main.758/}{Evaluation Paradigms in Question Answering}. EMNLP 2021.
        \item \textbf{Pedro Rodriguez}, Santiago Rodriguez, and Julian Carielo. \myhref{http://example.org/p.pdf}{The Stability Wheel: An Intuitive and Didactic Decision-Making Framework}. ISSW 2014.
        \end{itemize}
      }{}
      \end{document}
      """#
    let result = LaTeXCVReader().read(cv, file: "cv.tex")
    #expect(result.publications.map(\.title) == [
      "Evaluation Paradigms in Question Answering",
      "The Stability Wheel: An Intuitive and Didactic Decision-Making Framework",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["EMNLP", "ISSW"])
    #expect(result.publications.first?.links.paper == "https://aclanthology.org/2021.emnlp-main.758/")
  }
}
