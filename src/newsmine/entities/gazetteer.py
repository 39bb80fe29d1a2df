"""Name tables for the entity tagger, written by hand for newsmine.

Each table is a whitespace-separated string so that it reads (and diffs) like data. The tables
feed the tagger's features (a character that starts a surname, a word that is a known place) and
the post-rules (an organisation suffix after a place, an administrative chain); they are hints,
never the final answer: the trained model decides.
"""

from __future__ import annotations

# Common single-character surnames (roughly the few hundred most frequent ones).
SURNAMES_1 = frozenset(
    """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖
    田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付
    方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向
    汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞
    左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛
    靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚
    娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋
    商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥
    南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆
    朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦
    戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇
    公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由
    """.split()
)

# Compound surnames.
SURNAMES_2 = frozenset(
    """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 轩辕 西门 南宫 独孤 百里
    呼延 澹台 公冶 太史 申屠 钟离 闾丘 东郭 万俟 第五
    """.split()
)

# Characters that often appear in given names (a hint feature, not a rule).
GIVEN_CHARS = frozenset(
    """
    伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 辉 玲 斌 宇 浩 凯
    健 俊 帆 帅 旭 宁 龙 林 欣 佳 琳 晶 雪 婷 倩 颖 慧 莉 燕 梅 兰 凤 荣 春 海 峰 波 鑫 博 毅 伦 彬 晨
    志 新 建 国 文 东 永 军 利 清 飞 宏 亮 成 光 德 庆 祥 福 生 贵 喜 宝 珍 琴 芬 霖 睿 哲 轩 泽 昊 然 瑞
    婧 晋 竹 勤 萌 晓 涵 怡 悦 璐 瑶 蕾 薇 蓉 菲 妍 嘉 翔 坤 泉 松 柏 锋 钢 铭 锐 越 阳 晖 昕 彤 雯 琦
    立 振 兴 育 云 启 恒 远 达 满 金 银 铁 山 川 江 河 湖 义 仁 礼 智 信 忠 孝 秋 冬 夏 雨 露 霜 虹 彩
    """.split()
)

# Country and region names (short forms first, then long forms) written in their usual Chinese form.
COUNTRIES = frozenset(
    """
    中国 美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 印度 巴西 加拿大 澳大利亚 新西兰 意大利 西班牙 葡萄牙
    荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 冰岛 爱尔兰 奥地利 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚
    希腊 土耳其 乌克兰 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 塞尔维亚 克罗地亚 斯洛文尼亚 阿尔巴尼亚 黑山
    北马其顿 摩尔多瓦 卢森堡 摩纳哥 马耳他 塞浦路斯 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦
    吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 蒙古 阿富汗 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 不丹 马尔代夫 缅甸
    泰国 老挝 柬埔寨 越南 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 文莱 东帝汶 伊朗 伊拉克 叙利亚 约旦
    黎巴嫩 以色列 巴勒斯坦 沙特阿拉伯 沙特 阿联酋 卡塔尔 科威特 巴林 阿曼 也门 埃及 利比亚 突尼斯
    阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 肯尼亚 坦桑尼亚 乌干达 卢旺达 索马里 吉布提 尼日利亚 加纳
    塞内加尔 马里 尼日尔 乍得 喀麦隆 刚果 安哥拉 赞比亚 津巴布韦 莫桑比克 纳米比亚 博茨瓦纳 南非
    马达加斯加 毛里求斯 墨西哥 古巴 牙买加 海地 巴拿马 哥斯达黎加 尼加拉瓜 洪都拉斯 危地马拉 萨尔瓦多
    哥伦比亚 委内瑞拉 厄瓜多尔 秘鲁 玻利维亚 智利 阿根廷 乌拉圭 巴拉圭 圭亚那 苏里南 斐济 巴布亚新几内亚
    中华人民共和国 美利坚合众国 大不列颠及北爱尔兰联合王国 俄罗斯联邦 日本国 大韩民国
    欧洲 亚洲 非洲 美洲 北美 南美 拉美 大洋洲 南极洲 北极 中东 东南亚 中亚 南亚 西亚 东亚 东欧 西欧
    """.split()
)

