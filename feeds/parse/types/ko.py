"""Korean words for item types (patterns are regular expressions).

Korean puts spaces between words, but particles and endings stick to them (논문이, 발표를,
발표함, 선정됨): the patterns are word stems matched anywhere, as for Chinese and Japanese,
so no stem may be a piece of common other words (상 alone is no award: 향상, 이상, 대상).
The main verb comes last (subject–object–verb). A verb stem that describes the noun after
it (제출한 논문, 제출 논문: a submitted paper) is not the sentence's verb.
"""

SPACED = False  # endings stick to the stems: patterns match anywhere
MAIN_VERB_LAST = True  # subject–object–verb: the last verb of the sentence is its main verb
SCRIPT = r"[\uac00-\ud7a3]"  # Hangul syllables: the item is written in Korean
DETERMINERS = ()

# A presentation accepted (포스터 발표 승인): 발표 is the subject of the verb after it.
_ACCEPTED = r"(?!\s*(?:가|이|를|을)?\s*(?:승인|채택|확정))"
_VERB_STEMS = {
    "talk": (
        rf"발표{_ACCEPTED}",
        r"특강",
        r"강연",
        r"초청\s*강연",
        r"기조\s*(?:연설|강연)",
        rf"(?:구두|포스터)\s*발표{_ACCEPTED}",
        r"발제",
        # chosen as a presenter or speaker (발표자로 선정): a talk, not a prize
        r"(?:발표자|연사|강연자|기조\s*연설자|초청\s*연사)\s*로\s*(?:선정|선발|초청|초대)",
    ),
    "paper": (
        r"출판",
        r"출간",
        r"수록",
        # accepted, then presented at the venue: the acceptance is the news
        r"(?:accept|억셉|채택)[^.。]{0,60}?발표\s*(?:할\s*)?예정",
        # chosen as a paper or a poster (short paper로 선정, 포스터로 선정): accepted
        r"(?:paper|논문|포스터|poster)s?\s*(?:으)?로\s*(?:선정|선발|채택)",
    ),
    "award": (r"수상", r"수여", r"표창", r"입상", r"수혜"),
    "service": (r"위촉", r"역임"),
    "position": (
        r"입학",
        r"졸업",
        r"합류",
        r"임용",
        r"부임",
        r"입사",
        r"취임",
        r"승진",
        r"시작",
        r"학위\s*(?:를\s*)?취득",
    ),
    "event": (r"참석", r"참가", r"참여", r"개최", r"주최", r"주관", r"방문"),
    "news": (r"제출", r"투고", r"모집", r"채용", r"보도"),
}
# Verbs whose subject says the type (논문이 게재: a paper; 신문에 게재: news); else this type.
_SUBJECT_STEMS = {
    "paper": (
        r"게재",
        r"채택",
        r"승인",
        r"억셉",
        r"accept(?:ed)?(?=\s*[\(,.]|\s*$|[\uac00-\ud7a3])",  # 논문 Accept, Accept되어
    ),
    "award": (r"선정", r"선발"),
}
_NOUN_WORDS = {
    "talk": (
        r"세미나",
        r"콜로키움",
        r"튜토리얼",
        r"웨비나",
        r"포스터",
        r"패널\s*토론",
        r"연사",
        r"발표자",
    ),
    "paper": (r"논문", r"학술지", r"저널", r"프리프린트", r"학회\s*논문", r"acceptance letter"),
    "award": (
        r"장학(?:금|생)?",
        r"최우수",
        r"우수\s*(?:논문|발표|학생|연구)",
        r"(?:금|은|장려|논문|발표|공로|학술|신인|특별|우수|최우수)상",
        r"펠로우십",
        r"상금",
    ),
    "service": (
        r"심사\s*위원",
        r"편집\s*위원",
        r"프로그램\s*위원",
        r"위원",
        r"리뷰어",
        r"심사자",
        r"좌장",
    ),
    "position": (
        r"인턴",
        r"박사\s*후\s*연구원",
        r"포닥",
        r"학위",
        r"방문\s*(?:연구원|학생|교수|학자)",
        r"정년\s*트랙",
    ),
    "event": (
        r"워크(?:숍|샵)",
        r"학술\s*대회",
        r"학회",
        r"컨퍼런스",
        r"심포지(?:엄|움)",
        r"행사",
        r"포럼",
        r"경진\s*대회",
        r"해커톤",
        r"여름\s*학교",
        r"오픈\s*(?:랩|하우스)",  # the lab open to visitors
        r"(?:연구실|실험실)\s*공개",
    ),
    "news": (r"인터뷰", r"기사", r"언론", r"신문", r"뉴스", r"홈페이지"),
}

# A verb stem that describes the noun after it is no verb of the sentence: an adnominal
# ending (제출한 논문, 채택된 논문) or a noun right after it (제출 논문, 수상 논문).
_ADNOMINAL = r"(?:한|된|하는|되는|할|될|했던|하던|되었던|받은)\s"
_NEXT_NOUN = "|".join(word for words in _NOUN_WORDS.values() for word in words)
_MAIN = rf"(?!{_ADNOMINAL}|\s*(?:{_NEXT_NOUN}))"

VERBS = {type_: tuple(stem + _MAIN for stem in stems) for type_, stems in _VERB_STEMS.items()}
OBJECT_VERBS: dict[str, tuple[str, ...]] = {}
SUBJECT_VERBS = {
    type_: tuple(stem + _MAIN for stem in stems) for type_, stems in _SUBJECT_STEMS.items()
}
NOUNS = _NOUN_WORDS
