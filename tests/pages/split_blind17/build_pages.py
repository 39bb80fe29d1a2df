"""Build the seventeenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly ones at most one other set touches, a few no
set uses), but never one of their pages or headline blocks: each page mixes its own pieces (other cut
points, paragraph lengths and combinations), and no sentence is taken twice inside this set (the builder
refuses it).  Headlines, bylines, captions, subheads, interview questions and page furniture are written
afresh.  The set weighs toward headline blocks (more than half the titled articles carry two or three
headline lines) and aims at papers and page types no other set has:

* papers and page types: 无锡日报 要闻 (pdftotext default), 南国都市报 (CRLF), 京郊日报 (e-paper copy), a
  青年参考 国际 page (-layout, ``【英国《卫报》网站…报道】``), 江淮晨报 法治, 宜宾日报 (a story continued from
  an earlier page, BOM), 华夏时报 金融 (-layout), 台州日报 (flat wrap), 江苏法制报 titled 简讯, 长江商报
  untitled 快讯, a 民生周刊 interview (``记者：…`` / ``沃建中：…``), 盐城晚报 (-layout, a jump line), 三峡晚报
  图片新闻, a 南宁晚报 weekend feature (long subheads), a 县报 (长兴报, CRLF, an editor's note) and a 区报
  (沈北新闻, trailing spaces);
* headline blocks in every real combination: 引题 + 主题, 主题 + 副题 with and without ——, 引题 + 主题 +
  副题, a 主题 printed on two lines, a long 引题 that reads like a sentence over a short 主题, a short 主题
  over a long explanatory 副题 without a dash, 栏目 labels (【…】, 「…」, ▲…, 聚焦…) above the block;
* bylines and datelines of the common forms (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``,
  names split by spaces, full-width spaces and 、, credits after the body, ``本报讯``, ``本报X月X日讯``,
  ``据新华社电``, ``新华社…电（记者…）``, ``中新网…电（…）``), captions (``图为…``, ``（…摄）``, ``资料图片``, ▲),
  subheads, column breaks that cut a sentence (a caption, a blank line, a page strip, a narrower or
  shifted next column between), page furniture and jump lines.

The gold records what a careful reader finds, written from the arrangement itself.  Run from the repo
root: ``python tests/pages/split_blind17/build_pages.py`` (needs ../shared/corpora; the pages are
committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A17  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width

# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "v")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
BROADBAND = "inews-test-00646"  # broadband fee cuts, the city still waits
UNICOM = "inews-train-00340"  # 无锡联通 online shopping festival
CNKI = "inews-test-00286"  # 知网 minimum top-up ruled unfair
BUNS = "inews-test-00812"  # 儋州 bakery, floss buns over the limit
BAISHA = "inews-dev-00809"  # 白沙 legal aid, a motorbike passenger killed
KENQU = "inews-train-04067"  # 海南农垦 mutual-aid fund
REDCROSS = SG.format("40c36004b4d2f0ea")  # Red Cross relief money after the 7·21 flood
BLOOD = SG.format("45be281852d2f0ea")  # blood stations open for a month
ATM = SG.format("efb241c6f7d2f0ea")  # charity option on British cash machines
SYRIA = SG.format("66ede17fc2d2f0ea")  # ICRC: Syria in a civil war; Morocco's ambassador
CARD = "inews-dev-00642"  # 黄山 credit-card repayment fraud
DIDI = "inews-dev-00083"  # 福州 four rob a ride-hailing driver
BUS = "inews-train-03301"  # 乐清 drunk passenger grabs the bus driver
YIBIN = "inews-train-01029"  # 宜宾 chemical plant blast report
SMOG = "inews-train-03190"  # 成都 smog rumour to sell air purifiers
DONGFENG = "inews-train-00506"  # 东风 sales manager took bribes
FLOWERS = "inews-test-00233"  # 爱必达 flower-tech funding
SHENXIAN = "inews-train-00460"  # 莘县 rural commercial bank
SHIP = "inews-train-00592"  # a Taiwanese freighter sinks off 台州
DEPOSIT = "inews-train-02304"  # 临海 old book with two deposit slips
TRAILER = "inews-train-04754"  # 株洲 stolen trailers
XINGHUA = "inews-train-03406"  # 兴化 legal publicity
EXAM = "inews-train-04116"  # 恭城 driving-test cheat
BAO = "inews-dev-00886"  # 鲍师傅 paid queueing
PIGS = "inews-dev-00243"  # 梅州 illegal pig slaughter
HAPPY = SG.format("3d5334c8a0d2f0ea")  # Beijing family happiness survey
CLEANUP = "inews-dev-00453"  # 盐城 model environmental city
EIGHT = "inews-test-00609"  # 江苏 eight-rule cases
VAN = "inews-dev-00085"  # 渝北 overloaded van
TAXI = "inews-test-00700"  # 乐山 taxi cut-ins
FRAUD = "inews-train-00607"  # 南宁 telecom fraud crackdown
GUARDS = "inews-train-03809"  # 长兴 crossing wardens paid by insurers
CHROME = "inews-train-00101"  # 安吉 chrome waste water, virtual cost
SHENBEI = "inews-train-03206"  # 沈北 food production oversight


# --- the pages ----------------------------------------------------------------------------------


def v01() -> None:
    """无锡日报 要闻, pdftotext default (21): a three-line block over ``本报讯（记者 …）`` with a caption cutting
    a sentence; a 主题 printed on two lines over ``本报讯（通讯员 … 记者 …）``; a kicker + title story from
    ``本报综合消息`` with a blank line cutting a sentence."""
    arts = [
        A17(
            "我市宽带降费还在等省公司安排",
            [after(P1(BROADBAND, 0), "本报讯"), *P(BROADBAND, (1,), (2, 3), (4,), (5,), (8, 9))],
            kicker="工信部要求10月底前完成固定宽带降费",
            subtitle="——现行资费低于南京、苏州等地",
            lead="本报讯（记者　钱　锡）",
            dateline="本报讯",
            reporters=("钱锡",),
            source="本报",
            breaks=((3, "caption", "市民在营业厅咨询宽带业务。　本报记者　钱　锡　摄"),),
            photographers=("钱锡",),
        ),
        A17(
            "老用户在网时间越长网购节优惠就越多",
            [after(P1(UNICOM, 0), "讯"), *P(UNICOM, (1,), (3,), (4,), (7,), (9,), (12, 13))],
            title_lines=("老用户在网时间越长", "网购节优惠就越多"),
            lead="本报讯（通讯员　联　宣　记者　蒋　梁）",
            dateline="本报讯",
            reporters=("蒋梁",),
            correspondents=("联宣",),
            source="本报",
        ),
        A17(
            "知网“最低充值50元”被判无效",
            P(CNKI, (0,), (4, 5), (6,), (7,), (8, 9)),
            kicker="苏州大学学生状告数据库运营商",
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
            breaks=((3, "blank", ""),),
        ),
    ]
    page(
        "v01_wuxi_wrapped",
        arts,
        "wrap",
        width=21,
        header=["无锡日报　2018年5月20日　星期日　A02　要闻"],
        footer=["责任编辑：华　锡　　美术编辑：过　惠　　校对：秦　梁"],
        note="无锡日报 要闻, wrapped at 21, a title on two lines",
    )


def v02() -> None:
    """南国都市报 海南新闻 (　　 indent, CRLF): a kicker + title story signed ``■南国都市报记者 … 通讯员 …`` with a blank
    line cutting a sentence;
    a title + —— subtitle story opening ``本报白沙12月20日讯（记者 … 通讯员 …）`` with a caption after a
    paragraph; a 「垦区」 story under a short 主题 and a long 副题 without a dash, credited after the body."""
    arts = [
        A17(
            "300袋不合格肉松汉堡已全部售出",
            P(BUNS, (0,), (1, 2), (3,), (4, 5), (6, 7)),
            kicker="儋州一饼店被罚5000元",
            byline="■南国都市报记者　符　儋　通讯员　那　监",
            reporters=("符儋",),
            correspondents=("那监",),
            source="南国都市报",
            breaks=((3, "blank", ""),),
        ),
        A17(
            "摩托车乘客被碾身亡　家属获赔65万余元",
            [*P(BAISHA, (1,), (2,), (3,), (4, 5), (6, 7)), *P(BAISHA, (8,), (9,))],
            subtitle="——白沙法律援助律师帮死者家属讨回公道",
            lead="本报白沙12月20日讯（记者　黎　沙　通讯员　白　援）",
            dateline="本报白沙12月20日讯",
            reporters=("黎沙",),
            correspondents=("白援",),
            source="本报",
            caps=((2, "死者家属向法律援助律师赠送锦旗。（白沙法援中心供图）"),),
        ),
        A17(
            "海垦设立帮扶互助基金",
            P(KENQU, (2,), (4,), (5,), (6,)),
            subtitle="用于帮助遇有危急和经济特别困难的农垦职工　由海南农垦和省慈善总会共同管理",
            column="「垦区」",
            end="（记者　余　垦　通讯员　李　婷）",
            reporters=("余垦",),
            correspondents=("李婷",),
        ),
    ]
    page(
        "v02_nanguo_crlf",
        arts,
        "indent",
        header=["南国都市报　2018年12月21日　星期五　A06　海南新闻"],
        footer=["值班编委：吴　琼　　编辑：林　椰　　美编：陈　岛　　校对：王　崖"],
        eol="\r\n",
        note="南国都市报 海南新闻, indent, CRLF",
    )


def v03() -> None:
    """京郊日报 (e-paper copy, full-width digits): a three-line block over ``本报讯（记者 …）`` with a
    caption after a paragraph; a 聚焦… label over a title + subtitle without a dash, signed ``本报记者 …
    实习生 …``, with a caption cutting a sentence."""
    arts = [
        A17(
            "红会向受灾区县送去８０００斤米面油",
            [after(P1(REDCROSS, 0), "）"), *P(REDCROSS, (1,), (2, 3), (4, 5), (6,), (9,))],
            kicker="“７·２１”特大自然灾害救助",
            subtitle="——遇难群众、因公殉职人员和烈士将获１万至３万元慰问金",
            lead="本报讯（记者　房　秋）",
            dateline="本报讯",
            reporters=("房秋",),
            source="本报",
            caps=((2, "房山中学安置点的村民领取米面油。本报记者　房　秋　摄"),),
            photographers=("房秋",),
        ),
        A17(
            "全市血站开放一个月",
            P(BLOOD, (0,), (1,), (3,), (6,), (7,), (8, 9), (10,)),
            column="聚焦世界献血者日",
            subtitle="市民可参观血液检验加工过程　血液价格同时公示",
            byline="本报记者　郑　献　实习生　马　血",
            reporters=("郑献",),
            interns=("马血",),
            source="本报",
            breaks=((4, "caption", "▲市民在西单文化广场参加无偿献血。本报记者　郑　献　摄"),),
            photographers=("郑献",),
        ),
    ]
    page(
        "v03_jingjiao_web",
        arts,
        "web",
        header=["京郊日报　２０１２年６月１５日　星期五　第２版　综合新闻"],
        footer=["责任编辑：于　京　　版式设计：柳　郊"],
        note="京郊日报 综合新闻, web copy, full-width digits",
    )


def v04() -> None:
    """青年参考 国际, pdftotext -layout (24): a kicker + title story opening ``【英国《卫报》网站…报道】``
    with a shifted next column; a title + —— subtitle ``据新华社电`` story with a caption cutting a
    sentence; a short item ``据新华社电`` under a title alone."""
    arts = [
        A17(
            "英国8000多台提款机可以捐款了",
            [
                after(P1(ATM, 0), "报道，"),
                *P(ATM, (1, 2), (3,), (4, 5), (6,)),
                *P(ATM, (7,), (9,), (10, 11)),
            ],
            kicker="取钱的同时向8家慈善组织捐1至150英镑",
            lead="【英国《卫报》网站6月13日报道】",
            dateline="英国《卫报》网站6月13日报道",
            source="卫报",
            breaks=((5, "shift", ""),),
        ),
        A17(
            "红十字国际委员会认定叙利亚陷入内战",
            P(SYRIA, (0,), (1,), (3, 4), (5,), (7,), (9,), (12,)),
            subtitle="——国际人道主义法将适用于冲突各方",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
            breaks=((4, "caption", "叙利亚大马士革街头的政府军士兵。（资料图片）"),),
        ),
        A17(
            "叙利亚宣布摩洛哥大使为不受欢迎的人",
            [after(P1(SYRIA, 19), "新华社电"), *P(SYRIA, (21,), (22,))],
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "v04_cankao_layout",
        arts,
        "layout",
        width=24,
        header=["             青年参考　2012年7月18日　星期三　第5版　国际"],
        footer=["                     责任编辑：叶　寰　　美术编辑：欧　洲"],
        note="青年参考 国际, pdftotext -layout, 外媒 credits",
    )


def v05() -> None:
    """江淮晨报 法治 (pdftotext default, 22): a 【以案说法】 label over a three-line block, ``本报讯（记者 …
    通讯员 …）`` and a page strip cutting a sentence; a title + subtitle (no dash) story signed ``□记者 …``;
    a long sentence-like 引题 over a short 主题, ``本报综合消息``, with ■ subheads."""
    arts = [
        A17(
            "冒名代还信用卡　两度骗走3万元",
            [after(P1(CARD, 2), "客户端讯"), *P(CARD, (3,), (4,), (5,), (6,), (7,), (9, 10), (11,))],
            column="【以案说法】",
            kicker="先给服务费取得信任　再用假密码骗人代还",
            subtitle="——河北一男子在黄山获刑一年十个月",
            lead="本报讯（记者　屯　溪　通讯员　黄　法）",
            dateline="本报讯",
            reporters=("屯溪",),
            correspondents=("黄法",),
            source="本报",
            breaks=((5, "lines", ["", "江淮晨报　2019年1月8日　A11　法治", ""]),),
        ),
        A17(
            "四人抢劫网约车司机获刑",
            P(DIDI, (0,), (1, 2), (3, 4), (5, 6), (7,)),
            subtitle="分别被判处10年至11年两个月不等有期徒刑",
            byline="□记者　林　榕",
            reporters=("林榕",),
        ),
        A17(
            "醉酒乘客被判刑一年",
            P(BUS, (1,), (2,), (3, 4), (5,), (6, 7), (8, 9), (12,), (13, 14), (16,), (17, 18)),
            kicker="嫌公交车停靠太远与司机口角后抓住司机头发致方向盘失控",
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
            subheads=((2, "■酒后坐车嫌停站太远"), (8, "■法官提醒：遇事别跟乘客起冲突")),
        ),
    ]
    page(
        "v05_jianghuai_wrapped",
        arts,
        "wrap",
        width=22,
        header=["江淮晨报　2019年1月8日　星期二　A11　法治"],
        footer=["编辑：包　拯　　美编：吴　淝　　校对：程　徽"],
        note="江淮晨报 法治, wrapped at 22, a page strip cutting a sentence",
    )


def v06() -> None:
    """宜宾日报 (　　 indent, BOM) opening with a story continued from page 1 (``（上接第一版）``, no
    headline); an 引题 + 主题 + —— 副题 story opening ``封面新闻讯（记者 …）`` under a ▲ label."""
    top = A17("", P(YIBIN, (3,), (4,), (5, 6)))
    arts = [
        A17(
            "商户造谣“成都雾霾爆表”被拘7日",
            [after(P1(SMOG, 0), "）"), *P(SMOG, (1, 2), (5, 6), (7,), (9,), (10, 11))],
            column="▲川内新闻",
            kicker="为推销空气净化器编造污染指数",
            subtitle="——网信、市场监管、公安等部门联合约谈自媒体账号负责人",
            lead="封面新闻讯（记者　吴　蓉）",
            dateline="封面新闻讯",
            reporters=("吴蓉",),
            source="封面新闻",
        ),
    ]
    page(
        "v06_yibin_continued",
        arts,
        "indent",
        top=top,
        top_lines=["（上接第一版）"],
        header=["宜宾日报　2019年2月14日　星期四　第2版　综合"],
        footer=["责任编辑：叙　州　　校对：江　安"],
        bom=True,
        note="宜宾日报 综合, a continued story first, indent, BOM",
    )


def v07() -> None:
    """华夏时报 金融 (pdftotext -layout, 25): a kicker + title story signed ``华夏时报记者 … 武汉报道`` with a
    narrower next column; a 主题 + —— 副题 story signed ``文/… 图/…``; a title + subtitle (no dash) story
    opening ``本报讯``."""
    arts = [
        A17(
            "东风创普原销售部长受贿109.75万元获刑5年",
            P(DONGFENG, (1,), (2,), (3,), (4,), (5,), (6, 7), (8,), (9,)),
            kicker="多次以急用资金为由向经销商索贿",
            byline="华夏时报记者　汉　阳　武汉报道",
            reporters=("汉阳",),
            source="华夏时报",
            breaks=((3, "narrow", ""),),
        ),
        A17(
            "爱必达完成近亿元A轮融资",
            P(FLOWERS, (1,), (2,), (3, 4), (5,), (6,), (10, 11), (12,)),
            subtitle="——花卉消费正从节庆礼品走向日常生活",
            byline="文/方　明　图/昆　花",
            reporters=("方明",),
            photographers=("昆花",),
            caps=((3, "爱必达智能温室里待售的精品花卉。"),),
        ),
        A17(
            "莘县农商银行推行公证抵押贷款",
            P(SHENXIAN, (1,), (2,), (3,), (4, 5), (7,)),
            subtitle="累计办理2.65万笔　支持1210户贫困户脱贫",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "v07_huaxia_layout",
        arts,
        "layout",
        width=25,
        header=["              华夏时报　2018年12月31日　星期一　第10版　金融"],
        footer=["                      主编：钱　夏　　编辑：金　融　　美编：孔　方"],
        note="华夏时报 金融, pdftotext -layout",
    )


def v08() -> None:
    """台州日报 (flat wrap): a three-line block over a ``中新网台州1月2日电（…）`` wire story with two
    correspondents named in the credit; a long sentence-like 引题 over a short 主题, signed ``本报记者 …
    本报通讯员 …``, with a caption after a paragraph and one cutting a sentence."""
    arts = [
        A17(
            "台州海域一货船沉没　10人下落不明",
            [*P(SHIP, (1,), (2,), (3,), (4, 5), (6,), (7,), (8,), (9,))],
            kicker="船上15名船员中14人为缅甸籍",
            subtitle="——已有5人被找到，搜救仍在进行",
            lead="中新网台州1月2日电（范　海　吴　樟）",
            dateline="中新网台州1月2日电",
            correspondents=("范海", "吴樟"),
            source="中新网",
        ),
        A17(
            "淘来的旧书里夹着两张外币存单",
            P(DEPOSIT, (1,), (2, 3), (4,), (5, 6, 7), (8, 9), (10,), (11,), (12, 13), (14,), (15,)),
            kicker="临海“拾宝客”胡师傅跑银行找媒体最后通过派出所和社区辗转找到失主",
            byline="本报记者　临　海　本报通讯员　紫　阳",
            reporters=("临海",),
            correspondents=("紫阳",),
            source="本报",
            caps=((2, "胡初跃展示他淘来的旧书。本报记者　临　海　摄"),),
            breaks=((6, "caption", "黄日九老人（右）从胡师傅手中接过存单。本报记者　临　海　摄"),),
            photographers=("临海",),
        ),
    ]
    page(
        "v08_taizhou_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["台州日报　2019年1月3日　星期四　第3版　社会"],
        footer=["责任编辑：椒　江　　校对：黄　岩"],
        note="台州日报 社会, flat wrap",
    )


def v09() -> None:
    """江苏法制报 titled 简讯 (　　 indent): a 【法治简讯】 label over items ``本报讯（通讯员 …　…）``,
    ``法制网讯（通讯员 …）``, ``据桂林晚报报道``, and one with no credit."""
    arts = [
        A17(
            "盗车卖钱又盗车填窟窿",
            [after(P1(TRAILER, 0), "）"), *P(TRAILER, (1,), (3, 4), (7, 8))],
            column="【法治简讯】",
            lead="本报讯（通讯员　丁　莲　申　亮）",
            dateline="本报讯",
            correspondents=("丁莲", "申亮"),
            source="本报",
        ),
        A17(
            "兴化开展政法综治广场宣传",
            [after(P1(XINGHUA, 0), "）"), *P(XINGHUA, (1,), (5,))],
            lead="法制网讯（通讯员　樊　如）",
            dateline="法制网讯",
            correspondents=("樊如",),
            source="法制网",
        ),
        A17(
            "驾考作弊被抓　一年内不得申领驾照",
            P(EXAM, (6, 7), (9,), (11,)),
            lead="据桂林晚报报道　",
            dateline="据桂林晚报报道",
            source="桂林晚报",
        ),
        A17(
            "私宰生猪阻碍执法被拘留",
            P(PIGS, (1,), (2,), (5,)),
        ),
    ]
    page(
        "v09_jsfazhi_briefs",
        arts,
        "indent",
        header=["江苏法制报　2018年12月10日　星期一　第4版　政法新闻"],
        footer=["本版编辑：韩　律　　校对：徐　法"],
        note="江苏法制报 政法新闻, titled briefs, indent",
    )


def v10() -> None:
    """长江商报 untitled 快讯 (e-paper copy): a 「快讯」 label over items opening ``据新华社成都2月13日电（记者
    …）``, ``本报讯（记者 …）``, ``据新华社电`` and ``本报讯`` with a credit after the body."""
    arts = [
        A17(
            "",
            [after(P1(YIBIN, 0), "）"), *P(YIBIN, (1,), (2,))],
            column="「快讯」",
            lead="据新华社成都2月13日电（记者　张　磊）",
            dateline="据新华社成都2月13日电",
            reporters=("张磊",),
            source="新华社",
        ),
        A17(
            "",
            P(BAO, (10,), (11,), (12, 13)),
            lead="本报讯（记者　江　汉）",
            dateline="本报讯",
            reporters=("江汉",),
            source="本报",
        ),
        A17(
            "",
            P(EIGHT, (2,), (6,)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A17(
            "",
            P(FRAUD, (23,), (24,), (25,)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            end="（汉　商）",
            reporters=("汉商",),
        ),
    ]
    page(
        "v10_changjiang_briefs",
        arts,
        "web",
        header=["长江商报　2019年2月14日　星期四　A07　新闻速递"],
        footer=["编辑：楚　商　　美编：黄　鹤"],
        note="长江商报 新闻速递, untitled briefs, web copy",
    )


def v11() -> None:
    """民生周刊 访谈 (　　 indent, full-width digits): a 【民生访谈】 Q&A under a title + —— subtitle, signed
    ``本刊记者 …``, with questions written for the page and answers opening ``沃建中：``."""
    arts = [
        A17(
            "幸福感不随收入水涨船高",
            [
                *P(HAPPY, (0, 1), (2, 3), (4,)),
                "记者：为什么二十多岁的人最幸福？",
                "沃建中：" + after(P1(HAPPY, 15), "而言，") + P(HAPPY, (16, 17))[0],
                "记者：收入越高，是不是越幸福？",
                "沃建中：" + after(P1(HAPPY, 24), "表示，") + P1(HAPPY, 25),
                "记者：学历呢？",
                "沃建中：" + after(P1(HAPPY, 27), "表示，") + P(HAPPY, (28, 29))[0],
                "记者：怎样提升幸福指数？",
                "沃建中：" + after(P1(HAPPY, 12), "表示，") + P1(HAPPY, 13),
            ],
            column="【民生访谈】",
            subtitle="——访北京师范大学教授沃建中",
            byline="本刊记者　高　幸",
            reporters=("高幸",),
            source="本刊",
        ),
    ]
    page(
        "v11_minsheng_interview",
        arts,
        "indent",
        header=["民生周刊　２０１２年第２８期　第４２页　民生访谈"],
        footer=["责任编辑：乐　民　　美术编辑：安　居"],
        note="民生周刊 民生访谈, Q&A paragraphs, indent",
    )


def v12() -> None:
    """盐城晚报 (pdftotext -layout, 24): an 引题 + 主题 story ending on a jump line (``（下转A3版）``) with ■
    subheads and a shifted next column; a short 主题 over a long explanatory 副题 without a dash, opening
    ``本报综合消息``."""
    arts = [
        A17(
            "我市全力做好创模迎查",
            [after(P1(CLEANUP, 0), "讯"), *P(CLEANUP, (1,), (3,), (4,), (6,), (7,), (8, 9), (10,), (11,))],
            kicker="省级预评估预计7月下旬进行",
            byline="本报记者　盐　城　通讯员　阜　环",
            reporters=("盐城",),
            correspondents=("阜环",),
            source="本报",
            subheads=((2, "■环境整治有力推进"), (6, "■创模台账全面完善")),
            breaks=((4, "shift", ""),),
        ),
        A17(
            "江苏上半年381人违反八项规定被处理",
            P(EIGHT, (0, 1), (3,), (5,), (7,), (9,)),
            subtitle="公款吃喝、公款旅游、违规用车等问题被集中查处　省级“三公”经费预算压缩38%",
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
    ]
    page(
        "v12_yancheng_layout",
        arts,
        "layout",
        width=24,
        header=["             盐城晚报　2015年7月15日　星期三　A02　盐城新闻"],
        after_art={0: ["（下转A3版）"]},
        footer=["                    责任编辑：瓢　城　　美术编辑：丹　顶　　校对：麋　鹿"],
        note="盐城晚报 盐城新闻, pdftotext -layout, a jump line",
    )


def v13() -> None:
    """三峡晚报 图片新闻 (e-paper copy): a kicker + title story with four captions (two cutting a sentence),
    signed ``文/… 图/…`` on two lines; a title + —— subtitle story with a ``图为…`` caption."""
    arts = [
        A17(
            "核载7人面包车硬塞10人",
            P(VAN, (2,), (3, 4), (5, 6), (7,), (8, 9), (10,), (11, 12), (13, 14, 15), (18,), (20, 21)),
            kicker="为省40元钱冒险超员上路",
            author="文/渝　北",
            byline="图/龙　溪",
            reporters=("渝北",),
            photographers=("龙溪",),
            caps=((1, "民警示意超员面包车靠边停车。"), (5, "▲驾驶员李某接受民警批评教育。")),
            breaks=(
                (3, "caption", "前排座位被拆除后放着一张简易木凳。"),
                (7, "caption", "被查获的超员面包车。"),
            ),
        ),
        A17(
            "出租车司机6次别车酿车祸",
            P(TAXI, (1,), (2,), (4,), (5,), (6,)),
            subtitle="——只因对方多载了一名乘客",
            byline="本报记者　乐　山",
            reporters=("乐山",),
            source="本报",
            caps=((1, "图为事发时的监控视频截图。（乐山交警供图）"),),
        ),
    ]
    page(
        "v13_sanxia_photo",
        arts,
        "web",
        header=["三峡晚报　2018年12月19日　星期三　A08　图片新闻"],
        footer=["图片编辑：宜　昌　　责任编辑：夷　陵"],
        note="三峡晚报 图片新闻, many captions, web copy",
    )


def v14() -> None:
    """南宁晚报 周末深读 (pdftotext default, 20): an 引题 + 主题 + —— 副题 feature signed ``本报记者 … 实习生 …
    通讯员 …`` with three long subheads, a caption after a paragraph and one cutting a sentence, and a
    narrower next column."""
    arts = [
        A17(
            "通信诈骗“移动作案”藏进田埂边的轿车",
            [
                *P(FRAUD, (0,), (1,), (2,), (3,), (5, 6)),
                *P(FRAUD, (7,), (8,), (9,), (10, 11)),
                *P(FRAUD, (14,), (15, 16), (17, 18), (19,), (20,), (21,), (22,)),
                *P(FRAUD, (12,), (13,), (26,)),
            ],
            kicker="“神剑-春雷行动”38天抓获嫌疑人114人",
            subtitle="——南宁警方揭秘通信网络诈骗新变化",
            byline="本报记者　邕　江　实习生　青　秀　通讯员　宾　警",
            reporters=("邕江",),
            interns=("青秀",),
            correspondents=("宾警",),
            source="本报",
            subheads=(
                (5, "不再守着固定窝点，嫌疑人开着车、骑着电动车四处流窜作案"),
                (9, "冒充老板建QQ群，一场“剧本”骗走公司财务76万元"),
                (16, "转账前多留个心眼，被骗后第一时间报案才能追回钱款"),
            ),
            caps=((4, "民警在宾阳县开展反诈宣传。本报记者　邕　江　摄"),),
            breaks=((11, "caption", "民警展示缴获的手机卡和银行卡。（警方供图）"), (14, "narrow", "")),
            photographers=("邕江",),
        ),
    ]
    page(
        "v14_nanning_feature",
        arts,
        "wrap",
        width=20,
        header=["南宁晚报　2018年5月12日　星期六　第6版　周末深读"],
        footer=["责任编辑：绿　城　　美术编辑：邕　宁　　校对：良　庆"],
        note="南宁晚报 周末深读, long subheads, wrapped at 20",
    )


def v15() -> None:
    """长兴报 (a 县报), 　　 indent, CRLF: a 聚焦… label over a three-line block with an editor's note,
    ``本报讯（记者 … 通讯员 …）`` with a blank line cutting a sentence; a kicker + title story from the next county, credited ``（… …）`` after the
    body."""
    arts = [
        A17(
            "40个隐患路口有了专职劝导员",
            [
                after(P1(GUARDS, 0), "本报讯"),
                *P(GUARDS, (1,), (2, 3), (4,), (5,), (6, 7, 8), (9, 10), (11,), (12,)),
            ],
            column="聚焦平安长兴",
            kicker="“警保合作”又出新招",
            subtitle="——保险业协会给补贴　路口事故同比下降58%",
            note="编者按：路口是交通事故的多发地。我县试行由保险业协会出资、交警培训的专职劝导员值守制度，本报今起推出系列报道。",
            lead="本报讯（记者　吴　兴　通讯员　长　警）",
            dateline="本报讯",
            reporters=("吴兴",),
            correspondents=("长警",),
            source="本报",
            breaks=((5, "blank", ""),),
        ),
        A17(
            "虚拟治理成本法算出环境损害赔偿",
            [after(P1(CHROME, 0), "本报讯"), *P(CHROME, (2,), (3,), (5,), (6,), (7,), (8,))],
            kicker="安吉一企业电镀废水直排河道",
            end="（安　检　竹　乡）",
            reporters=("安检", "竹乡"),
        ),
    ]
    page(
        "v15_changxing_crlf",
        arts,
        "indent",
        header=["长兴报　2017年9月12日　星期二　第1版　要闻"],
        footer=["责任编辑：太　湖　　校对：雉　城"],
        eol="\r\n",
        note="长兴报 (a county paper) 要闻, indent, CRLF",
    )


def v16() -> None:
    """沈北新闻 (a 区报), flat wrap, trailing spaces: a short 主题 over a long 副题 without a dash, signed
    ``本报记者 …、…``, with ■ subheads and a caption after a paragraph."""
    arts = [
        A17(
            "为食品安全保驾护航",
            P(SHENBEI, (1,), (2,), (4,), (7,), (9,), (10,), (12,), (13,), (14,)),
            subtitle="沈北新区对129家食品生产企业按风险分级监管　重点产品追溯体系建设全面推进",
            byline="本报记者　辉　山、蒲　河",
            reporters=("辉山", "蒲河"),
            source="本报",
            subheads=((2, "■知名企业云集"), (3, "■落实企业主体责任"), (6, "■专项整治查“潜规则”")),
            caps=((2, "执法人员在区内一家乳品企业检查生产记录。"),),
        ),
    ]
    page(
        "v16_shenbei_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["沈北新闻　2017年11月3日　星期五　第1版　要闻"],
        footer=["主办：中共沈阳市沈北新区委员会　　责任编辑：道　义"],
        trailing=True,
        note="沈北新闻 (a 区报) 要闻, flat wrap, trailing spaces",
    )


PAGES = [v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