# Province-level divisions, in full and short forms (including the one-character short names).
PROVINCES = frozenset(
    """
    北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东
    海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
    北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省
    山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省
    内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区
    """.split()
)

# Prefecture-level cities and other well-known cities (without their 市 suffix; the suffixed form is added below).
CITIES = frozenset(
    """
    石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 雄安 太原 大同 阳泉 长治 晋城 朔州
    晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连
    鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 四平 辽源 通化 白山 松原 白城
    延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 南京 无锡 徐州 常州
    苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州
    丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门
    莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南
    青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山
    安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州
    荆门 孝感 荆州 黄冈 咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
    娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞
    中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口
    三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安
    巴中 资阳 阿坝 甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南 昆明 曲靖 玉溪 保山
    昭通 丽江 普洱 临沧 大理 西双版纳 红河 文山 楚雄 德宏 怒江 迪庆 拉萨 日喀则 昌都 林芝 山南 那曲
    西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉
    庆阳 定西 陇南 临夏 甘南 西宁 海东 玉树 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密
    昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子
    义乌 昆山 江阴 张家港 常熟 晋江 寿光 青州 胶州 即墨 平度 莱西 诸城 龙口 荣成 胶东 浦东 滨海
    东京 大阪 首尔 平壤 莫斯科 圣彼得堡 伦敦 巴黎 柏林 罗马 马德里 里斯本 维也纳 日内瓦 苏黎世 布鲁塞尔
    阿姆斯特丹 斯德哥尔摩 华盛顿 纽约 洛杉矶 旧金山 芝加哥 波士顿 休斯敦 西雅图 多伦多 温哥华 渥太华
    悉尼 墨尔本 堪培拉 新德里 孟买 曼谷 河内 胡志明市 吉隆坡 雅加达 马尼拉 迪拜 德黑兰 巴格达 开罗
    耶路撒冷 伊斯坦布尔 安卡拉 阿斯塔纳 塔什干 比什凯克 杜尚别 乌兰巴托 伊斯兰堡 内罗毕 约翰内斯堡
    里约热内卢 圣保罗 布宜诺斯艾利斯 墨西哥城 哈瓦那 利马 圣地亚哥
    """.split()
)

# Suffixes that close an organisation name (longest first when matched).
ORG_SUFFIXES = frozenset(
    """
    局 委 厅 办 院 所 处 部 署 会 社 团 队 行 校 馆 站 台 庭 军 党 司 组 室 科 班 厂 店 矿 场
    中心 集团 公司 大学 学院 医院 中学 小学 银行 协会 学会 商会 基金会 委员会 研究所 研究院 研究中心
    政府 法院 检察院 人大 政协 常委会 办公室 办公厅 管委会 工作组 联合会 联盟 俱乐部 合作社 事务所 工作室
    有限公司 股份有限公司 有限责任公司 控股 实验室 出版社 报社 电视台 广播电台 通讯社 新闻社 日报 晚报 杂志社
    总局 分局 支队 大队 中队 派出所 服务局 监督局 管理局 发展改革委 卫生健康委 统战部 宣传部 组织部
    纪委 监委 公安局 检察署 代表团 基金 总会 理事会 董事会 论坛 组织 机构 集团公司 保税区 示范区
    """.split()
)

# Suffixes of place names and administrative divisions.
LOC_SUFFIXES = frozenset(
    """
    省 市 县 区 镇 乡 村 州 盟 旗 街道 社区 自治区 自治州 自治县 特别行政区 新区 地区 开发区 高新区
    山 河 江 湖 海 岛 湾 港 峡 岭 峰 路 街 桥 洲 半岛 平原 盆地 高原 沙漠 草原 流域
    """.split()
)

# Administrative-division suffixes whose spans chain into one place (浙江省温州市鹿城区).
ADMIN_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "镇",
    "乡",
    "村",
    "州",
    "旗",
)

