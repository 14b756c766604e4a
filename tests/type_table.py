"""News items as people write them, with the type a reader gives each (written for these tests).

Each row is one Markdown list item without its date; the tests add ``(Nov 18, 2022)``.
"""

from __future__ import annotations

TALK, PAPER, AWARD, SERVICE = "talk", "paper", "award", "service"
POSITION, EVENT, NEWS = "position", "event", "news"

TYPE_TABLE: list[tuple[str, str]] = [
    # --- talks, English
    ("Gave an invited talk at the MIT Machine Learning Seminar.", TALK),
    (
        "I will give a talk on robust optimisation at [Cornell ORIE](https://orie.cornell.edu).",
        TALK,
    ),
    ("Invited talk at UC Berkeley on sparse recovery.", TALK),
    ("Keynote at the Nordic Signal Processing Days in Oslo.", TALK),
    ("Spoke about diffusion models at the Stanford Statistics colloquium.", TALK),
    ("Presented our work on federated learning at the Google Research reading group.", TALK),
    ("Will be speaking at the Toronto Vector Institute lunch series.", TALK),
    ("Delivered a plenary lecture at the Chinese Mathematical Society meeting.", TALK),
    ("Panelist at the CVPR 2023 workshop on responsible vision.", TALK),
    ("Guest lecture in Stanford CS231n on inverse problems.", TALK),
    ("Our tutorial on optimal transport will be given at ICML 2024.", TALK),
    ("Giving a seminar at the Flatiron Institute next week.", TALK),
    ("Excited to present a poster on graph neural networks at the Midwest ML Symposium.", TALK),
    # main verb decides
    ("Presented our accepted paper at ICML 2023 in Honolulu.", TALK),
    ("Gave a talk on our NeurIPS paper at the Simons Institute.", TALK),
    ("Invited to speak about our award-winning paper at Yale.", TALK),
    ("Talked about our new preprint at the Princeton PACM colloquium.", TALK),
    # as people write on their homepages (issue 8)
    ("I was one of five invited speakers selected for the plenary day.", TALK),
    ("Honored to be a speaker at the Simons Foundation symposium.", TALK),
    ("I co-organised a minisymposium and also presented a poster there.", TALK),
    ("I chaired the morning session, and gave a talk on mixed-integer programs.", TALK),
    ("I have a talk at the ICERM workshop I co-organised.", TALK),
    ("Talk at the spring school organised by the LMS.", TALK),
    ("Gave the opening talk at the CLeaR workshop.", TALK),
    # --- papers, English
    (
        "Our paper [Sharp Bounds for Sketching](https://arxiv.org/abs/2301.01234) "
        "was accepted to NeurIPS 2023!",
        PAPER,
    ),
    ("Two papers accepted at ICLR 2024.", PAPER),
    ("One paper on shadow removal was accpeted by IEEE TIP.", PAPER),  # sic
    ("New pre-print out: why sparse attention generalises.", PAPER),
    ("🎉 Our paper on graph sparsifiers got accepted to SODA 2024!", PAPER),
    ("Paper accepted as an oral presentation at CVPR 2023.", PAPER),
    ("New preprint: [Talking Heads Need Better Priors](https://arxiv.org/abs/2305.04321).", PAPER),
    (
        "[A Tutorial on Spectral Clustering Revisited](https://arxiv.org/abs/2204.00001) "
        "is out on arXiv.",
        PAPER,
    ),
    ("Our work on phase retrieval is published in SIAM Review.", PAPER),
    ("Check out our paper on low-rank adaptation, to be presented at ACL 2024.", PAPER),
    ("[Learning to Award Credit](https://arxiv.org/abs/2211.05555) will appear in JMLR.", PAPER),
    ("Released [Keynote: A Speech Corpus](https://arxiv.org/abs/2302.07777) with Jane Doe.", PAPER),
    ("Our article on climate emulators appeared in Nature Communications.", PAPER),
    ("Our paper was selected as a spotlight at ICML 2022.", PAPER),
    ("[Robust Matrix Sensing Without Incoherence](https://arxiv.org/abs/2209.01234)", PAPER),
    ("Manuscript on tensor decompositions submitted to the Annals of Statistics.", NEWS),
    ('"Attending to Details: Long-Context Transformers" accepted at EMNLP 2023.', PAPER),
    ("My last work as a PhD student has been accepted to ICLR.", PAPER),
    ("Our work done during my internship at NVIDIA was accepted at 3DV.", PAPER),
    ("A commentary on open peer review, in PNAS.", PAPER),
    ("The book *Statistical Learning with Sparsity* is now online.", PAPER),
    (
        "Glad to announce the release of [Scaling Laws for Robots]"
        "(https://arxiv.org/abs/2501.00002)! It has since received many citations.",
        PAPER,
    ),
    ("Excited to announce our latest work on federated unlearning, see the project page.", PAPER),
    # --- awards
    ("Received the Young Researcher Presentation Award at the SIAM meeting.", AWARD),
    ("Received the NSF CAREER Award.", AWARD),
    ("Our paper won the best paper award at MICCAI 2022!", AWARD),
    ("Best student paper award at ISBI 2021.", AWARD),
    ("Honored to be named a 2023 Sloan Research Fellow.", AWARD),
    ("Awarded the Google PhD Fellowship in machine learning.", AWARD),
    ("Our team is funded by an NIH R01 grant on medical imaging.", AWARD),
    ("Selected as an EECS Rising Star.", AWARD),
    ("Outstanding reviewer award at NeurIPS 2021.", AWARD),
    # --- service
    ("Serving as an area chair for NeurIPS 2024.", SERVICE),
    ("Reviewer for ICML, ICLR and JMLR this year.", SERVICE),
    ("Joined the editorial board of IEEE Transactions on Signal Processing.", SERVICE),
    ("Program committee member for AISTATS 2023.", SERVICE),
    ("Appointed associate editor of the SIAM Journal on Imaging Sciences.", SERVICE),
    ("Session chair at the INFORMS Annual Meeting.", SERVICE),
    ("A special issue on causal ML in Entropy has been announced; submissions welcome.", SERVICE),
    ("I am a member of the steering committee of the Learning Theory Alliance.", SERVICE),
    # --- positions
    ("Joined the University of Minnesota as an assistant professor.", POSITION),
    ("Started my summer internship at Google Brain.", POSITION),
    ("Successfully defended my PhD thesis!", POSITION),
    ("Moved to ETH Zürich as a postdoc.", POSITION),
    ("Graduated from Columbia University with a PhD in EE.", POSITION),
    ("Accepted an offer to join Meta AI as a research scientist.", POSITION),
    ("Will join Carnegie Mellon as a tenure-track faculty member in the fall.", POSITION),
    ("Promoted to associate professor with tenure.", POSITION),
    # --- events
    ("Attended a talk by Yann LeCun at NYU.", EVENT),
    ("Attended the IPAM long program on computational imaging.", EVENT),
    ("Co-organizing the ICML 2023 workshop on data-centric learning.", EVENT),
    ("Organised a mini-symposium at SIAM Imaging Science 2022.", EVENT),
    ("Our workshop proposal was accepted at NeurIPS 2023.", EVENT),
    ("Our tutorial proposal on causal discovery was accepted at KDD.", EVENT),
    ("I'll be at NeurIPS in New Orleans; come say hi!", EVENT),
    ("Hosted Prof. Maria Garcia for a week-long visit.", EVENT),
    ("Participated in the Dagstuhl seminar on algorithmic fairness.", EVENT),
    # --- plain news: never a talk
    ("Welcome to my new website!", NEWS),
    ("Welcome Dana, our new postdoc!", NEWS),
    ("We are hiring PhD students for Fall 2024; see the openings page.", NEWS),
    ("Our lab was featured in the MIT Technology Review.", NEWS),
    ("Gave an interview to Quanta Magazine about our work.", NEWS),
    ("Our code for sparse PCA is now on GitHub.", NEWS),
    ("Happy new year from the lab!", NEWS),
    ("We are releasing a browser game about Bayesian inference.", NEWS),
    ("Teaching CSCI 5525 this spring.", NEWS),
    ("I will be lecturing the graduate course on numerical PDEs at Imperial.", NEWS),
    ("Teaching a short course on kernel methods in Lisbon.", TALK),
    ("Two guest lectures for the undergraduate optics course at Delft.", TALK),
    ("Congratulations to Alice for passing her qualifying exam.", NEWS),
    ("Podcast episode on AI for science is now online.", NEWS),
    ("Our op-ed on AI policy is out in The Atlantic.", NEWS),
    ("Our paper on wildfire forecasting was highlighted by the NSF news office.", NEWS),
    # --- Chinese
    ("一篇论文被 NeurIPS 2023 接收。", PAPER),
    ("受邀在清华大学做学术报告。", TALK),
    ("在北京大学作特邀报告，介绍了我们被 ICML 接收的论文。", TALK),
    ("荣获 ACM SIGMOD 最佳论文奖。", AWARD),
    ("担任 ICLR 2024 领域主席。", SERVICE),
    ("加入浙江大学任助理教授。", POSITION),
    ("参加了 CCF 人工智能会议。", EVENT),
    ("实验室网站上线新版本，欢迎访问。", NEWS),
    # --- Japanese
    ("東京大学で招待講演を行いました。", TALK),
    ("NeurIPS 2023 に論文が採択されました。", PAPER),
    ("ICML で採択された論文について講演しました。", TALK),
    ("情報処理学会で優秀論文賞を受賞しました。", AWARD),
    ("理化学研究所に着任しました。", POSITION),
    ("ワークショップに参加しました。", EVENT),
    ("朝日新聞に私たちの研究が掲載されました。", NEWS),
    ("論文が IEEE TPAMI に掲載されました。", PAPER),
    ("科研費（若手研究）に採択されました。", AWARD),
    ("財団の研究助成に採択されました。", AWARD),
    ("博士課程の奨学金に採用されました。", AWARD),
    ("シンポジウムでポスター発表をしました。", TALK),
    # --- Spanish
    ("Di una charla invitada en la Universidad de Chile.", TALK),
    ("Impartí una ponencia plenaria en el congreso de la SEMA.", TALK),
    ("Nuestro artículo fue aceptado en CVPR 2024.", PAPER),
    ("Recibí el premio a la mejor tesis doctoral.", AWARD),
    ("Asistí al taller de aprendizaje automático en Valencia.", EVENT),
    # --- French
    ("J'ai présenté nos travaux au séminaire de l'INRIA.", TALK),
    ("Exposé invité au colloque GRETSI 2023.", TALK),
    ("Notre article a été accepté à ICASSP 2024.", PAPER),
    ("J'ai soutenu ma thèse à l'Université Paris-Saclay.", POSITION),
    ("J'ai reçu le prix de thèse de la SMAI.", AWARD),
    # --- German
    ("Vortrag an der TU München über robuste Optimierung.", TALK),
    ("Ich habe einen Gastvortrag am MPI Tübingen gehalten.", TALK),
    ("Unser Artikel wurde in der ZAMM veröffentlicht.", PAPER),
    ("Ausgezeichnet mit dem Preis der Gesellschaft für Informatik.", AWARD),
    ("Wir haben einen Workshop in Berlin organisiert.", EVENT),
    # --- Portuguese
    ("Ministrei uma palestra na USP sobre aprendizado profundo.", TALK),
    ("Nosso artigo foi aceito no SBRC 2023.", PAPER),
    ("Ganhei o prêmio de melhor dissertação.", AWARD),
    # --- Italian
    ("Ho tenuto un seminario al Politecnico di Milano.", TALK),
    ("Il nostro articolo è stato accettato a ICML.", PAPER),
    ("Ho partecipato al convegno SIMAI a Trieste.", EVENT),
]

# A leading bold label that names a type wins over the words.
LABELLED: list[tuple[str, str]] = [
    ("**Talk**: Attended the Fields Institute reception.", TALK),
    ("**Paper**: Gave a talk about it at MIT.", PAPER),
    ("**Award**: Our paper was accepted as an oral.", AWARD),
    ("**News**: Gave an invited talk at Oxford.", TALK),  # "News" names no type
    ("**Update**: Our paper was accepted to COLT.", PAPER),
]


def type_of_first(item: str) -> str:
    """The type of ``item`` read as the first of two entries of a news list, each dated
    by a bold month (``- **Mar 2026:** item``, then ``- **Feb 2026:** Met a friend.``):
    checks that the list gives both items, the first dated March 2026 to the month and the
    second plain news, so a row can only pass by its own words."""
    import datetime as dt
    from pathlib import Path

    from feeds.parse import parse_page

    page = f"# Someone\n\n## News\n\n- **Mar 2026:** {item}\n- **Feb 2026:** Met a friend.\n"
    events = parse_page(Path("news.md"), text=page)[1]
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision) == (dt.date(2026, 3, 1), "month")
    assert events[1].type == NEWS
    return events[0].type
