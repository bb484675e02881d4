extension VenueCatalog {
  /// The venues pubreport knows, as data: one venue a line,
  /// `canonical name <TAB> kind <TAB> aliases separated by |`.
  ///
  /// Kinds: C conference, J journal, W workshop, P preprint, U under review, T thesis, O other.
  /// An alias matches case-insensitively and ignores punctuation, as a whole word in longer text.
  /// An alias written `=X` matches only when a mention is exactly X (short names such as `MM`
  /// or `TON` are ordinary words inside titles). Edit this table, not code, to teach a venue.
  ///
  /// A journal most readers outside its field know only by its full name ("IEEE Transactions on
  /// Wireless Communications") keeps that name: its acronym ("TWC 2024" on a badge) finds it,
  /// and a report names it as a funder would read it.
  static let table = """
    NeurIPS\tC\tNeurIPS|NIPS|Neural Information Processing Systems|Advances in Neural Information Processing Systems|Annual Conference on Neural Information Processing Systems
    NeurIPS D&B\tC\tNeurIPS D&B|NeurIPS Datasets and Benchmarks|NeurIPS Datasets and Benchmarks Track
    ICML\tC\tICML|International Conference on Machine Learning
    ICLR\tC\tICLR|International Conference on Learning Representations
    Baltic HLT\tC\tBaltic HLT|Human Language Technologies The Baltic Perspective
    CLeaR\tC\tCLeaR|Conference on Causal Learning and Reasoning
    ICCCI\tC\tICCCI|International Conference on Computational Collective Intelligence
    IMWUT\tJ\tIMWUT|Proceedings of the ACM on Interactive, Mobile, Wearable and Ubiquitous Technologies|Interactive, Mobile, Wearable and Ubiquitous Technologies
    CVPR\tC\tCVPR|Conference on Computer Vision and Pattern Recognition|Computer Vision and Pattern Recognition
    CVPRW\tW\tCVPRW|CVPR Workshop|CVPR Workshops|Computer Vision and Pattern Recognition Workshops
    ICCV\tC\tICCV|International Conference on Computer Vision
    ICCVW\tW\tICCVW|ICCV Workshop|ICCV Workshops
    ECCV\tC\tECCV|European Conference on Computer Vision
    ECCVW\tW\tECCVW|ECCV Workshop|ECCV Workshops
    WACV\tC\tWACV|Winter Conference on Applications of Computer Vision
    BMVC\tC\tBMVC|British Machine Vision Conference
    AAAI\tC\tAAAI|AAAI Conference on Artificial Intelligence
    FAccT\tC\tFAccT|ACM FAccT|Conference on Fairness, Accountability, and Transparency|ACM Conference on Fairness, Accountability, and Transparency|=FAT*
    AIES\tC\tAIES|AAAI/ACM Conference on AI, Ethics, and Society|Conference on AI, Ethics, and Society
    IJCAI\tC\tIJCAI|International Joint Conference on Artificial Intelligence
    ACL\tC\tACL|Annual Meeting of the Association for Computational Linguistics|Association for Computational Linguistics
    ACL Findings\tC\tACL Findings|Findings of ACL|Findings of the Association for Computational Linguistics ACL|Findings of the Association for Computational Linguistics
    EMNLP\tC\tEMNLP|Empirical Methods in Natural Language Processing|Conference on Empirical Methods in Natural Language Processing
    EMNLP Findings\tC\tEMNLP Findings|Findings of EMNLP|Findings of the Association for Computational Linguistics EMNLP
    NAACL\tC\tNAACL|North American Chapter of the Association for Computational Linguistics|Nations of the Americas Chapter of the Association for Computational Linguistics
    NAACL Findings\tC\tNAACL Findings|Findings of NAACL|Findings of the Association for Computational Linguistics NAACL
    EACL\tC\tEACL|European Chapter of the Association for Computational Linguistics
    EACL Findings\tC\tEACL Findings|Findings of EACL|Findings of the Association for Computational Linguistics EACL
    AACL\tC\tAACL|AACL-IJCNLP|IJCNLP-AACL|Asia-Pacific Chapter of the Association for Computational Linguistics
    AACL Findings\tC\tAACL Findings|Findings of AACL|Findings of the Association for Computational Linguistics AACL|Findings of the Association for Computational Linguistics IJCNLP
    IJCNLP\tC\tIJCNLP|International Joint Conference on Natural Language Processing
    COLING\tC\tCOLING|International Conference on Computational Linguistics
    LREC\tC\tLREC|LREC-COLING|Language Resources and Evaluation Conference|International Conference on Language Resources and Evaluation
    CoNLL\tC\tCoNLL|Conference on Computational Natural Language Learning|Conference on Natural Language Learning
    WMT\tC\tWMT|Conference on Machine Translation|Workshop on Statistical Machine Translation
    MT Summit\tC\tMT Summit|Machine Translation Summit
    IWSLT\tC\tIWSLT|International Conference on Spoken Language Translation|International Workshop on Spoken Language Translation
    TALN\tC\tTALN|JEP-TALN|Traitement Automatique des Langues Naturelles
    INLG\tC\tINLG|International Conference on Natural Language Generation|International Natural Language Generation Conference
    SemEval\tW\tSemEval|International Workshop on Semantic Evaluation
    *SEM\tC\t*SEM|Joint Conference on Lexical and Computational Semantics
    SIGDIAL\tC\tSIGDIAL|SIGdial|Annual Meeting of the Special Interest Group on Discourse and Dialogue|Special Interest Group on Discourse and Dialogue
    RANLP\tC\tRANLP|Recent Advances in Natural Language Processing
    PACLIC\tC\tPACLIC|Pacific Asia Conference on Language, Information and Computation
    ROCLING\tC\tROCLING|Conference on Computational Linguistics and Speech Processing
    BioNLP\tW\tBioNLP|Workshop on Biomedical Natural Language Processing|Workshop on Biomedical Language Processing|SIGBioMed Workshop on Biomedical Language Processing
    BEA\tW\tBEA|Workshop on Innovative Use of NLP for Building Educational Applications
    Computational Linguistics\tJ\t=Computational Linguistics
    TACL\tJ\tTACL|Transactions of the Association for Computational Linguistics|Trans. Assoc. Comput. Linguist.
    Interspeech\tC\tInterspeech|INTERSPEECH|Annual Conference of the International Speech Communication Association
    ICASSP\tC\tICASSP|International Conference on Acoustics, Speech and Signal Processing
    ACM MM\tC\tACM MM|ACM-MM|ACMMM|ACM Multimedia|=MM|ACM International Conference on Multimedia
    WWW\tC\tWWW|The Web Conference|ACM Web Conference|TheWebConf|World Wide Web Conference|International World Wide Web Conference
    KDD\tC\tKDD|SIGKDD|ACM SIGKDD|Knowledge Discovery and Data Mining|ACM SIGKDD Conference on Knowledge Discovery and Data Mining
    SIGIR\tC\tSIGIR|ACM SIGIR|Research and Development in Information Retrieval
    CIKM\tC\tCIKM|Conference on Information and Knowledge Management
    WSDM\tC\tWSDM|Web Search and Data Mining
    ICDE\tC\tICDE|International Conference on Data Engineering
    ICDM\tC\tICDM|International Conference on Data Mining
    SDM\tC\tSDM|SIAM International Conference on Data Mining
    PAKDD\tC\tPAKDD|Pacific-Asia Conference on Knowledge Discovery and Data Mining
    DASFAA\tC\tDASFAA|Database Systems for Advanced Applications
    ECML-PKDD\tC\tECML-PKDD|ECML PKDD|ECMLPKDD|Machine Learning and Principles and Practice of Knowledge Discovery in Databases
    VLDB\tC\tVLDB|PVLDB|Very Large Data Bases
    SIGMOD\tC\tSIGMOD
    ICWS\tC\tICWS|International Conference on Web Services
    COCOON\tC\tCOCOON|Computing and Combinatorics Conference
    AISTATS\tC\tAISTATS|Artificial Intelligence and Statistics
    UAI\tC\tUAI|Uncertainty in Artificial Intelligence
    COLT\tC\tCOLT|Conference on Learning Theory
    CoRL\tC\tCoRL|Conference on Robot Learning
    CDC\tC\t=CDC|Conference on Decision and Control|IEEE Conference on Decision and Control
    ACC\tC\t=ACC|American Control Conference
    ECC\tC\t=ECC|European Control Conference
    L4DC\tC\tL4DC|Learning for Dynamics and Control|Learning for Dynamics & Control|Learning for Dynamics and Control Conference
    HSCC\tC\tHSCC|Hybrid Systems: Computation and Control|International Conference on Hybrid Systems: Computation and Control
    ICRA\tC\tICRA|International Conference on Robotics and Automation
    IROS\tC\tIROS|International Conference on Intelligent Robots and Systems
    RSS\tC\tRSS|Robotics: Science and Systems|Robotics Science and Systems
    MICCAI\tC\tMICCAI|Medical Image Computing and Computer Assisted Intervention
    EMO\tC\tEMO|Evolutionary Multi-Criterion Optimization|International Conference on Evolutionary Multi-Criterion Optimization
    PPSN\tC\tPPSN|Parallel Problem Solving from Nature
    LION\tC\tLION|Learning and Intelligent Optimization
    ANTS\tC\tANTS|International Conference on Swarm Intelligence|International Conference on Ant Colony Optimization and Swarm Intelligence
    EvoApplications\tC\tEvoApplications|EvoWorkshops|Applications of Evolutionary Computing|Applications of Evolutionary Computation
    EvoCOP\tC\tEvoCOP|Evolutionary Computation in Combinatorial Optimization
    ISBI\tC\tISBI|International Symposium on Biomedical Imaging
    IGARSS\tC\tIGARSS|International Geoscience and Remote Sensing Symposium
    ICME\tC\tICME|International Conference on Multimedia and Expo
    ICMEW\tW\tICMEW|ICME Workshop|ICME Workshops|International Conference on Multimedia and Expo Workshops
    ICIP\tC\tICIP|International Conference on Image Processing
    3DV\tC\t3DV|International Conference on 3D Vision
    SIGGRAPH\tC\tSIGGRAPH
    SIGGRAPH Asia\tC\tSIGGRAPH Asia
    CCS\tC\tCCS|ACM CCS|Conference on Computer and Communications Security
    USENIX Security\tC\tUSENIX Security|USENIX Security Symposium
    S&P\tC\tS&P|IEEE S&P|IEEE Symposium on Security and Privacy|Oakland
    NDSS\tC\tNDSS|Network and Distributed System Security Symposium
    ICC\tC\t=ICC|IEEE ICC|IEEE International Conference on Communications
    ICCW\tW\t=ICCW|ICC Workshops|IEEE ICC Workshops|IEEE International Conference on Communications Workshops
    ICCPS\tC\t=ICCPS|ACM/IEEE International Conference on Cyber-Physical Systems
    RAID\tC\t=RAID|International Symposium on Research in Attacks, Intrusions and Defenses|International Symposium on Recent Advances in Intrusion Detection
    DIMVA\tC\t=DIMVA|Detection of Intrusions and Malware and Vulnerability Assessment|Detection of Intrusions and Malware & Vulnerability Assessment
    WOOT\tW\t=WOOT|USENIX Workshop on Offensive Technologies|USENIX Conference on Offensive Technologies|Workshop on Offensive Technologies
    CCSW\tW\t=CCSW|Cloud Computing Security Workshop
    CloudCom\tC\tCloudCom|International Conference on Cloud Computing Technology and Science|IEEE International Conference on Cloud Computing Technology and Science
    SPSM\tW\t=SPSM|Workshop on Security and Privacy in Smartphones and Mobile Devices
    DOCS\tC\tDOCS|International Conference on Data-driven Optimization of Complex Systems
    AIAA SciTech Forum\tC\tAIAA SciTech Forum|AIAA SciTech|AIAA Science and Technology Forum and Exposition
    AIAA Aviation Forum\tC\tAIAA Aviation Forum|AIAA AVIATION|AIAA Aviation and Aeronautics Forum and Exposition
    TPAMI\tJ\tTPAMI|IEEE TPAMI|PAMI|T-PAMI|IEEE Transactions on Pattern Analysis and Machine Intelligence|Transactions on Pattern Analysis and Machine Intelligence
    IJCV\tJ\tIJCV|International Journal of Computer Vision
    TIP\tJ\tTIP|IEEE TIP|IEEE Transactions on Image Processing
    IEEE TMM\tJ\tIEEE TMM|TMM|IEEE Transactions on Multimedia
    TCSVT\tJ\tTCSVT|IEEE TCSVT|IEEE Transactions on Circuits and Systems for Video Technology
    TNNLS\tJ\tTNNLS|T-NNLS|IEEE TNNLS|IEEE T-NNLS|IEEE Transactions on Neural Networks and Learning Systems
    TKDE\tJ\tTKDE|IEEE TKDE|IEEE Transactions on Knowledge and Data Engineering
    TMC\tJ\tTMC|IEEE TMC|IEEE Transactions on Mobile Computing
    TON\tJ\t=TON|IEEE/ACM TON|IEEE/ACM Transactions on Networking|IEEE Transactions on Networking
    TIFS\tJ\tTIFS|IEEE TIFS|IEEE Transactions on Information Forensics and Security
    TDSC\tJ\tTDSC|IEEE TDSC|IEEE Transactions on Dependable and Secure Computing
    TETCI\tJ\tTETCI|IEEE TETCI|IEEE Transactions on Emerging Topics in Computational Intelligence
    TEVC\tJ\tTEVC|IEEE TEVC|IEEE Transactions on Evolutionary Computation
    TCDS\tJ\tTCDS|IEEE TCDS|IEEE Transactions on Cognitive and Developmental Systems
    TFS\tJ\tTFS|IEEE TFS|IEEE Transactions on Fuzzy Systems
    TSG\tJ\tTSG|IEEE TSG|IEEE Transactions on Smart Grid
    CVMJ\tJ\tCVMJ|Computational Visual Media|Computational Visual Media Journal
    Applied Intelligence\tJ\tApplied Intelligence
    TCYB\tJ\tTCYB|IEEE TCYB|IEEE Transactions on Cybernetics
    TASLP\tJ\tTASLP|IEEE/ACM TASLP|IEEE/ACM Transactions on Audio, Speech, and Language Processing
    TGRS\tJ\tTGRS|IEEE TGRS|IEEE Transactions on Geoscience and Remote Sensing
    T-ITS\tJ\tT-ITS|IEEE T-ITS|TITS|IEEE Transactions on Intelligent Transportation Systems
    TIE\tJ\tTIE|IEEE TIE|IEEE Transactions on Industrial Electronics
    TII\tJ\tTII|IEEE TII|IEEE Transactions on Industrial Informatics
    TRO\tJ\tTRO|T-RO|IEEE TRO|IEEE Transactions on Robotics
    RAL\tJ\tRAL|RA-L|IEEE RAL|IEEE RA-L|IEEE Robotics and Automation Letters
    TOIS\tJ\tTOIS|ACM TOIS|ACM Transactions on Information Systems
    ACM Transactions on Software Engineering and Methodology\tJ\tTOSEM|ACM TOSEM|ACM Transactions on Software Engineering and Methodology
    IEEE Transactions on Software Engineering\tJ\t=TSE|IEEE TSE|IEEE Transactions on Software Engineering
    IEEE Transactions on Visualization and Computer Graphics\tJ\tTVCG|IEEE TVCG|IEEE Transactions on Visualization and Computer Graphics
    IEEE Transactions on Medical Imaging\tJ\t=TMI|IEEE TMI|IEEE Transactions on Medical Imaging
    IEEE Transactions on Parallel and Distributed Systems\tJ\tTPDS|IEEE TPDS|IEEE Transactions on Parallel and Distributed Systems
    IEEE Transactions on Instrumentation and Measurement\tJ\t=TIM|IEEE TIM|IEEE Transactions on Instrumentation and Measurement
    Mechanical Systems and Signal Processing\tJ\t=MSSP|Mechanical Systems and Signal Processing
    Computer Methods and Programs in Biomedicine\tJ\t=CMPB|Computer Methods and Programs in Biomedicine
    Circuits, Systems, and Signal Processing\tJ\t=CSSP|Circuits, Systems, and Signal Processing|Circuits Systems and Signal Processing
    IEEE Transactions on Big Data\tJ\t=TBD|IEEE TBD|IEEE Transactions on Big Data
    IEEE Transactions on Artificial Intelligence\tJ\t=TAI|IEEE TAI|IEEE Transactions on Artificial Intelligence
    IEEE Transactions on Affective Computing\tJ\tTAFFC|IEEE TAFFC|IEEE Transactions on Affective Computing
    IEEE Transactions on Computer-Aided Design of Integrated Circuits and Systems\tJ\tTCAD|IEEE TCAD|IEEE Transactions on Computer-Aided Design of Integrated Circuits and Systems
    IEEE Journal on Selected Areas in Communications\tJ\tJSAC|IEEE JSAC|IEEE Journal on Selected Areas in Communications
    IEEE Transactions on Wireless Communications\tJ\t=TWC|IEEE TWC|IEEE Transactions on Wireless Communications
    IEEE Transactions on Communications\tJ\tTCOM|IEEE TCOM|IEEE Transactions on Communications
    IEEE Transactions on Reliability\tJ\tIEEE TR|IEEE Transactions on Reliability
    Journal of Parallel and Distributed Computing\tJ\tJPDC|Journal of Parallel and Distributed Computing
    IEEE Communications Surveys and Tutorials\tJ\tCOMST|IEEE COMST|IEEE Communications Surveys and Tutorials|IEEE Communications Surveys & Tutorials
    IEEE Wireless Communications\tJ\t=WCM|IEEE WCM|IEEE Wireless Communications Magazine
    IEEE Wireless Communications Letters\tJ\t=WCL|IEEE WCL|IEEE Wireless Communications Letters
    IEEE Communications Letters\tJ\tIEEE CL|IEEE COML|IEEE Communications Letters
    IEEE Open Journal of the Communications Society\tJ\tOJCOM|IEEE OJCOM|OJ-COMS|IEEE OJ-COMS|IEEE Open Journal of the Communications Society
    IEEE Transactions on Cognitive Communications and Networking\tJ\t=TCCN|IEEE TCCN|IEEE Transactions on Cognitive Communications and Networking
    IEEE Internet of Things Journal\tJ\tIoT-J|IoTJ|IEEE IoT-J|IEEE IoTJ|IEEE Internet of Things Journal|IEEE Internet of Things
    IEEE Internet of Things Magazine\tJ\tIEEE Internet of Things Magazine|IEEE IoT Magazine
    IEEE Reviews in Biomedical Engineering\tJ\tIEEE RBME|RBME|IEEE Reviews in Biomedical Engineering
    EGU General Assembly\tC\t=EGU|EGU General Assembly|European Geosciences Union General Assembly
    AGU Fall Meeting\tC\t=AGU|AGU Fall Meeting|American Geophysical Union Fall Meeting
    Hydrology and Earth System Sciences\tJ\tHESS|Hydrology and Earth System Sciences
    Geoscientific Model Development\tJ\tGMD|Geoscientific Model Development
    UbiComp\tC\tUbiComp|ACM International Joint Conference on Pervasive and Ubiquitous Computing|International Joint Conference on Pervasive and Ubiquitous Computing
    COLM\tC\tCOLM|CoLM|Conference on Language Modeling
    NLDB\tC\tNLDB|International Conference on Applications of Natural Language to Information Systems
    IEEE Transactions on Vehicular Technology\tJ\t=TVT|IEEE TVT|IEEE Transactions on Vehicular Technology
    IEEE Transactions on Intelligent Vehicles\tJ\t=TIV|IEEE TIV|IEEE Transactions on Intelligent Vehicles
    IEEE Transactions on Automation Science and Engineering\tJ\t=TASE|IEEE TASE|IEEE Transactions on Automation Science and Engineering
    IEEE/ASME Transactions on Mechatronics\tJ\tTMECH|T-MECH|IEEE/ASME TMECH|IEEE/ASME Transactions on Mechatronics
    International Journal of Robotics Research\tJ\tIJRR|International Journal of Robotics Research|The International Journal of Robotics Research
    Robotica\tJ\t=Robotica
    IEEE Transactions on Systems, Man, and Cybernetics: Systems\tJ\tTSMC|IEEE TSMC|IEEE Transactions on Systems, Man, and Cybernetics: Systems
    IEEE Transactions on Computational Social Systems\tJ\tTCSS|IEEE TCSS|IEEE Transactions on Computational Social Systems
    IEEE Transactions on Network Science and Engineering\tJ\tTNSE|IEEE TNSE|IEEE Transactions on Network Science and Engineering
    IEEE Journal of Biomedical and Health Informatics\tJ\tJBHI|IEEE JBHI|J-BHI|IEEE J-BHI|IEEE Journal of Biomedical and Health Informatics
    IEEE Transactions on Biomedical Engineering\tJ\tTBME|IEEE TBME|IEEE Transactions on Biomedical Engineering|IEEE Transactions on Bio-Medical Engineering
    ACM Transactions on Intelligent Systems and Technology\tJ\tTIST|ACM TIST|ACM Transactions on Intelligent Systems and Technology
    ACM Transactions on Knowledge Discovery from Data\tJ\tTKDD|ACM TKDD|ACM Transactions on Knowledge Discovery from Data
    ACM Transactions on Multimedia Computing, Communications, and Applications\tJ\tTOMM|ACM TOMM|ACM Transactions on Multimedia Computing, Communications, and Applications|ACM Transactions on Multimedia Computing Communications and Applications
    ACM Transactions on Computer-Human Interaction\tJ\tTOCHI|ACM TOCHI|ACM Transactions on Computer-Human Interaction
    ACM Computing Surveys\tJ\tCSUR|ACM CSUR|ACM Computing Surveys
    Communications of the ACM\tJ\tCACM|Communications of the ACM
    Knowledge-Based Systems\tJ\t=KBS|Knowledge-Based Systems
    Expert Systems with Applications\tJ\tESWA|Expert Systems with Applications
    Information Processing & Management\tJ\tIPM|=Information Processing & Management|=Information Processing and Management
    TOG\tJ\tTOG|ACM TOG|ACM Transactions on Graphics
    JMLR\tJ\tJMLR|Journal of Machine Learning Research
    TMLR\tJ\tTMLR|Transactions on Machine Learning Research
    MIUA\tC\tMIUA|Medical Image Understanding and Analysis|Annual Conference on Medical Image Understanding and Analysis
    MedIA\tJ\tMedIA|Medical Image Analysis
    Applied Soft Computing\tJ\t=ASOC|Applied Soft Computing
    EAAI\tJ\tEAAI|Engineering Applications of Artificial Intelligence
    TCS\tJ\t=TCS|Theoretical Computer Science
    WWWJ\tJ\tWWWJ|World Wide Web Journal
    IEEE Access\tJ\tIEEE Access
    Phil. Trans. R. Soc. A\tJ\tPhil. Trans. R. Soc. A|Philosophical Transactions A|Philosophical Transactions of the Royal Society A
    RSER\tJ\tRSER|Renewable and Sustainable Energy Reviews
    Advances in Applied Energy\tJ\tAdvances in Applied Energy|ADAPEN
    Applied Energy\tJ\tApplied Energy|APEN
    Renewable Energy\tJ\tRenewable Energy
    Journal of Cleaner Production\tJ\tJournal of Cleaner Production
    Catena\tJ\tCatena
    Remote Sensing\tJ\tRemote Sensing
    IEEE Geoscience and Remote Sensing Magazine\tJ\tGRSM|IEEE GRSM|IEEE Geoscience and Remote Sensing Magazine
    IEEE Geoscience and Remote Sensing Letters\tJ\tGRSL|IEEE GRSL|IEEE Geoscience and Remote Sensing Letters
    IEEE Journal of Selected Topics in Applied Earth Observations and Remote Sensing\tJ\tJSTARS|IEEE JSTARS|IEEE Journal of Selected Topics in Applied Earth Observations and Remote Sensing
    Remote Sensing of Environment\tJ\t=RSE|Remote Sensing of Environment
    ISPRS Journal of Photogrammetry and Remote Sensing\tJ\tISPRS JPRS|ISPRS P&RS|ISPRS Journal of Photogrammetry and Remote Sensing
    Journal of Applied Remote Sensing\tJ\t=JARS|Journal of Applied Remote Sensing
    International Journal of Remote Sensing\tJ\tInternational Journal of Remote Sensing
    Sensors\tJ\t=Sensors
    Energy\tJ\t=Energy
    Nexus\tJ\t=Nexus
    Nature\tJ\t=Nature
    Science\tJ\t=Science
    Nature Astronomy\tJ\tNature Astronomy|Nat. Astron.
    MNRAS\tJ\tMNRAS|Monthly Notices of the Royal Astronomical Society
    ApJ\tJ\tApJ|Astrophysical Journal|The Astrophysical Journal
    ApJL\tJ\tApJL|Astrophysical Journal Letters|The Astrophysical Journal Letters
    ApJS\tJ\tApJS|Astrophysical Journal Supplement Series|The Astrophysical Journal Supplement Series|Astrophysical Journal Supplement
    AJ\tJ\t=AJ|Astronomical Journal|The Astronomical Journal
    PASP\tJ\tPASP|Publications of the Astronomical Society of the Pacific
    ARA&A\tJ\tARA&A|Annual Review of Astronomy and Astrophysics
    A&A\tJ\tA&A|Astronomy and Astrophysics|Astronomy & Astrophysics
    PRE\tJ\tPhysical Review E|Phys. Rev. E
    PRL\tJ\tPhysical Review Letters|Phys. Rev. Lett.
    JFM\tJ\tJournal of Fluid Mechanics
    Proc. R. Soc. A\tJ\tProc. R. Soc. A|Proceedings of the Royal Society A|Proc. Royal Society A|Royal Society A Mathematical Physical and Engineering Sciences
    ZAMM\tJ\tZAMM|Zeitschrift für Angewandte Mathematik und Mechanik|Journal of Applied Mathematics and Mechanics Zeitschrift für Angewandte Mathematik und Mechanik
    PNAS\tJ\tPNAS|Proceedings of the National Academy of Sciences|Proc. Natl. Acad. Sci.|Proc Natl Acad Sci
    arXiv\tP\tarXiv|arXiv preprint|arXiv e-prints|ArXiv|Preprint|CoRR|OpenReview preprint|Arixv
    bioRxiv\tP\tbioRxiv
    medRxiv\tP\tmedRxiv
    SSRN\tP\tSSRN
    TechRxiv\tP\tTechRxiv
    ChemRxiv\tP\tChemRxiv
    Under Review\tU\tUnder Review|Under Submission|Submitted|In Submission|In Review|Under Journal Review|Under Revision|Under Major Revision|Under Minor Revision|=In Preparation|=Manuscript in Preparation
    PhD thesis\tT\tPhD thesis|PhD dissertation|Doctoral thesis|Dissertation|PhD diss|Ph.D. diss
    Technical Report\tO\tTechnical Report|Tech. Rep.|Tech Report|Technical Reports
    Master's thesis\tT\tMaster's thesis|MSc thesis|Master thesis|MS thesis|M.S. thesis|M.Sc. thesis
    """
}

extension VenueCatalog {
  /// The public conference list (`Data/ConferenceNames.swift`) as table lines: the acronym is
  /// the name, and the full name matches anywhere. A short acronym matches only as a whole
  /// mention (`=CAV`, since acronyms such as `CAV` or `FSE` are words too); one of five letters
  /// or more, letters and digits only, with two capitals matches inside text as written or in capitals (`INFOCOM 2022`,
  /// `IEEE INFOCOM`), as the table's own acronyms do.
  static var conferenceTable: String {
    ConferenceNames.tsv.split(separator: "\n").compactMap { line -> String? in
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { return nil }
      let kind = fields[1].lowercased().containsBytes(of: "workshop") ? "W" : "C"
      let acronym = fields[0]
      let isDistinct = acronym.count >= 5 && acronym.allSatisfy { $0.isLetter || $0.isNumber } && acronym.filter(\.isUppercase).count >= 2
      return "\(acronym)\t\(kind)\t\(isDistinct ? "" : "=")\(acronym)|\(fields[1])"
    }.joined(separator: "\n")
  }
}