# Foreign cities and regions news mentions often, beyond the capitals above (no 市 variants: foreign
# names take none). Words that are also common nouns (汉堡 hamburger) are left out.
WORLD_PLACES = frozenset(
    """
    不来梅 慕尼黑 法兰克福 杜塞尔多夫 科隆 斯图加特 莱比锡 德累斯顿 波恩 汉诺威 纽伦堡 马赛 里昂 尼斯
    波尔多 斯特拉斯堡 图卢兹 戛纳 曼彻斯特 利物浦 伯明翰 爱丁堡 格拉斯哥 都柏林 贝尔法斯特 剑桥 牛津
    巴塞罗那 塞维利亚 巴伦西亚 米兰 那不勒斯 都灵 威尼斯 佛罗伦萨 热那亚 鹿特丹 海牙 安特卫普 日内瓦
    洛桑 巴塞尔 萨尔茨堡 雅典 华沙 克拉科夫 布拉格 布达佩斯 布加勒斯特 索非亚 贝尔格莱德 萨格勒布
    哥本哈根 奥斯陆 赫尔辛基 里加 塔林 维尔纽斯 基辅 明斯克 敖德萨 新西伯利亚 符拉迪沃斯托克 喀山
    伏尔加格勒 叶卡捷琳堡 费城 底特律 亚特兰大 迈阿密 达拉斯 丹佛 凤凰城 拉斯维加斯 圣迭戈 匹兹堡
    巴尔的摩 克利夫兰 新奥尔良 檀香山 夏威夷 阿拉斯加 加利福尼亚 得克萨斯 佛罗里达 蒙特利尔 魁北克
    卡尔加里 瓜达拉哈拉 蒙特雷 波哥大 加拉加斯 基多 拉巴斯 蒙得维的亚 亚松森 巴西利亚 萨尔瓦多 累西腓
    惠灵顿 奥克兰 布里斯班 珀斯 阿德莱德 名古屋 横滨 京都 神户 札幌 福冈 广岛 长崎 冲绳 釜山 仁川
    大邱 光州 济州 加尔各答 金奈 班加罗尔 海得拉巴 卡拉奇 拉合尔 达卡 吉大港 科伦坡 加德满都 仰光
    曼德勒 金边 万象 岘港 普吉 清迈 泗水 巴厘岛 宿务 喀布尔 坎大哈 德班 开普敦 拉各斯 阿布贾 达喀尔
    亚的斯亚贝巴 达累斯萨拉姆 坎帕拉 卢萨卡 哈拉雷 罗安达 金沙萨 阿尔及尔 突尼斯 的黎波里 卡萨布兰卡
    亚历山大港 喀土穆 利雅得 吉达 麦加 麦地那 多哈 阿布扎比 科威特城 马斯喀特 萨那 亚丁 大马士革
    阿勒颇 贝鲁特 安曼 特拉维夫 加沙 约旦河西岸 巴士拉 摩苏尔 伊斯法罕 阿拉木图 阿斯塔纳 比什凯克
    杜尚别 阿什哈巴德 巴库 第比利斯 埃里温 撒马尔罕 斯里巴加湾 达沃
    布基纳法索 布隆迪 厄立特里亚 毛里塔尼亚 冈比亚 几内亚 塞拉利昂 利比里亚 科特迪瓦 多哥 贝宁 加蓬
    赤道几内亚 圣多美和普林西比 佛得角 科摩罗 塞舌尔 斯威士兰 莱索托 马拉维 伯利兹 多米尼加 巴哈马
    特立尼达和多巴哥 巴巴多斯 格林纳达 汤加 萨摩亚 瓦努阿图 所罗门群岛 基里巴斯 图瓦卢 瑙鲁 帕劳
    密克罗尼西亚 马绍尔群岛 波黑 马其顿 南斯拉夫 安道尔 圣马力诺 梵蒂冈 列支敦士登 苏联 捷克斯洛伐克
    """.split()
)

