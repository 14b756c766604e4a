"""Chinese words for item types (patterns are regular expressions)."""

SPACED = False  # no spaces between words: patterns match anywhere
MAIN_VERB_LAST = False  # the main verb is the first one (subject–verb–object)
DETERMINERS = ()

VERBS = {
    "talk": (
        # 作口头报告, 作“题目”报告, 做了关于…的报告 (工作报告 is a noun: see NOUNS)
        r"[做作](?:了)?[^，。；,;]{0,24}?(?:报告|演讲|讲座)",
        r"进行(?:了)?[^，。；,;]{0,16}?(?:报告|演讲|讲座)",
        r"展示(?:了)?[^，。；,;]{0,24}?(?:海报|墙报|poster)",
        r"[做作]?(?:了)?(?:海报|墙报|poster)(?:展示|报告|交流)",  # 并做墙报展示: a poster shown
        r"(?:代表)?(?:作)?(?:了)?发言",  # 作为校友代表发言, 出席座谈会并发言
        r"发表(?:了)?(?:主题|特邀)?演讲",
        # 发表 a speech (讲话, 致辞) delivers it: 发表了热情洋溢的讲话 (not 演讲识别的论文)
        r"发表(?:了)?[^，。；,;]{0,30}?(?:讲话|演讲|致辞|演说|贺词)(?=[，。；,;！!？?\s”\"]|$)",
        r"主讲",
        r"宣讲",
        r"分享了",
        # a talk noun closing the item, its verb left out: "…青年学者论坛“口头报告"
        r"(?:口头|特邀|邀请|主旨|大会|分会场?)(?:报告|演讲)(?=[\s。！!．.”\"]*$)",
        r"参加(?:了)?.{0,12}(?:圆桌|座谈|对谈|专题讨论)",  # on a round table: speaking
        # X谈Y (X talks about Y) where an event is named: after a tag with its year
        # (【WAIC2025】王教授谈…) or 在…大会上谈; never 座谈, 访谈, 洽谈, 谈判, 谈话, 谈到
        r"【[^】]{0,20}\d{4}[^】]{0,20}】[^，。；【\s]{2,10}(?<![座访洽会商])谈(?![判话心到及])",
        r"在[^，。；]{2,24}?(?:大会|会议|论坛|峰会|年会|研讨会)上[^，。；]{0,6}?"
        r"(?<![座访洽会商])谈(?![判话心到及])",
    ),
    # not a verb that describes the paper (已录用的论文获…奖: the prize is what is said)
    "paper": (
        r"接收(?!的)",
        r"录用(?!的)",
        r"接受(?!的)",
        r"发表(?!的)",
        r"刊登(?!的)",
        # 在…方面取得新进展 (made progress in …): how a lab announces a result published;
        # not when the sentence goes on to say the press covered it (…，相关成果获…专题报道):
        # the coverage is the news
        r"取得(?:了)?(?:一系列|系列|新|重要|重大|突破性)?(?:的)?(?:研究)?(?:进展|突破)"
        r"(?![^。！!？?]{0,40}?(?:获|受到|得到|被|接受)[^，。；,;！!？?]{0,24}?(?:报道|专访|采访))",
        r"欢迎(?:大家)?(?:阅读|引用|下载)",  # 我们的新工作…，欢迎阅读 (not 欢迎加入)
    ),  # fmt: skip
    # 获…奖 (a prize won), 获批 (a grant approved), 被…评为优秀论文一等奖 (a paper's prize),
    # 被评为优秀学位论文, 被列为ESI高被引文章, 被选为…最具影响力的论文: a paper honoured
    "award": (
        r"荣获",
        r"获奖",
        r"获评",
        r"入选",
        r"获批",
        r"(?:被|获)提名",  # 论文被提名为最佳论文: put up for an honour
        r"获(?!得)[^，。；,;！!]{0,40}?奖",
        # a paper's citation honour named in English: 获Earth's Future年度Top Cited Article
        r"获(?:得)?[^，。；,;！!]{0,40}?(?:top[- ]cited|most[- ]cited|highly[- ]cited)",
        r"获得[^，。；,;！!]{0,40}?奖",  # 获得示例期刊年度最佳论文奖: the prize, not the journal
        r"评(?:选|定)?为",
        r"列为[^，。；,;！!]{0,24}?(?:高被引|热点|亮点|封面|精选|最佳|优秀)",
        # 被选为…论文, but not 选为口头报告论文 (an oral: still a paper)
        r"选为(?![^，。；,;！!]{0,24}?(?:口头|oral|spotlight|poster|墙报|海报|报告))"
        r"[^，。；,;！!]{0,48}?(?:论文|文章|成果)",
    ),
    # 担任 <journal> 编委 (serves on its editorial board): the role said last, after the
    # journal's name (担任Journal of X副编委, 担任《X》期刊编委)
    "service": (
        r"审稿",
        r"受邀担任",
        r"担任[^，。；,;！!]{1,80}?(?:编委|副主编|主编|副编(?:辑)?|编辑)",
    ),
    "position": (
        r"加入",
        r"欢迎[^，。；,;！!]{1,40}?加入",  # 欢迎A和B加入课题组: joining, not a welcome page
        r"入职",
        r"录取",  # admitted to a programme: 获得…博士项目录取
        r"获得?[^，。；,;！!]{0,30}?录取",
        r"(?:作为|担任)?访问(?:博士生|博士|学者|学生|研究员)",  # a visiting post, not a visit
        r"毕业(?![一二三四五六七八九十百\d]+周?年|设计|论文)",  # 毕业设计: a thesis project
        r"答辩",
        r"就职",
        r"任职",
        r"晋升",
        r"开始.{0,6}实习",
    ),
    "event": (r"参加", r"出席", r"参会", r"组织", r"举办", r"主办", r"承办", r"访问"),
    "news": (
        r"欢迎",
        r"招收",
        r"招聘",
        r"报道",
        r"接受(?:了)?[^，。；,;]{0,12}?(?:采访|专访|访谈|访问)",
        r"采访",
    ),
}
OBJECT_VERBS = {
    "award": (r"获得", r"获颁"),
    "service": (r"担任",),
    # appointed (获聘为…副编: an editor, a service); no role the tables know: a post
    "position": (r"(?:获|受|被)聘(?:为|担任)?",),
}
SUBJECT_VERBS: dict[str, tuple[str, ...]] = {}
NOUNS = {
    "talk": (
        r"报告(?!厅)",  # 报告厅: a lecture hall, where something is held
        r"讲座",
        r"演讲",
        r"研讨课",
        r"口头报告",
        r"特邀报告",
        r"主旨报告",
        r"圆桌(?:论坛|讨论)?",
        r"教程",  # a tutorial given: [教程](slides.pdf) "Title" @某大学
    ),
    "paper": (r"论文", r"文章", r"预印本", r"期刊", r"白皮书"),  # a white paper released
    "award": (r"奖", r"奖学金", r"最佳论文奖?", r"荣誉", r"资助", r"基金"),
    "service": (
        r"审稿人",
        r"领域主席",
        r"程序委员",
        r"编委",
        r"主编",
        r"副主编",
        r"副编(?:辑)?",
        r"委员(?!会)",
    ),
    "position": (r"实习", r"博士后", r"助理教授", r"副教授", r"教授", r"博士学位"),
    "event": (r"研讨会", r"会议", r"年会", r"workshop", r"暑期学校", r"开放日", r"实验室开放"),
    "news": (r"新闻", r"媒体", r"工作报告"),  # a work report, not a talk
}
