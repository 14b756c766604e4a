"""A third held-out table of item types: 30 talks, papers, awards and news each.

Written (in our own words, several languages) before the third round of tuning on real
homepages (issue 8: co-authorship, DOI links, citation honours, media, panels, courses),
scored before and after, never tuned on. Run: ``python bench/types_heldout_3.py``.
Not a test: it prints, asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from types_measure import report  # noqa: E402

TALKS = [
    "Gave a seminar at the Courant Institute on stochastic control.",
    "I'll be presenting our recent results on glacier modelling at EGU in Vienna.",
    "Invited to present my work at the Isaac Newton Institute programme on random matrices.",
    "Participated in a panel discussion on open science at the Royal Society.",
    "Took part in a round table on AI regulation organised by the European Parliament.",
    "Attending ISMB 2026 and presenting a poster on protein language models.",
    "Had the pleasure of speaking at the Cambridge NLP seminar.",
    "Our student Li presented her thesis work at the departmental colloquium.",
    "Recorded talk from the Simons workshop is now on YouTube.",
    "Short presentation of our dataset at the LREC poster session.",
    "Keynote address at the European Conference on Computational Biology.",
    "Delivering the Wald lectures at JSM this summer.",
    "I gave an online talk for the Quantum Information seminar series, slides here.",
    "Joined a panel at NeurIPS on the future of peer review.",
    "Speaking about robust statistics at the Bernoulli Society meeting in Bochum.",
    "Featured speaker at PyData Berlin 2025.",
    "Invited lecture at the Mathematical Congress of the Americas.",
    "Oral presentation of our ACL paper in Bangkok.",
    "Will discuss our work on carbon pricing at the IMF research seminar.",
    "Guest talk in the Data Science Lunch series at EPFL.",
    "应邀在复旦大学数学科学学院作学术报告。",
    "在 ICML 2025 上做口头报告。",
    "日本物理学会で招待講演を行います。",
    "京都大学の談話会で講演しました。",
    "Daré una charla sobre aprendizaje por refuerzo en la Universidad de los Andes.",
    "Participé en una mesa redonda sobre ciencia abierta en Madrid.",
    "Je donnerai un exposé au séminaire de probabilités de Jussieu.",
    "Intervention à la table ronde sur l'IA et l'éducation à Lyon.",
    "Eingeladener Vortrag beim Kolloquium der Universität Heidelberg.",
    "Apresentei nosso trabalho no Simpósio Brasileiro de Bancos de Dados.",
]
PAPERS = [
    "Co-authored a paper on coastal erosion with the USGS team, now in Geology.",
    "Coauthor on [Learning Sparse Graphs](https://doi.org/10.1000/abc123), out in Biometrika.",
    "Our manuscript on antibiotic resistance is now published in eLife.",
    "New article in the Journal of Finance: "
    "[Liquidity and Noise](https://doi.org/10.1111/jofi.0001).",
    "Two of our submissions made it into EMNLP 2025 Findings.",
    "Thrilled that our work [Fast Solvers for Stokes Flow] (**SIAM J. Sci. Comput. 2026**) "
    "is finally out.",
    "[Rethinking Dropout](https://doi.org/10.5555/xyz) appears in TMLR.",
    "Check out our new preprint on galaxy morphology with Rubin data.",
    "Our chapter on causal discovery is included in the Handbook of Graphical Models.",
    "Paper with Sam and Yuki accepted at STOC 2026.",
    "Published: a review of microbial fuel cells in Nature Reviews Microbiology.",
    "I co-wrote a survey on federated optimization, see [the PDF](https://example.org/survey.pdf).",
    "Our study on sleep and memory consolidation is out in Neuron.",
    "Conditionally accepted at Management Science!",
    "Our method for protein docking [DockFast](https://doi.org/10.1038/s41592-000) was "
    "published in Nature Methods.",
    "The extended version of our SODA paper is accepted in the Journal of the ACM.",
    "Working paper: Remote Work and Urban Rents (with J. Park).",
    "Our work on flood mapping has been accepted for publication in Remote Sensing of Environment.",
    "New in PRX Quantum: error mitigation for analog simulators.",
    "我们的论文《基于图的推荐方法》被 SIGIR 2025 录用。",
    "合作论文发表于 Nature Communications。",
    "共著論文が Physical Review B に掲載されました。",
    "ACL 2025 に論文が採録されました。",
    "Nuestro artículo sobre sequías fue publicado en Water Resources Research.",
    "Artículo en coautoría aceptado en la Revista de Economía Aplicada.",
    "Notre article sur la percolation est paru dans Annals of Probability.",
    "Nouvelle prépublication sur arXiv : [Marches aléatoires](https://arxiv.org/abs/2601.01234).",
    "Unser Artikel zur Bodenfeuchte ist in Hydrology and Earth System Sciences erschienen.",
    "Nosso artigo foi publicado na Revista Brasileira de Ensino de Física.",
    "Il nostro articolo sulla dinamica dei fluidi è stato pubblicato su JFM.",
]
AWARDS = [
    "Our paper on dense retrieval became an ESI Highly Cited Paper.",
    "Our SIGGRAPH article was selected as a Popular Article by the ACM Digital Library.",
    "Received the best paper award at ICDE 2025.",
    "Best Paper Honorable Mention at CHI 2026!",
    "Won second place in the NeurIPS 2025 LLM efficiency challenge.",
    "Recipient of the ERC Starting Grant for the project SHAPE.",
    "I was awarded a Marie Skłodowska-Curie postdoctoral fellowship.",
    "Our team got the Best Demo Award at UIST.",
    "Honoured to receive the Early Career Award of the Royal Statistical Society.",
    "Finalist for the INFORMS Nicholson student paper competition.",
    "Our paper was nominated for the best paper award at ECCV.",
    "Named to Forbes 30 Under 30 in Science.",
    "Received a Distinguished Reviewer award from AAAI.",
    "The department teaching prize goes to our lab this year!",
    "Our article was recognised as a top-cited paper of the journal in 2025.",
    "Selected as a Young Scientist for the Heidelberg Laureate Forum.",
    "Awarded an NSERC Discovery Grant.",
    "Our proposal got funded by the Sloan Foundation!",
    "My PhD thesis received the EurAI Dissertation Award.",
    "Our paper is a Best Paper Candidate at CVPR 2026.",
    "我们的论文获得 ACL 2025 杰出论文奖。",
    "荣获国家优秀青年科学基金。",
    "论文入选 ESI 高被引论文。",
    "日本機械学会奨励賞を受賞しました。",
    "学生プレゼンテーション賞をいただきました。",
    "Recibí el Premio Nacional de Investigación para jóvenes.",
    "Lauréate du prix L'Oréal-UNESCO Pour les Femmes et la Science.",
    "Ich habe den Promotionspreis der Fakultät erhalten.",
    "Recebi o prêmio de melhor artigo no SBPO 2025.",
    "Ho vinto il premio per la migliore tesi di dottorato.",
]
NEWS = [
    "Our lab was featured in a Wired article on citizen science.",
    "I was interviewed by the BBC about heat waves.",
    "Our project was covered by Le Monde.",
    "The website of our new project is available here.",
    "[Project page] Data and code for our survey are available here.",
    "I will give a course on Bayesian statistics at the doctoral school next semester.",
    "Teaching a graduate class on computational geometry this fall.",
    "Our paper was submitted to the Journal of Econometrics.",
    "We are recruiting two postdocs in computational neuroscience; apply by March.",
    "Our new blog post explains diffusion models for chemists.",
    "Launched the podcast 'Data Stories' with Maria.",
    "Featured in the university magazine for our work on soil microbes.",
    "Our dataset of urban trees is now publicly available.",
    "The lab has a new home page!",
    "Quoted in The Economist on central bank digital currencies.",
    "Our software package spfit 2.0 is released on CRAN.",
    "Press release from the university about our Mars rover study.",
    "My interview with Radio France about ocean plastics is online.",
    "Happy to welcome Priya as a new PhD student in the group.",
    "Our lab turns five today, thanks to everyone!",
    "我们的研究成果被新华社报道。",
    "课题组招收2026级博士研究生，欢迎联系。",
    "研究室のウェブサイトを公開しました。",
    "NHKのニュース番組で研究が紹介されました。",
    "Entrevista en El País sobre inteligencia artificial y empleo.",
    "Impartiré un curso de estadística bayesiana en la Universidad de Sevilla.",
    "Interview dans Le Monde sur la recherche en climatologie.",
    "Je donne un cours de master sur l'apprentissage statistique ce semestre.",
    "Unser Projekt wurde in der Süddeutschen Zeitung vorgestellt.",
    "Fomos destaque no jornal Folha de S.Paulo com nossa pesquisa sobre dengue.",
]

HELD_OUT_3: list[tuple[str, str]] = [
    *((text, "talk") for text in TALKS),
    *((text, "paper") for text in PAPERS),
    *((text, "award") for text in AWARDS),
    *((text, "news") for text in NEWS),
]

if __name__ == "__main__":
    assert [len(t) for t in (TALKS, PAPERS, AWARDS, NEWS)] == [30, 30, 30, 30]
    report("held out, round 3 (never tuned on)", HELD_OUT_3, show_misses=True)