# Type of each gazetteer name: every name plus its suffixed variants.
PLACES: dict[str, str] = {}
for _name in COUNTRIES | PROVINCES | WORLD_PLACES:
    PLACES[_name] = "LOC"
for _name in CITIES:
    PLACES[_name] = "LOC"
    if not _name.endswith("市"):
        PLACES[_name + "市"] = "LOC"
del _name

# Organisations that news names by a short brand with no suffix the model could use (华为,), and
# international bodies with their usual short forms. Names that are also common words (小米 millet,
# 浪潮 wave, 苹果 apple, 美的 beautiful) are left out: the model decides those from context; so are
# apps and payment tools (支付宝, 微信), which the annotated sets leave untagged.
ORGANISATIONS = frozenset(
    """
    华为 腾讯 阿里巴巴 百度 京东 美团 字节跳动 网易 新浪 搜狐 拼多多 滴滴 快手 携程 蚂蚁集团
    联想 中兴 海尔 海信 比亚迪 吉利 蔚来 长城汽车 宁德时代 大疆 商汤 科大讯飞 中芯国际 京东方 TCL
    中石油 中石化 中海油 国家电网 南方电网 中国移动 中国联通 中国电信 中国铁建 中国中铁 中国建筑 中粮
    工商银行 农业银行 中国银行 建设银行 交通银行 招商银行 浦发银行 兴业银行 民生银行 中信银行 光大银行
    平安集团 中国平安 中国人寿 中信证券 国泰君安 中金公司 丰田 本田 三星 索尼 松下
    微软 谷歌 亚马逊 脸书 特斯拉 英特尔 高通 波音 空客 大众汽车 宝马 奔驰 西门子 雀巢 沃尔玛 辉瑞
    联合国 联合国教科文组织 世界卫生组织 世卫组织 世界银行 国际货币基金组织 世界贸易组织 世贸组织
    上海合作组织 上合组织 欧盟 欧洲联盟 东盟 北约 非盟 阿盟 亚投行 亚洲开发银行 亚太经合组织 二十国集团
    石油输出国组织 欧佩克 国际奥委会 国际足联 红十字会 国际红十字会 国际原子能机构 世界气象组织
    新华社 中新社 中新网 人民日报 光明日报 经济日报 中央电视台 央视 中央广播电视总台 路透社 美联社 法新社
    彭博社 共同社 塔斯社 华尔街日报 纽约时报 金融时报 澎湃新闻 财新 第一财经 环球时报 参考消息
    国务院 外交部 国防部 国家发展和改革委员会 国家发展改革委 教育部 科学技术部 科技部 工业和信息化部 工信部
    国家民族事务委员会 国家民委 公安部 国家安全部 民政部 司法部 财政部 人力资源和社会保障部 人社部
    自然资源部 生态环境部 住房和城乡建设部 住建部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 文旅部
    国家卫生健康委员会 国家卫健委 退役军人事务部 应急管理部 中国人民银行 审计署 海关总署 国家税务总局
    国家市场监督管理总局 国家广播电视总局 国家体育总局 国家统计局 国家医疗保障局 国家医保局 国家知识产权局
    国家移民管理局 国家林业和草原局 国家药品监督管理局 国家药监局 国家能源局 国家外汇管理局 国家邮政局
    中国民用航空局 国家铁路局 国家文物局 国家中医药管理局 国家粮食和物资储备局 国家航天局 国务院国资委
    中国证监会 中国银保监会 最高人民法院 最高人民检察院 全国人大常委会 全国政协 中央纪委 国家监委
    富士康 软银 今日头条 蚂蚁金服 饿了么 爱奇艺 优酷 哔哩哔哩 小红书 顺丰 万达 恒大 碧桂园 万科 融创 苏宁
    国美 格力 娃哈哈 伊利 蒙牛 贵州茅台 五粮液 海底捞 星巴克 麦当劳 肯德基 可口可乐 耐克 阿迪达斯 诺基亚
    爱立信 英伟达 甲骨文 推特 优步 奈飞 雅虎 戴尔 惠普 思科 通用汽车 福特 沃尔沃 日产 现代汽车 起亚
    """.split()
) | frozenset(
    # Platforms, outlets and investors news names bare (知网, b站, 顺为资本), and sports bodies, leagues
    # and clubs (西甲, 曼联, 马刺): the model reads a club as the city or a person it sounds like.
    # Clubs named after their city alone (利物浦, 巴塞罗那, 多特蒙德) and nicknames that are common
    # words (火箭 rocket, 勇士 warrior, 开拓者 pioneer, 热火, 太阳) are left out: the model decides those.
    """
    知网 中国知网 万方数据 b站 哔哩哔哩弹幕网 58同城 赶集网 豆瓣 知乎 天猫 京东商城 苏宁易购 唯品会 当当网
    小米科技 小米集团 顺为资本 红杉资本 红杉中国 高瓴资本 经纬中国 idg资本 启明创投 真格基金 创新工场
    凤凰网 央广网 中国网 人民网 新华网 环球网 观察者网 界面新闻 新京报 南方都市报 南方周末 北京青年报
    国际足联 亚足联 欧足联 中国足协 中超 中甲 英超 西甲 德甲 意甲 法甲 欧冠 亚冠 nba cba wnba nfl mlb nhl
    曼联 曼城 切尔西 阿森纳 热刺 皇马 皇家马德里 巴萨 马竞 马德里竞技 皇家社会 巴列卡诺 塞维利亚队
    瓦伦西亚队 拜仁 拜仁慕尼黑 尤文图斯 尤文 国际米兰 国米 ac米兰 罗马队 那不勒斯队 巴黎圣日耳曼 大巴黎
    湖人 马刺 凯尔特人 尼克斯 猛龙 广州恒大 恒大淘宝 上海上港 北京国安 山东鲁能
    江苏苏宁 上海申花 天津权健 广东宏远 辽宁男篮 广东男篮 新疆男篮
    """.split()
)
# Latin letters in either case (CBA, cba, B站): the corpora and pages write both.
ORGANISATIONS = ORGANISATIONS | frozenset(
    v for w in ORGANISATIONS if any(c.isascii() for c in w) for v in (w.upper(), w.lower())
)

