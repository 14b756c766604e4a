"""Japanese words for item types (patterns are regular expressions)."""

SPACED = False  # no spaces between words: patterns match anywhere
MAIN_VERB_LAST = True  # subject–object–verb: the last verb of the sentence is its main verb
# kana: the item is written in Japanese; also kanji alone closed by a full-width period
# (Japanese academic style, "共同開催「…」登壇．") or with 登壇 (Chinese says 登台)
SCRIPT = r"[\u3040-\u30ff]|[\u4e00-\u9fff」）)]\s*．|登壇"
DETERMINERS = ()

# Posts one becomes (になりました): researchers, faculty, engineers.
_POSTS = (
    r"研究員|研究者|助教|准教授|教授|講師|ポスドク|博士研究員|研究フェロー|フェロー|エンジニア"
    r"|リサーチ(?:サイエンティスト|エンジニア|アシスタント)|社員|教員|学振PD"
)

VERBS = {
    "talk": (
        r"講演",
        r"発表",
        r"登壇",
        r"講義(?!室|棟)",  # 講義室: a lecture room, where something is held
        r"(?:口頭|ポスター)発表(?:を行|をし|し)",
        # 招待講演を行いました / 基調講演をしました: the talk given, the sentence's verb
        r"(?:招待|基調|依頼|特別|口頭|ポスター)?(?:講演|発表)を(?:行|おこな|し)",
        # an English word before kana: "Plenary Talkをしました", "Invited talkを行いました"
        r"(?:(?:plenary|invited|keynote|contributed|oral|poster|spotlight) )?"
        r"(?:talk|presentation|keynote|lecture)を?(?:行|おこな|し)",
        # a seminar's or a course's lecturer: 講師を務めました (座長を務め: service, below)
        r"講師(?:を|として)(?:務め|勤め|担当|担い|させていただ)",
        # a talk noun closing the sentence, its verb left out: "…に参加し，ポスター発表．"
        r"(?:招待|基調|依頼|特別|口頭|ポスター)?(?:講演|発表)(?=\s*(?:[。．.!！]|$))",
        # a lecture given once: 講座を実施, 出前講義を実施, セミナーを行いました (a course
        # taught for a term, 授業を担当, is no talk)
        r"(?:講座|講義|セミナー|チュートリアル|ハンズオン)を(?:実施|行|おこな)",
        # a report given at a meeting or a ceremony: 終了報告をしました, 成果報告を行い
        # (ご報告をします: the site tells its readers, no talk)
        r"(?:(?:終了|成果|研究|中間|活動|進捗|口頭)報告を?|[でて]報告を)(?:行|おこな|し)",
    ),
    # 採択期間: a period, no verb; ウェブサイトを公開: the author's site went online, news
    "paper": (
        r"採択(?!期間|番号|率)",
        r"採録",
        r"出版",
        r"(?<!(?:サイト|ページ|ブログ)[をが])(?<!(?:ポスター|パンフレット)[をが])(?<!チラシ[をが])公開",
        r"(?:口頭発表|口頭|オーラル|スポットライト|oral|spotlight)[^。]{0,6}?に選(?:ばれ|出)",
    ),
    "award": (
        r"受賞",
        r"表彰",
        r"選出",
        r"選ばれ",  # 優秀論文に選ばれました: an honour (口頭発表に選ばれ: a paper, below)
        r"ノミネート",  # 博士論文が…推薦論文にノミネート: a paper put up for an honour
        r"(?:補助金|助成金?|科研費|研究費|奨学金?|奨励金?|フェローシップ|(?:研究)?課題|特別研究員"
        r"|DC[12]|事業|公募|プログラム|スカラシップ|奨学生"
        # a funder named: JST創発に採択, 財団の研究助成に採択, JSPS海外特別研究員に採択
        r"|jst|jsps|amed|nedo|財団|創発|さきがけ|crest|act-?x|erato|presto|sunrise|ムーンショット"
        # (a Latin name after kana opens no word: サントリーSunRiSE is read at サントリー)
        r"|学振|振興会|基金|サントリー)"
        r"[^。]{0,20}?採(?:択|用)",
    ),  # 科研費に採択, 特別研究員DC1に採択: a grant, a fellowship; 論文が採択: a paper
    "service": (r"査読", r"務め"),
    "position": (
        r"着任",
        r"入社",
        r"就任",
        r"修了",
        r"卒業",
        r"入学",
        r"異動",
        r"移籍",
        r"(?:非常勤|常勤|専任|特任)講師(?:を|として)(?:務め|勤め)",  # a post, not a lecture
        r"赴任",  # took up a post
        r"配属",  # assigned to a lab (a student's first post)
        r"合格",  # admitted (専攻に合格), a degree's examination passed
        r"在外研究",  # a research stay abroad (a sabbatical)
        # a thesis defended in public: the degree's step, not a new paper
        r"(?:博士|修士|学位)論文[^。]{0,60}?(?:公聴会|最終試験|口頭試問|本審査|審査会)",
        # 研究員になりました, 客員研究員となりました: became one (ことになりました: decided)
        rf"(?:{_POSTS})(?:に|と)な(?:り|っ|る)",
        # 博士（工学）を取得, 博士号を取得, 修士の学位を取得: a degree obtained (データを取得: news)
        r"(?:(?:博士|修士|学士)(?:号|の?学位|[（\(][^）\)。]{1,20}[）\)])|学位|ph\.?d\.?)を?取得",
    ),
    # a guest who came (山田先生にお越しいただきました, ご来訪): a visit hosted
    "event": (
        *(r"参加", r"出席", r"開催", r"主催", r"訪問", r"お越し(?:いただ|頂)", r"ご?来訪"),
        # the lab open to visitors: 研究室公開, オープンラボ, 研究室を公開 (公開 alone: a paper)
        r"(?:研究室|実験室|ラボ)(?:を|が)?(?:一般)?公開",
        r"オープン(?:ラボ|キャンパス|ハウス)",
        r"(?:研究室)?見学会",
    ),
    # プレスリリース「…」を発表: a press release issued, not a talk
    "news": (
        *(r"取材", r"募集", r"プレスリリース[^。]{0,80}?(?:を|が)(?:発表|公開|配信|出)"),
        # the site updated: 発表論文リストを更新しました, 資料が追加されました, 基礎について掲載
        r"(?:リスト|一覧|ページ|情報|内容|資料|メンバー)?(?:を|が)?更新",
        r"(?:資料|情報|ページ|リスト|写真)(?:を|が)追加",
        # a flyer put online (ガイダンスのポスターを公開しました): no poster presented
        r"(?:ポスター|チラシ|パンフレット)(?:を|が)(?:公開|掲載|配布)",
        r"について掲載",
        # the site itself renewed or opened: ウェブサイトをリニューアルしました, ホームページを
        # 開設 (what it now 掲載s, 研究内容を掲載しています, is the site's, not a paper)
        r"(?:サイト|ページ|ブログ|hp)(?:を|が)(?:全面)?(?:リニューアル|開設|移転|刷新)",
        # posted on the site: ホームページに…を掲載 (論文が…誌に掲載: a paper)
        r"(?:サイト|ページ|ブログ|hp)上?(?:に|へ|で)(?:(?!論文(?!リスト|一覧)|誌|ジャーナル|journal)[^。]){0,40}?掲載",
    ),
}
OBJECT_VERBS: dict[str, tuple[str, ...]] = {}
# Phrases that say the type wherever they stand: a seminar or lecture named by its speaker
# with an honorific (村田博士のセミナー, 山田さんのセミナー, 鈴木先生の最終講義) is a
# guest's, which the site hosted or attended: an event (one's own talk takes no honorific:
# セミナー発表を行いました, 講演しました)
PHRASES = {
    "event": (r"(?:博士|先生|さん|氏|教授)の(?:最終)?(?:セミナー|講義|講演会)",),
}
# an article written for a journal's special issue: 特集記事の一編を担当, 解説記事を執筆
VERBS["paper"] += (
    r"(?:特集|解説|寄稿)記事[^。]{0,20}?(?:担当|執筆|寄稿)",
    r"(?:記事|原稿|解説|論文)を(?:執筆|寄稿)",
)
SUBJECT_VERBS = {"paper": (r"掲載",)}  # 論文が…掲載: paper; 新聞に掲載: news
NOUNS = {
    "talk": (
        r"招待講演",
        r"基調講演",
        r"講演",
        r"セミナー",
        r"チュートリアル",
        r"ポスター発表",
        r"口頭発表",
        r"ポスター",
        r"パネル(?:ディスカッション|討論)",
        r"パネリスト",
    ),
    # 論文紹介, 論文輪読: others' papers read in a journal club, no paper of one's own
    "paper": (r"論文(?!紹介|輪読)", r"プレプリント"),
    "award": (r"賞", r"奨学金", r"フェローシップ"),
    "service": (r"査読者", r"委員", r"編集委員", r"エリアチェア"),
    "position": (
        r"インターン",
        r"助教",
        r"准教授",
        r"教授",
        r"博士研究員",
        r"ポスドク",
        r"(?:特任|客員|主任|上席|専任|プロジェクト)研究員",
    ),
    "event": (r"ワークショップ", r"研究会", r"国際会議", r"学会", r"シンポジウム"),
    "news": (
        r"ニュース",
        r"インタビュー",
        r"新聞",
        r"記事",
        r"メディア",
        # a title naming the subject or its owner (山田助教が, 准教授の鈴木) says no type
        # itself: the sentence's verb does (a post is taken: 着任, 就任, 助教になりました)
        r"(?:助教|准教授|教授)(?=[がはのとらも、，,・])",
    ),
}