# Titles of office, one table for the two rules that read them: a person's name after a title
# (people: 副市长时小雨) and a title glued to the end of its body (rules: 派出所政委). In people's
# order: its regex tries them in this order (主任 before 主任医师).
TITLES = (
    "主任 主席 理事长 会长 秘书长 书记 局长 处长 科长 厅长 部长 市长 县长 区长 镇长 乡长 村长 省长 院长 校长 所长 "
    "站长 队长 董事长 总经理 总裁 巡视员 调研员 检察长 庭长 主编 总编辑 馆长 社长 行长 政委 司令员 教授 研究员 "
    "主任医师 委员"
).split()
# Titles only a body's end is cut at (政治局常委, 交警支队长, 电视台台长, 医院住院部); the place heads
# (市长, 县长) and ranks that end no body name (教授, 巡视员) are not cut there: 青岛市长 is read whole.
TITLES_BODY_ONLY = ("常委", "经理", "支队长", "大队长", "台长", "住院部", "门诊部")
TITLES_PERSON_ONLY = frozenset(
    "理事长 市长 县长 区长 镇长 乡长 村长 省长 总裁 巡视员 调研员 主编 总编辑 司令员 教授 研究员 主任医师".split()
)

# Short forms of national bodies and outlets (发改委, 最高法, 央广网) that jieba glues to the word before
# or after them (工信 + 部副, 被央广网, 最高 + 法原), so they are matched inside words; three characters
# or more, none a piece of a common word. Written for newsmine.
SHORT_FORMS = frozenset(
    """
    发改委 国家发改委 工信部 最高法 最高检 国税总局 证监会 银保监会 银监会 保监会 国资委 住建部 人社部
    卫健委 卫计委 国家卫计委 国台办 网信办 国家网信办 中纪委 中宣部 中组部 中联部 国新办 港澳办 国侨办
    环保部 国土部 国土资源部 农业部 文化部 民航局 中国民航局 外汇局 国家外汇局 体育总局 国家体育总局
    市场监管总局 国家市场监管总局 药监局 国家药监局 海关总署 全国总工会 团中央 全国妇联 全国工商联
    央广网 央视网 中新网 中国之声 国际在线 中青网 中青报 北青报 北青网
    """.split()
)
# Two-character short forms of papers, taken only where a byline or report follows (深晚记者, 南都讯).
SHORT_OUTLETS = frozenset("深晚 羊晚 南都 北青 京华 川报 楚天".split())

# People 2016–2019 news names without a title the model could use: state leaders of China and of the
# countries news covers most, and heads of large companies. Facts written for newsmine; a name is
# typed PER wherever it occurs whole and the model saw something else or nothing. Names that are
# also common words (汪洋 a vast sea) are left out.
PEOPLE = frozenset(
    """
    习近平 李克强 栗战书 王沪宁 赵乐际 韩正 王岐山 张高丽 刘云山 张德江 俞正声 胡锦涛 温家宝
    江泽民 朱镕基 李鹏 王毅 杨洁篪 刘鹤 孙春兰 胡春华 王勇 魏凤和 蔡奇 陈敏尔 李强 李鸿忠 杨晓渡
    林郑月娥 梁振英 曾荫权 董建华 崔世安 何厚铧 贺一诚 蔡英文 马英九 陈水扁 李登辉 赖清德 柯文哲 韩国瑜
    特朗普 奥巴马 拜登 希拉里 蓬佩奥 蒂勒森 彭斯 普京 梅德韦杰夫 拉夫罗夫 默克尔 马克龙 奥朗德 特雷莎·梅
    约翰逊 卡梅伦 安倍晋三 菅义伟 文在寅 朴槿惠 金正恩 莫迪 杜特尔特 佐科 埃尔多安 鲁哈尼 内塔尼亚胡
    特鲁多 莫里森 特恩布尔 古特雷斯 潘基文 马杜罗 博索纳罗 孔特 拉马福萨 穆加贝 纳扎尔巴耶夫 卢卡申科
    马云 马化腾 李彦宏 刘强东 雷军 任正非 孟晚舟 董明珠 王健林 许家印 丁磊 张一鸣 柳传志
    杨元庆 宗庆后 李嘉诚 马斯克 扎克伯格 贝索斯 比尔·盖茨 库克 乔布斯 巴菲特
    """.split()
)

# Characters that make up transliterated foreign names (默克尔, 普京, 阿维兰热, 斯德哥尔摩): a hint.
TRANSLIT_CHARS = frozenset(
    """
    阿 埃 艾 爱 安 奥 巴 拜 班 邦 贝 本 比 彼 毕 波 伯 博 布 查 达 戴 丹 道 德 迪 蒂 丁 东 杜 多 厄 恩 法 菲
    费 芬 丰 弗 福 夫 盖 甘 戈 格 贡 古 哈 海 汉 豪 赫 亨 胡 华 霍 基 吉 加 贾 杰 捷 金 卡 凯 坎 康 柯 科 克
    肯 库 夸 拉 莱 赖 兰 朗 劳 勒 雷 蕾 里 理 利 莉 列 林 琳 留 卢 鲁 路 伦 罗 洛 马 玛 迈 麦 曼 梅 门 蒙 米
    密 明 莫 姆 穆 纳 娜 内 尼 妮 涅 纽 努 诺 欧 帕 潘 佩 皮 普 齐 奇 乔 切 琼 丘 萨 塞 桑 瑟 沙 莎 舍 什 史
    士 斯 松 苏 索 塔 泰 坦 汤 特 提 廷 图 托 瓦 万 威 韦 维 温 沃 乌 武 西 希 锡 夏 谢 辛 休 雅 亚 扬 耶 伊 因
    尤 约 泽 扎 詹 兹 佐
    """.split()
)
