import { describe, expect, it, afterEach } from 'vitest';
import { checkRule, feedbackFor, loadToSimplified, normalise } from '../../../src/lib/answer/index.ts';
import {
  clauses,
  correctTypos,
  fallbackSegmenter,
  guard,
  negationScope,
  overPromise,
  sentenceForm,
  speechActs,
  useSegmenter,
  factsEnv,
  unknownAmount,
  unknownFact,
  type Act,
} from '../../../src/lib/chat/index.ts';
import { scenarioById } from '../../../src/data/scenarios/index.ts';
import { wrongAct } from '../../../src/lib/chat/detectors/wrong-acts.ts';
import { judgeReply } from '../../../src/lib/chat/reply.ts';

const toSimplified = await loadToSimplified();

describe('clauses', () => {
  it('split at pauses and know a question by its mark or its ending', () => {
    const list = clauses(normalise('亲，能便宜吗？我改不了价。您看可以吗'));
    expect(list.map((c) => [c.text, c.question])).toEqual([
      ['亲', false],
      ['能便宜吗', true],
      ['我改不了价', false],
      ['您看可以吗', true],
    ]);
  });

  it('an A-not-A phrase inside a statement is no question', () => {
    expect(clauses(normalise('是不是正品我也说不好'))[0]!.question).toBe(false);
    expect(clauses(normalise('是不是正品呢'))[0]!.question).toBe(true);
  });
});

describe('negation scope', () => {
  const negated = (text: string, term: string) => {
    const input = normalise(text);
    const at = input.text.indexOf(term);
    return negationScope(input).negated(at, at + term.length);
  };

  it.each<[string, string, boolean]>([
    ['客服没有权限改价', '改价', true],
    ['我这边做不到给您改价', '改价', true],
    ['改价这个我们真的做不到', '改价', true],
    ['平台不会让商家扫码交保证金', '扫码', true],
    ['虽然不能改价，但是送您除垢剂', '送您', false],
    ['不能改价但是可以给您申请赠品', '申请赠品', false],
    ['不好意思，给您便宜10块', '便宜', false],
    ['不用担心，给您便宜10块', '便宜', false],
    ['能不能给您改价呢', '改价', false],
    ['保温不好一般是您使用不当', '您使用', false],
    ['给您便宜10块', '便宜', false],
    ['零头我也很想帮您抹，可抹零其实就是改价，客服没有这个权限', '帮您抹', true],
    ['我也想给您便宜，但是价格是公司定的，我改不了', '便宜', true],
    ['我很想帮您问问，可以稍等一下吗', '帮您问问', false],
    // the customer's request said back and turned down in the next clause
    ['您说的少30，这个我确实办不到', '少30', true],
    ['您希望的包邮，我们客服没法决定', '包邮', true],
    ['您说的便宜30，我马上给您改', '便宜30', false],
    ['您说的便宜30，可以，但不能再少了', '便宜30', false],
    // her wish in a clause of its own after 您说, and the turn-down after a word of sympathy
    ['您说15块有点多、想免掉，这个心情我懂。但这个真免不了', '免掉', true],
    ['您说15块有点多、想免掉，好的，马上给您免掉', '想免掉', false],
    ['加微信私下转账咱不干哈', '加微信', true],
    ['我特别理解您的心情', '理解', false],
    ['两款的区别在于容量', '容量', false],
    ['别着急，也别理解错了', '理解', true],
    // a list comma keeps the negation; 另外 / 一上来就 right after it are adverbs, not a new predicate
    ['我们也不会拿红包、返现来换', '返现', true],
    ['不用另外加微信或者转账', '转账', true],
    ['我也不会一上来就给您推最贵的', '最贵的', true],
    ['不能改价，另外给您申请赠品', '申请赠品', false],
    // 没有权限 after the thing refused
    ['减免运费和改价客服都没有权限', '改价', true],
    ['改价这事我没权限', '改价', true],
    ['给您改价，不会没有权限的', '改价', false],
    // 都没有 / 也没有 after it (round 145)
    ['减免运费和改价的权限客服都没有', '改价', true],
    ['包邮这个我们也没有', '包邮', true],
    ['都没有问题，马上给您改价', '改价', false],
    // an A-not-A choice asks (round 159): 包不包邮 holds no 不包邮; 您好，不好意思 is no 好不好
    ['您问成都包不包邮、几天到', '不包邮', true],
    ['您好，不好意思', '不好', false],
  ])('%s: %s negated = %s', (text, term, expected) => {
    expect(negated(text, term)).toBe(expected);
  });
});

describe('affirms rules: a negative term negated in turn is not stated', () => {
  const affirms = (terms: string[], text: string) => checkRule({ affirms: terms }, normalise(text), (term) => normalise(term).text).holds;
  it.each<[string, string, boolean]>([
    ['吸油纸非买不可哦', '非买不可', true],
    ['不是非买不可，您觉得需要再加上就行', '非买不可', false],
    ['这款绝对不会糊', '绝对不会', true],
    ['我不敢说绝对不会糊', '绝对不会', false],
    ['颜色不合适是不可以退货的', '不可以退', true],
    // a worry waved away takes back the negative it names
    ['颜色不合适也不用担心不能退', '不能退', false],
    ['别担心没法退，7 天内都能申请', '没法退', false],
    ['不用担心，这个颜色不能退', '不能退', true],
    // her worry said back, then denied in the next clause
    ['您是担心我们联系您就是为了删差评吧？并不是这样的', '删差评', false],
    // rounds 89 and 96: the worry a few words on, her question said back in one clause, an A-not-A choice, a ward
    ['您不用担心因为颜色原因不能退', '不能退', false],
    ['您说我们是不是想让您删差评——并不是，评价由您决定', '删差评', false],
    ['删不删评是您的事，我们不会提要求', '删评', false],
    ['记得选运费到付，别选寄付，免得您先垫钱', '您先垫', false],
    ['麻烦您先垫一下运费', '您先垫', true],
    // round 167: her condition said back without 的, turned down in the next clause
    ['您说便宜 50 就马上拍，这个我真的做不到', '便宜50', false],
    ['您说得对，给您便宜50', '便宜50', true],
    ['抱歉，白色没货了，您先拍米色，以后可以免费换', '免费换', true],
  ])('%s: affirms %s = %s', (text, term, expected) => {
    expect(affirms([term], text)).toBe(expected);
  });
});

describe('speech acts', () => {
  const acts = (text: string) => speechActs(normalise(text)).map((c) => [...c.acts].sort());

  it.each<[string, Act[][]]>([
    ['我改不了价，不过今天下单送除垢剂', [['refuse'], ['inform']]],
    ['客服没有权限改价', [['refuse']]],
    ['千万不要扫码，这是诈骗', [['warn'], ['warn']]],
    ['非常抱歉', [['apologise']]],
    ['非常抱歉给您发错了颜色', [['apologise', 'inform']]],
    ['请问您平时几个人用？', [['ask']]],
    ['我保证明天送到', [['promise']]],
    ['不能保证明天送到', [['refuse']]],
    ['一般两到四天送到', [['inform']]],
  ])('%s', (text, expected) => {
    expect(acts(text)).toEqual(expected.map((list) => [...list].sort()));
  });
});

describe('over-promise guard', () => {
  it.each([
    ['我保证周六前送到', '保证'],
    ['肯定明天就到了，放心', '肯定'],
    ['一定给您退款', '一定'],
    ['这个杯子保证不会坏', '保证'],
    ['包您三天内收到', '包您'],
    ['今天发不了了，明天发，不过肯定来得及', '肯定'],
    ['换上新密封圈，绝对不会再出问题', '绝对'],
    ['不用担心，我保证明天送到', '保证'],
  ])('%s is a promise nobody can keep (%s)', (text, marker) => {
    expect(overPromise(normalise(text))?.marker).toBe(marker);
    expect(guard(text)?.kind).toBe('over-promise');
  });

  it.each([
    '不能保证周六前送到，一般 2～4 天',
    '我一定尽快帮您跟进',
    '审核通过后一定给您退款',
    '肯定是正品，支持验货',
    '保证金是骗局',
    '您确定周六前要吗？我保证尽力帮您催',
    '物流我没法百分百打包票，正常周五前能到',
    '我没法跟您打包票周六前一定到，但按这个时间正常是赶得上的',
    '不用担心，我们会尽快发出',
    '火候还是要按菜谱调，我不敢说绝对不会糊',
  ])('%s is honest', (text) => {
    expect(overPromise(normalise(text))).toBeUndefined();
  });
});

describe('sentence-form check', () => {
  afterEach(() => useSegmenter(undefined));

  it.each([
    '亲在订单页点申请售后 选退货退款 按系统地址寄回然后填快递单号 仓库签收后48小时内原路退款',
    '别着急亲 先刷新一下或者退出重新进订单付款 也可以换个支付方式试试',
    '推荐4.5升的 三口之家刚好 鸡翅薯条一次就够 烤红薯也放得下',
    // a number is a word of its clause
    '亲 总共268.9元 满199减20后实付248.9元 16点前付款当天就发哈 感谢支持',
  ])('%s is chat typed with spaces for pauses, not a keyword list', (text) => {
    expect(sentenceForm(text).keywordsOnly).toBe(false);
  });

  it.each([
    ['304 烧开 赠 质保', true],
    ['抱歉 查', true],
    ['免费 寄 密封圈 运费 我们 承担 换新', true],
    ['亲，304 烧开 赠 质保', true],
    ['在的 欢迎 暖居优品旗舰店 哪款', true],
    ['统一定价 不能改价 高硼硅 304 一年质保', true],
    ['没有改价权限 赠品 饭勺 量米杯', true],
    ['两只 218 满199减20 实付198', true],
    ['爸爸也换/两只218/实付198/不勉强', true],
    ['责任在我们 补发 退款', true],
    ['亲 包邮哦 杭州发过去成都一般2到4天', false],
    ['亲，我们是304不锈钢，烧开两壶水就没味了', false],
    ['亲，空气炸锅 259 元加吸油纸 9.9 元，共 268.9 元', false],
    ['亲 您好 这款是304不锈钢的 您放心', false],
    ['好的亲', false],
    ['亲，稍等', false],
    // round 155: slashes between words list them; a date or a price keeps its slash
    ['暖居优品客服/非常抱歉/保温不好/没及时回复/帮您解决', true],
    ['理解/检查硅胶密封圈/拧紧杯盖/开水前预热', true],
    ['是真的哦陈先生 12/26到1/1 店铺首页会员中心领 满199减30 每人限1张', false],
    // round 165: the same lists typed with commas; sentences run longer between commas, and a refusal is an act
    ['道歉，保温不好，回复慢，想帮您解决', true],
    ['不能改价，满350减20，送菜谱', true],
    ['今天发，中通，1～2天', true],
    ['责任在店铺，补发，退款', true],
    ['官方授权，可以验货', false],
    ['见谅，不能免，亲友地址包邮，补运费链接', true],
    ['亲，一共２６８.９元，满１９９减２０，实付２４８.９元，１６：００前付款今天就能发哦😊', false],
    ['不掃碼、不點鏈接、不付款🙅 截图留證，千牛官方舉報，報告周姐', false],
    ['亲，非常理解您的心情😊 新疆属于偏远地区，路远、中转也多，快递成本高不少，所以要补１５元运费，剩下的店铺承担哈', false],
    ['好的～今天发货，中通快递，一般1～2天能到', false],
    // a keyword said twice in a row makes no clause of a list chunk (the rubric-gaming property found it)
    ['成都不收运费，今天就能发，三天左右到', true],
    ['成都不收运费不收运费，今天就能发，三天左右到', true],
    ['304 烧开烧开烧开 赠 质保', true],
  ])('%s → keywords only: %s', (text, expected) => {
    expect(sentenceForm(text).keywordsOnly).toBe(expected);
  });

  it('gives the same answers with the fallback segmenter (a browser without Intl.Segmenter)', () => {
    useSegmenter(fallbackSegmenter);
    expect(sentenceForm('304 烧开 赠 质保').keywordsOnly).toBe(true);
    expect(sentenceForm('亲，我们是304不锈钢，烧开两壶水就没味了').keywordsOnly).toBe(false);
    expect(sentenceForm('亲 您好 这款是304不锈钢的 您放心').keywordsOnly).toBe(false);
  });
});

describe('typing slips', () => {
  it('are corrected without changing the length', () => {
    const typed = '非常报歉，以经帮您申情了，运费显可以理陪';
    const fixed = correctTypos(typed);
    expect(fixed).toBe('非常抱歉，已经帮您申请了，运费险可以理赔');
    expect(fixed.length).toBe(typed.length);
  });

  it('leave correct text alone', () => {
    expect(correctTypos('亲，支持七天无理由退货')).toBe('亲，支持七天无理由退货');
  });

  it('round 155 slips: 密风圈, 免废, 运废, 承单, 包油, 和实, 配和', () => {
    expect(correctTypos('免废寄密风圈，运废店里承单，成都包油，我去和实，谢谢配和')).toBe('免费寄密封圈，运费店里承担，成都包邮，我去核实，谢谢配合');
  });
});

describe('guards on hostile length', () => {
  it('judge a 10,000-character line the same way as a short one', () => {
    expect(guard('加微信'.repeat(3334))?.kind).toBe('off-platform');
    expect(guard('不加微信'.repeat(2500))).toBeUndefined();
    expect(guard('vx'.repeat(16_000))?.term).toBe('vx');
  });

  it('read Traditional input once the converter is passed', () => {
    expect(guard('我保證週六前送到', { toSimplified })?.kind).toBe('over-promise');
  });
});

describe('facts check', () => {
  const scenario = scenarioById('recommend-related')!;
  it.each([
    ['吸油纸 15.9 元 100 张', 15.9],
    ['4.5升的 299 元', 299],
    ['这款是 3.5L 的', 3.5],
  ])('%s quotes an amount the scenario does not give (%s)', (text, value) => {
    expect(unknownAmount(scenario, text)?.value).toBe(value);
  });

  it.each(['3升199，4.5升259～', '空气炸锅 259 元加吸油纸 9.9 元，共 268.9 元，满 199 减 20 后实付 248.9 元', '４.５升的２５９元'])('%s is consistent with the scenario', (text) => {
    expect(unknownAmount(scenario, text)).toBeUndefined();
  });
});

describe('facts check: gifts and services', () => {
  const scenario = scenarioById('objection-price')!;
  it.each([
    ['杯子送不了，不过再送您一个保温杯吧', '送您一个保温杯吧'],
    ['收到后我们安排师傅上门教您用', '安排师傅上门'],
  ])('%s promises what the shop does not give (%s)', (text, term) => {
    expect(unknownFact(scenario, text)?.term).toBe(term);
    expect(unknownFact(scenario, text)?.misconception).toBe('答应了店铺没有的赠品或服务');
  });

  it.each(['我帮您申请送一个不锈钢滤茶网和一盒花茶试饮装', '玻璃杯两只装 39 元单独卖，不在赠品里'])('%s offers only what the shop gives', (text) => {
    expect(unknownFact(scenario, text)).toBeUndefined();
  });
});

describe('facts check: gifts the shop sells, delivery times, numbered promises', () => {
  it.each([
    ['objection-price', '玻璃杯送不了，不过可以送您一个同款玻璃杯', '送您一个同款玻璃'],
    ['recommend-related', '第一次空烧5分钟，吸油纸免费送您一包', '吸油纸免费送您'],
    ['presale-genuine', '亲，包邮哦，成都一般1～2天就到啦', '1~2天'],
    ['freight-remote-area', '补15元，伊宁一般2～4天就到', '2~4天'],
    ['final-assessment', '今天能发，南京不在江浙沪，一般2～4天到', '南京不在江浙沪'],
    ['presale-genuine', '正品保证，整机质保三年', '质保三年'],
    ['first-contact-wangwang', '我们家的杯子保温24小时', '保温24小时'],
    ['freight-remote-area', '伊宁3天就能到', '3天就能到'],
    ['first-contact-wangwang', '今天下单还送杯套哦', '还送杯套哦'],
    ['first-contact-wangwang', '这款保温能达到12个小时', '保温能达到12个小时'],
    ['presale-genuine', '成都和江浙沪一样，1～2天到', '1~2天'],
    ['recommend-related', '现在买4.5升的送防烫手套哦', '买4.5升的送防烫手套'],
    ['objection-price', '可以申请送您滤茶网，再加一个保温杯', '再加一个保温杯'],
    ['final-assessment', '收件人李芳，地址是上海市鼓楼区中山北路', '上海'],
    ['revisit-old-customer', '想问下您买的电饭煲用着怎么样', '买的电饭煲'],
  ])('%s: %s → %s', (id, text, term) => {
    expect(unknownFact(scenarioById(id)!, text)?.term.replace(/[，,]/g, '')).toBe(term);
  });

  it.each([
    ['presale-genuine', '亲，成都是包邮的，16:00 前付款当天从杭州发出，一般 2～4 天送到'],
    ['first-contact-wangwang', '江浙沪一般1～2天、其他地区2～4天到'],
    ['freight-remote-area', '伊宁属于偏远地区，一般5到7天'],
    ['final-assessment', '南京属于江浙沪，一般1～2天送达'],
    ['objection-price', '可以帮您申请送一个不锈钢滤茶网和一盒花茶试饮装'],
    ['final-assessment', '收件人李芳，地址是江苏省南京市鼓楼区中山北路××号，对吗？我们从杭州发货'],
    ['revisit-old-customer', '想问下您买的养生壶用着怎么样'],
    ['presale-genuine', '成都不像江浙沪那么快，一般2～4天'],
    ['freight-remote-area', '伊宁属于偏远地区，一般6天左右能到'],
    ['objection-price', '还可以帮您申请再赠送一个滤茶网'],
  ])('%s: %s agrees with the panel', (id, text) => {
    expect(unknownFact(scenarioById(id)!, text)).toBeUndefined();
  });
});

describe('claims check: what the panel contradicts or does not support', () => {
  it.each([
    ['exchange-wrong-item', '晚上的话，麻烦您把经过再和值班同事讲一下', '您把经过再和值班同事讲', '让顾客向同事重复说明，没有做交接'],
    ['exchange-wrong-item', '放心，我晚上一直在线', '我晚上一直在线', '承诺下班后也在线'],
    ['dispute-damaged', '可以补发，不过要您先把坏壶寄回来', '要您先把坏壶寄回', '编造“先退回再发货”的流程'],
    ['exchange-wrong-item', '等仓库收到退货再给您换雾蓝色', '等仓库收到退货再给您换', '编造“先退回再发货”的流程'],
    ['final-assessment', '这口锅永远不会糊的', '永远不会糊', '把效果或赔付说成绝对'],
    ['return-seven-days', '运费险全额报销，放心', '全额报销', '把效果或赔付说成绝对'],
    ['recommend-related', '必须配吸油纸才能用哦', '必须配吸油纸才能用', '把可选配件说成必须购买'],
    ['recommend-related', '它支持手机远程控制', '手机远程控制', '编造商品没有的功能'],
    ['upsell-bundle', '三种颜色都有现货', '三种颜色都有现货', '说错库存情况'],
    ['first-contact-wangwang', '白色月底就到货啦', '月底就到货', '编造补货时间'],
    ['first-contact-wangwang', '您随时拍都能当天发', '随时拍都能当天发', '漏说当天发货的截单时间'],
    ['member-reactivation', '好的，订单通知也不会再发了', '订单通知也不会再发', '说错退订范围'],
    ['revisit-old-customer', '我给您把新品消息也订阅上了', '给您把新品消息也订阅上', '未经同意替顾客订阅营销消息'],
    ['revisit-old-customer', '已经帮您订阅全部优惠活动消息啦', '帮您订阅全部优惠活动', '未经同意替顾客订阅营销消息'],
    ['dispute-damaged', '补发可以，但需要您出运费', '需要您出运费', '让顾客承担店铺该出的费用'],
    ['objection-price', '外面便宜的都是高仿', '外面便宜的都是高仿', '贬低同行'],
    ['member-reactivation', '这次是满 150 减 30', '满150减30', '说错店铺的满减活动'],
    ['objection-price', '加购杯子一共 208 元，满减后实付 178', '实付178', '算错实付金额'],
    ['member-reactivation', '每人限领 2 张', '限领2张', '说错领券规则'],
    ['member-reactivation', '券可以叠加使用', '可以叠加', '说错领券规则'],
    ['member-reactivation', '活动到 1 月 15 日', '1月15日', '报出的日期与资料不符'],
    ['member-reactivation', '这张券一直有效', '一直有效', '说错活动期限'],
    ['presale-genuine', '下午 5 点前付款当天发', '下午5点前', '说错截单时间'],
    ['recommend-related', '3 升的适合 2~3 人', '2~3人', '说错适用人数'],
    ['recommend-related', '4.5 升能做 8 个人的量', '8个人的量', '说错适用人数'],
    ['return-seven-days', '收到货 5 个工作日内退款', '5个工作日内退款', '报出的时间与资料不符'],
    ['freight-remote-area', '页面上都写了偏远地区要补运费，您下单前没仔细看吧', '页面上都写了', '指责顾客、把问题推给顾客'],
    ['member-reactivation', '会员中心能领一张无门槛的30元券', '无门槛', '说错领券规则'],
    ['return-seven-days', '七天是从下单那天开始算的', '从下单那天开始算', '说错七天无理由的起算时间'],
    ['revisit-old-customer', '除垢剂这周买二送一', '买二送一', '编造促销活动'],
    ['member-reactivation', '内胆79元，用券后49元到手', '券后49', '算错实付金额'],
    ['presale-genuine', '领券后299就能减到279', '减到279', '算错实付金额'],
    ['freight-remote-area', '买满299就免偏远运费', '满299', '编造优惠门槛'],
    ['first-contact-wangwang', '今天全场八折', '八折', '编造折扣或降价'],
    ['member-reactivation', '这次比平时下调了15%', '15%', '编造折扣或降价'],
    ['first-contact-wangwang', '默认发顺丰，很快的', '顺丰', '说错快递公司'],
    ['final-assessment', '5L可视空气炸锅黑色一台，收件人李芳', '黑色', '说错商品颜色'],
    ['upsell-bundle', '藏青色目前是预售，要等一阵', '藏青色', '说错库存情况'],
    ['revisit-old-customer', '我把您加进每周促销推送名单了', '把您加进每周促销推送', '未经同意替顾客订阅营销消息'],
    ['revisit-old-customer', '这款壶有语音播报', '语音播报', '编造商品没有的功能'],
    ['revisit-old-customer', '这款壶是触屏的，点一下就行', '触屏', '编造商品没有的功能'],
    ['recommend-related', '推荐4.5升的，三口之家正合适，活动价只要199元', '4.5升的三口之家正合适活动价只要199元', '说错商品价格'],
  ])('%s: %s → %s', (id, text, term, misconception) => {
    const found = unknownFact(scenarioById(id)!, text);
    expect(found?.term.replace(/[\s，,]/g, '').replace(/～/g, '~')).toBe(term);
    expect(found?.misconception).toBe(misconception);
  });

  it.each([
    ['exchange-wrong-item', '情况我都登记好了，您不用再跟晚班同事重新说'],
    ['exchange-wrong-item', '我会跟晚班同事交接好，您晚上来直接说单号就行'],
    ['exchange-wrong-item', '我17:30下班，晚班同事在线到22:00，会接着跟进'],
    ['dispute-damaged', '坏的不用寄回，补发今天就安排'],
    ['needs-hesitant', '很多新款都是触屏的，老人家容易按错'],
    ['final-assessment', '按说明使用一般不会糊，有可视窗口随时能看'],
    ['final-assessment', '我不能保证完全不会糊，火候还要看食材'],
    ['upsell-bundle', '藏青和米白都有现货，樱粉是预售'],
    ['first-contact-wangwang', '白色补货时间还没定，到货第一时间通知您'],
    ['member-reactivation', '退订后营销短信不再发，订单和物流通知照常'],
    ['member-reactivation', '这张券不能叠加，每人限领 1 张'],
    ['payment-reminder', '付款页转圈的话，先切到 WiFi 再试'],
    ['objection-price', '加购玻璃杯一共 208 元，满 199 减 20，实付 188 元'],
    ['presale-genuine', '16:00 前付款当天发货'],
    ['presale-genuine', '满300减20，领券减20 到手368'],
    ['member-reactivation', '满199才能用，79元的内胆用不了这张券'],
    ['dispute-damaged', '新壶用顺丰给您补发，不用寄回'],
    ['first-contact-wangwang', '不发顺丰哦，默认中通'],
    ['upsell-bundle', '藏青和米白有现货，樱粉是预售'],
    ['recommend-related', '3升的199元，4.5升的259元，三口之家选4.5升'],
    ['return-seven-days', '签收次日零点起 7 天内都可以申请'],
  ])('%s: %s agrees with the panel', (id, text) => {
    expect(unknownFact(scenarioById(id)!, text)).toBeUndefined();
  });
});

describe('feedback that asks only for what is missing', () => {
  const group = {
    id: 'remind-only',
    feedback: '提醒了付款。',
    points: 1,
    correctness: 'partial' as const,
    asks: [
      { unless: ['问题', '顾虑'], say: '先关心顾客是不是遇到了问题。' },
      { unless: ['送', '赠'], say: '再给一个理由：今天下单送除垢剂。' },
    ],
  };

  it.each([
    ['亲，记得付款哦', '提醒了付款。先关心顾客是不是遇到了问题。再给一个理由：今天下单送除垢剂。'],
    ['亲，还没付款哦，今天下单送除垢剂', '提醒了付款。先关心顾客是不是遇到了问题。'],
    ['亲，还没付款，是遇到什么问题了吗？不送除垢剂了', '提醒了付款。再给一个理由：今天下单送除垢剂。'],
  ])('%s', (reply, feedback) => {
    expect(feedbackFor(group, normalise(reply))).toBe(feedback);
  });
});

/** Replies a guard catches, by kind. */
function guardCases(caught: [string, string][]) {
  it.each(caught)('%s is caught by the guards (%s)', (text, kind) => {
    expect(guard(text)?.kind).toBe(kind);
  });
}

/** The verdict on one reply in a talking state, judged as the chat judges it (facts checked unless `env` leaves them out). */
function judgeIn(id: string, stateId: string, reply: string, env: Parameters<typeof judgeReply>[2] = factsEnv, carried: string[] = []) {
  const scenario = scenarioById(id)!;
  const state = scenario.states[stateId]!;
  if ('end' in state) throw new Error(`${id}/${stateId} is not a talking state`);
  return judgeReply(state, reply, env, carried, scenario).verdict;
}

/** Replies the check catches (scenario, reply, the term it marks) and replies it lets through (scenario, reply). */
function claimCases(caught: [string, string, string][], fine: [string, string][]) {
  it.each(caught)('%s: %s', (id, text, term) => {
    expect(unknownFact(scenarioById(id)!, text)?.term).toBe(term);
  });
  it.each(fine)('%s: %s is fine', (id, text) => {
    expect(unknownFact(scenarioById(id)!, text)).toBeUndefined();
  });
}

describe('claims check: service faults that need no panel', () => {
  claimCases([
    ['payment-reminder', '方便的话把短信验证码发我一下，我帮您处理', '验证码发我'],
    ['payment-reminder', '告诉我您的支付密码，我后台帮您付', '告诉我您的支付密码'],
    ['payment-reminder', '别的店卖的便宜货很多是以次充好的', '别的店卖的便宜货很多是以次充好'],
    ['shipping-delay', '物流的事您直接联系顺丰问问吧', '您直接联系顺丰'],
    ['return-seven-days', '理赔的事您自己去找保险公司核实一下', '您自己去找'],
    ['final-assessment', '觉得嫌贵的话就到其他店买吧', '嫌贵的话就到其他店'],
    ['exchange-wrong-item', '您是不是拍的时候点错颜色了？', '您是不是拍的时候点错'],
    ['bad-review', '麻烦您把差评删了吧，我们给您寄密封圈', '麻烦您把差评删了'],
    ['bad-review', '问题解决了的话，希望能帮忙改成好评', '希望能帮忙改成好评'],
    ['freight-remote-area', '我帮您把这15元运费免掉吧', '帮您把这15元运费免掉'],
    ['return-seven-days', '直接申请仅退款就可以，很快到账', '申请仅退款'],
    ['member-reactivation', '这张券没有门槛，替换内胆也能用', '没有门槛'],
    ['member-reactivation', '会员中心的券每天都能领一张', '每天都能领'],
    ['final-assessment', '这款带自动翻面功能，不用中途翻', '自动翻面功能'],
    ['upsell-bundle', '杯子内壁是自清洁的，冲一下就干净', '自清洁'],
  ], [
    ['payment-reminder', '验证码千万别告诉任何人，包括客服'],
    ['payment-reminder', '请不要把支付密码告诉别人，付款失败可以刷新后重试'],
    ['payment-reminder', '别家的价格我不清楚，我们这款是304不锈钢内胆'],
    ['payment-reminder', '别家的质量差不多，您放心选'],
    ['shipping-delay', '不用您自己联系快递，我这边来催'],
    ['shipping-delay', '快递员派送前会先联系您'],
    ['exchange-wrong-item', '不是您选错了，是我们仓库拿错了'],
    ['bad-review', '评价您自己决定，我们不会请您删评'],
    ['bad-review', '删不删都由您决定，密封圈今天就寄'],
    ['freight-remote-area', '我没有权限帮您把运费免掉，改寄亲友地址就包邮'],
    ['return-seven-days', '选“退货退款”，寄回后仓库签收再退款'],
    ['member-reactivation', '满199元才能用，不是无门槛券'],
    ['member-reactivation', '每人限领1张，不是每天都能领'],
    ['recommend-related', '炸篮可以拆下来洗，很方便'],
  ]);
});

describe('slot check: one panel fact said with another value', () => {
  claimCases([
    ['payment-reminder', '收到后二十天内都可以无理由退', '二十天内都可以无理由'],
    ['objection-price', '我们支持无理由退货期限是15天', '无理由退货期限是15天'],
    ['exchange-wrong-item', '我交接给晚班的刘婷，她会继续跟进', '刘婷'],
    ['final-assessment', '收件地址是南京市秦淮区中山北路××号', '秦淮区'],
    ['shipping-delay', '包裹现在在中通杭州转运中心', '杭州转运中心'],
    ['recommend-related', '温度最高能调到230度', '230度'],
    ['presale-genuine', '3L这款支持12小时预约', '12小时预约'],
    ['return-seven-days', '您填好单号后48小时内就退款', '填好单号后48小时内就退款'],
    ['payment-reminder', '赠品活动到今天下午6点', '赠品活动到今天下午6点'],
    ['recommend-related', '四口人买3L的就够了', '四口人'],
    ['final-assessment', '已经过了截单时间，明天才能发', '已经过了截单时间'],
    ['exchange-wrong-item', '雾蓝色还得等几天才到货', '雾蓝色'],
    ['final-assessment', '南京算偏远地区，要慢一些', '南京算偏远地区'],
    ['bad-review', '这杯子保温一般是8小时', '保温一般是8小时'],
    ['presale-genuine', '成都不像江浙沪那么快，一般要1～2天', '1~2天'],
    ['final-assessment', '三口人三口人的话买3.5升就够了', '三口人'],
    ['upsell-bundle', '这个杯刷也不收钱送给您', '这个杯刷也不收钱送给您'],
  ], [
    ['payment-reminder', '七天无理由退货，签收次日零点起算'],
    ['payment-reminder', '不是十五天，是七天无理由'],
    ['payment-reminder', '七天无理由，不是30天'],
    ['payment-reminder', '一年质保，收到30天内有问题随时找我'],
    ['return-seven-days', '仓库收到后四十八小时内原路退款'],
    ['shipping-delay', '中通回复预计四十八小时内派送，我现在帮您联系快递核实'],
    ['final-assessment', '南京在江浙沪范围，不是其他地区的2～4天，一般1～2天就能到'],
    ['presale-genuine', '杭州发出，江浙沪以外大概两到四天到'],
    ['freight-remote-area', '伊宁不像江浙沪1～2天，偏远地区要5～7天'],
    ['first-contact-wangwang', '江浙沪一般一两天，其他地方两到四天'],
    ['presale-genuine', '满300减20的券，单买这款299还差1块不够门槛'],
    ['needs-hesitant', '2L大按键的199元，满199减20后179元'],
    ['exchange-wrong-item', '交接给晚班的王丽，她会跟进'],
    ['exchange-wrong-item', '晚班同事马上会跟进，交接给丽姐了'],
    ['final-assessment', '南京市鼓楼区中山北路××号3单元502，收件人李芳'],
    ['final-assessment', '南京属于江浙沪地区，1～2天到'],
    ['shipping-delay', '包裹在中通郑州转运中心，已经加急'],
    ['shipping-delay', '包裹还停在转运中心，我已经催了'],
    ['recommend-related', '用180℃炸12分钟就行'],
    ['presale-genuine', '24小时预约，晚上定好早上吃'],
    ['return-seven-days', '仓库收到退货后48小时内原路退款'],
    ['payment-reminder', '活动到今晚24点，今天下单送除垢剂'],
    ['payment-reminder', '活动到今晚12点'],
    ['recommend-related', '两个人用3L的正好'],
    ['recommend-related', '3L适合一两个人，4.5L适合三到五个人'],
    ['final-assessment', '16点前付款当天发，您的订单今天就能发出'],
    ['exchange-wrong-item', '雾蓝色有现货，今天就给您发'],
    ['bad-review', '保温12小时以上，装牛奶两三个小时内喝完'],
    ['upsell-bundle', '杯刷15元一把，需要的话可以一起拍'],
  ]);
});

describe('claims and slots: one panel fact told wrong (stock, totals, waits, doors, couriers, features)', () => {
  // Each new check: replies it must catch, and replies with the right fact, a take-back or an unrelated number it must leave alone.
  claimCases([
    // A sold-out or pre-sale colour said to be in stock.
    ['first-contact-wangwang', '白色和米色目前都是现货，放心拍', '白色'],
    ['upsell-bundle', '米白、樱粉都有货的亲', '樱粉'],
    // A total after a reduction the price does not reach.
    ['objection-price', '这款169元，下单自动减20，只要149元', '减20,只要149'],
    // A wait before dispatch where the panel ships the same day.
    ['dispute-damaged', '新壶大概两天后才能补发，您耐心等等', '两天后才能补发'],
    // The unit or room of the address read back wrong.
    ['final-assessment', '收件地址：南京市鼓楼区中山北路××号3单元205，李芳收', '3单元205'],
    // A gift with its price, which the panel does not offer.
    ['presale-genuine', '这边可以送您一个89块的保温杯', '送您一个89块的保温杯'],
    // A feature on the product card said to be missing.
    ['presale-genuine', '这款电饭煲不带预约功能哦', '不带预约'],
    // The courier of the order's shipment confused with the replacement's.
    ['shipping-delay', '您这单走的顺丰，我帮您催一下', '顺丰'],
    // The cost said first, then put on the customer.
    ['dispute-damaged', '换货可以，寄回的邮费要您来出', '邮费要您来出'],
    // Milk kept long where the panel says to drink it soon.
    ['upsell-bundle', '装牛奶放一晚上也没事', '牛奶放一晚上也没事'],
    // A today-only gift promised for tomorrow.
    ['payment-reminder', '不急，后天下单也一样送除垢剂', '后天下单也一样送'],
    // The customer sent to the courier's site.
    ['shipping-delay', '您自己上中通官网输单号就能查', '您自己上中通官网'],
    // Blame for what the customer should have looked at.
    ['return-seven-days', '您买之前应该仔细看清楚的', '您买之前应该仔细看清楚'],
    // Marketing switched on without consent.
    ['revisit-old-customer', '新品推送我已经都帮您开通好了', '新品推送我已经都帮您开通'],
  ], [
    ['first-contact-wangwang', '白色卖完了，浅灰和米色有现货'],
    ['first-contact-wangwang', '白色已售罄，补货时间未定；浅灰色、米色都有现货'],
    ['first-contact-wangwang', '除了白色，其他颜色都有现货'],
    ['first-contact-wangwang', '白色还有现货吗？我帮您看看'],
    ['upsell-bundle', '藏青、米白有货，樱粉要等预售'],
    ['objection-price', '加一对39元的杯子，合计208，满199减20，只要188元'],
    ['objection-price', '满199减20，只要再加一对39元的杯子就够门槛'],
    ['dispute-damaged', '补发今天就安排，顺丰发出，一般两三天后能到'],
    ['dispute-damaged', '不用等几天后才发，今天就给您补发'],
    ['final-assessment', '不是5单元，是3单元502，收件人李芳'],
    ['final-assessment', '中山北路××号3单元502，地址没问题'],
    ['presale-genuine', '同店保温杯89元一个，需要可以一起拍'],
    ['presale-genuine', '24小时预约，晚上定好早上就能吃'],
    ['final-assessment', '3.5L款没有可视窗口，这款5L有'],
    ['final-assessment', '不是没有可视窗口，窗口在正面'],
    ['upsell-bundle', '316不锈钢内胆，没有异味'],
    ['shipping-delay', '包裹上周五中通发出的，我马上去催'],
    ['shipping-delay', '两天还没进展的话，我用顺丰给您补发'],
    ['dispute-damaged', '来回运费都由我们出，不用您承担'],
    ['return-seven-days', '非质量问题，寄回运费要您承担，运费险可以理赔'],
    ['upsell-bundle', '热水放一天也没问题'],
    ['upsell-bundle', '牛奶不能放一整天，建议两三个小时内喝完'],
    ['payment-reminder', '活动到今晚24点，明天付款就不送了'],
    ['shipping-delay', '我会一直跟进，您在订单详情里也能看到物流'],
    ['revisit-old-customer', '其他优惠消息不会给您开通，只发花茶养生类'],
  ]);
});

describe('facts check: how a teacher reads a reply (list markers, the customer’s own place, a refusal, a courier before a centre)', () => {
  claimCases([
    // A real slip still caught after a list marker.
    ['needs-hesitant', '①2L款适合6到9人用', '6到9人'],
    ['presale-genuine', '成都和江浙沪一样，一般1～2天就到', '1~2天'],
    ['shipping-delay', '包裹在杭州的中通转运中心，我去催一下', '杭州的中通转运中心'],
    ['payment-reminder', '请提供一下验证码，我帮您核对', '提供一下验证码'],
  ], [
    ['needs-hesitant', '推荐理由：①1到3人用刚好；②按键大，看得清'],
    ['presale-genuine', '江浙沪才是一两天，您那边一般2～4天能到'],
    ['presale-genuine', '1～2天是江浙沪的时效，您这边一般两到四天'],
    ['scam-fake-xiaoer', '不提供验证码，截图后报告周姐'],
    ['shipping-delay', '包裹停在郑州的中通转运中心，我已经催过了'],
    ['shipping-delay', '现在在郑州中通转运中心，我这边继续跟进'],
  ]);
});

describe('facts check: a fact of the panel given with a wrong count, party or value', () => {
  claimCases([
    // Gift counts read from the panel's giving sentences.
    ['payment-reminder', '今天下单还送三盒除垢剂哦', '送三盒除垢剂哦'],
    ['final-assessment', '我帮您申请，送您两把硅胶食品夹', '送您两把硅胶食品'],
    // A gift counted by 台 the shop never gives.
    ['dispute-damaged', '再额外送您一台小电饭煲当补偿', '送您一台小电饭煲'],
    // People spans written with 口.
    ['final-assessment', '这款5升的适合6～9口人', '6~9口人'],
    // 到付 where the panel never offers it.
    ['bad-review', '新的密封圈给您寄过去，运费您到付就行', '到付'],
    ['return-seven-days', '退回来的时候选运费到付就可以', '运费到付'],
    // Paying for a review.
    ['bad-review', '您给个五星好评，我返您红包', '五星好评,我返您红包'],
    ['freight-remote-area', '确认收货后写个好评，运费15元我退给您', '写个好评,运费15元我退'],
    // Waiving what the agent may not waive.
    ['freight-remote-area', '我去给您申请免掉吧', '给您申请免掉'],
    // Absolute health promises.
    ['recommend-related', '空气炸锅做的吃了保证不上火', '保证不上火'],
    ['recommend-related', '少油烹饪，百分百健康', '百分百健康'],
    // A courier named for the shipment on its way where the panel keeps it for a replacement.
    ['shipping-delay', '圆通那边物流一有更新我就告诉您', '圆通'],
    ['shipping-delay', '顺丰那边物流有更新我马上通知您', '顺丰'],
    // Membership tier and soaking time, from the panel's slots.
    ['revisit-old-customer', '您是我们店的钻石会员，这次回访想了解下使用情况', '钻石会员'],
    ['revisit-old-customer', '加几片柠檬煮开后泡两个小时再倒掉', '泡两个小时'],
    ['revisit-old-customer', '柠檬水煮沸后泡一晚上', '泡一晚上'],
    // The colour on the order.
    ['exchange-wrong-item', '我看了下，您订单里选的是樱粉色哦', '订单里选的是樱粉色'],
    // Sending the customer away.
    ['shipping-delay', '您拿着单号直接打中通问一下吧', '您拿着单号直接打中通'],
    ['presale-genuine', '您觉得贵可以到别家比比', '觉得贵可以到别家'],
    ['return-seven-days', '您当时应该量好尺寸再买', '您当时应该'],
  ], [
    ['payment-reminder', '今天下单送一盒柠檬酸除垢剂，活动到今晚24点'],
    ['payment-reminder', '不是送两盒，是一盒除垢剂'],
    ['final-assessment', '可以帮您申请送一把硅胶食品夹'],
    ['final-assessment', '赠品是烘焙油纸50张和菜谱一本，送您一本菜谱'],
    ['final-assessment', '5升的适合3～5口人，三口人刚好'],
    ['exchange-wrong-item', '寄回时选运费到付，来回运费我们出'],
    ['freight-remote-area', '收到付款后16点前就能发货'],
    ['bad-review', '我们不搞好评返现，评价您自己决定'],
    ['bad-review', '好评返现是平台禁止的，我们不会这样做'],
    ['freight-remote-area', '运费我没有权限免掉，可以改寄内地亲友那里'],
    ['recommend-related', '少油烹饪会清淡一些，不过还是要适量吃'],
    ['shipping-delay', '中通那边物流一有更新我就告诉您'],
    ['shipping-delay', '两天没进展就用顺丰给您补发'],
    ['revisit-old-customer', '何女士您好，您是我们的银卡会员'],
    ['revisit-old-customer', '煮沸后浸泡20分钟，再用软布擦净'],
    ['revisit-old-customer', '不用泡一整夜，泡20分钟就够了'],
    ['shipping-delay', '我帮您联系中通催一下，有结果第一时间告诉您'],
    ['return-seven-days', '颜色和柜子不搭确实挺闹心，没拆封可以退'],
    ['exchange-wrong-item', '核对过了，您拍的是雾蓝色，收到的却是奶白色，是我们发错了'],
    ['exchange-wrong-item', '您订单上买的不是奶白色，是雾蓝色，我们马上换'],
  ]);
});

describe('wrong acts (wrong-acts.ts): shared checks across scenarios', () => {
  claimCases([
    // price-concession
    ['payment-reminder', '这样吧，我私下给您便宜一点，您现在拍', '给您便宜'],
    ['final-assessment', '尾数就给您抹了，按整数付就行', '尾数就给您抹'],
    ['upsell-bundle', '我帮您把价格降一点，您再拍', '帮您把价格降一点'],
    // free-shipping (the panel charges shipping)
    ['return-seven-days', '这次寄回的运费我来承担，您放心寄', '运费我来承担'],
    // free-upgrade
    ['first-contact-wangwang', '我免费给您升级成大容量的那款', '免费给您升级'],
    // push-purchase (the customer stated her need)
    ['upsell-bundle', '建议您多买一把杯刷，反正也不贵', '建议您多买'],
    ['final-assessment', '您干脆一步到位买大的，以后不后悔', '一步到位买大'],
    // pad-order
    ['recommend-related', '您再拍一样小东西就能满减了', '再拍一样小东西就能满'],
    // uncontrolled-promise
    ['freight-remote-area', '这单我保证不耽误您用', '保证不耽误'],
    ['exchange-wrong-item', '我让快递员明天必须上门取件', '让快递员明天必须'],
    // scam-compliance / scam-quarrel
    ['scam-fake-xiaoer', '好的，我们一定配合，您说下一步', '我们一定配合'],
    ['scam-fake-xiaoer', '请您先发一下工号，我核对后再付', '发一下工号'],
    ['scam-fake-xiaoer', '我这就去扫码交钱', '扫码交'],
    ['scam-fake-xiaoer', '你这个骗子，我马上报警抓你', '你这个骗子'],
    // blame-customer
    ['exchange-wrong-item', '您当时应该先看清颜色再拍', '您当时应该'],
    ['dispute-damaged', '这种情况一般是您自己使用不当造成的', '您自己使用不当'],
    // send-elsewhere
    ['shipping-delay', '您可以自己联系快递公司问一下', '您可以自己联系'],
    ['objection-price', '嫌贵您可以去别的店看看', '嫌贵您可以去别的店'],
    // subscribe
    ['revisit-old-customer', '我给您开通了新品推送消息，每周都会发', '给您开通了新品推送'],
    // ask-review
    ['bad-review', '问题解决后麻烦您给我们打个五星', '打个五星'],
    ['shipping-delay', '收到后晒图好评返现五元哦', '好评返现'],
  ], [
    ['payment-reminder', '价格是统一的，我不能给您便宜，下单前可以领店铺券'],
    ['final-assessment', '抹零我这边做不到，实在抱歉'],
    ['upsell-bundle', '降价这件事是不行的，不过满减活动可以用上'],
    ['return-seven-days', '非质量问题寄回运费是买家承担，您有运费险可以理赔'],
    ['first-contact-wangwang', '不能免费升级，您需要的话可以直接拍大容量的'],
    ['upsell-bundle', '一只够用就先买一只，不建议您再多买'],
    ['recommend-related', '不需要凑单，按您说的单买就很划算'],
    ['freight-remote-area', '我不能保证具体哪天到，我会帮您跟进物流'],
    ['scam-fake-xiaoer', '不点链接、不付款、不给验证码，已截图报告周姐并在千牛官方举报'],
    ['scam-fake-xiaoer', '验证码是账号安全的钥匙，任何人要都不给'],
    ['exchange-wrong-item', '不是您选错了，是我们仓库发错了，非常抱歉'],
    ['shipping-delay', '不用您自己联系快递，我这边去催，有消息第一时间告诉您'],
    ['revisit-old-customer', '您不想收的消息我们一条都不发，随时可以退订'],
    ['bad-review', '评价由您决定，我们不会用返现换好评'],
  ]);
});

describe('wrong acts (wrong-acts.ts): widened and new checks', () => {
  claimCases([
    // price-concession, widened: a new price named without a unit, a private cut, a cash-back
    ['upsell-bundle', '行，两只我帮您改到175吧', '帮您改到175'],
    ['freight-remote-area', '运费补不了的话，我给您锅子便宜十块', '给您锅子便宜十块'],
    ['member-reactivation', '我私下再给您优惠一些', '私下再给您优惠'],
    // uncontrolled-promise, widened: a delivery date or an outcome nobody controls
    ['shipping-delay', '周日之前保证送到您家', '保证送到'],
    ['freight-remote-area', '放心吧，一周内一定能到', '一定能到'],
    ['dispute-damaged', '这回包得很厚，绝对不会再坏', '绝对不会再坏'],
    // blame-customer, widened: the fault put on the customer or on the courier, also in a question
    ['bad-review', '多半是您装水的时候没预热', '多半是您'],
    ['member-reactivation', '那次是您自己算错了吧', '您自己算错'],
    ['dispute-damaged', '碎成这样是快递太暴力了', '快递太暴力'],
    ['exchange-wrong-item', '是不是您下单时操作错了？', '是不是您下单时操作错'],
    // send-elsewhere, widened
    ['shipping-delay', '您拿着单号自己去问中通吧', '您拿着单号自己去问中通'],
    ['final-assessment', '这事您让家里人自己跟快递说一声', '您让家里人自己跟快递'],
    // off-platform
    ['return-seven-days', '退款我用支付宝转您，当天就到', '支付宝转您'],
    ['recommend-related', '方便的话加一下我私人微信，我发图给您', '加一下我私人微信'],
    ['dispute-damaged', '不用走平台，我直接转账给您', '不用走平台'],
    // extra-gift: a gift or compensation the panel doesn't list
    ['upsell-bundle', '杯刷我就做主送您了', '做主送'],
    ['needs-hesitant', '晚到的话我们补偿您五十块', '晚到的话我们补偿'],
    ['shipping-delay', '晚到了我们发您一个红包', '发您一个红包'],
    ['dispute-damaged', '再碎的话我们赔您双倍', '赔您双倍'],
    // refuse-request: refusing what the shop can do
    ['first-contact-wangwang', '这个备注我们加不了哦', '备注我们加不了'],
    ['final-assessment', '快递什么时候打电话，我们管不了', '我们管不了'],
    // dissuade: talking the customer out of her request
    ['member-reactivation', '真退订的话以后的专属券就收不到了', '退订的话以后的专属券就收不到'],
    ['return-seven-days', '要不您还是先留着用用？', '要不您还是先留着'],
    // fake-urgency
    ['payment-reminder', '仓库只剩3台了，您抓紧', '只剩3'],
    ['recommend-related', '过了周末就涨价了', '过了周末就涨价'],
    // wrong-procedure
    ['presale-genuine', '您先点确认收货，再找我办', '先点确认收货'],
    ['exchange-wrong-item', '寄回的运费您先自己垫付一下', '运费您先自己垫付'],
    ['return-seven-days', '您先去点一下确认收货，退货的事我来办', '先去点一下确认收货'],
    // subscribe, push-purchase and pad-order, widened
    ['revisit-old-customer', '店里的促销推送我已经都开通了', '都开通了'],
    ['member-reactivation', '我已经把您的号码放进了促销推送名单', '放进了促销推送'],
    ['final-assessment', '配件都得买上，不然用不久', '都得买上'],
    ['member-reactivation', '您再凑一件小东西就能用券了', '凑一'],
  ], [
    ['upsell-bundle', '价格改不了，两只一共198元'],
    ['freight-remote-area', '偏远地区的运费我没法给您便宜，实在抱歉'],
    ['shipping-delay', '具体哪天到我不能保证，我会每天帮您盯着物流'],
    ['dispute-damaged', '这次我们会加固包装，尽量保证完好送到'],
    ['bad-review', '不是您的问题，是我们没说清楚怎么预热'],
    ['dispute-damaged', '包装是我们的责任，给您补发'],
    ['shipping-delay', '不用您自己问中通，我去催，有消息告诉您'],
    ['return-seven-days', '私下转账我们不做，退款会原路退回您的账户'],
    ['objection-price', '不加微信哦，在店铺里下单售后才有保障'],
    ['presale-genuine', '赠品只有饭勺和量米杯，我帮您申请'],
    ['first-contact-wangwang', '备注我已经加好了，不放价格单'],
    ['member-reactivation', '好的，营销短信已经帮您退订，订单通知照常发'],
    ['return-seven-days', '没拆封就能退，我教您在订单里申请'],
    ['payment-reminder', '活动到今晚结束，您按自己的节奏来就好'],
    ['return-seven-days', '确认收货前申请退货，运费险才能用'],
    ['return-seven-days', '寄回运费需要您先垫付，运费险理赔后会赔给您'],
    ['member-reactivation', '您不用凑单，按需要买就好'],
    ['final-assessment', '配件不是必须买的，锅本身就能用'],
  ]);
});

describe('wrong acts (wrong-acts.ts): kinds a blind round of fluent traps showed (round 14)', () => {
  claimCases([
    // untimely-upsell: selling while she complains, checks her order or leaves
    ['bad-review', '装开水前先预热。另外我们有专用杯套，要不要顺便带一个？', '要不要顺便带一'],
    ['final-assessment', '不客气！对了，店里还有专用烤盘，要不要一起看看？', '要不要一起看看'],
    ['shipping-delay', '您要是怕来不及，也可以现在再拍一单', '再拍一单'],
    // fake-urgency, widened
    ['needs-hesitant', '这款库存不多了，建议您尽快拍', '库存不多'],
    ['payment-reminder', '这款就剩最后两台了', '就剩最后两台'],
    ['objection-price', '这款明天就要涨到199了', '明天就要涨到'],
    ['freight-remote-area', '这两天新疆线路马上要停发了', '马上要停发'],
    // blame and lecture
    ['bad-review', '您没检查密封圈就给差评，我们也有点冤', '没检查密封圈就给'],
    ['dispute-damaged', '不过下次签收前最好先当面验货', '下次签收前最好先当面验货'],
    ['payment-reminder', '亲，一般别人都付得了的', '一般别人都付得了'],
    ['presale-genuine', '亲，您这也太会砍了，现在又要抹零', '太会砍'],
    ['shipping-delay', '物流慢是中通那边的问题，不是我们店的原因哈', '是中通那边的问题'],
    // send-elsewhere, widened
    ['dispute-damaged', '您也可以先联系快递公司，让他们那边赔偿', '您也可以先联系快递公司'],
    ['payment-reminder', '至于会不会有味道，您可以去问问厂家客服', '可以去问问厂家'],
    ['exchange-wrong-item', '晚上您要是着急，可以直接打仓库电话问进度', '打仓库电话'],
    // concessions and promises
    ['final-assessment', '赶生日的话我帮您免费升级成加急快递', '帮您免费升级成'],
    ['first-contact-wangwang', '另外再免费给您加个礼品袋，送朋友更体面', '免费给您加个礼品袋'],
    ['member-reactivation', '虽然没到199，券照样能用', '券照样能用'],
    ['first-contact-wangwang', '我帮您登记一下，一周内肯定能补上货', '一周内肯定能补上'],
    ['bad-review', '等您满意了，方便的话帮我们把评价改一下就好', '把评价改'],
    // procedures and rules that cost her
    ['dispute-damaged', '退货的话寄回运费需要您这边先出一下', '运费需要您这边先出'],
    ['return-seven-days', '麻烦您先在订单里点一下确认收货，再去申请售后', '先在订单里点一下确认收货'],
    ['presale-genuine', '可以用店铺券减20，不过用券就不能送饭勺了', '用券就不能'],
    // off-platform and the scam
    ['member-reactivation', '您也可以加我们店的微信群，群里福利多', '加我们店的微信群'],
    ['scam-fake-xiaoer', '链接我先点开看看是什么页面', '链接我先点开'],
    ['scam-fake-xiaoer', '直接拉黑，把聊天记录删了', '聊天记录删了'],
    ['scam-fake-xiaoer', '你有事就打我们店铺电话', '打我们店铺电话'],
    ['scam-fake-xiaoer', '提醒周姐先把店里的钱转到个人账户', '转到个人账户'],
    // panel facts said another way: a tier with 老, the order's waybill under the replacement's courier, a span of people
    ['revisit-old-customer', '您是我们的金卡老会员了，想问问您用得怎么样', '金卡老会员'],
    ['shipping-delay', '您这单顺丰运单73120000004567我已经标记重点跟进', '顺丰'],
    ['recommend-related', '亲，在的～3升的适合3～5人，4.5升的更大一些', '3~5人'],
  ], [
    ['bad-review', '装开水前先用热水预热，有问题随时找我'],
    ['recommend-related', '可以顺便带一包9.9元的吸油纸，清洗方便'],
    ['payment-reminder', '不着急，价格不会变，也不是只剩最后一件'],
    ['payment-reminder', '今天下单送一盒除垢剂，活动到今晚24:00'],
    ['exchange-wrong-item', '不是您选错了，是我们仓库发错了'],
    ['shipping-delay', '我去问问仓库，有消息马上告诉您'],
    ['dispute-damaged', '来回运费都由我们承担，不用您先出'],
    ['return-seven-days', '问题处理好之前不用点确认收货'],
    ['scam-fake-xiaoer', '不点链接、不付款，截图留证，报告周姐'],
    ['freight-remote-area', '您付款后在订单详情里就能看到物流，我也帮您盯着'],
    ['revisit-old-customer', '您是我们的银卡老会员了'],
    ['shipping-delay', '周五还没派送就用顺丰给您补发，单号第一时间发您'],
    ['recommend-related', '3升的适合1～2人，4.5升的适合3～5人'],
  ]);
});

describe('wrong acts (wrong-acts.ts): invented claims and panel facts a blind round showed (round 16)', () => {
  claimCases([
    // invented offers, rules, features and specs
    ['final-assessment', '不过我们家有30天价保，买后降价可以退差价', '价保'],
    ['first-contact-wangwang', '送礼订单我们免费加礼盒包装和手写贺卡', '礼盒'],
    ['payment-reminder', '订单拍下后一小时不付款会自动关闭哦', '不付款会自动关闭'],
    ['exchange-wrong-item', '另外还需要一段完整的开箱视频，没有视频没办法核实', '开箱视频'],
    ['return-seven-days', '寄回时必须用顺丰，其他快递仓库会拒收', '必须用顺丰'],
    ['payment-reminder', '我们这款内胆做了防异味涂层，拿到手直接用', '做了防异味涂层'],
    ['recommend-related', '4.5升的还多了蒸烤功能，能当小烤箱用', '多了蒸烤功能'],
    ['payment-reminder', '我们内胆是316医用级不锈钢', '316医用级不锈钢'],
    ['first-contact-wangwang', '您看的这款是750毫升的保温杯', '750毫升'],
    ['bad-review', '您前晚22:40来咨询，我们隔天9点才回', '22:40'],
    // acts: a cost split, a test before the remedy, cash back after receipt, the code for an "official" asker
    ['bad-review', '换上还不保温的话可以换新，来回运费咱们一家一半', '一家一半'],
    ['objection-price', '等确认收货的时候我让财务给您返9块，就当抹零了', '返9块'],
    ['scam-fake-xiaoer', '验证码只在千牛官方客服核实身份时才能提供', '验证码只在千牛官方客服核实身份时才能提供'],
    // the replacement sent by the order's courier
    ['shipping-delay', '如果周五还没派送，我们就再用中通给您补发一件', '中通'],
    // a refund time in hours the panel gives otherwise (48), however the customer's 3 days since delivery convert
    ['return-seven-days', '仓库签收后72小时内原路退款哦', '72小时内原路退'],
    // an invented cause, a skipped read-back, a button the card does not have, another price, a lecture, an invented condition
    ['shipping-delay', '包裹滞留是因为郑州那边下雪封路，我已催件', '下雪'],
    ['upsell-bundle', '地址就按上次的，不用再确认了，您直接付款吧', '不用再确认了'],
    ['revisit-old-customer', '阿姨平时主要用“花茶”和“保温”两个键', '保温'],
    ['recommend-related', '您要是定了4.5升，我按3升的199元给您算', '按3升的199元给您算'],
    ['first-contact-wangwang', '页面上白色都显示售罄了，您下单前可以先看看规格哦', '下单前可以先看看'],
    ['objection-price', '玻璃杯只有老顾客第二次回购才送，这次送不了', '只有老顾客第二次回购才送'],
  ], [
    ['return-seven-days', '您买了运费险，寄出后会按规则理赔'],
    ['needs-hesitant', '这款有12小时预约功能，早上起来就能喝粥'],
    ['bad-review', '您前晚23:40来咨询，我们第二天9:00才回复，实在抱歉'],
    ['payment-reminder', '内胆是304食品级不锈钢，首次使用烧开两三壶水倒掉就好'],
    ['objection-price', '抹零需要改价，客服这边没有权限'],
    ['shipping-delay', '如果周五还没派送，我们就用顺丰给您补发一件'],
    ['dispute-damaged', '来回运费都由我们承担'],
    ['return-seven-days', '仓库签收后两天内原路退款'],
    ['freight-remote-area', '偏远地区一般要5到7天，遇到下雪可能会晚一两天'],
    ['revisit-old-customer', '常用的就“花茶”和“养生汤”两个键，我发张大字操作图给您'],
    ['return-seven-days', '问题处理好之前不用确认收货'],
  ]);
});

describe('wrong acts and facts: kinds a fresh blind round showed (round 18)', () => {
  claimCases([
    ['return-seven-days', '运费险理赔太慢了，我直接用支付宝把运费转给您', '支付宝把运费转给您'],
    ['shipping-delay', '要是周六前到不了，我给您全额退款，电煮锅就当送您的', '就当送您'],
    ['shipping-delay', '您着急的话可以自己打中通客服电话催一下', '打中通客服电话'],
    ['shipping-delay', '顺丰那边已经加急了，物流一有更新我第一时间告诉您', '顺丰'],
    ['scam-fake-xiaoer', '店铺是否被冻结，以旺旺里小二发的通知为准', '以旺旺里小二发的通知为准'],
    ['scam-fake-xiaoer', '保证金我去千牛工作台里交，官方渠道是安全的', '保证金我去千牛工作台里交'],
    ['bad-review', '售后处理完成后差评会自动变成默认好评', '自动变成'],
    ['bad-review', '差评对我们小店影响挺大的，还希望您能体谅一下', '差评对我们小店影响'],
    ['member-reactivation', '这次活动价已经比平时便宜了两成', '便宜了两成'],
    ['needs-hesitant', '其实现在的电饭煲都不复杂，多按几次就会了', '多按几次就会'],
    ['first-contact-wangwang', '白色页面上已经标了售罄，您下次可以先看一下规格哈', '下次可以先看一下'],
    ['final-assessment', '三口人的话建议您5L和3.5L两台一起买，做饭更方便', '两台一起买'],
    ['exchange-wrong-item', '您申请退货退款，钱退回来以后再重新拍一个雾蓝色的就可以了', '退回来以后再重新拍'],
    ['return-seven-days', '我们收到后7个工作日内给您退款', '7个工作日内给您退款'],
  ], [
    ['scam-fake-xiaoer', '陌生旺旺号说的不算数，以千牛工作台的官方通知为准'],
    ['scam-fake-xiaoer', '平台不会让商家私聊交保证金，不扫码、不付款'],
    ['freight-remote-area', '一发货我马上告诉您单号，您也可以自己在订单详情里查物流'],
    ['presale-genuine', '发货地在浙江杭州，寄到四川一般2～4天送达'],
    ['upsell-bundle', '两只一起买刚好满199减20，到手198元，只是个建议'],
  ]);
  guardCases([
    ['要不您直接支付宝转给我99，我帮您改成已付款', 'off-platform'],
    ['我保证明天一早包裹就开始派送', 'over-promise'],
  ]);
  it('别家的情况我不太清楚 is no brush-off', () => {
    expect(guard('别家的情况我不太清楚，您可以对比下售后服务')).toBeUndefined();
  });
});

describe('wrong acts and facts: kinds a second fresh blind round showed (round 19)', () => {
  claimCases([
    ['dispute-damaged', '您看看是不是拆箱时不小心弄裂的，先拍个照片吧', '是不是拆箱时不小心弄'],
    ['bad-review', '不保温多半是没拧紧，建议您下次先看看说明书再评价哦', '下次先看看'],
    ['objection-price', '您这样做对我们店影响很不好，请您以后不要再提了', '对我们店影响很不好'],
    ['objection-price', '价格我做不了主，您可以去问问别家客服能不能再便宜点', '去问问别家'],
    ['payment-reminder', '别家便宜的多半是杂牌，烧出来的水不安全', '别家便宜的多半是杂牌'],
    ['return-seven-days', '颜色不搭不属于质量问题，建议您还是换个颜色吧', '建议您还是换'],
    ['revisit-old-customer', '这周店里养生壶配件有会员专享价，想给您介绍一下', '专享价'],
    ['payment-reminder', '实在付不了也可以选货到付款，收到货再把钱给快递员', '货到付款'],
    ['scam-fake-xiaoer', '平台确实有解冻保证金，我自己去后台交', '确实有解冻'],
    ['scam-fake-xiaoer', '验证码只能告诉平台官方客服，您先证明一下身份我再给', '验证码只能告诉'],
    ['shipping-delay', '要是周五还没派送，您先自己付顺丰运费，我们补发后再给您报销', '给您报销'],
    ['shipping-delay', '您也可以自己在订单里随时刷新物流，这样比等我通知更快哦', '您也可以自己在订单里随时刷新物流'],
  ], [
    ['upsell-bundle', '两只一起买能凑满199减20，给爸爸也带一只挺合适；只要一只也完全可以'],
    ['member-reactivation', '进店铺首页→会员中心→领券，满199元立减30元'],
    ['final-assessment', '客服不能改价，但首页有满350减20的店铺券，领了能少20元'],
    ['shipping-delay', '一有更新我会第一时间告诉您，您也可以自己在订单里看物流'],
  ]);
});

describe('wrong acts and facts: kinds a third fresh blind round showed (round 20)', () => {
  claimCases([
    ['dispute-damaged', '您是不是拆箱时用刀划到或者磕到了？', '是不是拆箱时用刀划到'],
    ['shipping-delay', '最近是高峰期，快递滞留很正常的', '滞留很正常'],
    ['shipping-delay', '您下单时也应该把时间考虑进去', '您下单时也应该把'],
    ['first-contact-wangwang', '备注这种事我们一般不弄的，您自己跟朋友说一声吧', '备注这种事我们一般不弄'],
    ['first-contact-wangwang', '我给您包裹里偷偷多塞一个同款杯子当赠品', '多塞一个同款杯子'],
    ['final-assessment', '另外我已经备注让快递明天上午送到', '明天上午送到'],
    ['freight-remote-area', '顺便推荐您再买一个备用内胆，反正运费都补了', '推荐您再买一'],
    ['member-reactivation', '不过券数量非常有限，今天不领明天就没了', '数量非常有限'],
    ['upsell-bundle', '其实198比您预算也没多多少，这点钱还是值得的', '也没多多少'],
    ['scam-fake-xiaoer', '店铺会不会关以对方发的通知为准', '以对方发的通知为准'],
    ['bad-review', '这款的保温时间本来就在6小时左右', '保温时间本来就在6小时'],
  ], [
    ['member-reactivation', '直接换内胆就行，79块，比换整机划算'],
    ['dispute-damaged', '发货前我们都检查过，还是没包好，是我们的责任'],
    ['bad-review', '这款保温时间一般在12小时以上'],
  ]);
  guardCases([
    ['您把我个人微信推给叔叔阿姨，收到货我直接跟他们视频', 'off-platform'],
  ]);
  it('passing the code on to a colleague is still giving it away', () => {
    expect(guard('验证码不给你。我把验证码转给周姐，让她来处理', {}, { toScammer: true })?.kind).toBe('forbidden');
  });
});

describe('wrong acts and facts: what a round of good replies and fresh traps showed (round 21)', () => {
  claimCases([
    ['presale-genuine', '我们是官方旗舰店，品牌直供，假一赔十，您放心购买', '假一赔十'],
    ['freight-remote-area', '补的这15元等您确认收货后会退还给您', '确认收货后会退还'],
    ['payment-reminder', '内胆是304食品级不锈钢，保证完全没有任何味道', '保证完全没有任何味道'],
    ['recommend-related', '现在买空气炸锅还送100张吸油纸，不用另外花钱', '送100张吸油纸'],
    ['recommend-related', '实付248.9元，我再给您加送一片硅胶烤垫', '再给您加送一片硅胶'],
    ['recommend-related', '两款主要区别是4.5升带蒸汽功能，3升没有', '带蒸汽功能'],
    ['objection-price', '玻璃杯我给您备注送一套，再加滤茶网和花茶', '备注送一套'],
    ['revisit-old-customer', '我已经把您设成接收所有活动通知了', '把您设成接收'],
    ['scam-fake-xiaoer', '麻烦把您的工号发我，我转给主管', '把您的工号发我'],
  ], [
    ['presale-genuine', '该商品为公司统一定价，客服无议价权限，无法按280元成交'],
    ['presale-genuine', '成都不算偏远地区，新疆西藏那些才要补15元。到货一般2-4天'],
    ['presale-genuine', '到成都大概2～4天，运费全免哈'],
    ['shipping-delay', '您不用自己去找快递，这事我来跟，现在就帮您查物流'],
  ]);
  it('a personal WeChat left for the customer is an off-platform offer', () => {
    expect(guard('谢谢您～给您留个我的私人微信，以后有事直接加我')?.kind).toBe('off-platform');
  });
});

describe('claims that recur across rounds: notices stopped with marketing, daily messages, milk kept all day, any-time dispatch', () => {
  claimCases([
    ['member-reactivation', '我帮您标记不接收营销信息了，不过这样订单和物流通知也会一起停掉', '订单和物流通知也会一起停'],
    ['revisit-old-customer', '消息的话我们每天只发一条，不会多发的', '每天只发'],
    ['upsell-bundle', '装热牛奶完全没问题，装一整天也不会坏', '装一整天也不会坏'],
    ['presale-genuine', '亲，今天能发哦，不管几点付款都是当天发', '不管几点付款都是当天发'],
    ['revisit-old-customer', '消息是系统统一推送的，我这边没法设置', '我这边没法设置'],
  ], [
    ['member-reactivation', '已经帮您标记不接收营销信息，订单和物流通知照常发送'],
    ['revisit-old-customer', '消息不会天天发，您愿意收哪类我记下哪类'],
    ['upsell-bundle', '装牛奶的话两三个小时内喝完，喝完及时用温水冲洗'],
  ]);
});

describe('wrong acts and facts: kinds a fourth fresh blind round showed (round 22)', () => {
  claimCases([
    ['freight-remote-area', '伊宁5～7天到，如果月底前没到，我们把运费退给您', '没到,我们把运费退给您'],
    ['dispute-damaged', '快递压坏的属于快递公司的责任，麻烦您拍好照片直接联系快递理赔哦', '属于快递公司的责任'],
    ['shipping-delay', '后续物流您可以直接在订单页查看，或者联系中通客服，会更及时一些', '或者联系中通'],
    ['needs-hesitant', '这款已经是最简单的了，再不会用那也没办法', '不会用那也没办法'],
    ['objection-price', '抹零改不了，不过我帮您申请把玻璃杯也一起送您', '把玻璃杯也一起送您'],
    ['recommend-related', '再搭配一包吸油纸，垫上以后保证一点油都不沾', '保证一点油都不'],
    ['scam-fake-xiaoer', '我打对方签名里留的客服电话核实一下店铺状态', '对方签名里留的客服电话'],
    ['scam-fake-xiaoer', '钱我不付，不过店铺信息我可以在链接里填一下', '在链接里填'],
    ['scam-fake-xiaoer', '验证码不给，不过平台小二确实偶尔会要验证码做人工解冻', '确实偶尔会要验证码'],
    ['scam-fake-xiaoer', '（不回复）店铺状态以对方发来的处罚通知为准', '以对方发来的处罚通知为准'],
    ['upsell-bundle', '建议您干脆买三只，家里备一只替换', '干脆买三只'],
    ['final-assessment', '机身带可视窗口，还有12种预设菜单，很方便', '12种预设菜单'],
  ], [
    ['final-assessment', '机身带可视窗口，8种预设菜单，三口人刚好'],
    ['upsell-bundle', '爸爸也想换的话两只一起拍，满199减20，一只也完全可以'],
    ['shipping-delay', '我这边联系中通客服催一下，有消息马上告诉您'],
  ]);
  guardCases([
    ['评价的事我做不了主，您加一下我们店长微信跟他说吧', 'off-platform'],
  ]);
  it.each([
    '亲，这个真不行哦，私下转账万一出了问题，钱和售后都没人管',
    '在店铺下单有记录，比私下交易放心多了',
  ])('%s warns rather than offers', (text) => {
    expect(guard(text)).toBeUndefined();
  });
});

describe('wrong acts and facts: prices, pack sizes and days the older rounds let through, checked on a fifth fresh round (round 24)', () => {
  claimCases([
    // A thing the panel prices, priced otherwise (slots.ts wrongPrice)
    ['upsell-bundle', '牛奶杯不难洗，我们的长柄杯刷只要5块钱，能刷到杯底。', '5块'],
    ['recommend-related', '三口之家推荐4.5升的，适合3～5人，一次能做全家的量，价格也只要239元。', '239元'],
    ['recommend-related', '再推荐一包专用吸油纸，9.9元50张，垫着不沾油～', '50张'],
    // the right hour on the wrong day, a refund's wait, a return window, her purchase count, a same-day dispatch put later
    ['payment-reminder', '不用慌，除垢剂活动到明天晚上24点，来得及的。', '活动到明天'],
    ['return-seven-days', '寄回填单号，仓库签收后7天内原路退款。', '签收后7天内原路'],
    ['return-seven-days', '可以退的，您签收还不到15天，没拆封的话都支持无理由退货。', '签收还不到15天,没拆封的话都支持无理由'],
    ['revisit-old-customer', '何女士您好，您这是第一次在我们店买东西，想问问养生壶用得怎么样', '第一次在我们店买'],
    ['dispute-damaged', '这次用气泡柱和加厚纸箱加固，明天一早用顺丰发出', '明天一早用顺丰发出'],
    ['dispute-damaged', '这次会加固包装，仓库排单需要三天左右', '排单需要三'],
    ['final-assessment', '不客气！快递明天发出，单号到时发您', '明天发出'],
    // more of a thing than she came for, a remedy refused, money off the order
    ['objection-price', '另外建议您再多拍一台壶给家里老人，两台一起用更划算。', '再多拍一台壶给家里'],
    ['recommend-related', '吸油纸、硅胶烤垫都各拍两份，多囤点放家里', '各拍两份'],
    ['dispute-damaged', '破损这种情况我们只能给您补发新的，退款是办不了的', '只能给您补发'],
    ['objection-price', '微信不方便加，您可以用支付宝直接转到店铺账号', '支付宝直接转到店铺'],
    // promises on the courier's behalf, absolute claims, lectures, talking her out of it
    ['final-assessment', '备注好了，快递员保证每次都会先打电话', '快递员保证'],
    ['payment-reminder', '这款内胆完全不会有任何异味', '完全不会有任何异味'],
    ['return-seven-days', '下单前最好先量好比好再买哦', '下单前最好先量好'],
    ['exchange-wrong-item', '确实是我们拿错了，要不您就留下，我给您申请点小补偿？', '要不您就留下'],
    // where parcels leave from, gift counts, the return window's start, shop rules
    ['freight-remote-area', '我们仓库在江苏南京，寄到新疆路程远、中转多', '江苏'],
    ['objection-price', '我帮您申请一个不锈钢滤茶网和两盒花茶试饮装，您看这样行吗？', '和两盒花茶试饮'],
    ['objection-price', '在平台买有记录，七天无理由退货从您付款当天开始算。', '付款当天开始算'],
    ['shipping-delay', '我会盯着，催件后三天还没进展就给您顺丰补发', '催件后三天'],
    ['revisit-old-customer', '以后我们都在早上8点前联系您，不耽误您白天。', '早上8点前'],
    ['member-reactivation', '理解您的担心，活动前是稍微调了一点价，不过用券后还是比平时便宜', '活动前是稍微调了一点价'],
    ['presale-genuine', '我们是品牌授权的经销店，货都是从省级总代理拿的', '经销店'],
    ['presale-genuine', '抹零不行，不过满300减20的券两件可以各用一次，能减40', '各用一次'],
    ['freight-remote-area', '这个是快递公司统一规定的，新疆每单都加收15元', '快递公司统一规定'],
    ['revisit-old-customer', '放心，平台规定商家每月最多只能给顾客发2条消息', '平台规定商家每'],
    ['recommend-related', '吸油纸是加厚材质，一张能重复用三四次，很省。', '能重复用三'],
    ['upsell-bundle', '藏青色2只、杯刷1把，实付213元。我已经直接帮您按上次地址下好单了', '直接帮您按上次地址下好单'],
    ['upsell-bundle', '再加一把5块钱的杯刷就更省心了。', '5块'],
    // keeping a scammer talking, the code called harmless
    ['scam-fake-xiaoer', '你说我们违规，麻烦发个截图给我看看', '麻烦发'],
    ['scam-fake-xiaoer', '验证码只是用来登录的，给了也不会动钱', '给了也不会动'],
  ], [
    ['upsell-bundle', '两只218元，满199减20，实付198元，杯刷15元一把，可买可不买'],
    ['recommend-related', '空气炸锅259元加吸油纸9.9元，共268.9元，满199减20后实付248.9元'],
    ['recommend-related', '建议配一包吸油纸（9块9一百张），想要耐用点的也可以看看19.9的硅胶烤垫'],
    ['objection-price', '养生壶169+玻璃茶杯39=208元，满199自动减20，只要188元'],
    ['return-seven-days', '您签收才三天，还在七天无理由退货期内'],
    ['return-seven-days', '仓库签收后48小时内原路退款'],
    ['payment-reminder', '除垢剂活动到今晚24点，来得及的'],
    ['dispute-damaged', '收到照片当天就安排补发，用顺丰发出，明天您就能查到物流'],
    ['revisit-old-customer', '何女士您好，感谢您第3次购买我们的产品'],
    ['dispute-damaged', '您可以选补发，也可以选退货退款，都由我们承担运费'],
    ['presale-genuine', '我们从杭州发货，成都一般2～4天送到'],
    ['final-assessment', '今天能发哦 您是14:20付款的 16点前付款当天发货 南京属于江浙沪 一般1～2天送达'],
    ['freight-remote-area', '新疆、西藏等偏远地区需要补15元运费，其他地区都是包邮的'],
    ['member-reactivation', '您放心，这次活动前没有调价，都是日常售价。'],
    ['revisit-old-customer', '好的，以后都在晚上8点后联系您'],
    ['shipping-delay', '催件后两天还没进展，就给您用顺丰补发'],
    ['objection-price', '七天无理由退货从签收次日零点开始算'],
    ['revisit-old-customer', '这是平台规定，也是对您的尊重'],
  ]);
  it.each([
    '亲，这个真的不行哦，不加微信也不收私下转账。站外付款万一出问题没人能帮您追回',
  ])('%s warns rather than offers', (text) => {
    expect(guard(text)).toBeUndefined();
  });
});

describe('wrong acts and facts: kinds a sixth fresh blind round showed (round 26)', () => {
  claimCases([
    ['bad-review', '而且按平台规则，问题解决后差评会自动转成中评，您也不用操心。', '自动转成'],
    ['exchange-wrong-item', '晚上我不在，您到时候再问值班客服吧，把情况跟他们说一下就行。', '您到时候再问值班客服'],
    ['member-reactivation', '要是发现我们先涨价再打折，我们十倍赔偿给您！', '十倍赔偿'],
    ['payment-reminder', '亲，别家便宜10块的多半不是304的，用料不一样。', '别家便宜10块的多半不是304'],
    ['payment-reminder', '放心，除垢剂活动会一直给您保留到明天，慢慢来。', '活动会一直给您保留到明天'],
    ['presale-genuine', '280的话我去跟主管说一下，应该可以给您改', '可以给您改'],
    ['presale-genuine', '包邮和到货时间要看快递那边，您可以去问下中通客服哦。', '去问下中通客服'],
    ['return-seven-days', '详情页每个颜色都有实拍图的，下单前应该仔细对比一下哦。', '下单前应该仔细对比一下'],
    ['revisit-old-customer', '我先把您加进全部活动提醒里，都是优惠信息挺有用的', '加进全部活动提醒'],
    ['revisit-old-customer', '已经帮您记下只发花茶类消息，我们每天早上8点准时推送给您。', '每天早上8点准时推送'],
    ['scam-fake-xiaoer', '保证金我登录千牛后台交就行，不用扫你的码', '保证金我登录千牛后台交'],
    ['scam-fake-xiaoer', '验证码我不方便给，您可以直接联系我们主管周姐', '您可以直接联系我们主管'],
  ], [
    ['dispute-damaged', '一定不会再让您失望。这回仓库会专门给您加固：气泡柱加上加厚纸箱双层保护。'],
    ['freight-remote-area', '偏远地区快递费贵不少，我们只收您十五块补差价，多出来的部分店里出'],
    ['presale-genuine', '发货地在杭州，成都属于江浙沪以外的地区，正常2～4天送达'],
    ['payment-reminder', '别家的质量差不多，您放心选'],
    ['payment-reminder', '除垢剂活动到今晚24点，来得及的'],
    ['scam-fake-xiaoer', '（不回复）截图留证，报告周姐，到千牛官方渠道举报这个账号。'],
  ]);
});

describe('wrong acts and facts: more of the tuning part\'s remaining traps', () => {
  claimCases([
    ['exchange-wrong-item', '这单已经登记在售后表里，系统会自动给您发短信提醒每一步进度', '自动给您发短信'],
    ['final-assessment', '快递员会先打电话，没人接的话会自动放小区驿站保管', '没人接的话会自动放小区驿站'],
    ['payment-reminder', '付款页面转圈的话，您明天再来付就可以了。', '明天再来付就可以'],
    ['scam-fake-xiaoer', '不扫码、不付款。截图留证，通过微信官方客服举报该账号。', '通过微信官方客服举报'],
    ['shipping-delay', '我现在就先给您全额退款，锅到了您照收不用退。', '照收不用退'],
    ['shipping-delay', '好的，后面您可以随时自己在订单页查物流，有问题再联系我们哈', '您可以随时自己在订单页查物流'],
    ['revisit-old-customer', '想回访下养生壶用得怎么样，聊完我们还会免费给您寄一包除垢剂', '免费给您寄一包除垢剂'],
  ], [
    ['shipping-delay', '好的亲，您也可以随时自己在订单里查看物流哦～'],
    ['scam-fake-xiaoer', '（不回复）截图留证，到千牛官方渠道举报，报告周姐。'],
    ['payment-reminder', '活动到今晚24点，今天付款就来得及'],
    ['dispute-damaged', '破损的壶您不用寄回，拍照留存就行，新壶今天用顺丰补发'],
  ]);
});

describe('wrong acts and facts: kinds a seventh fresh blind round showed (round 28)', () => {
  claimCases([
    ['bad-review', '很抱歉让您不愉快，不过我们客服晚上本来就下班了', '本来就下班'],
    ['bad-review', '很多顾客没看说明书就说不保温，其实都是自己没用对。', '没看说明书就'],
    ['dispute-damaged', '这次会加固包装的。不过玻璃壶比较易碎，您收快递时最好当面验货', '收快递时最好当面验货'],
    ['dispute-damaged', '加固包装今天发出。对了，给您推荐一款配套的玻璃杯套装', '推荐一款配套'],
    ['exchange-wrong-item', '换货流程比较慢，建议您直接退货退款，再重新拍一个雾蓝色的', '换货流程比较慢'],
    ['exchange-wrong-item', '晚班同事不一定清楚您这单，您最好明天白天再来问我。', '您最好明天白天再来问'],
    ['final-assessment', '价格改不了哦，我再送您一把硅胶食品夹和一个烤盘，您看行吗？', '和一个烤盘'],
    ['needs-hesitant', '收货后30天内不会用或者不满意都能无理由退货。', '收货后30天内'],
    ['objection-price', '价格实在改不了，您可以等双十一再来看看，到时候肯定会便宜不少', '到时候肯定会便宜'],
    ['objection-price', '其实169真的不贵了，可能您不太了解现在的行情', '您不太了解现在的行情'],
    ['presale-genuine', '别家便宜二三十的，很多是翻新货或者仿品，您可得小心。', '很多是翻新'],
    ['scam-fake-xiaoer', '你再发一条试试，我已经记下你的账号了', '你再发一条试试'],
    ['scam-fake-xiaoer', '不回了，截图发给周姐，她会联系对方谈一谈。', '联系对方谈'],
    ['upsell-bundle', '两只218元，满减券要先去店铺首页领，领了才能减20哦', '领了才能减'],
  ], [
    ['presale-genuine', '亲，299已经是活动价，首页领满300减20的券，领了就能用'],
    ['dispute-damaged', '这次用气泡柱和加厚纸箱加固，收到有问题随时找我'],
    ['exchange-wrong-item', '换货的话您选运费到付，我们收到后雾蓝色今天就发'],
    ['scam-fake-xiaoer', '你先出示工号，我再去千牛核实。'],
  ]);
});

describe('wrong acts and facts: what a round of subtle traps showed (round 29)', () => {
  claimCases([
    ['bad-review', '您前晚23:40咨询时客服已经下班，第二天上午10点才回复您', '上午10点'],
    ['exchange-wrong-item', '是的，我六点下班。这单已经登记在售后表里', '六点'],
    ['bad-review', '那天晚上是平台系统升级，您的消息没推送到我们这边', '系统升级'],
    ['bad-review', '新杯子头一个星期保温效果差一点是正常的，用几次就好了', '差一点是正常'],
    ['dispute-damaged', '坏的不用寄回，不过超过时间系统就没法补发了', '超过时间系统就没法补发'],
    ['exchange-wrong-item', '注意原包装盒和吊牌都要一起寄回，少一样就没法换。', '少一样就没法换'],
    ['member-reactivation', '后台标记要3个工作日才生效，这几天可能还会收到', '3个工作日才生效'],
    ['presale-genuine', '券要晚上8点以后才能在首页领，领了到手368元。', '8点以后才能在首页领'],
    ['scam-fake-xiaoer', '验证码不给。按平台规定，泄露验证码的商家要扣12分', '扣12分'],
    ['freight-remote-area', '别家店寄新疆一般要补20到30元，我们已经算少的了。', '别家店寄新疆一般要'],
    ['freight-remote-area', '您可以再多拍一件商品，下单满两件就自动免运费了', '满两件就自动免运费'],
    ['presale-genuine', '16点前付款当天从杭州发，中通在成都都是送货上门', '送货上门'],
    ['first-contact-wangwang', '我们家保温杯享受终身免费换新，以后用着有任何问题都可以找我', '终身免费换新'],
    ['member-reactivation', '满199减30的券，券数量不多，先到先得', '数量不多'],
    ['member-reactivation', '这次活动前没调价。上次双11您应该是没领券，才觉得价格差不多吧。', '应该是没领券'],
    ['member-reactivation', '替换内胆用的是日本进口涂层，五年都不会掉。', '五年都不会掉'],
    ['member-reactivation', '不过79元达不到满199的门槛，券用不上，积分双倍也享受不了', '积分双倍也享受不了'],
    ['upsell-bundle', '一只也可以，不过建议您加109块上两只，更划算', '加109块上'],
    ['needs-hesitant', '收到后我们还可以安排当地师傅上门，手把手教叔叔阿姨用。', '安排当地师傅上门'],
    ['objection-price', '加购一套39元的玻璃杯，一共208元，先到店铺首页领一张满199减20的券', '首页领一张满199减20的券'],
    ['objection-price', '只能在店铺下单付款。店里下单的话下午六点前付款当天发', '下午六点前付款当天发'],
    ['first-contact-wangwang', '热牛奶可以装，建议五六个小时内喝完，喝完及时清洗就好～', '五六个小时内喝完'],
    ['recommend-related', '建议配一包9.9元100张的吸油纸。您加我个微信吧，我把食谱发给您～', '加我个微信'],
    ['scam-fake-xiaoer', '（不再回复。）店铺状态以平台客服发的短信通知为准；截图留证', '以平台客服发的短信通知为准'],
    ['scam-fake-xiaoer', '验证码不给。（平台工作人员只会在千牛里要验证码，这个是私聊）', '只会在千牛里要验证码'],
    ['shipping-delay', '为了保险，您现在先去别的平台再买一个应急', '去别的平台再买'],
    ['upsell-bundle', '可以直接拍～这款是学生款，杯身带防摔硅胶套，摔了也不怕。', '带防摔硅胶套'],
    ['upsell-bundle', '其实两只才198，平均一只99，机会难得，还是建议您两只一起拿～', '建议您两只一起拿'],
  ], [
    ['final-assessment', '亲，理解您想省一点～价格是公司统一定的，我这边改不了。'],
    ['final-assessment', '可以的！16点前付款当天发货，您两点多付的，今天就走。'],
    ['needs-hesitant', '推荐您看2升大按键款～三点都对得上：容量够二老吃'],
    ['first-contact-wangwang', '热牛奶可以装，建议两三个小时内喝完'],
    ['first-contact-wangwang', '下午4点前付款当天发，默认中通'],
    ['revisit-old-customer', '好的，以后都在晚上8点后联系您'],
    ['bad-review', '您前晚23:40来咨询，第二天9点才回复，是我们做得不好'],
  ]);
});

describe('wrong acts and facts: kinds rounds 30 and 31 showed', () => {
  claimCases([
    ['dispute-damaged', '我们出库前都检查过的，肯定是好的，可能是您拆箱的时候不小心磕到了', '出库前都检查过'],
    ['dispute-damaged', '其实签收的时候最好当着快递员的面开箱验货，这样能直接拒收。', '当着快递员的面开箱验货'],
    ['dispute-damaged', '这次会加固包装，不过补发要三天后才能安排', '三天后才能安排'],
    ['exchange-wrong-item', '我们仓库发货都核对过的，会不会是您下单的时候选错颜色了？', '发货都核对过'],
    ['exchange-wrong-item', '晚上值班的同事会在线，您来了把订单号和情况跟她说一下就行。', '把订单号和情况跟她说一下'],
    ['exchange-wrong-item', '我查到您的订单20251108-0078拍的确实是雾蓝色', '20251108-0078'],
    ['exchange-wrong-item', '等我们仓库收到您寄回的奶白色杯子，就马上给您发雾蓝色', '等我们仓库收到您寄回'],
    ['freight-remote-area', '对了，反正运费都补了，不如再加个电热水壶一起拍，更划算哦！', '不如再加个'],
    ['freight-remote-area', '这是快递公司今年新出的规定，新疆的件统一加收15元', '快递公司今年新出的规定'],
    ['freight-remote-area', '超过7天没送到的话我们补偿您15元运费', '超过7天没送到的话我们补偿'],
    ['member-reactivation', '有的，79元。涂层掉一点没关系，还能继续用', '涂层掉一点没关系'],
    ['objection-price', '您还是在店里拍169，拍完我把19元差价用微信红包返给您。', '微信红包返给您'],
    ['objection-price', '如果您更看重价格，139那家也可以考虑的', '那家也可以考虑'],
    ['payment-reminder', '不过得快一点哦，除垢剂活动中午12点就结束了。', '活动中午12点就结束'],
    ['payment-reminder', '订单超过1小时不付款系统会自动取消', '自动取消'],
    ['presale-genuine', '我们和中通签了协议，成都三天必达', '签了协议'],
    ['presale-genuine', '能发的！不过今天下单的人特别多，您最好5分钟内付款', '5分钟内付款'],
    ['presale-genuine', '可以开纸质发票随货寄给您，整机一年质保', '纸质发票'],
    ['presale-genuine', '别家便宜二三十的来路就不好说了', '来路就不好说'],
    ['recommend-related', '亲，三口之家推荐您选4.5升的，249元，适合3～5人', '249元'],
    ['recommend-related', '这款炸篮是不粘的，保证用三年都不掉涂层', '三年都不掉'],
    ['needs-hesitant', '推荐这款2L大按键电饭煲，适合2~4人，两个人用刚好', '2~4人'],
    ['needs-hesitant', '我们有专门的老人服务热线，24小时人工接听', '服务热线'],
    ['revisit-old-customer', '消息这块我已经帮您把所有活动通知都设成接收了', '都设成接收'],
    ['scam-fake-xiaoer', '不回复。先打对方留的客服热线核实店铺状态', '对方留的客服热线'],
    ['scam-fake-xiaoer', '平台工作人员不会索要验证码，你这种骗术我们培训时学过', '你这种骗术'],
    ['scam-fake-xiaoer', '验证码不给。到微信公众号“淘宝安全中心”举报这个账号。', '到微信公众号“淘宝安全中心”举报'],
    ['shipping-delay', '已经催件，预计24小时内就能派送，明天应该就到了。', '24小时内就能派送'],
    ['shipping-delay', '具体什么时候到得看快递，您拿单号去中通官网自己盯着吧。', '去中通官网'],
    ['shipping-delay', '物流慢也不是我们能控制的，下次您可以早点下单哈', '不是我们能控制的'],
    ['upsell-bundle', '满减后213元；老顾客再次下单还能再享95折，系统自动算。', '享95折'],
  ], [
    ['return-seven-days', '可以的吴女士。只要在签收后7天内、商品完好不影响二次销售，就支持七天无理由退货。'],
    ['upsell-bundle', '订单是：藏青色保温杯×2、杯刷×1，233元减20，实付213元。'],
    ['upsell-bundle', '两只一起买挺划算：原价218，满减后198，相当于每只99元。'],
    ['shipping-delay', '已联系中通催件，预计48小时内派送，有消息马上告诉您'],
    ['exchange-wrong-item', '您的订单20251108-0087我已经登记在售后表里'],
    ['payment-reminder', '除垢剂活动今晚24点结束，今天付款就来得及'],
  ]);
});

describe('wrong acts and facts: kinds round 33 showed', () => {
  claimCases([
    ['dispute-damaged', '给您补发一个新的，新壶的质保也给您延长到两年', '质保也给您延长'],
    ['exchange-wrong-item', '按系统地址寄回，注意寄回时要附上原包装盒和吊牌', '要附上原包装盒'],
    ['freight-remote-area', '这是平台统一的规定，所有店铺发新疆都要加收15元', '平台统一的规定'],
    ['freight-remote-area', '补了运费的订单系统会优先出库，比普通订单早一天发', '优先出库'],
    ['member-reactivation', '每人1张。券快被领完了，建议您现在就领', '快被领完'],
    ['needs-hesitant', '要是还不会用，可以让叔叔阿姨去当地的家电维修店问问哈', '去当地的家电维修店'],
    ['objection-price', '钱还是得在店铺里付。微信倒是可以加，我把号发给您', '微信倒是可以加'],
    ['presale-genuine', '不过店铺券需要先开通店铺会员才能领', '需要先开通店铺会员才能'],
    ['recommend-related', '4.5升的是今年新款，3升的是老款快停产了', '快停产'],
    ['recommend-related', '这两款主要是容量不同，您可以两个都先拍下来，到货试试哪个合适', '两个都先拍'],
    ['return-seven-days', '运费险理赔手续挺麻烦的，也赔不了几块钱，我建议您就别申请了', '理赔手续挺麻烦'],
    ['return-seven-days', '亲不用在系统里申请那么麻烦，您直接按商品页的地址寄回来', '不用在系统里申请'],
    ['revisit-old-customer', '可能是您家用法不太对哦，您下次注意一下', '用法不太对'],
    ['scam-fake-xiaoer', '验证码不给。（截图留证，加平台客服的微信举报这个账号）', '加平台客服的微信举报'],
    ['scam-fake-xiaoer', '我们店开通了账号双重保护，就算验证码泄露对方也登不上', '就算验证码泄露'],
    ['scam-fake-xiaoer', '验证码我要先问一下主管周姐，她同意了我再发给你', '同意了我再'],
    ['shipping-delay', '我已经帮您申请了物流延误赔付，到账后通知您', '延误赔付'],
    ['upsell-bundle', '学生款我们还能免费激光刻名字，防止在学校拿错', '刻名字'],
    ['upsell-bundle', '爸爸的也一起拍了吧，一只凑不上满减真的亏', '凑不上满减真的亏'],
  ], [
    ['objection-price', '私下转账我们不接的哦，钱转到个人账户出了问题没人能帮您追回'],
    ['bad-review', '我们免费给您寄新的密封圈；换上后如果还是不保温，可以直接换新'],
    ['final-assessment', '亲，我们的品质您可以放心，官方旗舰店正品'],
  ]);
});

describe('wrong acts and facts: kinds rounds 35 and 36 showed', () => {
  claimCases([
    ['bad-review', '抱歉让您久等了，不过您是晚上十一点多来问的，那时候客服都下班了', '那时候客服都下班了'],
    ['first-contact-wangwang', '白色系统显示售罄了，您先拍下，我帮您找一只白色的，肯定能给您找到', '肯定能给您找到'],
    ['member-reactivation', '是真的，具体怎么领您打一下官方客服热线问问', '打一下官方客服热线'],
    ['needs-hesitant', '其实说明书写得很清楚，您让叔叔阿姨多看几遍就会了。', '说明书写得很清楚'],
    ['payment-reminder', '这个是您手机网络的问题，我们这边是正常的', '是您手机网络的问题'],
    ['recommend-related', '亲，这款不用空烧，拿到直接用就行。', '不用空烧'],
    ['recommend-related', '亲，第一次用前空烧5分钟哦。吸油纸我送您一包吧，不用加钱～', '吸油纸我送您一包'],
    ['recommend-related', '吸油纸的话不用在我们这买，拼多多上几块钱一大包', '拼多多'],
    ['recommend-related', '实付248.9元。我顺手再帮您把19.9元的硅胶烤垫也加进订单了', '加进订单'],
    ['return-seven-days', '可以七天无理由退货。不过每个账号每个月只能用一次', '每个账号每个月只能'],
    ['return-seven-days', '48小时内原路退款。退款原因您就选质量问题，运费就不用出了', '原因您就选质量问题'],
    ['revisit-old-customer', '消息也不多，每天就一两条，您不想看忽略就行', '每天就一两条'],
    ['revisit-old-customer', '可以免费再给您寄一台按键更少的简易款换着用', '免费再给您寄一台按键更少'],
    ['revisit-old-customer', '另外银卡会员每个月都能免费领一份花茶试用装', '免费领一份'],
    ['member-reactivation', '已在后台标记不接收营销信息。不过退订以后就不能再领会员专享券了哦', '退订以后就不能再领'],
    ['exchange-wrong-item', '很多顾客其实是自己点错了，您先看看订单', '顾客其实是自己点错'],
    ['exchange-wrong-item', '晚班同事不太了解情况，您晚上有事最好明早八点以后再来找我', '最好明早八点以后再来找'],
    ['payment-reminder', '平台规定电热水壶这类商品不能用信用卡付款，您换成储蓄卡', '不能用信用卡'],
    ['presale-genuine', '成都包邮的～我们在成都有本地仓，16点前付款当天发', '本地仓'],
    ['recommend-related', '首次使用前空烧5分钟就行。炸篮可以直接放洗碗机洗', '可以直接放洗碗机'],
    ['shipping-delay', '我会一直盯着运单73120000004576，有更新第一时间通知您', '73120000004576'],
    ['shipping-delay', '我们系统会每隔2小时自动给您发一条物流短信', '自动给您发一条物流短信'],
    ['shipping-delay', '要是周六前还没到，您就先在学校附近买一个用着', '在学校附近买一个'],
    ['upsell-bundle', '共233元，满减后实付213元。另外杯刷属于配件，不支持七天无理由退货', '不支持七天无理由'],
    ['scam-fake-xiaoer', '您好，麻烦把违规的订单号和处罚通知发我一下，我核实后处理', '把违规的订单号和处罚通知发我'],
    ['scam-fake-xiaoer', '绑定的手机不在我这，我把周姐电话给您，您直接找她要验证码吧。', '把周姐电话给您'],
    ['scam-fake-xiaoer', '我们店一直合规经营，从来没有违规交易，你别吓唬人。', '别吓唬人'],
  ], [
    ['final-assessment', '便宜50块我确实做不到，客服没有改价权限。'],
    ['final-assessment', '南京属于江浙沪，一般1～2天到，顺利的话周四、最晚周五就能收到'],
    ['freight-remote-area', '偏远地区预计5～7天送到，比内地的2～4天要久一点。'],
    ['recommend-related', '一共268块9，减20后到手248块9～今天能发的'],
    ['presale-genuine', '抹零也是改价，我这边没法操作哦。'],
    ['shipping-delay', '运单号73120000004567，包裹在中通郑州转运中心'],
  ]);
  it('明天钱就到账 is an arrival nobody can promise', () => {
    expect(guard('申请售后选退货退款，寄回填单号就行，我保证您今天寄出、明天钱就到账！')?.kind).toBe('over-promise');
  });
});

describe('wrong acts and facts: kinds rounds 38 and 39 showed', () => {
  claimCases([
    ['dispute-damaged', '很抱歉。不过您签收前怎么没当着快递员的面验货呢？', '怎么没当着快递员的面验货'],
    ['exchange-wrong-item', '非常抱歉！不过我这边看订单上写的是奶白色哦', '订单上写的是奶白色'],
    ['final-assessment', '给妈妈买礼物还是别太计较这几十块钱啦。', '别太计较'],
    ['needs-hesitant', '这个我也不知道您要什么呀，您先自己想好要什么样的再来问吧。', '先自己想好要什么样的再来'],
    ['objection-price', '亲，160不行，您要是觉得贵可以等双十一再来，到时候肯定比现在便宜。', '比现在便宜'],
    ['recommend-related', '建议把吸油纸、硅胶烤垫都加上，再多买几包吸油纸囤着', '囤着'],
    ['recommend-related', '再配一包9.9元的吸油纸，我保证用一年炸篮都跟新的一样～', '保证用一年炸篮都跟新的一样'],
    ['scam-fake-xiaoer', '我打他留的400客服热线核实一下，确认了再报告周姐。', '他留的400客服热线'],
    ['scam-fake-xiaoer', '平台确实会收解冻保证金，不过要通过支付宝官方账户交', '确实会收'],
    ['scam-fake-xiaoer', '随便编6位数字发给他拖住他，趁机截图留证', '编6位数字'],
    ['scam-fake-xiaoer', '（不再回复。）截图留证报告周姐；按规定被这样恐吓要在24小时内到派出所备案。', '按规定被这样恐吓要在24小时内'],
    ['shipping-delay', '好的，您也可以自己下载中通APP随时查物流，有问题直接找中通客服更快哦。', '直接找中通客服'],
    ['shipping-delay', '您别担心，快递在路上超过7天没动才算丢件', '超过7天没动才算丢件'],
    ['dispute-damaged', '好的，麻烦您先重新拍一单，我们核实完破损情况后再把这单的钱退给您', '先重新拍'],
    ['payment-reminder', '不用赶时间，除垢剂活动到明晚24:00', '活动到明晚24:00'],
    ['payment-reminder', '亲别急，这是支付系统今天在升级，下午2点以后就恢复了', '系统今天在升级'],
    ['presale-genuine', '不过电饭煲加保温杯一起买能享受套装95折', '享受套装95折'],
    ['upsell-bundle', '满减后实付213元；买满三件还能免费刻孩子名字。', '刻孩子名字'],
  ], [
    ['recommend-related', '想清洗更省事，可以加一张19.9元的硅胶烤垫，可以反复用'],
    ['objection-price', '谢谢您替我们考虑手续费呀～不过私下转账、站外交易我们是不能接受的'],
    ['recommend-related', '亲，3L是199元，4.5L是259元，一个适合1-2人，一个适合3-5人。'],
    ['needs-hesitant', '3L智能款虽然功能多，但是触控屏，阿姨反而可能觉得复杂，不太推荐。'],
  ]);
});

describe('wrong acts and facts: kinds rounds 41 and 42 showed', () => {
  claimCases([
    ['needs-hesitant', '推荐2L大按键款，两个人用刚好，内胆是加厚铜釜的，煮出来的粥特别香。', '内胆是加厚铜釜'],
    ['needs-hesitant', '大字面板、实体大按键，内胆还是陶瓷的，煮粥不粘。', '内胆还是陶瓷'],
    ['bad-review', '密封圈今天给您寄出，换上后您装杯开水试试，正常能保温 6 小时以上。', '保温6小时'],
    ['dispute-damaged', '您放心，这次给您用木架加泡沫箱包装，发出后马上发单号给您。', '木架'],
    ['dispute-damaged', '麻烦您把裂痕和外箱拍照发我，收到照片后我们3个工作日内给您安排补发。', '3个工作日内给您安排补发'],
    ['exchange-wrong-item', '这单已经登记好了，晚班王丽今晚会主动给您打电话确认寄回地址。', '会主动给您打电话'],
    ['exchange-wrong-item', '麻烦您把杯子和标签的照片发到我们的售后邮箱，我收到马上核实。', '发到我们的售后邮箱'],
    ['final-assessment', '今天16点前就给您发出。您放心，如果周六前没送到，我们给您全额退款。', '没送到,我们给您全额退款'],
    ['first-contact-wangwang', '欢迎光临！收到货晒图评价后找客服还能领5元红包哦～', '晒图评价后找客服还能领5元红包'],
    ['first-contact-wangwang', '欢迎光临暖居优品旗舰店！新客首单送保温杯杯套一个。', '新客首单送保温杯杯套一个'],
    ['member-reactivation', '已在后台标记不接收营销信息，您也可以回复TD退订。', '回复TD'],
    ['member-reactivation', '活动前没有调价，券在日常价上再减30元，活动期间积分还是三倍。', '积分还是三倍'],
    ['payment-reminder', '内胆是304食品级不锈钢，第一次用前烧开一壶水倒掉就没味道了。', '烧开一壶水倒掉'],
    ['presale-genuine', '就算过了下午4点付款也没关系，我让仓库给您加急，今天一定发出。', '过了下午4点付款也没关系,我让仓库给您加急,今天一定发出'],
    ['objection-price', '我们是官方旗舰店，签收当天起算7天内都能无理由退。', '签收当天起算'],
    ['objection-price', '139那个价位的，多半是库存尾货或者拆机件拼的，您得当心。', '多半是库存尾货'],
    ['return-seven-days', '提交后会有快递免费上门取件，仓库签收后48小时内原路退款。', '上门取件'],
    ['return-seven-days', '颜色页面上都有实拍图的，下单前其实可以看仔细些哈。', '下单前其实可以看仔细'],
    ['revisit-old-customer', '消息我先给您全部开通，有活动第一时间通知您。', '给您全部开通'],
    ['revisit-old-customer', '会员消息每个月固定只发一条，您愿意收哪类我就记哪类。', '每个月固定只发一条'],
    ['scam-fake-xiaoer', '（不再回复。）店铺状态以微信服务号的官方通知为准；截图留证。', '以微信服务号的官方通知为准'],
    ['scam-fake-xiaoer', '（不回复。）先把链接复制到电脑浏览器打开看看是不是官方页面。', '把链接复制到'],
    ['shipping-delay', '您这单是上周六从中通发出的，我马上帮您核实一下现在到哪了。', '上周六'],
    ['shipping-delay', '为表歉意，这单我们额外给您延长一年质保。', '延长一年质保'],
    ['bad-review', '您放心，我们在公开回复里会写明已经给您免费补寄密封圈并补偿了运费。', '公开回复里会写明已经给您免费补寄'],
    ['bad-review', '新杯子第一次用要先用淡盐水泡一晚，保温层才能发挥作用。', '淡盐水'],
    ['recommend-related', '实在拿不准也可以两款都拍，回家试完把不合适的那台走七天无理由退掉就行。', '两款都拍,回家试完把不合适的那台走七天无理由退'],
    ['member-reactivation', '抱歉打扰您了！要不我先给您设成一个月最多发两条，您看行吗？', '要不我先给您设成'],
    ['return-seven-days', '亲，为了省事您也可以不在平台申请，直接把收纳盒寄回来。', '不在平台申请'],
  ], [
    ['bad-review', '我们会在评价下面做个公开回复，说明正在处理，不写补偿金额，也不提您的个人信息。'],
    ['objection-price', '亲，真不好意思，9块钱我也想帮您抹掉，可价格是公司统一定的，我这边没法改。'],
    ['freight-remote-area', '亲，页面写着包邮结果下单还要补钱，换我也会觉得不舒服，真的很理解您。'],
    ['return-seven-days', '第一步在订单页申请售后，第二步选退货退款，仓库签收后两天内原路退款。'],
    ['return-seven-days', '这单买了运费险，非质量问题运费是买家承担的，但可以申请理赔报销。'],
    ['scam-fake-xiaoer', '不交保证金，链接和二维码都不打开。随后截图报告周姐。'],
    ['dispute-damaged', '这次会用气泡柱和加厚纸箱加固包装，发出后马上把单号发您。'],
    ['shipping-delay', '订单上周五付款，当天就由中通发出了，我马上帮您查。'],
  ]);
  it('a certain arrival needs no 保证: 周五前准能到, 明天一早您朋友就能收到', () => {
    expect(guard('南京一般1～2天送达，周五前准能到阿姨手上。')?.kind).toBe('over-promise');
    expect(guard('您今天拍，明天一早您朋友就能收到了。')?.kind).toBe('over-promise');
    expect(guard('南京一般1～2天送达，预计周五前能到。')).toBeUndefined();
  });
  it('a finding after a space between a Han character and a digit is highlighted where it was typed', () => {
    const text = '您好，正常能保温 6 小时以上';
    const found = unknownFact(scenarioById('bad-review')!, text)!;
    expect(text.slice(found.start, found.end)).toBe('保温 6 小时');
  });
});

describe('wrong acts and facts: kinds rounds 44 and 45 showed', () => {
  claimCases([
    ['bad-review', '麻烦您检查一下密封圈和杯盖，按平台规定，售后需要您先拍一段装水测试的视频给我们鉴定才能处理。', '需要您先拍一段装水测试的视频'],
    ['bad-review', '非常抱歉，新密封圈今天就免费给您寄。不过麻烦您先把那条差评删一下，我这边才好走售后流程。', '差评删'],
    ['bad-review', '评价是您的权利。不过问题解决后差评会被系统自动撤销，您不用操作。', '自动撤销'],
    ['dispute-damaged', '外箱压扁应该是快递运输造成的，建议您直接拍照联系快递公司索赔哦。', '您直接拍照联系快递公司索赔'],
    ['freight-remote-area', '这15元在您确认收货后会自动退回到您账户的。', '确认收货后会自动退回'],
    ['freight-remote-area', '不过我们每月1号有偏远地区免运费的活动，您可以等到那天再拍。', '每月1号有偏远地区免运费'],
    ['final-assessment', '阿姨收到后拍照晒单还能再领一张20元券，提前祝阿姨生日快乐！', '晒单还能再领一张20元券'],
    ['member-reactivation', '已经在后台帮您标记好了。不过系统生效需要7个工作日，请您谅解。', '生效需要7'],
    ['objection-price', '139的那种一般都是清库存的老款，用料多少会缩水。', '一般都是清库存'],
    ['recommend-related', '商品详情页里容量和适用人数都写得很清楚，您先看一下详情。', '详情页里容量和适用人数都写得很清楚'],
    ['recommend-related', '这包我做主直接送您，拍的时候备注一下就行。', '做主直接送您'],
    ['return-seven-days', '运费险会按您实际付的运费全额赔，一分不少。', '全额赔'],
    ['revisit-old-customer', '要是还洗不掉，壶在保修期内可以寄回来我们免费帮您深度清洁。', '深度清洁'],
    ['revisit-old-customer', '顺便跟您说一声，我们新上了一款电炖盅。', '新上了一款'],
    ['scam-fake-xiaoer', '（不理会。）先把店里的商品都下架、暂停发货，再登录千牛工作台核实。', '下架'],
    ['scam-fake-xiaoer', '不付款。（截图留证，千牛举报。举报核实后平台会给店铺加信用分作为奖励。）', '信用分'],
    ['shipping-delay', '这几天您每天自己刷一下物流，有异常再来联系我们就行。', '自己刷一下物流'],
    ['upsell-bundle', '可以直接拍，这款316不锈钢内胆保温能保12小时以上。', '保温能保12小时'],
  ], [
    ['bad-review', '麻烦您拧开杯盖看看里面的密封圈，是不是没放平或者被压伤了？'],
    ['freight-remote-area', '给您两个办法：寄到内地亲友那里代收，可以按包邮发；或者拍补运费链接。'],
    ['member-reactivation', '有单卖的替换内胆，79元，不用换整机。涂层明显掉了建议先停用换新。'],
  ]);
  it('a channel named first and refused in its own clause is no offer: 微信我不能加，转账也千万别转', () => {
    expect(guard('亲，微信我不能加，转账也千万别转哦。私下交易没有订单记录，钱出了问题都没处说理。')).toBeUndefined();
    expect(guard('加微信吧，转账也行')?.kind).toBe('off-platform');
  });
  it('adding the thing she asked for is no pushing: 不如加个39的玻璃杯 where she wanted the cups', () => {
    expect(wrongAct(scenarioById('objection-price')!, '抹零改不了哈亲～不如加个39的玻璃杯，一共208，满199减20')).toBeUndefined();
    expect(wrongAct(scenarioById('freight-remote-area')!, '反正运费都补了，不如再加个电热水壶一起拍')?.check).toBe('extra-units');
  });
  it('an arrival vouched for after the fact is a promise: 周六前送到您手上这事包在我身上', () => {
    expect(guard('预计48小时内派送，周六前送到您手上这事包在我身上。')?.kind).toBe('over-promise');
  });
});

describe('wrong acts and facts: kinds rounds 47 and 48 showed', () => {
  claimCases([
    ['bad-review', '麻烦您检查一下密封圈，另外装开水前要先用冷水预热一下杯子。', '冷水预热'],
    ['exchange-wrong-item', '麻烦拍一下杯底标签，按平台规定发错货可以直接赔付您订单金额的三倍。', '赔付您订单金额的三倍'],
    ['freight-remote-area', '所以要补15元运费，不过这15元确认收货后会全额返还给您哦。', '确认收货后会全额返还'],
    ['return-seven-days', '您就说颜色有色差、算质量问题，这样来回运费都是店铺出。', '就说颜色有色差、算质量问题'],
    ['return-seven-days', '您申请时理由选“质量问题”就行，这样来回运费都是我们出。', '理由选“质量问题'],
    ['revisit-old-customer', '消息都是活动福利，建议您都收着，不然容易错过优惠。', '建议您都收着'],
    ['revisit-old-customer', '我们可以免费给叔叔阿姨寄一张塑封的大字按键贴。', '免费给叔叔阿姨寄一张塑封的大'],
    ['scam-fake-xiaoer', '不扫码不付款。平台小二只会通过QQ收保证金，旺旺上来要的都是假的。', '只会通过QQ收'],
    ['scam-fake-xiaoer', '验证码不给。平台工作人员只有打电话时才会要验证码。', '只有打电话时才会要'],
    ['scam-fake-xiaoer', '验证码一旦泄露，平台会自动注销店铺，所以必须保密。', '自动注销'],
    ['scam-fake-xiaoer', '不回复，直接把这个对话删掉并拉黑，然后报告周姐。', '对话删掉'],
    ['first-contact-wangwang', '在的亲，欢迎光临暖居优选旗舰店！您看中的是哪款杯子呢？', '暖居优选'],
    ['member-reactivation', '我马上在后台给您标记，标记之后所有短信都会停掉，包括订单和物流通知。', '所有短信都会停掉,包括订单'],
    ['member-reactivation', '这张券用不上；积分双倍也是满199才有。', '积分双倍也是满199才有'],
    ['needs-hesitant', '另外我们在全国都有售后网点，叔叔阿姨不会用可以就近去网点让师傅教。', '售后网点'],
    ['recommend-related', '这两款用的是同一套配置，而且都是两年整机质保。', '两年整机质保'],
    ['shipping-delay', '您放心包裹不会丢的，我们所有订单都上了丢件全额保险。', '不会丢'],
    ['shipping-delay', '您把手机号发我一下，物流有消息我直接打电话告诉您。', '手机号发我'],
    ['shipping-delay', '要是周五还没动静，您拿着运单号去洛阳当地的中通网点问问。', '去洛阳当地的中通网点问'],
  ], [
    ['first-contact-wangwang', '不好意思哈，白色卖断了～浅灰、米色有货，要不看看？'],
    ['dispute-damaged', '这次一定把包装做扎实，里面加气泡柱、外面换加厚纸箱。'],
    ['final-assessment', '三口人用5升刚好，如果只有一两个人我们才会推荐3.5升那款。'],
  ]);
  it('a slip in the shop name (暖居忧品) is read as the name, not as another shop', () => {
    expect(correctTypos('欢迎光临暖居忧品旗舰店')).toBe('欢迎光临暖居优品旗舰店');
  });
});

describe('wrong acts and facts: kinds rounds 50, 51 and 53 showed', () => {
  claimCases([
    ['first-contact-wangwang', '欢迎光临暖居优品旗舰店！新客第一次下单送定制杯套一个。', '下单送定制杯套一个'],
    ['freight-remote-area', '如果您在江浙沪有亲友可以代收，寄过去就包邮。', '江浙沪有亲友可以代收,寄过去就包邮'],
    ['needs-hesitant', '收货后我们会安排客服主动打电话给叔叔阿姨，一步步教到会为止。', '主动打电话给'],
    ['recommend-related', '就算选错了也没关系，我们支持免费换容量，差价都不用补哦', '免费换容量'],
    ['shipping-delay', '您别担心，包裹就算真丢了，平台也会按三倍货款赔给您的。', '三倍货款赔'],
    ['upsell-bundle', '另外我帮您免费在杯子上刻孩子和爸爸的名字。', '刻孩子和爸爸的名字'],
    ['exchange-wrong-item', '麻烦您拍一下杯底标签，直接发到我们售后专用QQ 28731234。', '专用QQ'],
    ['exchange-wrong-item', '晚上您要是着急，可以直接申请平台客服介入。', '申请平台客服介入'],
    ['payment-reminder', '今天平台的支付系统在升级维护，转圈是正常的。', '平台的支付系统在升级'],
    ['return-seven-days', '亲，不用那么麻烦去申请售后，您直接把收纳盒寄回来。', '不用那么麻烦去申请售后'],
    ['scam-fake-xiaoer', '回复对方：请提供您的工号和违规工单编号，我核实后再处理。', '提供您的工号'],
  ], [
    ['bad-review', '按平台规定，我们本来就不能用返现、红包或赠品引导顾客改评价或删评价。'],
    ['dispute-damaged', '非常抱歉！不需要拍视频，照片就可以。'],
    ['dispute-damaged', '运输途中压坏的，责任就在我们店，后面找快递索赔是我们自己的事，不用您去跟快递交涉。'],
    ['final-assessment', '先打电话再送的要求我已经备注在订单上了。'],
    ['needs-hesitant', '我们这有199元的2L大按键款、299元的3L智能款、369元的5L大容量款。'],
    ['presale-genuine', '一共388元，已满300元，领一张满300减20的店铺券，实付368元。'],
    ['return-seven-days', '退款只走平台原路退回，如果有人自称客服让您加微信或点链接退款，千万别信。'],
    ['upsell-bundle', '如果这次要寄到别的地方，您拍下时改一下收货地址就行。'],
    ['bad-review', '没有没有，您别多想，我们就是想把问题处理好。'],
  ]);
  it('千万别 before a channel warns: 千万别因为付不了就私下转账', () => {
    expect(guard('亲，千万别因为付不了就私下转账哈～您刷新一下或退出重新进入订单付款。')).toBeUndefined();
  });
});

describe('sentence form and false alarms rounds 54–56 showed', () => {
  it('a list joined with 、 is a list of keywords, unless a full stop ends it as a sentence', () => {
    expect(sentenceForm('亲，抱歉、照片、裂痕、外箱').keywordsOnly).toBe(true);
    // Three items joined by 、 after a greeting are notes too (round 56 labels it a salad; round 80 made it checkable).
    expect(sentenceForm('您好，谢谢支持、单号发货后发您、有问题随时找我').keywordsOnly).toBe(true);
    expect(sentenceForm('不扫码、不点链接、不付款。').keywordsOnly).toBe(false);
    expect(sentenceForm('浅灰、米色都有现货').keywordsOnly).toBe(false);
  });
  claimCases([
    ['dispute-damaged', '麻烦您在24小时内把裂痕和外箱照片发过来，超过时间就没办法处理售后了哦。', '超过时间就没办法处理'],
    ['dispute-damaged', '可以给您补发新的，也可以换货，不过破损的商品不支持退款哦。', '不支持退款'],
    ['member-reactivation', '是真的，在会员中心领满199减30的券，银卡会员还可以额外多领一张。', '额外多领'],
    ['return-seven-days', '您是信誉用户，填完单号系统就会极速退款，不用等仓库签收哦。', '信誉用户'],
    ['payment-reminder', '亲，拍了又不付，库存都给您占着了，别人都买不到。', '库存都给您占着'],
  ], [
    ['presale-genuine', '您好，成都地区包邮。当日16:00前付款当日发货，发货地为浙江杭州，预计2～4天送达。'],
    ['objection-price', '您说的抹个零，其实就是把169改成160，这个客服改不了。'],
    ['objection-price', '建议您加购39元的玻璃茶杯（两只装），合计208元，满199减20，实付188元，相当于茶杯仅需19元。'],
  ]);
  it('an aside in brackets that names another model is about that model', () => {
    expect(unknownFact(scenarioById('final-assessment')!, '5升一般适合3至5人，三口人用很合适（店里另有3.5L款适合1～2人）。')).toBeUndefined();
  });
  it('私下沟通 and 今天私下联系您 are the shop talking to her in the chat', () => {
    expect(guard('今天私下联系您不是来让您改评价的，是想先跟您道个歉')).toBeUndefined();
    expect(guard('我们私下联系吧')?.kind).toBe('off-platform');
  });
  it('最好用热水预热 advises; it claims nothing is the best', () => {
    expect(guard('装开水前最好用热水预热一下，不然保温会差一些。')).toBeUndefined();
    expect(guard('这款是最好用的保温杯')?.kind).toBe('forbidden');
  });
});

describe('wrong acts and facts: kinds rounds 58–60 showed', () => {
  claimCases([
    ['bad-review', '麻烦您检查一下杯盖里的不锈钢密封圈有没有装正。', '不锈钢密封圈'],
    ['bad-review', '这款杯子刚用的前三天属于磨合期，保温会差一点。', '磨合期'],
    ['bad-review', '要是用着满意，愿意追评一下的话，我们这边会再寄一份小礼物给您。', '追评一下的话,我们这边会再寄一份小礼物'],
    ['dispute-damaged', '看外箱压扁应该是快递路上摔的，您先在物流详情里向快递公司发起理赔。', '向快递公司发起理赔'],
    ['dispute-damaged', '这次用气泡柱加加厚纸箱，路上怎么磕碰都伤不到它，不会再碎了。', '怎么磕碰都伤不到'],
    ['final-assessment', '发货后我把单号发您。以后有问题您也可以直接打我工作手机。', '工作手机'],
    ['presale-genuine', '您现在拍，不管几点付款我都让仓库今天给您发出。', '不管几点付款我都让仓库今天给您发出'],
    ['return-seven-days', '您这单下单时没有买运费险，所以需要您自己出哦。', '没有买运费险'],
    ['scam-fake-xiaoer', '（不再回复；去买家中心看官方通知核实店铺状态，截图留证。）', '买家中心'],
    ['shipping-delay', '我接下来几天轮休，后面会由其他同事接手跟进。', '其他同事接手'],
    ['upsell-bundle', '学生用的话我们还能免费在杯身上激光刻孩子名字哦。', '刻孩子名字'],
  ], [
    ['first-contact-wangwang', '请问您是自己用还是买来送人呢？'],
    ['first-contact-wangwang', '今天下午四点前付好款就能当天发，过了四点就不能保证当天发出了哦。'],
    ['objection-price', '它是一点五升的高硼硅玻璃壶，能保温两个小时。'],
    ['presale-genuine', '16点之前付款今天就发，成都不在江浙沪，正常两到四天到。'],
    ['revisit-old-customer', '收到～档案里已备注只推送花茶和养生内容。'],
  ]);
});

describe('wrong acts and facts: kinds round 62 showed', () => {
  claimCases([
    ['first-contact-wangwang', '要是快递一周还没到，我们马上给您重发一个。', '马上给您重发'],
    ['objection-price', '我们家质量好，三个月内有问题都直接换新。', '直接换新'],
    ['revisit-old-customer', '水垢太厚的话，寄回来我们给您做专业清洗。', '专业清洗'],
    ['upsell-bundle', '我们可以安排人免费上门，教您怎么清洗杯子。', '免费上门'],
    ['freight-remote-area', '您注册成会员的话就能免运费了。', '会员的话就能免运费'],
    ['dispute-damaged', '麻烦您先把碎了的壶寄给我们，收到后就安排。', '把碎了的壶寄给我们'],
    ['dispute-damaged', '您把坏的那只寄回来就行。', '把坏的那只寄回来'],
    ['exchange-wrong-item', '奶白色的您就留着吧，不用寄回。', '不用寄回'],
    ['bad-review', '按规定，12小时内我们必须联系您解决。', '12小时内我们必须'],
    ['return-seven-days', '您放心，这种情况投诉就能获赔。', '投诉就能获赔'],
    ['member-reactivation', '我先帮您把店铺的推送都打开，有活动第一时间知道。', '帮您把店铺的推送都打开'],
    ['exchange-wrong-item', '下单的时候是不是点成奶白色了？', '时候是不是点成'],
    ['presale-genuine', '无论几点下单，当天都给您发货。', '无论几点下单,当天都给您发货'],
  ], [
    ['dispute-damaged', '破损的壶不用寄回，拍照留着就行，新壶今天顺丰发出。'],
    ['exchange-wrong-item', '按系统地址把奶白色杯子寄回，运费到付，我们承担。'],
    ['bad-review', '新密封圈我们免费补寄，换上还不保温就给您换新或退款。'],
    ['shipping-delay', '催件后两天还没动静，我们就用顺丰给您补发。'],
    ['presale-genuine', '不管几点付款，都按16点截单：16点前付款今天发出。'],
    ['revisit-old-customer', '消息的话我不会帮您都打开，您想收再自己开。'],
  ]);
  it('a warning that recourse is lost is no proposal (站外付钱出了问题没处维权)', () => {
    expect(guard('微信我不能加。站外付钱出了问题没处维权，您在店里拍更放心。')).toBeUndefined();
    expect(guard('站外付款维权很难，建议您在店铺下单。')).toBeUndefined();
    expect(guard('您加我微信，站外付款更方便')?.kind).toBe('off-platform');
  });
});

describe('false alarms round 64 showed', () => {
  claimCases([], [
    ['freight-remote-area', '运费减免我这边无法操作，补15元运费的规则是统一的。'],
    ['return-seven-days', '不是只有质量问题才能退，签收7天内没使用都可以。'],
    ['bad-review', '您以为我们是不是要让您删差评？不会的，评价由您决定。'],
    ['scam-fake-xiaoer', '周姐，对方刚才又让我把验证码发给他，我没理，已截图。'],
  ]);
  it('a demand reported or a question said back is no forbidden act', () => {
    expect(guard('周姐，那个账号又让我把验证码发给他，我没给。')).toBeUndefined();
    expect(guard('把验证码发给他吧')?.kind).toBe('forbidden');
    expect(guard('您问是不是要您删差评——不是的，评价您自己定。')).toBeUndefined();
    expect(guard('您怕麻烦的话给个好评我返您5元')?.kind).toBe('forbidden');
  });
});

describe('wrong acts and facts: kinds rounds 62 (late) and 66 showed', () => {
  claimCases([
    ['bad-review', '密封圈今天寄出，如果还不行，只能给您换新哦。', '只能给您换新'],
    ['bad-review', '赠品要等您晒图好评后才能寄出。', '好评后才能'],
    ['revisit-old-customer', '用得好的话，麻烦在评价里帮我们多夸两句。', '帮我们多夸'],
    ['recommend-related', '吸油纸我已经帮您加到订单里了，一起付就好。', '帮您加到订单'],
    ['shipping-delay', '万一真丢了，我们按双倍货款赔给您。', '双倍货款赔'],
    ['final-assessment', '以后找我，走内部渠道下单更便宜。', '内部渠道下单'],
    ['dispute-damaged', '仓库打包时会拍段视频发给您确认。', '打包时会拍段视频'],
    ['bad-review', '处理完以后系统会自动把这条差评隐藏。', '自动把这条差评隐藏'],
    ['scam-fake-xiaoer', '举报成立后，平台会赔偿店铺的全部损失。', '平台会赔偿店铺'],
    ['scam-fake-xiaoer', '通知要当天确认，不然就会关店。', '不然就会关店'],
    ['exchange-wrong-item', '颜色选项挨得近，可能您下单时点错了。', '可能您下单时点错了'],
    ['freight-remote-area', '月底前用，这事误不了，您放心拍。', '误不了'],
    ['dispute-damaged', '这次包得很厚，路上怎么摔也碎不了。', '怎么摔也碎不了'],
  ], [
    ['presale-genuine', '下午4点前付款当天发货，您现在拍完全来得及。'],
    ['return-seven-days', '您才签收三天，申请退货时间完全来得及。'],
    ['bad-review', '换上后还不保温，可以换新，也可以退货退款，您来选。'],
    ['recommend-related', '吸油纸需要的话您自己加到订单里就行，不要也没关系。'],
    ['shipping-delay', '我已经通过内部渠道把情况反馈给仓库了。'],
    ['return-seven-days', '您买了运费险，退货后平台会按规则赔付您运费。'],
    ['first-contact-wangwang', '16点前付款，当天发货误不了。'],
    ['payment-reminder', '可能点到了花呗分期，您换个支付方式试试。'],
    ['needs-hesitant', '操作不会也没关系，我拍个视频发给您，一步步教。'],
  ]);
  it('a verification code forwarded to anyone is a security slip', () => {
    expect(guard('先把这条验证码短信转给同事看看是不是真的')?.kind).toBe('forbidden');
  });
});

describe('facts and wrong acts: good replies of the tuning part no longer read as slips (session of 2026-12-06)', () => {
  claimCases([
    ['final-assessment', '5L可视款只要349元。', '349元'],
    ['presale-genuine', '这款今天给您算280元，下单就发。', '280元'],
    ['exchange-wrong-item', '您先把杯子寄回，等我们收到再给您发新的。', '您先把杯子寄回'],
    ['objection-price', '玻璃杯我再赠一个给您。', '赠一个给您'],
  ], [
    ['exchange-wrong-item', '马上给您换成雾蓝的，寄回和再发的运费都由我们来出。'],
    ['final-assessment', '店铺首页有满350减20的券，领了下单只要349元。'],
    ['presale-genuine', '您说的280元这边没办法给您改，还请多包涵。'],
    ['objection-price', '玻璃杯是单独卖的，再赠品范围外哦。'],
  ]);
});

describe('wrong acts and facts: kinds round 68 showed', () => {
  claimCases([
    ['revisit-old-customer', '带图追评的话，我们给您准备一份小心意。', '追评的话,我们给您准备一份小心意'],
    ['bad-review', '我们准备了一份小礼物，问题解决了您再看看评价要不要更新一下。', '小礼物,问题解决了您再看看评价'],
    ['shipping-delay', '周六前到是没悬念的，您安心等着。', '前到是没悬念'],
    ['freight-remote-area', '赶在月底前用上是稳稳的。', '前用上是稳稳'],
    ['shipping-delay', '中通全程都有定位，不会丢的。', '不会丢'],
    ['freight-remote-area', '可能您下单时没往下翻到。', '可能您下单时没往下翻到'],
    ['bad-review', '十有八九是使用时没注意造成的。', '使用时没注意'],
    ['exchange-wrong-item', '您回忆一下颜色是不是点成奶白了。', '是不是点成'],
    ['payment-reminder', '您现在付的话，我再帮您申请减5块。', '申请减5块'],
    ['final-assessment', '我去找主管看看能不能在后台给您再少一点。', '给您再少一点'],
    ['first-contact-wangwang', '送礼的订单我们会免费加一个礼品袋。', '免费加一个礼品袋'],
    ['payment-reminder', '内胆是316食品级不锈钢，放心用。', '316食品级不锈钢'],
    ['final-assessment', '地址是南京市鼓楼区中山南路××号3单元502。', '中山南路'],
    ['needs-hesitant', '您把叔叔阿姨的手机号留给我，我打电话教他们。', '手机号留给我'],
    ['payment-reminder', '内胆多半是用料差一些的，用久了容易生锈。', '多半是用料差'],
    ['upsell-bundle', '两只一起最划算，建议您别单买哈。', '建议您别单买'],
    ['presale-genuine', '这张券今晚12点就过期了，抓紧下单哈。', '今晚12点就过期'],
    ['scam-fake-xiaoer', '回复他：你的账号信息我们已经提交警方了。', '你的账号信息我们已经提交警方'],
    ['scam-fake-xiaoer', '截图保存好，报告店长张哥处理。', '店长张哥'],
  ], [
    ['scam-fake-xiaoer', '截图保存好，报告主管周姐处理。'],
    ['upsell-bundle', '只买一只也完全可以，不用凑单。'],
    ['shipping-delay', '快递小哥明天会再派送一次。'],
    ['bad-review', '评价是您的权利，我们不会用红包换好评。'],
    ['shipping-delay', '包裹一般不会丢的，我马上去核实。'],
    ['payment-reminder', '不用担心，订单不会丢的，您重新进订单页付款就行。'],
    ['freight-remote-area', '运费减免我做不了主，这是公司统一定的。'],
    ['payment-reminder', '内胆是304食品级不锈钢，首次使用前烧开两三壶水倒掉即可。'],
    ['final-assessment', '地址是南京市鼓楼区中山北路××号3单元502，对吗？'],
    ['bad-review', '可能是密封圈没装正，麻烦您检查一下。'],
  ]);
});

describe('facts check: when the customer wrote and when the shop answered (event-times.ts)', () => {
  claimCases([
    ['bad-review', '您前天下午来咨询，我们隔了两个小时才回复，真抱歉。', '下午'],
    ['bad-review', '您前晚十点多来咨询时我们也没能及时回复。', '十点多'],
    ['bad-review', '您前晚23:40来咨询，我们到第二天下午才回复您。', '下午'],
  ], [
    ['bad-review', '您前晚23:40咨询时客服已经下班，第二天早上9点才回复您，真抱歉。'],
    ['bad-review', '您前晚11点多来咨询，我们第二天9点才回复。'],
    ['bad-review', '那天晚上没能及时回复您，真的对不起。'],
    ['bad-review', '杯子中午就不热了、晚上找客服也没人回，都是我们没做好。'],
    ['bad-review', '还让您等了一晚上才回复，是我们不对。'],
    ['bad-review', '晚上问客服又等到第二天早上才有人回，换谁都窝火。'],
  ]);
});

describe('wrong acts and facts: kinds round 70 showed', () => {
  claimCases([
    ['exchange-wrong-item', '晚上有问题您也可以直接打我们店铺的24小时售后热线。', '售后热线'],
    ['member-reactivation', '不过退订后您的银卡会员等级和积分会被清零哦。', '退订后您的银卡会员等级和积分会被清零'],
    ['payment-reminder', '页面一直转圈可能是账户被风控了，您明天再来付吧。', '被风控'],
    ['scam-fake-xiaoer', '这种账号被举报后很快会被封，店铺不会有事的。', '店铺不会有事'],
    ['dispute-damaged', '这次给您换成京东发货，用气泡柱加固包装。', '京东'],
  ], [
    ['dispute-damaged', '我这边马上为您登记，优先处理。'],
    ['freight-remote-area', '页面写着包邮，结算又多出15元，换作是我也会不舒服。'],
    ['member-reactivation', '退订后订单和物流通知照常发送。'],
    ['shipping-delay', '如果遇到下雪，可能会晚一两天。'],
    ['recommend-related', '这款在京东上也有卖，价格一样。'],
  ]);
});

describe('wrong acts and claims: more kinds rounds 68 and 70 showed', () => {
  claimCases([
    ['payment-reminder', '万一用着还有味道，直接找我给您免费换一台新机。', '免费换一台新机'],
    ['final-assessment', '另外我们还能帮您预约送货时间段。', '预约送货时间'],
    ['final-assessment', '快递员会提前一小时来电。', '提前一小时来电'],
    ['final-assessment', '生日礼物的订单仓库还会优先加急打包。', '优先加急打包'],
    ['needs-hesitant', '买后30天内只要老人学不会用，都可以直接退。', '学不会用,都可以直接退'],
    ['scam-fake-xiaoer', '举报核实后平台会返还店铺一个月的技术服务费。', '平台会返还店铺'],
    ['first-contact-wangwang', '热牛奶放心装，放七八个小时再喝也没问题的。', '放七八个小时再喝也没问题'],
    ['upsell-bundle', '热牛奶早上装进去放到放学再喝也没事。', '放到放学再喝也没事'],
    ['return-seven-days', '建议您先拆开摆上去看看效果再决定要不要退。', '建议您先拆开摆上'],
    ['revisit-old-customer', '我们店规定每位会员每周最多只发一条。', '每周最多只发一条'],
    ['objection-price', '我给您申请送其中一只玻璃杯。', '送其中一只玻璃杯'],
  ], [
    ['first-contact-wangwang', '热牛奶可以装，建议两三个小时内喝完，喝完及时清洗。'],
    ['dispute-damaged', '您可以拆开看看里面的壶有没有裂。'],
    ['return-seven-days', '您可以拆开外箱看看收纳盒有没有磕碰。'],
    ['final-assessment', '送货前电话联系的要求已经备注了，仓库能看到。'],
    ['revisit-old-customer', '消息不会天天发，您愿意收哪类我们就发哪类。'],
    ['return-seven-days', '仓库签收后，平台会原路退还货款到您的付款账户。'],
  ]);
});

describe('good replies of round 72 (good only) no longer read as slips', () => {
  claimCases([
    ['payment-reminder', '今天下单就送一盒杯子。', '送一盒杯子'],
  ], [
    ['bad-review', '马上免费给您寄个新的，运费我们承担。'],
    ['objection-price', '您说加微信转150、不走平台，心意我领了，但这个真不能答应。站外转账出了问题没有记录。'],
    ['payment-reminder', '送的除垢剂也不另外加钱：今天下单就送一盒，到今晚24点止。'],
    ['return-seven-days', '颜色不搭，确实挺可惜的。您签收没超过7天，可以申请七天无理由退货。'],
  ]);
  it('a proposal said back and turned down, and the choice left to her, are no 禁用语 or off-platform offer', () => {
    expect(correctTypos('马上免费给您寄个新滴')).toBe('马上免费给您寄个新的');
    expect(guard('您说加微信转150、不走平台，心意我领了，但这个真不能答应。站外转账出了问题没有记录。')).toBeUndefined();
    expect(guard('您说的没错，加我微信转150就行，不走平台更省事。')?.kind).toBe('off-platform');
    expect(guard('另外还有19.9元的硅胶烤垫可选，需不需要加您自己看着来就行。')).toBeUndefined();
    expect(guard('这些详情页都有，您自己看吧。')?.kind).toBe('forbidden');
    expect(guard('您是担心我们联系您就是为了删差评吧？并不是这样的，删不删由您决定。')).toBeUndefined();
  });
});

describe('facts check: one model\'s numbered feature given to another (wrongModelFeature)', () => {
  claimCases([
    ['needs-hesitant', '我们有一款大字面板的，支持24小时预约。', '24小时预约'],
    ['needs-hesitant', '我们2L大按键款有24小时预约和一键煮粥。', '24小时预约'],
    ['needs-hesitant', '我们店正好有大按键款，支持24小时预约。', '24小时预约'],
    // In the recommend step the scenario's own wrong-hours group scores it first, with its own feedback (reply.ts
    // asks the facts check only about replies the rules gave points to); the facts check now reads it in every step.
    ['needs-hesitant', '推荐2L大按键款，两个人用，还有24小时预约', '24小时预约'],
  ], [
    ['needs-hesitant', '2L大按键款有12小时预约，晚上放好米早上就有粥。'],
    ['needs-hesitant', '3L智能款有24小时预约，2L款是12小时预约。'],
    ['needs-hesitant', '智能款是触控屏，有24小时预约。'],
  ]);
});

describe('wrong acts and facts: kinds round 74 showed', () => {
  claimCases([
    ['first-contact-wangwang', '今天就从浙江宁波发出。', '宁波'],
    ['freight-remote-area', '从浙江义乌发过去路远，所以要补运费。', '义乌'],
    ['dispute-damaged', '收到照片后我们48小时内给您安排补发。', '48小时内给您安排补发'],
    ['presale-genuine', '收货后7天内不满意还能免费上门取件退货。', '上门取件'],
    ['bad-review', '保温杯不保温十有八九是用的时候没注意。', '用的时候没注意'],
    ['bad-review', '如果换上还不保温只能给您换新，不能退货哦。', '只能给您换新'],
    ['bad-review', '我直接给您退全款，杯子您留着继续用。', '退全款,杯子您留着'],
    ['exchange-wrong-item', '您下单的是雾蓝色400ml那款对吧？', '400ml'],
    ['final-assessment', '这样吧，我给您在后台改个价。', '给您在后台改个价'],
    ['objection-price', '我帮您向主管申请一下，160 应该能批下来。', '160应该能批下来'],
    ['objection-price', '139 那个价一般都是仿款或者库存旧货。', '一般都是仿款'],
    ['recommend-related', '买回去觉得容量不合适，15天内可以免费换另一款。', '15天内可以免费换'],
    ['exchange-wrong-item', '寄回时请保留原包装盒和吊牌。', '请保留原包装盒'],
    ['upsell-bundle', '我可以跟仓库打个招呼给您插队先发。', '跟仓库打个招呼'],
    ['revisit-old-customer', '叔叔阿姨记不住可以拨打我们的400热线。', '400热线'],
  ], [
    ['first-contact-wangwang', '我们从浙江杭州发货，江浙沪一般1～2天到。'],
    ['exchange-wrong-item', '您下单的是雾蓝色500ml那款对吧？'],
    ['return-seven-days', '颜色不合适算非质量问题，寄回的运费要您先垫付。'],
    ['return-seven-days', '签收7天内，商品完好，支持七天无理由退货。'],
  ]);
});

describe('wrong acts and facts: kinds round 76 showed', () => {
  claimCases([
    ['needs-hesitant', '我们有2L、3L、5L三款，价格199到399不等。', '399'],
    ['first-contact-wangwang', '白色暂时售罄了，不过仓库说月底会补一批。', '月底会补一批'],
    ['first-contact-wangwang', '您喜欢白色的话可以先拍下付款，我在系统里给您留一只。', '先拍下付款,我在系统里给您留'],
    ['final-assessment', '备注我给您写成“送货前电话联系，家里没人直接放门口”。', '没人直接放门口'],
    ['revisit-old-customer', '作为我们店的金卡老顾客，想回访一下您。', '金卡老顾客'],
    ['revisit-old-customer', '每位顾客一个月最多只会收到一条消息。', '一个月最多只会收到一条'],
    ['dispute-damaged', '破损的壶先装回箱子里，我们会安排快递上门取回检测。', '上门取回检测'],
    ['bad-review', '这种情况九成是使用方式不对造成的。', '九成是使用方式不对'],
    ['bad-review', '您那天是夜里23:40来问的，那个点大家都下班了。', '那个点大家都下班'],
    ['bad-review', '方便的话帮我们把评价更新一下呗。', '评价更新一下'],
    ['bad-review', '您觉得合适的话追评一句“客服处理及时”。', '追评一句'],
    ['dispute-damaged', '我们出库时壶是完好的，这种属于物流途中的磕碰。', '出库时壶是完好'],
    ['dispute-damaged', '这次包得严严实实，路上怎么颠都不会坏。', '怎么颠都不会坏'],
    ['exchange-wrong-item', '我把我个人手机号留给您，晚上直接打给我。', '我个人手机'],
    ['freight-remote-area', '这单就当交个朋友，运费我在后台备注一下。', '就当交个朋友'],
    ['freight-remote-area', '补运费专用链接等收到货以后再单独补拍就行。', '收到货以后再单独补拍'],
    ['objection-price', '现在是最后几天的活动价，下周就恢复到199元了。', '下周就恢复到'],
    ['objection-price', '您拍下后我把店铺的收款链接发给您。', '收款链接'],
    ['payment-reminder', '您现在付的话，我帮您申请按89元算。', '申请按89元算'],
    ['payment-reminder', '别家便宜的话截个图给我，我们支持买贵退差。', '买贵退'],
    ['payment-reminder', '发货时多放一盒除垢剂，就当补了差价。', '就当补了差价'],
    ['return-seven-days', '退货要自己寄、还要等退款，挺折腾的，您直接换个颜色吧。', '挺折腾'],
    ['shipping-delay', '周六之前送到您手里这个没悬念。', '前送到您手里这个没悬念'],
    ['shipping-delay', '到周五还没动静，您直接找平台客服介入。', '您直接找平台客服'],
    ['shipping-delay', '下次着急用的东西最好提前一周下单。', '下次着急用的东西最好提前一周下单'],
    ['upsell-bundle', '两只以上的订单我们还会附赠礼品包装。', '礼品包装'],
    // Older tuning traps the same pass caught.
    ['bad-review', '而且平台规定差评30天后会自动折叠，您也不用操心。', '平台规定差评30天后会自动'],
    ['bad-review', '等您用着满意了，我们准备了一点小心意，到时候评价您看着办就好。', '小心意,到时候评价'],
    ['freight-remote-area', '如果您在乌鲁木齐有亲友代收，寄到那边就能包邮了。', '乌鲁木齐有亲友代收,寄到那边就能包邮'],
    ['freight-remote-area', '寄到伊宁预计5～7天，您月底前用是完全赶得上的。', '月底前用是完全赶得上'],
    ['needs-hesitant', '亲，直接选5L大容量的吧，买大不买小准没错！', '买大不买小'],
    ['objection-price', '玻璃杯我给您备注上，随壶一起送您。', '一起送'],
  ], [
    ['exchange-wrong-item', '雾蓝色有货的，直接给您换，寄回去和再发过来的运费都我们包。'],
    ['needs-hesitant', '我们有2L、3L、5L三款，价格199到369元。'],
    ['first-contact-wangwang', '白色已经售罄，补货时间还没定，浅灰色和米色有现货。'],
    ['revisit-old-customer', '何女士您好，您是我们的银卡老顾客，想回访一下养生壶用得怎么样。'],
    ['payment-reminder', '今天下单多送一盒除垢剂，还有一年质保。'],
    ['objection-price', '在平台下单订单有记录，有问题也能找平台处理。'],
    ['bad-review', '平台规定不得用返现、红包诱导您修改评价，我们不会这么做。'],
    ['bad-review', '评价是您的权利，我们不会拿红包、礼物来换评价。'],
    ['freight-remote-area', '新疆属于偏远地区要补15元，如果内地有亲友代收，寄到那边就能包邮。'],
    ['shipping-delay', '预计两天内派送，周六前应该来得及，我也会一直盯着。'],
    ['objection-price', '滤茶网和花茶我会在订单上备注，和壶一起寄出。'],
    ['objection-price', '玻璃杯不在赠品范围，滤茶网和花茶我给您备注好，一起送您。'],
  ]);
});

describe('wrong acts and facts: kinds round 78 showed', () => {
  claimCases([
    ['bad-review', '您也可以把杯子寄回我们做免费检测，3天就能出检测报告。', '免费检测'],
    ['dispute-damaged', '拍完把坏壶原样装回箱子放好，我们安排快递上门取回来。', '上门取回'],
    ['dispute-damaged', '这种情况主要是快递路上暴力分拣造成的，我们也挺无奈的。', '暴力分拣'],
    ['dispute-damaged', '补发箱子里我们还会放一套除垢清洁剂，算是给您赔个不是。', '还会放一套除垢清洁'],
    ['final-assessment', '建议您发货后拿单号查到派件员电话，自己提前跟他交代一声。', '自己提前跟他交代'],
    ['final-assessment', '以后要买什么直接找我，我给您走老客户通道，不用在页面上拍。', '老客户通道'],
    ['first-contact-wangwang', '新客第一单我们都会额外立减10元哦。', '新客第一单我们都会额外立减'],
    ['freight-remote-area', '很多顾客都会有这种误会，下单前多留意一下页面上的运费提示就不会这样了。', '下单前多留意'],
    ['freight-remote-area', '不过新疆地区的老顾客从第二单起就不用再补运费了。', '老顾客从第二单起就不用再补运费'],
    ['freight-remote-area', '您可以先只拍电饭煲付款，等商品发出后再单独拍补运费链接补上15元。', '发出后再单独拍补运费'],
    ['freight-remote-area', '我给您开个例外：您直接拍电饭煲就行，补运费链接不用拍了。', '开个例外'],
    ['freight-remote-area', '运单号您直接在订单详情里查就可以，我这边就不另外通知您了。', '不另外通知'],
    ['member-reactivation', '您可以顺手再挑个120元左右的锅具一起买，正好过199，能省30元。', '正好过199'],
    ['objection-price', '便宜这么多，那家多半是把一年质保砍掉了。', '那家多半是把一年质保砍掉'],
    ['payment-reminder', '差的那10块我帮您在后台改一下，跟别家一样价。', '帮您在后台改一下'],
    ['payment-reminder', '一直转圈一般是平台在维护，大概半小时就恢复了。', '平台在维护'],
    ['presale-genuine', '别家便宜二三十的，不少是拆包机或者渠道货。', '拆包机'],
    ['recommend-related', '中通一般隔天就到您手上，最迟后天，不会晚的。', '隔天就到'],
    ['return-seven-days', '填好单号后系统会自动先把钱退给您，不用等仓库签收。', '不用等仓库签收'],
    ['revisit-old-customer', '消息这块我们有规定，每个月最多只给老顾客发一条。', '每个月最多只给老顾客发一条'],
    ['revisit-old-customer', '您是银卡会员，以后找客服有专属通道优先接待。', '专属通道'],
    ['scam-fake-xiaoer', '回复对方：“麻烦您发一下违规的订单号，我这边核对。”', '麻烦您发'],
    ['scam-fake-xiaoer', '回他：“请先报一下你的工号和姓名，我核实后再说。”', '报一下你的工号'],
    ['shipping-delay', '原来那个包裹送到了也不用退回，两个都归您。', '原来那个包裹送到了也不用退回'],
    ['shipping-delay', '后面的进度您直接关注中通APP的推送就行，有问题也可以打中通客服。', '关注中通APP'],
    ['upsell-bundle', '可以直接拍的，今天付款的话明天孩子就能带去学校用上啦。', '明天孩子就能带'],
  ], [
    ['needs-hesitant', '2L大按键款最合适，价格199元，正好满199减20，到手179元。'],
    ['recommend-related', '那就4.5L的哈～3到5个人用刚刚好，一锅出全家的量。'],
    ['scam-fake-xiaoer', '这是违规的要求，不回复，截图留证，报告主管周姐。'],
    ['dispute-damaged', '破损的壶不用寄回，拍照留存就行，今天就给您补发。'],
  ]);
});

describe('sentence form: notes and fragments round 80 showed', () => {
  it('items joined by 、 after a short lead-in, and numbered items with no pause between them, are notes', () => {
    expect(sentenceForm('陈先生您好，真的、老友回馈周、首页会员中心、满199-30、限1张').keywordsOnly).toBe(true);
    expect(sentenceForm('明白，操作简单、几个人吃、煮饭还是煮粥、面板字看得清吗').keywordsOnly).toBe(true);
    expect(sentenceForm('您好，非常抱歉，请拍：1.杯子 2.杯底标签，马上核实').keywordsOnly).toBe(true);
    expect(sentenceForm('亲 1.感谢支持 2.备注已加 3.今天发出 4.订单里查看物流').keywordsOnly).toBe(true);
  });
  it('numbered items that end like sentences, or sit beside a full sentence, are a written answer', () => {
    expect(sentenceForm('亲，别着急。可以按这几步试试：1.检查一下网络；2.退出后重新打开订单页面付款；3.换一种支付方式。').keywordsOnly).toBe(false);
    expect(sentenceForm('不回复这个账号。处理：1. 登千牛工作台核实店铺状态 2. 聊天记录截图保存 3. 报告周姐').keywordsOnly).toBe(false);
    expect(sentenceForm('亲，浅灰色、米色有现货，热牛奶可以装。').keywordsOnly).toBe(false);
  });
  it('a few words with no sentence ending are a fragment; a short sentence is not', () => {
    for (const text of ['拍照', '抱歉 补发', '亲，今天发', '寄回，到付', '不能便宜']) expect(sentenceForm(text).fragment, text).toBe(true);
    for (const text of ['包邮的亲。', '几个人用？', '（不再回复）', '15元，5到7天。', '能发的亲', '好的，马上帮您核实订单']) expect(sentenceForm(text).fragment, text).toBe(false);
  });
  it('a fragment gets no points unless it goes on an earlier line of the turn', () => {
    const alone = judgeIn('presale-genuine', 'shipping', '包邮', {});
    expect(alone.points).toBe(0);
    expect(alone.decidedBy).toBe('sentence-form');
    expect(judgeIn('presale-genuine', 'shipping', '包邮', {}, ['亲，江浙沪以外一般2～4天到。']).decidedBy).not.toBe('sentence-form');
  });
});

describe('wrong acts and facts: kinds round 83 showed', () => {
  claimCases([
    ['member-reactivation', '这次活动商品都按双11的价格来算，活动前没有调价。', '按双11的价格来算'],
    ['payment-reminder', '您不着急，18点前付好今天照样能发货。', '18点前付好今天照样能发'],
    ['recommend-related', '实在拿不准的话两个都拍下来，回家都试一试，不合适的那个七天无理由退掉就行。', '两个都拍下来,回家都试一试,不合适的那个七天无理由退'],
    ['recommend-related', '吸油纸我这边直接送您一包，不用另外拍。', '直接送您一包'],
    ['recommend-related', '不垫的话不粘涂层很快会磨掉，还会影响保修哦。', '影响保修'],
    ['return-seven-days', '记得在包裹里放一张写着订单号的纸条，不然仓库没法登记。', '不然仓库没法登记'],
    ['scam-fake-xiaoer', '平台收解冻保证金只走千牛后台，不走旺旺私聊。', '平台收解冻保证金'],
    ['scam-fake-xiaoer', '反正验证码5分钟就失效，泄露了也没事。', '泄露了也没事'],
    ['scam-fake-xiaoer', '恐吓商家的账号平台会自动冻结，还会赔偿我们店的损失。', '自动冻结'],
    ['shipping-delay', '其实下次您买东西可以早点下单，就不会这么赶了。', '下次您买东西可以早点下单'],
  ], [
    ['member-reactivation', '这次活动商品都按日常售价计算，活动前没有调价，您可以在历史订单里核对。'],
    ['payment-reminder', '下午4点前付款今天就能发货，您不着急。'],
    ['recommend-related', '吸油纸9.9元100张，需要的话可以一起拍。'],
  ]);
  it('an agent who contacts the courier for her is not sending her to the courier', () => {
    expect(guard('亲，查到了，包裹滞留在中通郑州转运中心，已经帮您联系快递催件加急了。')).toBeUndefined();
    expect(guard('您自己联系快递催一下吧。')?.kind).toBe('forbidden');
  });
});

describe('wrong acts and facts: kinds round 85 showed', () => {
  claimCases([
    ['bad-review', '至于咨询没回复，是因为您晚上23:40发的消息，那时客服已经下班了。', '那时客服已经下班'],
    ['dispute-damaged', '您先把裂痕和外箱拍下来，然后在物流详情里向快递公司发起破损理赔。', '向快递公司发起破损理赔'],
    ['dispute-damaged', '登记后我们会额外给您寄一份配件礼包作为补偿。', '额外给您寄一份配件礼包'],
    ['dispute-damaged', '退款要等快递公司定责结束后才能到账。', '定责结束后才'],
    ['dispute-damaged', '还给包裹加保了运输险，路上再有磕碰直接全额理赔。', '运输险'],
    ['dispute-damaged', '这样包过之后是碎不了的，您就安心等着收货吧。', '是碎不了'],
    ['exchange-wrong-item', '雾蓝色目前仓库在补货，大概三天后到，到货就给您换。', '目前仓库在补货'],
    ['freight-remote-area', '寄到伊宁预计5～7天，您月底前要用的话时间绰绰有余，到手完全没问题。', '时间绰绰有余'],
    ['freight-remote-area', '您要是和家人朋友凑单一次买两台就可以免运费。', '买两台就可以免运费'],
    ['member-reactivation', '这次活动按日常价计算，活动前一个月倒是调过一次价。', '调过一次价'],
    ['member-reactivation', '要不我给您设成每月最多两条？', '设成每月最多两条'],
    ['member-reactivation', '退订需要7个工作日生效，这几天可能还会收到一两条。', '需要7个工作日生效'],
    ['needs-hesitant', '阿姨可能是没静下心看说明书，其实现在的电饭煲都不难用的。', '没静下心看说明书'],
    ['needs-hesitant', '我们家所有电饭煲都带“长辈模式”，一键到底。', '长辈模式'],
    ['needs-hesitant', '您留一下叔叔阿姨的手机号，收到货我直接打电话过去教他们。', '留一下叔叔阿姨的手机号'],
    ['objection-price', '我帮您备注一下，发货时再多塞一盒花茶试饮装，就当抹零了。', '就当抹零'],
    ['payment-reminder', '收到后只要有任何异味，可以直接申请换新、旧壶不用寄回。', '旧壶不用寄回'],
    ['payment-reminder', '那10块钱差价我帮您申请一下，付款后退到您账户里。', '差价我帮您申请'],
    ['payment-reminder', '付款页面不用管它，系统半小时内会自动帮您完成扣款。', '自动帮您完成扣款'],
    ['recommend-related', '吸油纸很实用，我先帮您备注进订单一起发出。', '备注进订单一起发'],
    ['scam-fake-xiaoer', '（回复一句）你的账号和聊天记录我已经全部交给警方了，劝你马上收手。', '你的账号和聊天记录我已经全部交给警方'],
    ['upsell-bundle', '我这边帮您跟主管申请一下，争取把两只压到190以内。', '压到190以内'],
  ], [
    ['first-contact-wangwang', '付款后我帮您备注到订单里：送礼，不放价格单，仓库会看到的。'],
    ['return-seven-days', '寄回运费您先垫上，退货寄出以后按规则理赔，钱会退到您的账户。'],
    ['member-reactivation', '活动前没有调过价，您可以在历史订单里核对。'],
    ['revisit-old-customer', '您加清水放几片柠檬煮开，浸泡20分钟后倒掉。'],
    ['first-contact-wangwang', '可以装热牛奶，建议两三个小时内喝完，喝完及时清洗。'],
  ]);
});

describe('wrong acts and facts: kinds round 87 showed', () => {
  claimCases([
    ['bad-review', '不保温多半是使用上的小疏忽，您看看盖子拧紧没有。', '多半是使用上的小疏忽'],
    ['bad-review', '密封圈这种配件您找厂家售后换会更快。', '您找厂家'],
    ['dispute-damaged', '照片收到后我们会在 48 小时内给您安排处理。', '48小时内给您安排处理'],
    ['exchange-wrong-item', '我先确认一下是不是真的发错了，麻烦拍张杯底标签。', '是不是真的发错'],
    ['exchange-wrong-item', '晚班的王丽会在 10 分钟内回复您。', '10分钟内回复'],
    ['final-assessment', '送货前打电话的事，您直接跟中通说一声就行。', '您直接跟中通说'],
    ['freight-remote-area', '觉得运费贵的话，在伊宁本地的家电卖场买同款也挺方便。', '本地的家电卖场'],
    ['member-reactivation', '满199减30的券每位老顾客能领2张。', '每位老顾客能领2张'],
    ['member-reactivation', '双11那次可能是您下单时没领到券，所以觉得差不多。', '可能是您下单时没领到券'],
    ['member-reactivation', '79元的内胆用不了券，积分这次也只能按平时算。', '积分这次也只能按平时'],
    ['needs-hesitant', '收货后七天内有不会用的地方，都可以找我们指导。', '七天内有不会用的地方,都可以找我们指导'],
    ['payment-reminder', '别着急，转圈多半是支付宝通道在维护，换个支付方式试试。', '支付宝通道在维护'],
    ['payment-reminder', '收到后还有异味的话，不用寄回，直接给您全额退款。', '不用寄回,直接给您全额退款'],
    ['payment-reminder', '今晚12点前付款都算活动，也都是当天发货。', '今晚12点前'],
    ['recommend-related', '现在不管拍哪款都会随单送一块硅胶烤垫。', '送一块硅胶烤垫'],
    ['recommend-related', '您不妨先去附近商场看看实物再来拍。', '去附近商场看'],
    ['recommend-related', '4.5升这款还内置了烤红薯的一键菜单。', '一键菜单'],
    ['recommend-related', '吸油纸冲一冲晾干还能再用三四次。', '能再用三'],
    ['recommend-related', '16点前付款当天发，江浙沪一般第二天上午就能送到。', '第二天上午就能送到'],
    ['return-seven-days', '七天无理由从签收当天零点开始算，您还在期限内。', '签收当天零点开始算'],
    ['return-seven-days', '退货原因您选“质量问题”，运费就不用您出了。', '原因您选“质量问题'],
    ['return-seven-days', '这次寄回的运费就由我们店里承担吧。', '这次寄回的运费就由我们店里承担'],
    ['exchange-wrong-item', '寄回时吊牌和原包装都要在，少了就办不了换货。', '少了就办不了'],
    ['revisit-old-customer', '顺便说一下，我们新到了配套的花茶杯，回头把链接发您。', '顺便说一下'],
    ['revisit-old-customer', '我把您拉进我们的老顾客养生交流群吧。', '拉进我们的老顾客养生交流群'],
    ['scam-fake-xiaoer', '平台规定冻结通知只会用短信发，旺旺上的都是假的。', '平台规定冻结通知只会'],
    ['scam-fake-xiaoer', '就算付了钱，找平台也能全额追回。', '也能全额追回'],
    ['scam-fake-xiaoer', '我已经报警了，你好自为之。', '我已经报警'],
    ['shipping-delay', '有异常的话您直接联系中通那边就行。', '您直接联系中通'],
    ['upsell-bundle', '我们在别的平台有个学生款，便宜一些，您也可以过去看看。', '别的平台有个学生款,便宜一些,您也可以过去看'],
  ], [
    ['bad-review', '您这个不是使用不当，是密封圈本身的问题，我们免费给您寄新的。'],
    ['dispute-damaged', '坏的壶不用寄回，您选补发或者全额退款都可以。'],
    ['freight-remote-area', '全国包邮，偏远地区补15元，其余运费由我们店铺承担。'],
    ['return-seven-days', '非质量问题的寄回运费由买家承担；质量问题的话来回运费就由我们店铺承担。'],
    ['shipping-delay', '我这就去核实中通那边的情况，一两分钟给您答复。'],
    ['payment-reminder', '别着急，今晚24点前付款送除垢剂，16点前付款当天发货。'],
    ['objection-price', '站外转账出了问题没人能帮您追回，还是在店里拍更安全。'],
    ['final-assessment', '送货前电话联系已经备注好了，不用您再单独跟快递说。'],
  ]);
});

describe('wrong acts and facts: kinds rounds 89 and 90 showed', () => {
  claimCases([
    ['bad-review', '回复慢是因为您咨询时已经快半夜了，这点还请理解。', '是因为您咨询时已经快半夜'],
    ['bad-review', '处理完售后，您这条评价下面会自动标注“已解决”。', '自动标注'],
    ['dispute-damaged', '快递那边的理赔需要您本人在快递App里提交一下。', '理赔需要您本人'],
    ['dispute-damaged', '建议您以后当着快递员的面先开箱验货。', '当着快递员的面先开箱验货'],
    ['exchange-wrong-item', '应该是快递中转时和别的包裹弄混了，马上给您换。', '快递中转时和别的包裹弄混'],
    ['exchange-wrong-item', '奶白送人其实也挺大方的，您要不考虑留下？', '其实也挺大方'],
    ['final-assessment', '收到后晒个单，还能再领一份生日小礼物。', '晒个单,还能再领一份生日小礼'],
    ['first-contact-wangwang', '您可以先按白色拍下付款，一到货优先给您发。', '先按白色拍下付款,一到货优先给您发'],
    ['freight-remote-area', '新疆离我们广州的发货仓太远了，所以要补运费。', '广州的发货仓'],
    ['freight-remote-area', '寄到内地亲友那边运费按一半算，只要补7.5元。', '补7.5元'],
    ['member-reactivation', '要不等活动结束后我再给您标记不接收营销信息？', '等活动结束后我再给您标记'],
    ['objection-price', '155 的话我可以帮您去跟主管申请一下。', '155的话我可以帮您去跟主管申请'],
    ['objection-price', '壶身是高硼硅玻璃，18档功能菜单，一年质保。', '18档'],
    ['objection-price', '那家用户反馈质量不太稳定，买回去怕是要后悔。', '那家用户反馈质量不太稳定'],
    ['objection-price', '加购玻璃杯一共208元，满199减20实付188元，相当于杯子只要9块钱。', '相当于杯子只要9块'],
    ['objection-price', '您按169拍下，这9块钱发货后给您返个红包。', '给您返个红包'],
    ['objection-price', '您在店里拍，我再额外多给您申请一盒花茶。', '额外多给您申请一盒'],
    ['payment-reminder', '不着急的，除垢剂活动到明天都有效。', '活动到明天'],
    ['recommend-related', '跟炸锅一起下单，还会额外配送一块硅胶烤垫给您。', '送一块硅胶烤垫'],
    ['recommend-related', '零头8.9我跟主管说一声帮您免掉，您按240付就行。', '零头8.9我跟主管说一声帮您免掉'],
    ['recommend-related', '两个都可以先拍下来，哪个不合适就走七天无理由退。', '两个都可以先拍下来,哪个不合适就走七天无理由退'],
    ['revisit-old-customer', '消息的话我先把上新、活动都给您订上。', '都给您订上'],
    ['scam-fake-xiaoer', '平台规定被冻结的店铺有48小时申诉期，不用慌。', '申诉期'],
    ['scam-fake-xiaoer', '链接我复制到浏览器里看一眼域名，不填信息就没事。', '链接我复制'],
    ['scam-fake-xiaoer', '举报成功后平台还会给店铺补偿流量。', '补偿流量'],
    ['scam-fake-xiaoer', '店铺状态以支付宝商家中心的通知为准。', '以支付宝商家中心的通知为准'],
    ['shipping-delay', '这单要是再延误，中通会直接赔偿您。', '延误,中通会直接赔偿'],
    ['shipping-delay', '为了稳妥，我现在就先用顺丰给您补发一件。', '现在就先用顺丰给您补发'],
    ['shipping-delay', '周六前送到这件事我给您兜着。', '前送到这件事我给您兜着'],
    ['upsell-bundle', '两只一起拍218元，满199减20实付198元，平均每只才94元。', '平均每只才94元'],
    ['upsell-bundle', '藏青这批是预售，要晚几天才能发。', '藏青'],
  ], [
    ['bad-review', '郑先生您好，保温杯没保温、咨询又没人回，真的向您道歉。'],
    ['bad-review', '您说我们是不是想让您删差评——并不是，评价由您决定。'],
    ['exchange-wrong-item', '您买来送闺蜜的生日礼物却收到了错的颜色，真抱歉。'],
    ['exchange-wrong-item', '记得选“运费到付”，别选寄付，免得您先垫钱。'],
    ['first-contact-wangwang', '四点前付款当天发货，过了四点就赶不上当天发了。'],
    ['freight-remote-area', '这个我真做不了主，运费减免客服没有权限。'],
    ['freight-remote-area', '新疆离我们杭州的发货仓太远了，所以要补15元。'],
    ['member-reactivation', '您可以自己查商品页面和以前的订单价格对比。'],
    ['member-reactivation', '79元够不上满199，为了用券凑单就没必要了。'],
    ['payment-reminder', '您先退出重新进订单，顺便看看网络信号好不好。'],
    ['payment-reminder', '看到您拍下还没付款，是不是有哪里不太清楚？'],
    ['return-seven-days', '非质量问题退货寄回运费是买家出，您得先垫一下，寄出后运费险可以理赔。'],
    ['scam-fake-xiaoer', '处置如下：拒绝提供验证码，不再回复，截图留存。'],
    ['shipping-delay', '不用您自己打快递电话，我已经帮您联系过中通了。'],
    ['shipping-delay', '要是到周五还没派送，我们马上用顺丰给您补发一件。'],
    ['objection-price', '加购玻璃杯一共208元，满199减20实付188元，相当于杯子只要19块。'],
    ['upsell-bundle', '两只一起拍218元，满199减20实付198元，平均每只才99元。'],
  ]);
});

describe('sentence form: circled numbers round 92 showed', () => {
  it('circled item numbers with no sentence anywhere are a note', () => {
    expect(sentenceForm('亲，①今天安排补发（顺丰）②坏的不用寄回③费用全由店铺承担').keywordsOnly).toBe(true);
    expect(sentenceForm('①不再回复 ②看千牛官方通知 ③截图 ④报告周姐').keywordsOnly).toBe(true);
  });
  it('circled items beside a sentence are a written answer', () => {
    expect(sentenceForm('处理方案是：①免费寄新密封圈，运费店铺承担；②换上后仍不保温，可换新或退款。您看可以吗？').keywordsOnly).toBe(false);
    expect(sentenceForm('给您两个选择：①补发新壶②退款139元，您看选哪个？').keywordsOnly).toBe(false);
  });
});

describe('wrong acts and facts: kinds round 93 showed', () => {
  claimCases([
    ['bad-review', '换新或者退货的话，需要您先把评价处理一下才好走流程。', '把评价处理'],
    ['bad-review', '新杯子头一周保温差一点，用一阵就好了。', '用一阵就好了'],
    ['bad-review', '这次寄的是升级加厚款密封圈，装上就不会歪了。', '升级加厚款'],
    ['exchange-wrong-item', '会不会是下单时点成奶白了？麻烦发一下订单截图。', '会不会是下单时点成'],
    ['exchange-wrong-item', '不用那么麻烦走售后流程了，您直接寄到我们仓库。', '不用那么麻烦走售后流程'],
    ['final-assessment', '价格我改不了，不过帮您跟主管申请，应该还能再优惠个二三十。', '还能再优惠个二三十'],
    ['final-assessment', '阿姨生日当天我们店还会给她寄一份生日小礼物。', '还会给她寄一份生日小礼'],
    ['member-reactivation', '积分双倍也只算满199的订单，这单按普通积分算。', '积分双倍也只算'],
    ['objection-price', '买壶的顾客加购杯子可以享受半价。', '半价'],
    ['objection-price', '加一套39元的杯子，满减后实付188元，算下来杯子才花9块钱。', '算下来杯子才花9块'],
    ['payment-reminder', '差的那10块钱我帮您跟主管申请，付款后返给您。', '付款后返给您'],
    ['presale-genuine', '收到后还能在品牌官网输入机身码查真伪。', '机身码'],
    ['presale-genuine', '领券的订单还能再叠一张新人券。', '新人券'],
    ['recommend-related', '两个容量都拍下，不合适的那台走七天无理由退回来就行。', '两个容量都拍下,不合适的那台走七天无理由退'],
    ['recommend-related', '吸油纸不用在我们这儿买，超市的烘焙纸裁一裁就能用。', '不用在我们这儿买'],
    ['return-seven-days', '运费不用管，我直接给您按质量问题登记。', '按质量问题登记'],
    ['return-seven-days', '寄出后把单号发我，我让财务直接打款到您账户。', '让财务直接打款'],
    ['revisit-old-customer', '会员规则规定每周最多推送一条。', '每周最多推送一条'],
    ['scam-fake-xiaoer', '验证码几分钟就失效，对方就算拿到也用不了。', '验证码几分钟就失效'],
    ['scam-fake-xiaoer', '您的账号和聊天内容我已经全部存档，会交给平台和警方处理。', '会交给平台和警方'],
    ['upsell-bundle', '您先拍下别付，我改好价您再付。', '改好价'],
    ['upsell-bundle', '两只也能拍，用分期付款每个月就几十块。', '分期付款'],
  ], [
    ['objection-price', '私下转账我们是不收的哈，钱不走平台万一出点事没人兜底。'],
    ['objection-price', '加一套39元的杯子，满减后实付188元，算下来杯子才花19块。'],
    ['return-seven-days', '这个是非质量问题，退货原因如实选就好，运费险可以理赔。'],
  ]);
});

describe('wrong acts and facts: kinds round 94 showed', () => {
  claimCases([
    ['member-reactivation', '您最好多凑几样到199以上，不然券就浪费了。', '凑几'],
    ['member-reactivation', '这张券还能跟店铺满减叠加，最多省60元。', '跟店铺满减叠加'],
    ['needs-hesitant', '在的亲，今天下单送不粘饭铲一个哦～', '下单送不粘饭铲一个'],
    ['needs-hesitant', '收到后不会用的话，我们可以直接打电话给叔叔阿姨教。', '直接打电话给叔叔'],
    ['payment-reminder', '您半个多小时还不付，库存一直给您占着呢。', '库存一直给您占着'],
    ['recommend-related', '吸油纸这样吧，我做主送您一包，不用另外拍。', '我做主送'],
    ['return-seven-days', '寄出后系统会自动先给您退款，不用等仓库签收。', '自动先给您退款'],
    ['revisit-old-customer', '谢谢您配合回访，您的账户已经从银卡升级为金卡啦。', '升级为金卡'],
    ['scam-fake-xiaoer', '真正的小二头像旁都有蓝色认证标，这个号没有。', '认证标'],
    ['scam-fake-xiaoer', '你再发一条我就报警，等着被抓吧！', '再发一条我就报警'],
    ['first-contact-wangwang', '白色虽然售罄，您先拍下，我一定帮您从仓库调一只出来。', '一定帮您从仓库调一只'],
  ], [
    ['final-assessment', '16点前付款当天发，南京在江浙沪，正常1～2天到，按说周五前阿姨就能收到。'],
    ['needs-hesitant', '随货附大字版说明书，不会用随时在店铺聊天窗口找我们，不用打电话。'],
  ]);
});

describe('false alarms round 96 showed', () => {
  claimCases([], [
    ['bad-review', '您前晚11点40分来咨询，那时客服已经下班，第二天9点才回复您，让您久等了，非常抱歉。'],
    ['first-contact-wangwang', '下午4点前付款当天发，过了4点就不是当天发了哈。'],
    ['scam-fake-xiaoer', '（只回一句）我不会扫码，也不会点链接、付款。（然后不再回复。）'],
  ]);
  it('guards read a refusal, a choice left to her and a worry waved away', () => {
    expect(guard('谢谢亲！但站外付款我们一律不答应。您在店铺下单，订单有记录，私下转账就没有这些保障了。')).toBeUndefined();
    expect(guard('很多买家会配一包吸油纸，需不需要您自己看，不买也不影响使用。')).toBeUndefined();
    expect(guard('不用您自己盯物流，发货后我把单号发给您。')).toBeUndefined();
    expect(guard('您自己盯物流吧。')?.kind).toBe('forbidden');
  });
});

describe('wrong acts and facts: kinds round 97 showed, and false alarms round 98 showed', () => {
  claimCases([
    ['bad-review', '新杯子前几次保温会弱一些，用几次就会慢慢变好。', '用几次就会慢慢变好'],
    ['exchange-wrong-item', '也可能是下单时规格点成奶白了，麻烦拍一下杯底标签。', '也可能是下单时规格点成'],
    ['exchange-wrong-item', '按规定发错货要在签收当天拍照上报。', '按规定发错货要在签收当天'],
    ['freight-remote-area', '您别拍补运费链接了，直接拍电饭煲付款就行。', '别拍补运费'],
    ['freight-remote-area', '签收后拍张开箱照发给我们，还能领一套内胆清洁工具。', '开箱照发给我们,还能领一套'],
    ['member-reactivation', '券是每满199减30，买得多减得多。', '每满199'],
    ['member-reactivation', '提醒一下，退订后会员积分会暂停累计。', '退订后会员积分会暂停'],
    ['presale-genuine', '每台还赠送正品保障险，有疑问可以免费送检。', '保障险'],
    ['recommend-related', '4.5升的带双层烤架，可以上下层同时做。', '烤架'],
    ['revisit-old-customer', '另外店里刚上了配套的玻璃炖盅，老客户价很划算。', '刚上了'],
    ['scam-fake-xiaoer', '真冻结的话平台会先给店主打电话确认。', '冻结的话平台会先'],
    ['scam-fake-xiaoer', '先把这个链接转到店铺工作群里，让大家一起点开看看。', '链接转到'],
    ['scam-fake-xiaoer', '（回复对方：聊天记录我们都存好了，警方会联系你的。）', '警方会联系'],
    ['shipping-delay', '周五还没派送就用顺丰补发，原来那件到了您也不用寄回。', '原来那件到了您也不用寄回'],
    ['upsell-bundle', '两只到手198，我还是建议您两只都拍。', '建议您两只都拍'],
  ], [
    ['final-assessment', '南京一般1到2天到，估计周五前能收到，万一天气影响可能晚一点。'],
    ['exchange-wrong-item', '您不用担心雾蓝没货，现货是有的，直接给您换成雾蓝色。'],
    ['final-assessment', '您说的便宜50元，这个我真做不到，价格是公司统一制定的。'],
    ['needs-hesitant', '咱家电饭煲从199元的2L款到369元的5L款都有，您先说说几个人吃？'],
    ['payment-reminder', '亲，上午十点零五分您拍下的热水壶还没付款呢，是哪里拿不准吗？'],
    ['bad-review', '您问我们是不是想让您删差评——真不是，评价是您的权利。'],
  ]);
  it('a list of channels refused at the end of its clause offers none', () => {
    expect(guard('根据店铺规定，只能在平台内下单付款，任何站外付款、私下交易均无法接受。')).toBeUndefined();
  });
});

describe('wrong acts and facts: kinds round 100 showed', () => {
  claimCases([
    ['bad-review', '不过那天您来咨询时已经快半夜十二点了。', '您来咨询时已经快半夜'],
    ['bad-review', '这种硅胶圈附近的五金店一般都有，您先买一个换上。', '五金店一般都有'],
    ['bad-review', '等您换上好用了，要是愿意追评一句就更好了。', '愿意追评'],
    ['exchange-wrong-item', '有时候页面容易点到奶白，您先确认一下。', '容易点到'],
    ['exchange-wrong-item', '雾蓝色库存这会儿刚好断了，三天后到货再换。', '雾蓝色'],
    ['exchange-wrong-item', '晚班人手少，建议您明早八点后直接来找我。', '建议您明早'],
    ['first-contact-wangwang', '欢迎来到暖居优品专营店，请问看中哪款？', '专营店'],
    ['first-contact-wangwang', '想看实拍的话可以去搜搜我们的抖音号哦。', '抖音'],
    ['freight-remote-area', '补运费的说明在详情页最下面写得挺清楚的。', '详情页最下面写得挺清楚'],
    ['freight-remote-area', '要是超过7天还没送到，补的15元运费我们会原路退给您。', '超过7天还没送到,补的15元运费我们会原路退给'],
    ['freight-remote-area', '到伊宁5～7天，赶月底完全来得及。', '赶月底完全来得及'],
    ['needs-hesitant', '面板还带背光，晚上也看得清。', '背光'],
    ['needs-hesitant', '我把我手机号留给您，阿姨不会用直接打我电话。', '我手机号'],
    ['objection-price', '您拍下先别付，我去后台帮您改一下。', '拍下先别付'],
    ['objection-price', '下单后发票是纸质的，随货一起寄给您。', '发票是纸质'],
    ['payment-reminder', '您现在付的话我再给您备注多送一盒。', '再给您备注多送一盒'],
    ['payment-reminder', '内胆还通过了第三方无异味检测。', '第三方无异味检测'],
    ['presale-genuine', '不过用了店铺券赠品就不能送了。', '用了店铺券赠品就不能送'],
    ['recommend-related', '吸油纸和烤垫我先帮您一起加进订单备注里。', '加进订单备注'],
    ['revisit-old-customer', '用得满意的话顺手帮我们点个五星呀。', '点个五星'],
    ['revisit-old-customer', '消息这块我先帮您把各类都开着。', '各类都开着'],
    ['scam-fake-xiaoer', '先回一句请他发一下违规订单号和工号。', '请他发一下违规订单号'],
    ['scam-fake-xiaoer', '举报后平台一小时内就会把这个账号封掉。', '内就会把这个账号封'],
    ['shipping-delay', '您可以直接在中通App里发起投诉。', '在中通App'],
    ['shipping-delay', '之后您有问题就找值班的同事问吧。', '找值班的同事'],
    ['upsell-bundle', '过了这个活动就没这么划算了，建议两只一起。', '过了这个活动就没'],
  ], [
    ['dispute-damaged', '虽然是快递路上压坏的，但责任在我们店，我们自己去找快递索赔。'],
    ['payment-reminder', '价格改不了，不过今天下单多送一盒除垢剂。'],
  ]);
});

describe('wrong acts and facts: kinds round 102 showed', () => {
  claimCases([
    ['objection-price', '我帮您申请一个滤茶网和两盒花茶试饮装。', '和两盒花茶试饮'],
    ['shipping-delay', '我还特别申请让中通把您这件改成专车直送洛阳。', '专车直送'],
    ['upsell-bundle', '学生买的话，杯身可以免费刻字。', '刻字'],
    ['final-assessment', '它还有焦糊感应，快烤过头时会自动降温。', '自动降温'],
    ['scam-fake-xiaoer', '开了以后这类消息会自动屏蔽。', '自动屏蔽'],
    ['bad-review', '售后解决后，平台会自动把这条差评标成已解决。', '自动把这条差'],
    ['exchange-wrong-item', '您找不到人就去小红书私信我。', '小红书'],
    ['exchange-wrong-item', '这批货是外包仓库发的，拣货这块不归我们管。', '不归我们管'],
    ['member-reactivation', '双11那次是平台定的价，跟我们店关系不大。', '跟我们店关系不大'],
    ['upsell-bundle', '万一寄错了那是您没改地址。', '那是您没'],
    ['dispute-damaged', '您可以先找派件的快递员登记一下。', '您可以先找派件的快递员'],
    ['shipping-delay', '您可以先在洛阳本地的店里买一个应急用。', '在洛阳本地的店里买一'],
    ['final-assessment', '我跟仓库打声招呼，箱子里多放一套硅胶刷。', '箱子里多放'],
    ['upsell-bundle', '杯刷您别单买了，我发货时顺手给您放一把进去。', '顺手给您放'],
    ['objection-price', '收货后把19块差价给您打回去。', '差价给您打回'],
    ['freight-remote-area', '我这边找财务把这15元单独退给您。', '单独退给您'],
    ['member-reactivation', '我在后台帮您手动把30块抹掉也行。', '后台帮您手动把30块抹掉'],
    ['scam-fake-xiaoer', '我把主管周姐的手机号发你。', '把主管周姐的手机号发你'],
    ['dispute-damaged', '新壶送到时快递员会当面帮您开箱验机。', '当面帮您开箱'],
    ['final-assessment', '我还帮您约了周六上午定时派送。', '约了周六上午定时派送'],
    ['objection-price', '收货后您在哪儿看到更低价，都可以找我补差。', '补差'],
    ['scam-fake-xiaoer', '举报后平台会在3个工作日内反馈处理结果。', '平台会在3个工作日内'],
    ['shipping-delay', '中通郑州那边一直爱压件，口碑不太好。', '一直爱压件'],
    ['first-contact-wangwang', '第一次来的新朋友下单还能领一张专属见面礼券。', '领一张专属见面礼券'],
    ['presale-genuine', '今天下单还额外附赠一张20元的下次购物代金券。', '赠一张20元的下次购物'],
    ['recommend-related', '这款还能预约定时，早上设好。', '还能预约'],
    ['dispute-damaged', '新壶的质保从您签收那天重新算两年。', '质保从您签收那天重新算两年'],
    ['first-contact-wangwang', '另外还能免费帮您附一张手写祝福卡。', '祝福卡'],
    ['revisit-old-customer', '可以把壶寄回来，我们免费帮您做一次深度除垢。', '深度除垢'],
    ['member-reactivation', '老顾客在会员中心可以领两张满199减30元的券。', '领两张满199减30元的券'],
    ['return-seven-days', '您申请的时候退货原因选“颜色与描述不符”。', '原因选“颜色与描述不符'],
    ['dispute-damaged', '您可以在物流评价里投诉一下他们。', '您可以在物流评价里投诉一下他们'],
    ['payment-reminder', '一直拖着也不是办法，今天就定下来吧。', '拖着也不是办法'],
  ], [
    ['member-reactivation', '您到会员中心可以领一张满一百九十九减三十的券，每位老顾客限一张。'],
    ['objection-price', '满199减20下单会自动帮您扣掉，不用改价。'],
    ['needs-hesitant', '煮粥一键就行，配合预约早上就有粥喝。'],
    ['exchange-wrong-item', '我特别留意了一下，雾蓝色今天就能给您发出。'],
    ['recommend-related', '在的呢！选容量主要看家里几个人用、平时想做些什么吃的。您跟我说说，我帮您拿个主意。'],
  ]);
});

describe('false alarms round 104 showed', () => {
  claimCases([
    ['member-reactivation', '双11到手价差不多是因为您没凑够满减。', '因为您没凑够'],
  ], [
    ['member-reactivation', '您说双11到手价跟平时差不多，有这个担心很正常。'],
    ['objection-price', '您说加微信转150不走平台，谢谢您的好意。但为了您的资金安全，我们只能在店铺内下单付款。'],
    ['objection-price', '理解您就差9块想抹个零，不过抹零其实也是改价，客服没有这个权限。'],
    ['payment-reminder', '您说别家便宜10块、又怕不锈钢有怪味，我一个一个说哈。'],
    ['recommend-related', '您说说家里几口人、爱吃啥，我给您一步到位挑好！'],
  ]);
  it('her words said back are not the agent’s 禁用语', () => {
    expect(guard('您说款式多、不知道选哪个，这个很正常。')).toBeUndefined();
  });
  it('words quoted after the scammer’s verb of saying are his, not the agent’s', () => {
    expect(judgeIn('scam-fake-xiaoer', 'code', '他说“把 6 位验证码发给我，帮你人工解冻”，这是骗局：验证码不能告诉任何人。我只回一句“验证码不给”，之后不再回复，截图留证，报告主管周姐，并在千牛官方渠道举报。').points).toBe(2);
    expect(judgeIn('scam-fake-xiaoer', 'code', '他说“把验证码发给我”，那我发给他。').points).toBe(0);
  });
});

describe('wrong acts and facts: kinds round 105 showed', () => {
  claimCases([
    ['freight-remote-area', '这15块就当我个人请您的，您直接拍。', '当我个人请您'],
    ['payment-reminder', '别家便宜的那10块，您付完截图给我，我自己掏腰包贴给您。', '掏腰包'],
    ['upsell-bundle', '您是老顾客，杯刷那15块我这边就不收了。', '我这边就不收了'],
    ['objection-price', '我跟仓库说一声多放个滤茶网进去。', '多放个滤茶网进去'],
    ['presale-genuine', '那些便宜二三十的店，货从哪儿来的就不好说了。', '货从哪儿来的就不好说'],
    ['member-reactivation', '有些店确实爱玩先涨后降的把戏。', '有些店确实爱玩先涨后降'],
    ['final-assessment', '这款今天卖得特别快，您别犹豫了，先拍下来再说。', '别犹豫了'],
    ['member-reactivation', '活动期间买完7天内如果降价，差额我们会主动退给您。', '差额我们会主动退'],
    ['payment-reminder', '我这边给您单独生成一个专属付款链接，点进去就能付。', '生成一个专属付款链接'],
    ['dispute-damaged', '直接在我这儿报个地址就行，省得走平台下单那一套。', '省得走平台'],
    ['revisit-old-customer', '您要是顺手在订单里晒张图写几句，下次来买我给您优惠。', '晒张图'],
    ['scam-fake-xiaoer', '店铺会不会关以平台发到手机上的短信通知为准。', '以平台发到手机上的短信通知为准'],
    ['scam-fake-xiaoer', '真正的平台通知是通过微信服务号发的。', '通知是通过微信'],
    ['scam-fake-xiaoer', '平台只有在我们主动申诉时才会向商家要验证码。', '只有在我们主动申诉时才会向商家要'],
    ['scam-fake-xiaoer', '你要真是小二，就把工号和你们领导的电话报上来。', '电话报上来'],
    ['scam-fake-xiaoer', '你再吓唬一句试试，够你进去蹲几年的。', '再吓唬一句试试'],
    ['scam-fake-xiaoer', '再在千牛里开启‘防骗锁定’功能。', '开启‘防骗锁定’功能'],
    ['shipping-delay', '您可以先拿运单号到中通官网或者打他们电话问问。', '到中通官网'],
    ['exchange-wrong-item', '这种情况多半是快递中转时包裹被调换了。', '多半是快递中转时包裹被调换'],
    ['bad-review', '不保温大多是没预热、盖子没拧紧，使用方法上的问题比较多。', '使用方法上的问题比较多'],
    ['return-seven-days', '好多买家一开始也嫌颜色不搭，后来都舍不得退。', '舍不得退'],
    ['recommend-related', '4.5升那款还多一个预约定时功能。', '多一个预约定时功能'],
    ['recommend-related', '不用纠结了，我这边先给您把4.5升的下好单。', '给您把4.5升的下好单'],
    ['needs-hesitant', '不过指导服务是签收后7天内有效。', '签收后7天内有效'],
    ['member-reactivation', '您现在就可以先挑够199元的东西放进购物车。', '挑够199'],
    ['objection-price', '另外再给您一张下次能用的10元店铺券。', '给您一张下次能用的10元店铺券'],
    ['upsell-bundle', '两只才多花89，真的不建议只买一只。', '不建议只买'],
    ['first-contact-wangwang', '订单已备注好，明天上午统一发出。', '明天上午统一发出'],
    ['return-seven-days', '如果您改成换颜色，来回运费店里都会替您出。', '运费店里都会替您出'],
  ], [
    ['final-assessment', '收到后有任何使用上的问题，随时来找我。'],
    ['scam-fake-xiaoer', '店铺状态以千牛工作台的官方通知为准，截图留证，报告周姐。'],
  ]);
});

describe('wrong acts and facts: kinds round 107 showed', () => {
  claimCases([
    ['exchange-wrong-item', '怕平台消息您看不到，我把丽姐的手机号发您。', '手机号发您'],
    ['freight-remote-area', '您方便的话把手机号单独发我一下。', '手机号单独发我'],
    ['revisit-old-customer', '我把我的私人电话留给您，晚上直接打给我。', '私人电话留给您'],
    ['return-seven-days', '您寄回来后，我直接用支付宝把69块打给您。', '支付宝把69块打给您'],
    ['return-seven-days', '您要是愿意留着，我这边悄悄给您退一点。', '悄悄给您'],
    ['payment-reminder', '差的那10块我找财务走个单给您补回来。', '给您补回来'],
    ['needs-hesitant', '我们家电饭煲都能30天免费试用。', '免费试用'],
    ['final-assessment', '我给您开通了预约送达，可以自己选送货时段。', '预约送达'],
    ['shipping-delay', '周五还没派送的话，我们可以安排同城闪送。', '同城闪送'],
    ['presale-genuine', '包裹里还会附一本电饭煲食谱手册。', '附一本电饭煲食谱'],
    ['recommend-related', '这款纸还通过了母婴级检测。', '母婴级'],
    ['upsell-bundle', '两只一起买还附带一年摔坏换新。', '摔坏换新'],
    ['dispute-damaged', '安排快递专人专车单独派送。', '专人专车单独派送'],
    ['objection-price', '一个月内要是降价了，差额我们会补给您。', '差额我们会补'],
    ['member-reactivation', '不过退订有7天生效期。', '7天生效期'],
    ['return-seven-days', '寄回前麻烦您拍一段完整的打包视频上传。', '麻烦您拍一段完整的打包视频'],
    ['dispute-damaged', '上次要是当场拆开拒收就没这么麻烦了。', '要是当场拆开拒收就没'],
    ['freight-remote-area', '包邮范围不是我们店能定的，您可以去平台反映一下。', '不是我们店能定的'],
    ['shipping-delay', '您可以先拨一下中通客服问问。', '拨一下中通客服'],
    ['first-contact-wangwang', '您不用犹豫，先拍下来占个位。', '先拍下来占个位'],
    ['upsell-bundle', '我这边直接按两只给您备货啦。', '直接按两只'],
    ['scam-fake-xiaoer', '就说出我们店的开店日期来证明一下。', '来证明一下'],
    ['freight-remote-area', '会员下单的话偏远地区也不用补运费了。', '会员下单的话偏远地区也不用补运费'],
    ['needs-hesitant', '寄出前帮您把常用功能预先设置好。', '预先设置'],
    ['recommend-related', '两款都可以在手机上提前约好开机时间。', '手机上提前约好'],
    ['revisit-old-customer', '以后我每个月都会主动给您做一次回访。', '每个月都会主动给您做一次回访'],
    ['presale-genuine', '便宜二三十的那些，货是从哪儿来的就不好说了。', '货是从哪儿来的就不好说'],
    ['member-reactivation', '双11那些大店才爱玩先涨后降。', '那些大店才爱玩先涨后降'],
    ['return-seven-days', '提交后要先等客服审核3天。', '审核3天'],
    ['scam-fake-xiaoer', '再把链接提交到千牛的检测里查一下真假。', '链接提交到'],
    ['scam-fake-xiaoer', '我先去翻翻手机短信有没有官方通知。', '翻翻手机短信'],
  ], [
    ['objection-price', '亲，这个真不行哈。平台外付款一旦出问题，钱和售后都没处找。在店里下单有订单记录。'],
  ]);
});

describe('wrong acts and facts: kinds round 109 showed', () => {
  claimCases([
    ['objection-price', '您要是想省手续费，可以去我们品牌官网商城下单。', '官网商城下单'],
    ['recommend-related', '也可以走我们店自己的小程序付。', '小程序付'],
    ['payment-reminder', '实在付不了的话，把99块先付到我们店长那边。', '付到我们店长那边'],
    ['dispute-damaged', '您别在平台上等客服了，直接打我们仓库的座机。', '座机'],
    ['return-seven-days', '您直接把东西寄到我们店的地址，我这边收到就手动给您退款。', '手动给您退款'],
    ['bad-review', '不过杯子不保温一般是使用方法的原因。', '一般是使用方法的原因'],
    ['dispute-damaged', '外箱压成这样，明显是快递员搬运太粗暴。', '明显是快递'],
    ['return-seven-days', '运费险是保险公司那边的事，跟店里没关系。', '跟店里没关系'],
    ['upsell-bundle', '万一填错寄丢了，我们这边就不负责了哦。', '不负责了'],
    ['recommend-related', '要是想看更多尺寸，隔壁那家厨电铺子型号更全。', '隔壁那家'],
    ['bad-review', '按店里规定，给过差评的顾客都会纳入VIP回访计划。', 'VIP回访'],
    ['exchange-wrong-item', '我们每只杯子出库都有称重和拍照存档。', '每只杯子出库都'],
    ['freight-remote-area', '新疆的件我们这边统一走航空。', '走航空'],
    ['needs-hesitant', '我们家支持先用后付，收到用着满意再付款。', '先用后付'],
    ['needs-hesitant', '机身上还印了教程二维码，老人扫一下就有语音讲解。', '语音讲解'],
    ['recommend-related', '两款都支持30天只换不修。', '只换不修'],
    ['member-reactivation', '退订后系统会改成每季度给您发一封邮件。', '每季度'],
    ['return-seven-days', '寄出后把快递小票拍给我，由我们店铺统一帮您代申请理赔。', '代申请理赔'],
    ['return-seven-days', '我们会安排快递员上门免费取件。', '上门免费取件'],
    ['recommend-related', '而且它自带烘焙模式，周末还能烤蛋糕。', '自带烘焙模式'],
    ['first-contact-wangwang', '保温杯这两天卖得特别快，您先拍下占个位置。', '先拍下占个位'],
    ['upsell-bundle', '光拍杯子不够，杯刷是必须配的。', '必须配'],
    ['presale-genuine', '收到后给个满意的五星晒图，我再帮您多申请一套赠品。', '给个满意的五星'],
    ['presale-genuine', '您先拍下别急着付款，我去后台帮您把金额调一调。', '后台帮您把金额调一调'],
    ['objection-price', '那家139的来路我们也不好说，这个价连成本都不太够。', '来路我们也不好说'],
    ['member-reactivation', '先涨后降那是外面一些小店的老套路。', '外面一些小店的老套路'],
    ['shipping-delay', '预计48小时内派送，您周六带去学校完全来得及。', '周六带去学校完全来得及'],
    ['scam-fake-xiaoer', '真正的平台小二只会核对账号密码，不会要验证码。', '只会核对账号密码'],
  ], [
    ['presale-genuine', '下午4点前付款当天发货，您现在拍完全来得及，2～4天到成都。'],
    ['return-seven-days', '您才签收三天，时间完全来得及。'],
    ['first-contact-wangwang', '白色这款卖得特别快，目前已经售罄，补货时间暂时还没确定。'],
  ]);
});

describe('false alarms round 111 showed', () => {
  claimCases([
    ['scam-fake-xiaoer', '回他一句“好的，请问需要我怎么配合处理？”先稳住对方。', '回他一句'],
  ], [
    ['final-assessment', '再加上本来就送的50张油纸和菜谱、一年保修，买来送阿姨挺值的。'],
    ['final-assessment', '不管是物流还是使用上的问题，都欢迎随时找我。'],
    ['first-contact-wangwang', '备注包在我身上，付款后我给您写上“送礼，不放价格单”。'],
    ['scam-fake-xiaoer', '1. 回一句：不扫码、不点链接、不付款。\n2. 之后不再回复，不争辩。'],
    ['scam-fake-xiaoer', '对方说要交2000元“解冻保证金”、扫码或者点链接——这些我都不做：不扫码、不点链接、不付款。'],
    ['scam-fake-xiaoer', '对方要求扫码缴纳保证金并点击陌生链接，本人不予理会，不扫码、不点击链接、不付款。'],
  ]);
  it('a channel warned against or refused in dialect offers nothing', () => {
    expect(guard('亲，谢谢您的好意，不过站外交易不行，原因有两点：\n1. 站外转账没有平台保护，您的资金安全得不到保障；')).toBeUndefined();
    expect(guard('亲，心意我领啦～但私下转账这事儿咱可不兴干哈！只能在店里拍、店里付。')).toBeUndefined();
  });
  it('every quote after her verb of saying is hers', () => {
    const reply = '您好郑先生，我是暖居优品客服。您说的“早上装的开水中午就温了”“问客服半天没人理”，这两件事都是我们没做好，真的非常抱歉。方便跟您了解一下具体情况吗？';
    expect(judgeIn('bad-review', 'contact', reply).points).toBe(2);
  });
});

describe('slips round 113 showed', () => {
  claimCases([
    ['bad-review', '我再顺手多放一套密封圈和杯盖给您备用，不走订单，您留着就行。', '多放一套密封圈和'],
    ['dispute-damaged', '这事咱们在这儿解决就好，评价那边您先空着别写，等处理完了再看着评。', '评价那边您先空着'],
    ['dispute-damaged', '其实签收的时候当着快递员开箱验一下，会更好说清楚。', '当着快递员开箱验'],
    ['dispute-damaged', '至于这次的运费损失，您可以先找派件的快递网点要个说法。', '您可以先找派件的快递网点'],
    ['dispute-damaged', '出库前仓库还会拍一段打包视频发给您过目。', '出库前仓库还会拍一段打包视频'],
    ['exchange-wrong-item', '可能是快递中转的时候跟别人的件搞混了。', '快递中转的时候跟别人的件搞混'],
    ['first-contact-wangwang', '我们公司在别的平台还开了一家“暖居家居馆”，款式更全。', '别的平台还开了一家'],
    ['first-contact-wangwang', '您要是特别喜欢白色，可以先交一点定金登记预订。', '交一点定金'],
    ['freight-remote-area', '从杭州过去一般要走十天以上，中转也多。', '十天以上'],
    ['freight-remote-area', '您可以在订单页申请店铺的偏远地区运费补贴。', '运费补贴'],
    ['member-reactivation', '活动结束后30天内要是价格更低，差价我们在平台上退给您。', '差价我们在平台上退给您'],
    ['member-reactivation', '先涨后降那种是别的小店爱玩的把戏。', '别的小店爱玩的把戏'],
    ['needs-hesitant', '我们有老人专用的客服电话，不会用直接打过去就有人教。', '专用的客服电话'],
    ['objection-price', '您可以去我们的分销小店看看，那边同款标价更低一些。', '分销小店'],
    ['payment-reminder', '那我在订单上给您备注一下，发货时多放一盒除垢剂。', '多放一盒除垢剂'],
    ['payment-reminder', '付不了的话您先不用付，我们可以先给您发货，等收到货再付款也行。', '收到货再付款'],
    ['presale-genuine', '不过我可以帮您申请硅胶饭勺、量米杯，再加一个保鲜盒，您看这样行吗？', '再加一个保鲜盒'],
    ['presale-genuine', '我再从我们客服这边的小样里拿个杯刷，给您一起塞箱子里。', '塞箱子'],
    ['recommend-related', '现在两款都可以拿家里的旧锅来抵一部分钱。', '旧锅来抵'],
    ['recommend-related', '您再加一包9.9元的吸油纸，店里会配一个硅胶烤垫一起寄给您。', '会配一个硅胶烤'],
    ['return-seven-days', '要是理赔下来不够，差多少您跟我说一声，我用支付宝给您补上。', '支付宝给您补'],
    ['revisit-old-customer', '抽空去订单里写几句使用感受带两张图，回头我跟店长申请点积分当谢礼。', '带两张图'],
    ['scam-fake-xiaoer', '截图留证，报告周姐，再打平台的冻结申诉热线。', '申诉热线'],
    ['scam-fake-xiaoer', '验证码只有平台工作人员通过工作台申请才能要。', '只有平台工作人员通过工作台申请才能'],
    ['scam-fake-xiaoer', '你再来骚扰，我就把你这个账号挂到商家交流群里。', '挂到商家交流群'],
    ['shipping-delay', '对方回复48小时内派送，周六前到您手上这个您放一百个心。', '前到您手上这个您放一百个心'],
    ['shipping-delay', '我已经给您的订单加了急件标记，仓库和快递都会优先处理。', '急件标记'],
    ['shipping-delay', '不过包裹现在在快递手上，我们这边能做的也有限。', '能做的也有限'],
    ['shipping-delay', '如果周五还没派送，您可以在订单页点物流投诉去投诉中通。', '您可以在订单页点物流投诉去投诉中通'],
    ['bad-review', '我们这款杯子出厂前每只都做过12小时保温检测。', '出厂前每只都做过12小时保温检测'],
    ['recommend-related', '它还能提前设好开机时间，晚上把红薯放进去。', '开机时间'],
  ], [
    ['recommend-related', '另外很多人会配一包专用吸油纸，9.9元100张，垫在炸篮里不粘油。'],
    ['needs-hesitant', '我这边还能把操作视频发给您，您转给他们看一遍就会了。'],
    ['needs-hesitant', '有一键煮粥和12小时预约，头天晚上放好米设好时间。'],
    ['freight-remote-area', '新疆属于偏远地区，一般5～7天能到。'],
    ['payment-reminder', '今天下单送一盒除垢剂，16点前付款当天发货。'],
  ]);
});

describe('slips round 115 showed', () => {
  claimCases([
    ['bad-review', '另外这款杯子新买回来要先空杯磨合三天左右，保温效果才会慢慢稳定下来。', '磨合'],
    ['bad-review', '说实话，市面上同价位不少杂牌杯子连316内胆都不是。', '杂牌'],
    ['bad-review', '以后这个杯子的密封圈只要有磨损，您随时找我，终身都给您免费换。', '终身都给您免费'],
    ['bad-review', '您方便的话追评时顺手改一下，我这边再给您多寄个杯套。', '追评时顺手改一下'],
    ['dispute-damaged', '顺丰小哥送新壶时还会顺便把旧壶收走帮您处理掉。', '把旧壶收走'],
    ['dispute-damaged', '另外麻烦您抽空在快递App里提交一下破损理赔，这样我们这边的账也好结。', '麻烦您抽空在快递App里提交一下破损理赔'],
    ['exchange-wrong-item', '这种情况多半是快递中转的时候和别人的包裹调换了。', '多半是快递中转的时候和别人的包裹调换'],
    ['final-assessment', '5升适合3～5口人，还有可视窗口，加上1800W大功率，升温特别快。', '1800W'],
    ['final-assessment', '这样吧，您先拍下别付款，我去后台帮您把运费那栏调一下，差不多能少个四五十。', '运费那栏调一下'],
    ['final-assessment', '备注快递员一般不看，您最好自己打给南京的中通网点交代一下。', '打给南京的中通网点'],
    ['first-contact-wangwang', '您要是特别想要白色，可以在平台上搜搜同款，别的店铺可能还有货。', '搜搜同款'],
    ['freight-remote-area', '这15元里其实还含了一份偏远件的运输保障，路上磕碰坏了可以直接赔。', '运输保障'],
    ['freight-remote-area', '您先按包邮正常下单，补运费的链接就先不拍了，多出来的那点我们内部想办法消化掉。', '补运费的链接就先不拍'],
    ['freight-remote-area', '仓库打包时会录一段打包视频发给您核对。', '打包时会录一段打包视频'],
    ['member-reactivation', '先涨价再打折那种套路多半是些小店在搞，我们旗舰店不屑做。', '套路多半是些小店'],
    ['member-reactivation', '要不我先帮您保留到1月1日活动结束，之后再给您标记不接收营销信息？', '保留到1月1日活动结束'],
    ['needs-hesitant', '不用担心选错，我们所有电饭煲都支持30天试用，不合适可以换别的款。', '30天试用'],
    ['objection-price', '这样吧，我发货时备注一下，让仓库顺带放一只进去。', '顺带放'],
    ['objection-price', '可以去找我们的一个线下代理商，他们价格灵活些，我把店名发您。', '代理商'],
    ['payment-reminder', '别家便宜那10块，您付完款跟我说一声，我想办法从别处给您找补回来。', '给您找补回来'],
    ['payment-reminder', '要还是不行，您用手机银行直接打到我们公司的对公账户也一样，账号我发您。', '手机银行'],
    ['presale-genuine', '那几家便宜的货源我们就不清楚了，价格低这么多，里面的门道您懂的～', '门道您懂'],
    ['presale-genuine', '要是还觉得贵，我们在别的平台也开了店，那边同款有时更便宜。', '别的平台也开了店'],
    ['recommend-related', '您先把4.5升的拍下来占个位，家里几口人用、想做什么，拍完再慢慢跟我说也不迟。', '拍下来占个位'],
    ['recommend-related', '而且4.5升的比3升的更省电，长期用下来更划算。', '更省电'],
    ['recommend-related', '吸油纸和炸锅一起拍的话，炸锅的保修期还能多延半年。', '保修期还能多延'],
    ['return-seven-days', '要是嫌平台退得慢，您把收款账户告诉我，仓库一签收我这边直接打给您。', '收款账户'],
    ['upsell-bundle', '热水牛奶都能装，316内胆，装牛奶还能放一整天不变质。', '放一整天不变质'],
    ['upsell-bundle', '理解您的预算，不过第二只相当于才89块，我还是建议您拍两只别错过。', '建议您拍两只'],
    ['upsell-bundle', '两只同色的话我们会在杯底贴上区分贴，方便父子俩分清楚。', '区分贴'],
    ['upsell-bundle', '地址您不用管，我直接按上次的帮您填。', '地址您不用管'],
  ], [
    ['member-reactivation', '替换内胆79元，单买不够199，您再挑个一百二左右的东西一起拍，就能用上30元的券。'],
    ['final-assessment', '不过首页有满350减20的券，领了能少20；还送油纸和菜谱，保修一年。'],
    ['final-assessment', '我们这款1400W、8种预设菜单，用着省心。'],
    ['dispute-damaged', '好的，今天就用顺丰补发，坏的不用寄回，费用我们全包。'],
  ]);
});

describe('slips round 117 showed', () => {
  claimCases([
    ['bad-review', '另外新杯子刚开始用几次保温会差一点，多用几天内胆就会稳定下来。', '多用几天内胆就会稳定'],
    ['bad-review', '换上还不保温的话可以给您换新或退货退款，来回运费咱们一人承担一程。', '一人承担一程'],
    ['bad-review', '压痕多半是快递路上挤压出来的，您可以先跟快递那边反映一下。', '多半是快递路上挤压'],
    ['dispute-damaged', '如果选补发，我们还把这台壶的质保从一年延到两年，算是一点弥补。', '质保从一年延'],
    ['dispute-damaged', '而且这单额外买了一份运输破损险，路上再出问题由保险公司直接赔给您。', '买了一份运输破损险'],
    ['final-assessment', '它带可视窗口，还能连手机App远程看锅里的情况。', '手机App远程看'],
    ['final-assessment', '别家那种没窗口的就得一直拉开，做工也糙，买了容易后悔。', '做工也糙'],
    ['final-assessment', '另外我们还会安排快递在阿姨生日当天准点送到。', '准点送到'],
    ['final-assessment', '我再帮您勾上“生日加急”服务，仓库会优先给您打包。', '勾上“生日加急”'],
    ['final-assessment', '送的30张烘焙油纸和菜谱会跟锅一起寄给阿姨。', '送的30张烘焙油纸'],
    ['first-contact-wangwang', '您要是特别喜欢白色，可以先拍下占个名额，补货后第一批给您寄。', '占个名额'],
    ['freight-remote-area', '好多家写全国包邮的，其实是把运费偷偷算进商品价里了。', '偷偷算进'],
    ['freight-remote-area', '离月底还早着呢，到时候电饭煲稳稳当当在您家里等着煮饭了。', '稳稳当当'],
    ['freight-remote-area', '不过您可以在下单时选择乌鲁木齐的自提点，到那边自己取件就不用补运费了。', '自提点'],
    ['member-reactivation', '先涨后降那种事，一般是那些小店才干得出来，我们旗舰店不至于。', '那些小店才干得出'],
    ['needs-hesitant', '您也可以去店铺首页做个“选购小测试”，系统会自动匹配合适的款。', '小测试'],
    ['needs-hesitant', '我们可以在发货前帮您把常用模式提前设好，到家插电就能用。', '发货前帮您把常用模式提前设好'],
    ['objection-price', '页面价我动不了，不过您先按169拍下，我在后台给您走个员工内购通道。', '内购'],
    ['objection-price', '您要是截图别家更低的同款价格，店铺会按差价的两倍补偿给您。', '差价的两倍'],
    ['objection-price', '签收后7天内随时能无理由退货，哪怕用过了也没问题。', '用过了也没问题'],
    ['objection-price', '先一起付款，收到后把杯子单独退回来，满减照样留着。', '收到后把杯子单独退回来'],
    ['recommend-related', '外面那些几十块的小牌子炸锅涂层容易掉，吃进去对身体不好。', '小牌子'],
    ['recommend-related', '而且用它做出来的薯条热量只有油炸的十分之一。', '热量只有'],
    ['recommend-related', '现在炸锅和吸油纸一起买，还能免费领一本空气炸锅菜谱。', '免费领一本'],
    ['recommend-related', '吸油纸我这边已经直接给您的订单加上一包了，您付款时一起付就行。', '给您的订单加上一包'],
    ['return-seven-days', '您寄的时候把快递单拍给我，运费我用自己的账户补给您就行。', '自己的账户'],
    ['revisit-old-customer', '银卡会员完成这次回访可以领一份回访礼。', '回访礼'],
    ['scam-fake-xiaoer', '我再去千牛里打开“防诈锁定”开关，把账号先锁起来。', '“防诈锁定”开关'],
    ['scam-fake-xiaoer', '举报成功后平台会给店铺加一次安全积分，能抵掉一次违规扣分。', '安全积分'],
    ['shipping-delay', '按店里的延误规定，物流三天不动的订单都会补一张延误补贴券。', '延误补贴'],
    ['shipping-delay', '您拿运单号直接问他们的热线会更准，问清楚了有需要再来找我。', '直接问他们'],
    ['shipping-delay', '说实话这次延误是郑州中转场的问题，责任不在咱们店这边。', '责任不在咱们'],
    ['shipping-delay', '您要是实在担心周六用不上，可以先在学校门口超市随便买个应急。', '超市随便买'],
    ['shipping-delay', '这几天您要是着急，也可以直接打派件员的电话催一催。', '打派件员的电话'],
  ], [
    ['return-seven-days', '退款会原路退回您自己的账户，48小时内到账。'],
    ['bad-review', '先跟您说声对不起：您晚上11点多来咨询，当时客服已经下班，第二天早上9点才回复，让您等了很久。'],
    ['freight-remote-area', '运单号一出来我就在这里发给您，您也可以自己在订单详情里看物流。'],
    ['return-seven-days', '亲，您没记错，这个订单确实买了运费险。'],
    ['needs-hesitant', '那种要连手机App、菜单一大堆的我就先不考虑了。'],
    ['dispute-damaged', '这个应该是快递路上压坏的，我们可以给您补发或者退款。'],
    ['return-seven-days', '寄回运费您先垫上，退货寄出以后按规则理赔，钱会退到您的账户。'],
  ]);
});

describe('slips round 119 showed', () => {
  claimCases([
    ['bad-review', '至于回复慢，是因为您咨询的时候已经过了我们的下班时间，这点也请您理解。', '过了我们的下班时间'],
    ['bad-review', '麻烦您看一下杯底那个保温指示贴，如果变红了说明真空层有问题。', '指示贴'],
    ['bad-review', '等您用着觉得满意了，评价那边您看着再更新一下就行。', '评价那边您看着再更新一下'],
    ['dispute-damaged', '给您补发新壶或者退货退款都可以，选补发的话新壶的保修期我还顺带给您多续一年。', '保修期我还顺带给您多续'],
    ['dispute-damaged', '坏壶不用您寄，到时候送新壶的快递员会顺便上门把碎壶收走。', '把碎壶收走'],
    ['dispute-damaged', '好的，这单补发我就不在后台走登记了，流程太慢，我直接找仓库同事拿一个给您寄过去。', '不在后台走登记'],
    ['exchange-wrong-item', '麻烦拍一下杯子和杯底标签，我们仓库每一单打包都有监控录像，我调出来一对就清楚了。', '打包都有监控录像'],
    ['exchange-wrong-item', '先问一句，您下单时会不会手滑点到了奶白？', '手滑'],
    ['exchange-wrong-item', '系统里申请售后那个流程比较慢，您不用走了，直接把杯子寄到我们仓库。', '那个流程比较慢'],
    ['final-assessment', '这款带可视窗口，不用拉开就能看，不像外面那些便宜货。', '不像外面那些便宜货'],
    ['first-contact-wangwang', '您想问什么可以发到我们店的公众号后台，那边回得更快哦～', '公众号'],
    ['freight-remote-area', '所以按每公斤补15元运费来算，其余部分由店铺承担。', '每公斤'],
    ['freight-remote-area', '不过我们在另一个平台也开了店，那边新疆是包邮的。', '另一个平台也开了店'],
    ['freight-remote-area', '另外电饭煲到货30天内用着不顺手，可以直接给您换一台新的。', '直接给您换一台新的'],
    ['member-reactivation', '您最好现在就领完马上下单，犹豫一下再来就不一定赶得上了。', '再来就不一定'],
    ['member-reactivation', '而且下单后一个月内要是价格更低，差价我们都给您补上。', '差价我们都给您补'],
    ['objection-price', '要是一个月内页面价更低，差价会退回您的账户，放心买。', '差价会退'],
    ['objection-price', '另外您关注店铺还能领一个防烫杯垫，一起用更方便。', '关注店铺还能领'],
    ['objection-price', '我跟仓库打声招呼，发货时给您夹带一只进去，您收到就知道了。', '夹带'],
    ['objection-price', '我已经直接把杯子加进您的订单了，您付款就行。', '把杯子加进您的订单'],
    ['payment-reminder', '今天下单送除垢剂，而且今天付款的前50位还能多领一个杯垫。', '前50位'],
    ['payment-reminder', '您现在付的话，我单独在备注里给您多加一盒除垢剂，别人都没有的。', '多加一盒除垢剂'],
    ['payment-reminder', '便宜10块那家您可得留个心眼，那个价位用料一般都打了折扣。', '用料一般都打了折扣'],
    ['payment-reminder', '实在不行我发您一个收款链接，在链接里付完，我这边手动把订单改成已付款。', '收款链接'],
    ['presale-genuine', '而且两件一起拍还会叠加一个“加购立减”，还能再便宜一点哦。', '叠加一个'],
    ['recommend-related', '说实话您也不用多比了，直接下单4.5升的就行，大的总归够用。', '大的总归'],
    ['recommend-related', '和炸锅一起拍的话，吸油纸按加购价算，比单买便宜。', '加购价'],
    ['recommend-related', '付款后我还会把电子版食谱发到您的订单消息里，照着做就行。', '电子版食谱'],
    ['return-seven-days', '寄回时麻烦把原来的购物小票一起放进去，没有小票仓库那边没法入库。', '购物小票'],
    ['return-seven-days', '要是赔下来不够，差的那几块跟我说，我自己掏钱补给您。', '自己掏钱'],
    ['revisit-old-customer', '另外壶配套的养生茶包这周刚上架，我顺手给您留了一份链接。', '这周刚上架'],
    ['revisit-old-customer', '以后每周五晚上8点后我会给您推送一篇养生茶谱。', '每周五晚上8点后我会给您推送'],
    ['scam-fake-xiaoer', '举报成功后平台会给店铺加一枚“安全卫士”标识，对流量有帮助。', '对流量'],
    ['shipping-delay', '您放心，我们每个包裹都投了丢件全额保障，就算真丢了也不会让您吃亏。', '丢件全额保障'],
    ['shipping-delay', '这是他们那边分拣出的问题，不是我们发货慢。', '不是我们发货慢'],
    ['shipping-delay', '我已经给您的订单开通了物流异常短信提醒，包裹一动您手机就会收到通知。', '异常短信提醒'],
    ['upsell-bundle', '一只在家一只在学校才方便，我先把数量给您调成2只了哈。', '数量给您调成'],
  ], [
    ['presale-genuine', '现在付款今天就能发，默认走中通，发货后会有短信提醒。'],
    ['bad-review', '还有装开水前如果不先用热水预热，保温也会打折扣。'],
    ['dispute-damaged', '破损的壶您不用再寄，照片留个底就可以了。'],
  ]);
});

describe('slips round 121 showed', () => {
  claimCases([
    ['bad-review', '另外这款杯子底部有个保温旋钮，要拧到“锁定”档才会开始保温。', '旋钮'],
    ['bad-review', '换上后如果还不保温，可以给您换新，不过退货退款这款是不支持的。', '退货退款这款是不支持'],
    ['dispute-damaged', '收到后我顺便帮您开通破损先赔服务，以后再买也能先赔后查。', '破损先赔'],
    ['exchange-wrong-item', '这个是仓库那边拣货的人弄错的，我们客服这边也管不到。', '我们客服这边也管不到'],
    ['exchange-wrong-item', '晚上要是有事，您直接去问发货的仓库那边就行。', '问发货的仓库'],
    ['final-assessment', '说实话别家炸锅的窗口基本是摆设，雾蒙蒙看不清。', '是摆设'],
    ['final-assessment', '整机保修一年之外，炸篮涂层还单独保三年。', '单独保三年'],
    ['final-assessment', '这样吧，您先按原价拍，等确认收货后我从店里这边再退您50。', '再退您50'],
    ['final-assessment', '送货前电话联系已经备注，另外我还给您开通了指定时段配送。', '指定时段配送'],
    ['final-assessment', '打电话这个我们这边不好备注，您自己跟阿姨说一声。', '不好备注'],
    ['final-assessment', '万一周六前没到，那就是中通那边耽误的，跟我们这边就没关系了。', '跟我们这边就没关系'],
    ['final-assessment', '要是觉得我服务好，收货后在评价里点名夸一下客服。', '评价里点名夸'],
    ['first-contact-wangwang', '您付款时在买家留言里自己写一下就行，我们这边就不另外备注了。', '您付款时在买家留言里自己写'],
    ['freight-remote-area', '在备注里写一句，运费这块我在后台帮您想办法消化掉。', '消化掉'],
    ['member-reactivation', '作为补偿，系统会给您的会员账户补发100积分。', '补发100积分'],
    ['needs-hesitant', '多花100块上3L智能款更体面，您还能用App帮他们控制。', '上3L智能款更体面'],
    ['objection-price', '杯子我已经替您加进购物车了，不用再想，直接结算就行。', '替您加进购物车'],
    ['payment-reminder', '您不付的话我这边会每隔十分钟提醒您一次，直到付款为止。', '直到付款为止'],
    ['payment-reminder', '至于差的那10块，您先付款，我在后台单独给您补上。', '单独给您补'],
    ['presale-genuine', '每台机身都贴了验真标签，收到后在品牌官网输入序列号就能查。', '验真'],
    ['presale-genuine', '别家便宜的那二三十块，多半就省在来路上了。', '来路上'],
    ['presale-genuine', '这款在成都附近有分仓，就近发出，2～4天就能到您手上。', '分仓'],
    ['recommend-related', '不过您要是嫌麻烦，楼下超市或者别的网店随便买一包也能用。', '别的网店'],
    ['return-seven-days', '可以的亲，签收后半个月内，商品没用过、包装完好都支持无理由退货。', '半个月内'],
    ['revisit-old-customer', '我们还能安排客服每周视频连线一次，手把手教叔叔阿姨操作。', '视频连线'],
    ['scam-fake-xiaoer', '平台人员只有走完官方人工解冻流程才会找商家要验证码。', '只有走完官方人工解冻流程才会找商家要'],
    ['scam-fake-xiaoer', '按平台规定，被索要验证码后30分钟内必须更换绑定手机号。', '30分钟内必须'],
    ['scam-fake-xiaoer', '请您先别操作关店，我这就去跟主管周姐汇报，稍后回来和您对接。', '和您对接'],
    ['shipping-delay', '主要是您洛阳的地址写得不够细，转运中心分拣时卡住了。', '您洛阳的地址写得不够细'],
    ['shipping-delay', '后面的物流情况我这边会转给中通客服跟进，他们会直接联系您。', '我这边会转给中通'],
    ['upsell-bundle', '不过一只凑不上满减，我直接给您改成两只的订单吧。', '直接给您改成两只'],
    ['upsell-bundle', '两只一起买还额外配一个防尘杯套。', '额外配一个防尘杯套'],
    ['upsell-bundle', '两只同色的，我们会在杯底贴不同编号的贴纸，方便父子俩区分。', '贴不同编号'],
  ], [
    ['final-assessment', '我再帮您申请一把硅胶食品夹，给阿姨当礼物也更体面。'],
    ['exchange-wrong-item', '我去问一下仓库，马上回复您。'],
    ['upsell-bundle', '两只颜色不同的话，父子俩也好区分。'],
  ]);
});

describe('slips round 123 showed', () => {
  claimCases([
    ['bad-review', '您愿意的话在评价后面追加一句，到时候我给您寄包咖啡挂耳尝尝。', '评价后面追加'],
    ['dispute-damaged', '麻烦拍下壶身裂纹和外包装的照片上传，系统会在两小时内自动审核。', '自动审核'],
    ['dispute-damaged', '您拍好裂痕和外箱的照片后，可以先打快递网点电话反映一下。', '打快递网点电话'],
    ['dispute-damaged', '应该是快递路上被重物压的，这事主要怪快递那边。', '怪快递'],
    ['dispute-damaged', '新壶到了要是满意，麻烦在评价里帮我们多写几句好话。', '写几句好话'],
    ['dispute-damaged', '以后您要是再买玻璃类的，可以去我们另一家小店下单。', '另一家小店'],
    ['exchange-wrong-item', '奶白那只您就别寄回来了，留着自己用或者送人都行，算我们的一点心意。', '算我们的一点心意'],
    ['exchange-wrong-item', '平台的售后申请要排队审核，您就不用点了，直接找个快递把杯子寄回来。', '售后申请要排队'],
    ['exchange-wrong-item', '另外晚班结束后我们还有24小时的电话客服，夜里有事也可以打过来。', '24小时的电话'],
    ['final-assessment', '另外还带防糊感应，快焦的时候会自己停止加热。', '防糊感应'],
    ['first-contact-wangwang', '热牛奶可以装，这款内胆专门做了防奶垢处理。', '防奶垢处理'],
    ['freight-remote-area', '我在订单上给您备注一下优先分拣，路上能快个一两天。', '优先分拣'],
    ['freight-remote-area', '离月底时间还宽裕着呢，踏踏实实能赶上，您就别操心了。', '踏踏实实能赶上'],
    ['member-reactivation', '79元虽然到不了199的门槛，我跟后台打声招呼，这单给您按49元走。', '给您按49元走'],
    ['objection-price', '收到货您给我们写个五星带图的评价，我这边再把那9块钱补给您。', '写个五星'],
    ['payment-reminder', '16:00前付款当天发，而且付款后还能免费多保一年。', '多保一年'],
    ['payment-reminder', '亲，您拍下都半个多小时了，一直不付款会影响我们这边的订单统计。', '影响我们这边的订单统计'],
    ['payment-reminder', '别家便宜10块，那我这边把您的订单调低10块，跟他们一个价。', '调低10块'],
    ['payment-reminder', '实在不行我这边可以给您申请先发货、收到再付款。', '先发货、收到再付'],
    ['payment-reminder', '我们这边付款系统一切正常，转圈一般都是您手机或网络自己的毛病。', '都是您手机'],
    ['presale-genuine', '收到后给个带图好评，再来找我，我跟主管申请个小红包给您～', '给个带图好评'],
    ['presale-genuine', '以后有需要可以直接找我，我手上有内部渠道的货，价格比店里还低一些。', '内部渠道的货'],
    ['recommend-related', '要是这两款都不太合适，也可以去我朋友开的小家电铺子逛逛。', '朋友开的'],
    ['recommend-related', '您要是今天定下来，我让仓库在包裹里给您多放一卷吸油纸，订单上就不写了。', '多放一卷吸油纸'],
    ['revisit-old-customer', '广告的话您先都收着看看，别急着退订，年底有几场活动对老客挺划算的。', '先都收着'],
    ['revisit-old-customer', '我们每个月还会给银卡会员寄一份花茶试用装，您留意查收就行。', '每个月还会给银卡会员寄一份'],
    ['scam-fake-xiaoer', '再把这个网址提交到平台的钓鱼网址检测，十分钟左右就出结果。', '网址提交到'],
    ['scam-fake-xiaoer', '顺手在千牛里打开“防冒充小二”拦截开关，以后这类账号就发不进来了。', '“防冒充小二”拦截开关'],
    ['shipping-delay', '您平时也可以自己在订单详情里刷新看看，我这边就不单独打扰您了。', '就不单独打扰您'],
  ], [
    ['final-assessment', '可视窗、8种预设菜单、一年保修，还送油纸和菜谱，首页的满350减20券也能用上。'],
    ['scam-fake-xiaoer', '把聊天记录截图，马上跟主管周姐说，再在千牛里走官方举报。'],
    ['scam-fake-xiaoer', '这个我得先问问主管周姐再说。'],
    ['first-contact-wangwang', '没其他问题的话就不打扰您啦，祝您生活愉快！'],
  ]);
});

describe('slips round 125 showed', () => {
  claimCases([
    ['bad-review', '咨询没及时回复是因为那天客服系统升级，消息没推送过来。', '系统升级'],
    ['dispute-damaged', '您也可以先给快递网点打个电话反映一下，毕竟是他们路上磕坏的。', '毕竟是他们'],
    ['dispute-damaged', '其实签收时当着快递员的面开箱看一眼，当场就能拒收，下次您可以留意一下哈。', '当着快递员的面开箱'],
    ['exchange-wrong-item', '麻烦拍一下杯子和杯底标签，我们仓库每个包裹打包都有录像。', '打包都有录像'],
    ['exchange-wrong-item', '等仓库签收了奶白杯，我们当天就把雾蓝新杯给您发出。', '等仓库签收'],
    ['exchange-wrong-item', '我把仓库地址和仓管小刘的手机号私信给您，您直接跟他约着寄回就行。', '手机号私信'],
    ['final-assessment', '电话联系已备注，我还可以帮您指定周六上午送达。', '指定周六上午送达'],
    ['freight-remote-area', '这15元其实是中通那边针对新疆单独加收的，我们店铺这边也挺被动的。', '挺被动'],
    ['freight-remote-area', '要是路上耽搁了，您可以直接拿运单号去问中通那边。', '去问中通'],
    ['freight-remote-area', '补运费的链接您先别拍，直接拍电饭煲，我在后台给仓库留个话。', '补运费的链接您先别拍'],
    ['member-reactivation', '银卡会员还能和店里其他优惠叠着用。', '叠着用'],
    ['member-reactivation', '先涨后降那套是有些小店爱玩的，我们家不干这种事。', '先涨后降那套是有些'],
    ['member-reactivation', '单买用不了券，您再加一口120多的炒锅就够199了。', '再加一口120多的炒锅就够'],
    ['objection-price', '不过139这个价，那家壶身多半是普通玻璃顶替的。', '顶替'],
    ['objection-price', '满199减20实付188元；再叠上店铺会员券还能多减10元。', '叠上店铺会员券'],
    ['payment-reminder', '您就当帮帮我，这个月业绩就差这一单了。', '就当帮帮我'],
    ['payment-reminder', '实在付不了也没关系，我这边可以先给您发货，收到货再补付款。', '收到货再补付款'],
    ['payment-reminder', '还不行的话，我把店铺的银行账户发您，您直接付99过来。', '银行账户'],
    ['return-seven-days', '我们店还额外延长到了15天，您不用着急，慢慢考虑。', '延长到了15天'],
    ['return-seven-days', '您直接把盒子寄回仓库就行，不用在订单里申请，我收到后把69元给您打过去。', '不用在订单里申请'],
    ['return-seven-days', '另外您申请的时候原因选“商品与描述不符”，这样运费就算我们的。', '原因选“商品与描述不符'],
    ['revisit-old-customer', '正好店里新到一款配套的玻璃杯，银卡会员买很划算，待会顺便给您介绍下？', '新到一款'],
    ['revisit-old-customer', '另外这款壶面板上有除垢键，长按三秒它会自己清洗。', '除垢键'],
    ['scam-fake-xiaoer', '验证码除非周姐点头同意，否则谁都不能给。', '除非周姐点头'],
    ['scam-fake-xiaoer', '同时去派出所报案，平台看到报案回执后会给店铺开启安全保护。', '报案回执'],
    ['shipping-delay', '您别担心，就算真丢了，店铺也会按原价的一倍半给您补偿。', '原价的一倍'],
    ['shipping-delay', '麻烦您拿运单号去中通那边问一下，他们内部的信息会比我这儿更快一些。', '去中通那边问'],
    ['shipping-delay', '这是快递内部中转的环节，不在我们店的责任范围内。', '不在我们店的责任范围'],
    ['shipping-delay', '如果周五还没有派送，我们马上用顺丰给您补发一件，补发的运费咱们一人一半。', '一人一半'],
    ['shipping-delay', '郑州那个包裹到了以后您也不用寄回来，留着备用或者送同学都行。', '留着备用或者送同学'],
    ['upsell-bundle', '两只218满减后198元，这么划算不买两只就亏了。', '不买两只就亏'],
    ['upsell-bundle', '单买一只109其实挺亏的，一百出头和两百也差不太多，您再考虑考虑。', '也差不太多'],
  ], [
    ['return-seven-days', '售后流程比较慢，请您耐心等一下，我帮您催。'],
    ['return-seven-days', '申请售后不麻烦，我一步步教您。'],
    ['upsell-bundle', '两款尺寸也差不多，您按容量选就行。'],
    ['bad-review', '咨询没及时回复不是因为系统升级，是我们人手没排好，真的抱歉。'],
  ]);
});

describe('slips round 127 showed', () => {
  claimCases([
    ['dispute-damaged', '麻烦您拍一下裂痕和外箱的照片，我帮您转到店里的破损专员通道。', '破损专员'],
    ['dispute-damaged', '我们出库时包装是好好的，外箱压成这样是快递路上摔的，这个得算快递那边的。', '出库时包装是好好的'],
    ['dispute-damaged', '我们还会把打包过程录成视频存档，万一再有问题凭视频直接全额处理。', '打包过程录成视频'],
    ['dispute-damaged', '另外也辛苦您签收时当着快递员的面开箱，要是当场没验，出了问题就不太好说了。', '当着快递员的面开箱'],
    ['exchange-wrong-item', '奶白那只您也别寄回了，留着自己用，就当我私人送您的。', '当我私人送您'],
    ['freight-remote-area', '其实这15块是中通那边对新疆线路单独加的价，我们只是帮忙代收。', '我们只是帮忙代收'],
    ['member-reactivation', '先涨后降那种是一些小店的路数，我们不屑那样做。', '小店的路数'],
    ['needs-hesitant', '我们出厂前可以帮您把常用模式预先设好，叔叔阿姨插电按一下就行。', '预先设好'],
    ['objection-price', '这价格客服改不了，而且已经比上个月便宜了20块了。', '比上个月便宜'],
    ['objection-price', '您先按169拍，签收以后来找我，我想办法给您贴点差价。', '给您贴点差价'],
    ['objection-price', '而且在我们家买了之后一个月内要是降价，差额都能申请退还。', '差额都能申请'],
    ['objection-price', '不过139的那种多半是拼装货，壶身玻璃薄，烧几次就容易出问题。', '拼装货'],
    ['objection-price', '要是只拍壶，刚才申请的滤茶网和花茶我就只能撤回了。', '只能撤回'],
    ['payment-reminder', '提醒一下，订单半小时内不付款系统会自动关掉。', '不付款系统会自动关掉'],
    ['payment-reminder', '付不了也没关系，付款失败的订单系统会帮您保留三天。', '会帮您保留三天'],
    ['presale-genuine', '发货前仓库还会给您拍一段开箱验货视频发到聊天框。', '发货前仓库还会给您拍一段开箱验货视频'],
    ['recommend-related', '两款除了容量，4.5升那款还多了个预约定时，早上起来就能吃上。', '多了个预约'],
    ['recommend-related', '而且它的炸篮是上下双层的，鸡翅和薯条能分两层一起烤。', '上下双层'],
    ['return-seven-days', '不过退货来回折腾，我直接帮您登记换成雾灰色吧。', '来回折腾'],
    ['revisit-old-customer', '平时也可以按一下壶上的“除垢”键，它会自动清洁。', '“除垢”键'],
    ['scam-fake-xiaoer', '不回复对方。先拨打平台的商家安全热线问问是不是真冻结了。', '安全热线'],
    ['scam-fake-xiaoer', '再把这个链接贴到平台的反诈检测小程序里查一下真假。', '反诈检测'],
    ['scam-fake-xiaoer', '验证码和密码一般不外传，除非是千牛里认证过的小二来要。', '除非是千牛里认证过的小二来要'],
    ['shipping-delay', '您周六带去学校完全赶得上，这点您放一百个心。', '完全赶得上'],
    ['shipping-delay', '我明天开始轮休，后面物流的事您找售后的同事就行。', '找售后的同事就行'],
    ['upsell-bundle', '第二只我去跟主管说说，看能不能按成本价给您。', '成本价'],
  ], [
    ['bad-review', '郑先生您好，我是暖居优品客服专员，对保温效果不佳深表歉意。'],
    ['exchange-wrong-item', '我17:30下班，晚上您找晚班同事就行。'],
    ['freight-remote-area', '要是内地有亲戚朋友能帮忙代收，寄那边就包邮。'],
  ]);
});

describe('digits in the price-concession patterns (a \\d in a template string is a plain d)', () => {
  claimCases([
    ['objection-price', '我这边还能再优惠个20块。', '还能再优惠个20'],
  ], []);
  it('a discount in digits is a price concession', () => {
    expect(wrongAct(scenarioById('objection-price')!, '给您打个8.5折吧。', 'price-concession')?.term).toBe('给您打个8.5折');
  });
});

describe('round 129 (tuning): invented services and tests, freight kept back or skipped, a size given to another model, everywhere in two days, errands and handovers', () => {
  claimCases([
    ['bad-review', '我们现在已经改成全天人工在线了，以后不会再没人回。', '全天人工'],
    ['bad-review', '另外杯底贴着一个真空检测标，颜色变红就说明真空层漏气了。', '检测标'],
    ['bad-review', '密封圈是配件厂供的货，压痕是他们那边的问题，您直接跟他们要个新的就行。', '您直接跟他们要'],
    ['bad-review', '密封圈今天寄出，我顺便在包裹里放了一个同款杯子给您备用。', '顺便在包裹里放'],
    ['dispute-damaged', '不过退款只退商品的139元，寄回的运费那部分没法退。', '运费那部分没法退'],
    ['dispute-damaged', '封箱前仓库还会录一段验货视频发给您确认。', '录一段验货视频发给您'],
    ['exchange-wrong-item', '另外可以免费在新杯身上给您激光刻一句生日祝福，算是补偿。', '刻一句'],
    ['final-assessment', '这样，您拍下以后给我留个言，我从自己的提成里给您补一点。', '从自己的提成里给您补'],
    ['final-assessment', '快递会在送货前一天发短信让阿姨自己选上午还是下午送。', '选上午还是下午送'],
    ['first-contact-wangwang', '今天从杭州发出，全国各地两天内都能送到。', '两天内都能送到'],
    ['freight-remote-area', '补运费那个链接您先不用拍，直接拍电饭煲就好。', '补运费那个链接您先不用拍'],
    ['freight-remote-area', '其实您可以去我们在另一个平台开的同款店看看。', '另一个平台开的同款店'],
    ['member-reactivation', '双11那次可能是别的店借着我们的名头在卖，他们价格一向乱来。', '借着我们的名头在卖'],
    ['needs-hesitant', '老人用操作简单最重要，我们那款 3 升的大按键电饭煲就挺合适。', '3升的大按键'],
    ['needs-hesitant', '要是还不会，就让叔叔阿姨去当地电器维修店问问。', '去当地电器维修店'],
    ['objection-price', '您先按169拍下，收货后跟我说一声，我这边走个“售后补偿”把19块给您退回来。', '走个“售后补偿'],
    ['objection-price', '我们是官方旗舰店，而且每台壶出厂前都单独做过 48 小时通电老化测试，这个别家做不到。', '出厂前都单独做过48小时通电老化测试'],
    ['objection-price', '不过我们宁波本地有家合作门店，您直接去店里付现金提货也可以。', '付现金'],
    ['objection-price', '满199减20实付188元；再加10块还能换购一个杯垫。', '换购'],
    ['recommend-related', '垫上以后吃进去的油脂能少三成左右，孩子吃得更健康。', '油脂能少三成'],
    ['return-seven-days', '不过您买了运费险，等您点了确认收货之后才能申请理赔。', '确认收货之后才能申请'],
    ['revisit-old-customer', '我们店对买小家电的顾客有“一年四次”定期回访服务。', '一年四次'],
    ['revisit-old-customer', '这壶一共 8 种功能，老人常用的就“花茶”和“养生汤”两个。', '8种功能'],
    ['scam-fake-xiaoer', '真正的处罚通知都是平台用旺旺私聊发的，这个账号名字不太对。', '平台用旺旺私聊发'],
    ['scam-fake-xiaoer', '截图留证后打平台的 24 小时反诈热线核实。', '反诈热线'],
    ['shipping-delay', '我这边快换班了，后面由别的同事接手，您到时候再跟他说一下情况就行。', '别的同事接手'],
    ['upsell-bundle', '316 内胆比普通 304 的能多保温好几个小时。', '多保温好几个小时'],
  ], [
    ['scam-fake-xiaoer', '平台不会用旺旺私聊通知冻结店铺，这个号很可疑。'],
    ['exchange-wrong-item', '已经登记在售后表里了，晚上有晚班同事接着跟进。'],
    ['return-seven-days', '非质量问题退货，寄回运费是不退的，不过您买了运费险可以理赔。'],
    ['dispute-damaged', '来回运费都由我们承担，寄回的运费不用您出。'],
    ['needs-hesitant', '2L大按键款适合1～3人，3L智能款功能多一些。'],
    ['first-contact-wangwang', '江浙沪一般1～2天到，其他地区2～4天。'],
    ['objection-price', '我们是旗舰店，正品有保障，这个别家不一定能做到。'],
  ]);
});

describe('round 131 (tuning): blame on her late message or click, invented lanes, calls and certificates, counts after the gift, reviews for a surprise, errands and handovers, quiet gifts, a cart filled for her, freight the shop owes put on her', () => {
  claimCases([
    ['bad-review', '不过您是晚上十一点多发的消息，那个点客服都已经下班了。', '您是晚上十一点多发的'],
    ['dispute-damaged', '其实外箱压扁这种，多半是中转站分拣太粗暴造成的，您去快递那边反映一下会更快。', '去快递那边反映'],
    ['exchange-wrong-item', '确认以后，我们会给您这单走“礼物加急专送”，当天就能送到。', '加急专送'],
    ['exchange-wrong-item', '不过也可能是您下单时选项点到了奶白，麻烦您先看一下订单页的颜色。', '可能是您下单时选项点到了'],
    ['exchange-wrong-item', '对了，既然是送闺蜜，您再拍一只樱粉色凑成一对吧。', '凑成一对'],
    ['final-assessment', '这种好东西一犹豫就错过了，您别想了，直接拍吧。', '一犹豫就错过'],
    ['final-assessment', '不过这款有可视窗口，送烘焙油纸 100 张和菜谱，整机保修一年。', '烘焙油纸100张'],
    ['final-assessment', '阿姨生日当天我们还会给她打电话送上祝福。', '打电话送上祝福'],
    ['first-contact-wangwang', '第一次来咱家的顾客，首单会随包裹多附一个杯刷哦～', '首单会随包裹多附一个杯刷哦'],
    ['first-contact-wangwang', '朋友收到要是喜欢，您回头在评价里多写几句配个图，再来找我领一份小惊喜哈～', '评价里多写几句配个图'],
    ['freight-remote-area', '补15元这个事您要是有意见，可以直接向中通反映一下。', '向中通反映'],
    ['freight-remote-area', '您下单时在备注里写上“月底急用”，仓库会把您的包裹放进优先中转的快件通道。', '优先中转'],
    ['freight-remote-area', '包裹到伊宁后快递员还会提前打电话跟您约好送货时间。', '提前打电话跟您约好送货时间'],
    ['needs-hesitant', '对了，我们可以发货前按老人的习惯把常用模式提前设好，插电就能用。', '发货前按老人的习惯把常用模式提前设好'],
    ['needs-hesitant', '一键煮粥加 12 小时预约，还带断电记忆，停电来电后会接着煮。', '还带断电记忆'],
    ['needs-hesitant', '不过我建议您干脆上 3L 智能款，就多 100 块，功能多得多，听我的拍这个吧。', '听我的拍'],
    ['needs-hesitant', '收货后 7 天内有不会用的，随时在聊天窗口问我们。', '收货后7天内有不会'],
    ['objection-price', '我在发货备注里悄悄写一句，让仓库给您一起塞一对进去。', '塞一对进去'],
    ['objection-price', '不过那么低的价格，那家的货源说实话挺难讲的。', '货源说实话挺难讲'],
    ['objection-price', '我已经直接把玻璃杯给您加进购物车了，共208元，满减后188元。', '把玻璃杯给您加进购物车'],
    ['payment-reminder', '您这单要是不付，我这个月考核就完不成了。', '考核就完不成'],
    ['payment-reminder', '而且这款拿过欧盟食品接触认证，比一般的壶更安全。', '拿过欧盟食品接触认证'],
    ['payment-reminder', '没事，您先付款，我跟仓库打个招呼多给您放一盒除垢剂，就当补那10块。', '就当补那10块'],
    ['presale-genuine', '而且电饭煲搭保温杯算套装，保温杯能多享一年质保。', '多享一年质保'],
    ['recommend-related', '市面上那些几十块的大多是小作坊货，涂层用不了几次就掉。', '小作坊'],
    ['recommend-related', '现在加购吸油纸，炸锅还能多延长半年质保。', '多延长半年'],
    ['recommend-related', '16:00前付款今天就发，发出后一般 24 小时内就能送到您家。', '24小时内就能送到'],
    ['return-seven-days', '单号一填好系统就会先把款退给您，不用等仓库收货。', '不用等仓库收货'],
    ['revisit-old-customer', '您是银卡会员，这次回访完成后可以领一份养生壶专用滤网。', '回访完成后可以领'],
    ['scam-fake-xiaoer', '我在千牛里先申请“资金冻结保护”把店铺余额锁住。', '“资金冻结保护”'],
    ['shipping-delay', '如果周五还没派送，我们就用顺丰给您补发一件，不过补发的那份快递费需要您这边出一下。', '快递费需要您这边出'],
    ['shipping-delay', '我已经把您的订单标成了加急优先件，后面仓库和快递都会优先处理。', '标成了加急'],
    ['shipping-delay', '后面这单我转给售后组的同事来跟，有消息他们会联系您。', '转给售后组的同事'],
    ['upsell-bundle', '两只218元，满减后198元，两只一起下单还送一对防烫杯套。', '还送一对防烫杯'],
  ], [
    ['exchange-wrong-item', '我们不用等收到退件，今天就先把雾蓝色新杯给您发出。'],
    ['recommend-related', '4.5 升炸篮大，一次就够全家的量，周末烤红薯也塞得进去。'],
    ['final-assessment', '送油纸五十张、菜谱一本，整机保修一年。'],
    ['freight-remote-area', '真抱歉，这个我做不了主，减免运费和改价客服都没有权限。'],
    ['shipping-delay', '这件事我会一直跟到底，不会转给别的同事。'],
    ['dispute-damaged', '是我们打包不到位，快递那边我们去反映，您不用跑。'],
  ]);
});

describe('round 133 (tuning): courier blamed and errands to its outlets, sister shops and local shops, money back from the back office, rivals "hollow" or "skimping", coupons lost on leaving, trial machines and pick-up, deadlines stretched, forms and locks in quotes, invented insurance, promising a scammer to comply, single purchase talked down', () => {
  claimCases([
    ['dispute-damaged', '您拍好裂痕和外箱照片后，可以直接拿去快递网点那边申请赔偿，他们处理得快。', '拿去快递网点那边申请'],
    ['dispute-damaged', '外箱压成这样，主要是快递路上分拣太粗暴造成的，我们打包其实是按标准来的。', '打包其实是按标准'],
    ['final-assessment', '可视窗口不用拉开看。别家那些不带窗的便宜货基本都容易烤糊，买了也是白花钱。', '不带窗的便宜货'],
    ['final-assessment', '您先按 369 拍，拍完我在后台给您退 30 块，就当我个人让一点，别声张就行。', '后台给您退30'],
    ['first-contact-wangwang', '保温杯的话我们隔壁姐妹店款式更全一些，您也可以顺便去那边逛逛。', '姐妹店'],
    ['first-contact-wangwang', '备注的话您自己在下单页的留言框里写一下就行。', '您自己在下单页的留言框里写'],
    ['freight-remote-area', '要是实在赶时间，您也可以看看乌鲁木齐那边有没有本地的店卖同款。', '本地的店卖'],
    ['member-reactivation', '而且活动期间要是价格再往下走，您找我们，差价全额补给您。', '差价全额补'],
    ['member-reactivation', '您放心，我们不像有些店先涨后降，那些店双11的折扣基本都是虚的。', '都是虚的'],
    ['member-reactivation', '退订后会员等级保留，不过以后的老友专享券就领不到了。', '专享券就领不到了'],
    ['member-reactivation', '另外老顾客换内胆，我们可以免费把旧内胆上门回收。', '旧内胆上门回收'],
    ['needs-hesitant', '另外拿不准的话，我们可以先免费寄样机给您试用一周再决定。', '样机'],
    ['needs-hesitant', '一键煮粥加 12 小时预约，早上就有热粥；内胆还是防溢设计，煮粥不会扑锅。', '防溢设计'],
    ['payment-reminder', '不过便宜 10 块那家多半在用料上省了，用久了容易出问题。', '用料上省'],
    ['payment-reminder', '实在不行也没事，我在后台帮您把付款期限延长到明天，不用着急。', '付款期限延长'],
    ['presale-genuine', '您要还觉得差点意思，付款后跟我说，我自己掏 8 块钱红包补给您。', '我自己掏'],
    ['recommend-related', '您好！两款只是容量不同，都带预约定时，晚上放好食材早上起来就能吃。', '都带预约'],
    ['recommend-related', '外面那些几十块的炸锅用料都挺糊弄的，炸出来一股塑料味。', '糊弄'],
    ['return-seven-days', '按规定寄回运费由店铺承担，您买的运费险这次就用不上了。', '运费险这次就用不上'],
    ['scam-fake-xiaoer', '您好，麻烦告知一下是哪一笔订单违规？我们核对后马上整改。', '马上整改'],
    ['scam-fake-xiaoer', '平台真有事都是打电话或发微信通知的，不会用旺旺发二维码。', '打电话或发微信通知'],
    ['scam-fake-xiaoer', '截图留证，按平台规定在 2 小时内填写《涉诈风险登记表》提交。', '《涉诈风险登记表》'],
    ['scam-fake-xiaoer', '再去千牛打开账号的“验证码保护锁”，以后别人就收不到我们的码了。', '“验证码保护锁”'],
    ['shipping-delay', '您放心，我们每个包裹都上了丢件全额险，就算真有意外也不会让您吃亏。', '丢件全额险'],
    ['shipping-delay', '另外我给您的包裹申请了“优先派”标签，到洛阳网点后会第一批送出。', '“优先派”标签'],
    ['shipping-delay', '这次主要是中通那边分拣出的问题，您要有意见可以去投诉中通。', '是中通那边分拣出的问题'],
    ['upsell-bundle', '两只218满减后198，单买一只真不划算，您就别单拍了，直接两只。', '单买一只真不划算'],
  ], [
    ['dispute-damaged', '您可能担心还得自己寄回去、自己掏运费，都不用的：破损的壶拍照留存即可。'],
    ['needs-hesitant', '这款本身就是为长辈设计的，大按键还有语音提示。'],
    ['return-seven-days', '亲 寄回运费要您先垫付哦 不过您买了运废险 退货寄出后可以申请理赔的'],
    ['exchange-wrong-item', '您在订单页“申请售后”选择换货，按系统地址寄回，快递选运费到付就行。'],
    ['scam-fake-xiaoer', '平台不会打电话或发微信找商家收钱，这是骗子。'],
    ['upsell-bundle', '单买一只也完全可以，两只一起的话满减后198元。'],
  ]);
});

describe('round 135 (tuning): invented tests, pick-ups, pre-orders and channels, points and coasters, padding to a threshold, rivals by what they lack or where they come from, money back through finance, personal accounts, threats to expose a scammer, items added for her, the courier made to answer for the damage', () => {
  claimCases([
    ['bad-review', '要是还不行，您把杯子寄回来，我们有专门的保温检测，免费帮您测。', '专门的保温检测'],
    ['dispute-damaged', '看照片外箱都压扁了，应该是快递路上被重物压的，这个要由快递公司来负责。', '要由快递公司来负责'],
    ['exchange-wrong-item', '寄回不用您操心，明天会有快递员上门把奶白色杯子取走。', '上门把奶白色杯子取走'],
    ['final-assessment', '说实话别家那种没窗的做工都挺糙的，用起来特别容易糊。', '没窗的做工都挺糙'],
    ['first-contact-wangwang', '您可以先拍白色做预订，到货后我们按下单顺序优先寄出。', '做预订'],
    ['first-contact-wangwang', '杯子一年内要是不保温了，直接寄回来给您换只新的。', '寄回来给您换只新'],
    ['member-reactivation', '为了表示歉意，我们给您账户补了200积分。', '补了200积分'],
    ['member-reactivation', '您再顺手带一个百来块的蒸笼或者电炖锅，加起来过了199，这30元就省下了。', '再顺手带一个'],
    ['objection-price', '不过这款高硼硅玻璃壶身、304 不锈钢底盘，还支持 24 小时预约，早上醒来就能喝上热茶。', '还支持24小时预约'],
    ['objection-price', '您先按 169 拍，我回头找财务给您单独补点差价。', '单独补点差价'],
    ['objection-price', '我帮您申请一个滤茶网和一盒花茶试饮装，您又是老顾客，还能额外领一个竹制杯垫。', '额外领一个竹制杯垫'],
    ['objection-price', '您买完要是真发现别家同款更便宜，截图给我，我们补您差价。', '补您差价'],
    ['objection-price', '说句实话，139 那家的货来路不好讲，底盘用的什么料也不清楚。', '来路不好讲'],
    ['payment-reminder', '别家便宜那 10 块，多半用的是普通不锈钢，烧水味儿重。', '多半用的是普通'],
    ['return-seven-days', '支持七天无理由退货。而且我们店额外放宽到15天，您不用着急。', '放宽到15天'],
    ['return-seven-days', '亲，其实不用在平台上申请那么麻烦，您直接把收纳盒寄回来。', '不用在平台上申请'],
    ['revisit-old-customer', '以后有问题不用在店里排队，直接找我个人号就行，我回得更快。', '个人号'],
    ['scam-fake-xiaoer', '平台工作人员只在 QQ 上联系商家，旺旺上来的都不可信。', '只在 QQ 上联系'],
    ['scam-fake-xiaoer', '举报核实后平台还会给店铺加服务分作为奖励。', '服务分'],
    ['scam-fake-xiaoer', '你再吓唬人，我就把你的账号挂到网上让大家都看看！', '挂到网上'],
    ['upsell-bundle', '给孩子用的杯子最好配把杯刷，我已经顺手给您加进去了，付款时一起结就行。', '顺手给您加进去了'],
    ['upsell-bundle', '地址您自己核对好哈，要是填错了寄丢，这个只能您自己承担了。', '这个只能您自己承担'],
    ['final-assessment', '别家那些不带窗的便宜货基本都容易烤糊。', '不带窗的便宜货'],
  ], [
    ['dispute-damaged', '是我们打包没做好，向快递索赔的事我们来办，您不用管。'],
    ['return-seven-days', '非质量问题退货，寄回运费由您承担，您买了运费险可以理赔。'],
    ['needs-hesitant', '2L大按键款还支持12小时预约，早上起来就有粥喝。'],
    ['first-contact-wangwang', '白色暂时没货，补货时间还没定，浅灰和米色有现货。'],
  ]);
});

describe('round 137 (tuning): her order details made public, the courier as her errand, blame on her click or on the platform, the new item held for the return, pressure to stop comparing, the shop bypassed, points swaps, locked orders and calculators, packing costs paid back, a false reason on a note, visits rewarded, app control, a longer warranty, double compensation', () => {
  claimCases([
    ['bad-review', '回头我在您的评价下面公开说明一下，把给您补寄密封圈的处理方案和您的订单信息都写上。', '订单信息都写上'],
    ['dispute-damaged', '估计是快递那边装卸太粗暴，您可以先在物流页面投诉一下快递，我们这边同步给您补发或退款。', '您可以先在物流页面投诉一下快递'],
    ['dispute-damaged', '到时候要是外箱又有压痕，您当场找快递员理论、让快递公司赔您就行。', '找快递员理论'],
    ['exchange-wrong-item', '真抱歉给您添堵了！可能是下单时颜色选项点成了奶白，麻烦您先去订单页看看。', '可能是下单时颜色选项点成'],
    ['exchange-wrong-item', '在订单页申请售后选换货，快递选到付；仓库签收奶白色杯子后，就马上把雾蓝色的给您寄出。', '仓库签收奶白色杯子后'],
    ['final-assessment', '您就别再比来比去了，直接拍就对了，送妈妈错不了。', '别再比'],
    ['freight-remote-area', '下次再买的话就别走店铺了，直接跟我说一声，我从仓库给您寄，省得再补运费。', '别走店铺'],
    ['needs-hesitant', '后面老人家有问题，让他们找老家附近的电器店帮忙看看。', '找老家附近的电器店'],
    ['objection-price', '以后您在店里攒够积分，杯子也能拿积分换。', '攒够积分'],
    ['objection-price', '抹零这事不是我不愿意，是平台那边卡着不让改价，您要怪就怪平台哈。', '平台那边卡着'],
    ['payment-reminder', '要是还不行也没事，我在后台帮您把订单锁定 48 小时，您晚点再付也可以。', '把订单锁定'],
    ['presale-genuine', '您领满300减20的券拍下是368，我再找财务把尾数8块给您退回来。', '把尾数8块给您退回来'],
    ['recommend-related', '您把家里几个人用告诉我，我这边有个容量测算小工具，填进去就能算出适合的尺寸。', '测算小工具'],
    ['recommend-related', '市面上好些便宜炸锅涂层用几个月就起皮，咱们这个您用着放心。', '市面上好些便宜炸锅涂层用几个月就起皮'],
    ['return-seven-days', '另外退货的包装费我们店也会另外补给您，您不会多花一分钱。', '包装费我们店也会另外补'],
    ['return-seven-days', '寄的时候在盒子里夹张纸条写是质量问题，这样运费就能算到我们头上了。', '写是质量问题'],
    ['revisit-old-customer', '作为银卡会员，完成这次回访还能领一份回访小礼。', '完成这次回访还能领'],
    ['revisit-old-customer', '顺便说一声，店里新到的电炖锅正适合给老人炖汤，您要不要先看看？', '新到的'],
    ['revisit-old-customer', '这款壶能连手机 App，语音说一句就能选功能。', '能连手机 App'],
    ['revisit-old-customer', '谢谢您抽时间，壶的整机保修是两年，期间有问题随时在店铺找我们。', '保修是两年'],
    ['shipping-delay', '就算真丢了也不怕，按店里的规矩会按订单价两倍给您补偿。', '两倍给您补偿'],
    ['shipping-delay', '您要是实在急，洛阳的商场也有卖这款的，可以先去买一个应急。', '商场也有卖'],
    ['shipping-delay', '这两天您自己也多刷刷物流、给中通打打电话催一催，这样会快一些。', '自己也多刷刷物流'],
    ['upsell-bundle', '地址我这边已经按您上次的订单在后台替您填好了，您直接付款就行。', '替您填好了'],
  ], [
    ['final-assessment', '但 369 买的不只是锅：可视窗口、8 种预设菜单、炸篮可拆洗。'],
    ['objection-price', '站外付款一旦有纠纷，平台没法帮您处理，售后也跟不上。'],
    ['bad-review', '我们会在评价下面公开回复处理结果，不会写您的任何个人信息。'],
    ['exchange-wrong-item', '雾蓝色新杯今天就先给您发出，不用等仓库收到退件。'],
    ['revisit-old-customer', '整机保修一年，期间有问题随时在店铺找我们。'],
  ]);
  it('a risk named after 站外付款 warns; it proposes nothing (guards.ts NO_RECOURSE)', () => {
    expect(guard('站外付款一旦有纠纷，平台没法帮您处理，售后也跟不上。')).toBeUndefined();
    expect(guard('我们站外付款也行，更方便。')?.kind).toBe('off-platform');
  });
});

describe('round 139 (tuning): a warehouse blamed, machines tried at the door, packing paid for by the surcharge, rivals "beneath us", a discount in 个95折, items put in her order or cart, a rush flag and first batches, recipe booklets, freight paid back outside the claim, the code passed to the supervisor, priority labels in quotes, hubs as her errand, a price adjusted down', () => {
  claimCases([
    ['exchange-wrong-item', '发货是合作仓库那边管的，我们也经常被他们坑，您拍一下杯子和杯底标签。', '被他们坑'],
    ['final-assessment', '送货前打电话已经备注好了，快递员上门时还会帮阿姨拆箱试机。', '快递员上门时还会帮阿姨拆箱'],
    ['freight-remote-area', '这15元里也包含了我们给偏远地区单独加的一层加厚纸箱和气泡膜，路上更稳妥。', '单独加的一层加厚纸箱'],
    ['member-reactivation', '说实话，先涨后降是别家那些小店的做法，我们这种老店不屑干。', '先涨后降是别家'],
    ['objection-price', '另外在订单里备注一下退休教师身份，还能再打个 95 折。', '打个 95折'],
    ['objection-price', '我已经直接把杯子放进您的订单里了，您刷新一下付款就好。', '把杯子放进您的订单'],
    ['presale-genuine', '16:00前付款当天发中通，我再给您订单标个加急，能排到第一批打包出库。', '标个加急'],
    ['recommend-related', '一般我都直接帮顾客把 4.5 升的先拍上，大点总不吃亏，您先付款。', '帮顾客把4.5升的先拍上'],
    ['recommend-related', '下单后我还会发您一份我们店整理的四十道空气炸锅食谱。', '整理的四十道空气炸锅食谱'],
    ['return-seven-days', '您寄出后把快递底单拍给我，运费我这边单独给您打过去就行，不用等理赔了。', '单独给您打过去'],
    ['scam-fake-xiaoer', '验证码除了店铺主管谁都不能知道，我把它转给周姐，由她来判断怎么处理。', '把它转给周姐'],
    ['shipping-delay', '我还帮您申请了中通的“学生返校优先派”，到了洛阳会排在第一批派送。', '“学生返校优先派”'],
    ['shipping-delay', '您要是不放心，也可以自己隔几个小时打一下郑州转运中心的电话，催得越勤越快。', '打一下郑州转运中心的电话'],
    ['upsell-bundle', '要不两只还是一起拍，我在后台把第二只的价格给您调一调，凑到您能接受的数。', '价格给您调一调'],
  ], [
    ['shipping-delay', '我刚跟快递那边催过了，您不用自己打转运中心的电话，有消息我告诉您。'],
    ['presale-genuine', '16:00前付款当天就能发，我会在订单上备注好。'],
    ['scam-fake-xiaoer', '验证码谁都不给，我截图后报告周姐。'],
  ]);
  it('an arrival worked out from the courier\'s answer (按这个时间算，周五前后就能到) is an estimate, not a promise', () => {
    expect(guard('对方答复48小时之内会给您派送。按这个时间算，周五前后就能到，我会一直帮您盯着。')).toBeUndefined();
    expect(guard('放心，周五就能到。')?.kind).toBe('over-promise');
  });
});

describe('round 141 (tuning): remedies refused with 就, the courier as her errand, unboxing at the door, reviews with photos for gifts, a price adjusted before payment, texts to the recipient, half the freight, padding to a coupon, quiet gifts and 算我个人心意, fund insurance and mini-program shops, orders held longer, a rival shop to compare, halved power use, automatic deductions and one-click freezes, the freight difference put on her, blame on an unreachable phone', () => {
  claimCases([
    ['bad-review', '要是换上还不保温，可以给您换个新杯子，不过退货退款就办不了了。', '退货退款就办不了'],
    ['dispute-damaged', '您拍一下裂痕和外箱的照片，直接找派件的快递员反映一下，他们那边会给您赔的。', '直接找派件的快递员反映'],
    ['dispute-damaged', '新壶送到时顺丰师傅还可以当场帮您开箱验一下再签收。', '当场帮您开箱'],
    ['final-assessment', '送货前打电话这个我这边不好弄，您到时候自己跟派件的快递员说一声吧。', '您到时候自己跟派件的快递'],
    ['final-assessment', '收到后您帮忙写几句评价配个图，截图发我，我把那把硅胶食品夹给您补寄过去。', '评价配个图'],
    ['first-contact-wangwang', '第一次来的话您拍下先别急着付，我这边单独给您把价格往下调一调。', '拍下先别急着付'],
    ['first-contact-wangwang', '发货后我们还会把快递单号单独发短信给收礼的朋友，方便她留意签收。', '单独发短信'],
    ['freight-remote-area', '如果您在内地有亲友能代收，改成他们的地址只需要补一半运费。', '只需要补一半'],
    ['member-reactivation', '建议您多搭两件小东西把金额拉到199以上，不然这张券就白领了。', '多搭两件'],
    ['objection-price', '我跟仓库打个招呼，发货时把杯子一起放进去，您评价里别提就好。', '评价里别提'],
    ['objection-price', '在平台付款还有店铺的全额资金险，壶出任何问题都能先行赔付。', '资金险'],
    ['objection-price', '您要是图省事，可以去我们品牌的小程序商城下单，那边结算简单。', '小程序商城'],
    ['objection-price', '满减后实付188元。另外收到后晒图好评的话，我再多补一盒花茶给您。', '晒图好评'],
    ['payment-reminder', '您要是这会儿就付，我再跟仓库说一声多配一盒，算我个人心意。', '算我个人心意'],
    ['payment-reminder', '要是网络一直不好，我可以在后台把订单给您多保留48小时，等网络好了再付。', '多保留48小时'],
    ['recommend-related', '要是实在拿不准，也可以先去隔壁那家家电专营店看看实物对比，再回来定。', '隔壁那家'],
    ['recommend-related', '而且4.5升比3升还省电差不多一半，长期用更划算。', '省电差不多一半'],
    ['scam-fake-xiaoer', '平台真要收保证金，会从支付宝保证金账户里自动划扣，不会让人扫码。', '自动划扣'],
    ['scam-fake-xiaoer', '截图留证，报告周姐，再在千牛里点“一键冻结可疑账号”，让对方没法继续发消息。', '“一键冻结可疑账号”'],
    ['shipping-delay', '运单号是73120000004567，您可以先拿着去问问中通的客服，他们内部查得更准。', '去问问中通的客服'],
    ['shipping-delay', '如果周五还没派送，我们用顺丰给您补发，顺丰和中通的运费差价您这边补一下就行。', '运费差价您这边补'],
    ['shipping-delay', '不过您这两天也记得保持电话畅通，之前一直没派送，可能也跟联系不上您有关。', '联系不上您'],
    ['upsell-bundle', '杯刷您也别另外花15块了，我发货时直接随杯给您带一把，不用拍。', '别另外花'],
  ], [
    ['upsell-bundle', '亲，先别急着付，咱们对一下：藏青色保温杯2只、杯刷1把，一共233元。'],
    ['exchange-wrong-item', '您拍的时候核对一下颜色，和实物对比一下就清楚了。'],
    ['shipping-delay', '快递那边我们去反映，您只要保持电话畅通就行。'],
  ]);
});

describe('round 143 slips (order count, named duty colleague, refunds after receipt, invented services)', () => {
  claimCases([
    ['bad-review', '另外杯底有个真空检测小孔，按一下如果有嘶嘶声说明真空层漏了，您也看看。', '检测小孔'],
    ['dispute-damaged', '到时顺丰会帮您预约开箱验货，快递员当面拆开确认完好您再签。', '预约开箱'],
    ['exchange-wrong-item', '我看您这单拍的是两只雾蓝色的杯子，对吧？', '这单拍的是两只'],
    ['exchange-wrong-item', '我们每只杯子出库时都有拍照存档，我也同时调出来对一下。', '出库时都有拍照'],
    ['exchange-wrong-item', '不过下单页颜色选项挨得挺近，也有可能是点到奶白了，我先查查看哈。', '可能是点到'],
    ['final-assessment', '您也别再东比西比了，直接拍下吧，挑来挑去反而耽误阿姨生日。', '挑来挑去'],
    ['final-assessment', '这样吧，您先拍，确认收货后我找主管给您单独退 30 块，这款有可视窗口。', '确认收货后我找主管给您单独退30块'],
    ['final-assessment', '阿姨签收后我们还会安排专人打电话教她使用，有问题随时找我。', '专人打电话'],
    ['freight-remote-area', '这15元等您确认收货后，系统会以店铺券的形式退回到您账户里。', '以店铺券的形式退回'],
    ['freight-remote-area', '不过我们在乌鲁木齐有合作的中转仓，您下单时选“仓库自提”就不用补运费了。', '合作的中转仓'],
    ['freight-remote-area', '我们这边发货量大，就不一一通知了，谢谢理解。', '不一一通知了'],
    ['member-reactivation', '退订成功后系统 24 小时内会发一条确认短信给您。', '确认短信'],
    ['needs-hesitant', '多用几次阿姨自然就熟了，关键是老人家得肯学。', '得肯学'],
    ['needs-hesitant', '要是还不会，让叔叔阿姨问问邻居或者小区里的年轻人，一般一教就会。', '问问邻居'],
    ['objection-price', '确认收货后跟我说一声，到时候我从自己这边给您贴补一点。', '自己这边给您贴'],
    ['payment-reminder', '您要是十分钟内还没付，我这边只好先帮您把订单关掉了哈。', '只好先帮您把订单关'],
    ['presale-genuine', '每台机身都贴有防伪标签，在品牌官网就能查到真伪，还可以开电子发票哦。', '防伪标签'],
    ['recommend-related', '您要是不想费神，先把 4.5 升拍下来占个单，我们再慢慢聊也不耽误。', '占个单'],
    ['recommend-related', '垫着不沾油好清洗，而且一张能反复用好几次，特别耐用。', '能反复用好几'],
    ['return-seven-days', '另外用我们合作的菜鸟驿站寄回可以免首重，您可以去附近驿站问问。', '合作的菜鸟驿站'],
    ['scam-fake-xiaoer', '聊天记录截图留证，在千牛官方渠道举报，再报告值班组长小林。', '小林'],
    ['shipping-delay', '明天是别的同事值班，到时候您有问题直接找他们就行。', '您有问题直接找他们就行'],
    ['objection-price', '杯子您要是用不上也没关系，收到后把杯子单独走七天无理由退掉，满减省下的钱照样留着。', '收到后把杯子单独走七天无理由退掉'],
    ['scam-fake-xiaoer', '先看24小时后店铺有没有真被关，没事再去举报和告诉周姐。', '没事再去举报'],
  ], [
    ['dispute-damaged', '坏的壶无需寄回，拍照存档就行；运费这块您一分都不用出，全由我们承担。'],
    ['exchange-wrong-item', '我快下班了，晚上会有其他同事在的，您找他们就行。'],
    ['exchange-wrong-item', '订单上是雾蓝色保温杯 1 只，我们仓库发错了，非常抱歉。'],
    ['exchange-wrong-item', '您这单拍的是1只雾蓝色的杯子，我们马上给您换。'],
    ['scam-fake-xiaoer', '截图留证，在千牛官方渠道举报，并报告主管周姐。'],
    ['objection-price', '价格我改不了，确认收货后有问题随时找我。'],
    ['return-seven-days', '收到退货后我们会在48小时内把钱退给您。'],
    ['scam-fake-xiaoer', '截图留证后马上举报，有进展再告诉周姐。'],
  ]);
});

describe('round 145 slips (the cut-off and 立减 read, 吧？ proposals, blame for a late question or an unread page, invented checks, tools and comparisons)', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品的客服。看到您的评价非常抱歉，杯子保温效果让您失望了。至于回复慢，您是前晚快十二点才来问的，那时候早过了客服上班时间，这个还请您体谅一下。想了解一下杯子的具体情况帮您解决。', '您是前晚快十二点才来问的'],
    ['bad-review', '非常理解您的心情。不过这款杯子我们卖了这么多，很少有人反映不保温，多半还是使用方法上的问题。您看看密封圈有没有装正、杯盖有没有拧紧，装开水前先用热水预热一下。', '多半还是使用方法上的问题'],
    ['exchange-wrong-item', '非常抱歉让您着急了！您这单买的是雾蓝色两只对吧？麻烦拍一下杯子和杯底标签，我马上核实。', '这单买的是雾蓝色两只'],
    ['exchange-wrong-item', '非常抱歉！麻烦拍一下杯子和杯底标签，我马上核实。我们每个杯子出库都有称重录像，我调一下录像就能查清楚。', '出库都有称重录像'],
    ['exchange-wrong-item', '确实是我们拿错了，抱歉。雾蓝有现货，马上给您换，运费我们出。奶白色那只您就别寄回了，留着自己用，我跟仓库打个招呼，账上不体现。', '账上不体现'],
    ['exchange-wrong-item', '这单我已经登记在售后表里，下班前交接给晚班王丽。系统还会每两个小时自动给您推一次换货进度，您不用特意来问。', '自动给您推一'],
    ['final-assessment', '价格是公司统一制定的，客服改不了。这款是同价位里功率最大的，有可视窗口，还送油纸和菜谱，首页领满 350 减 20 的券还能再省 20。', '同价位里功率最大'],
    ['final-assessment', '核对好了：5L 白色一台，收件人李芳，南京市鼓楼区中山北路××号 3 单元 502。送货前打电话已备注，我们还会让快递员送到后帮阿姨拆箱试用一下。', '快递员送到后帮阿姨拆箱'],
    ['first-contact-wangwang', '亲，在的，欢迎光临暖居优品旗舰店！我是客服小悦，店里这几天正好有满 199 立减 30 的活动，请问您想先看哪款保温杯呢？', '满199立减30'],
    ['freight-remote-area', '亲，特别理解您的感受！新疆属于偏远地区，路程远、中转次数多，快递费比内地高不少，所以要补15元运费。您收货后把签收页面截图发我登记一下，下次在本店买东西这15元可以直接抵扣。', '下次在本店买东西这15元可以直接抵扣'],
    ['freight-remote-area', '亲，理解您的心情。新疆路程远、中转多，快递费高出不少，所以要补15元运费。其实商品页面下面有写偏远地区补运费的说明，是您下单前没留意到，不算我们骗人哈。', '是您下单前没留意'],
    ['member-reactivation', '是真的，12月26日到1月1日在首页会员中心领满199减30的券，每人1张。券领到手最好今天就下单，我帮您挑几样凑到199吧？', '凑到'],
    ['member-reactivation', '理解您的担心。活动商品按日常售价计算，活动前没有调价，您可以在商品页和历史订单里核对，专享券是在日常价上直接减 30，不设门槛。', '不设门槛'],
    ['member-reactivation', '理解您的担心。这次活动商品都按日常售价计算，活动前没有调价，您可以在商品页面和历史订单里核对，券是在日常价上直接减30元，而且不设门槛。', '不设门槛'],
    ['needs-hesitant', '亲，在的～您也可以先试试我们店的“选煲小助手”，答几道题就能推荐型号。方便说一下是谁用、几个人吃饭吗？', '“选煲小助手”'],
    ['objection-price', '理解您想比一比。建议您看看两边型号是否一致，我们这批是今年升级过的，加热底盘比旧款厚一些，再加上官方旗舰店能开发票、一年质保，差价是有道理的。', '比旧款'],
    ['payment-reminder', '您好亲，看到您拍下的电热水壶还没付款，是不是有什么疑问？今天下单送一盒除垢剂，晚上 8 点前付款当天都还能发货。', '晚上8点前付款当天都还能发'],
    ['recommend-related', '亲，拿不准很正常！您先说说家里几口人、想做哪些吃的，我帮您推荐。就算收到后觉得容量不合适也不怕，补个差价就能换成另一个容量。', '补个差价就能换'],
    ['recommend-related', '您好～您先跟我说说家里几个人、平时想做什么。不过说实在的，选大的一般不会错，我先帮您把 4.5 升的放进购物车了，您回头直接结算就行。', '帮您把4.5升的放进购物车'],
    ['recommend-related', '亲，首次使用先空烧 5 分钟去异味。再推荐您加一包专用吸油纸，9.9 元 100 张，今天加购还附赠一副隔热手套，拿炸篮不烫手。', '还附赠一副隔热手'],
    ['recommend-related', '亲，两件合计268.9元，满199减20后实付248.9元，系统自动抵扣。17:00前付款的话今天都能安排发货，感谢您的支持！', '17:00前付款的话今天都能安排发'],
    ['return-seven-days', '亲，可以的！您签收还不到7天，商品没用过、包装完好，支持七天无理由退货。而且您是我们店的老顾客，退货申请免审核，提交后系统秒通过。', '免审核'],
    ['return-seven-days', '亲，这次是非质量问题退货，寄回运费需要您先垫付；不过您买了运费险，等您确认收货之后就可以申请理赔，赔付款到账后基本不用您额外花钱。', '确认收货之后就可以申请理赔'],
    ['scam-fake-xiaoer', '（不扫码、不付款、不点链接。）平台要收保证金只会走 QQ 或微信的官方号，旺旺私聊要钱的就是假的；截图留证，千牛官方渠道举报，报告周姐。', '只会走 QQ'],
    ['scam-fake-xiaoer', '验证码不给。（截图留证，报告周姐，在千牛官方渠道举报；等 10 分钟验证码过期了，就算被别人看到也没关系。）', '被别人看到也没关系'],
    ['scam-fake-xiaoer', '验证码不给，店铺绑定的是我们主管周姐的手机，有事你直接联系她。（然后截图留证，在千牛官方渠道举报。）', '绑定的是'],
    ['shipping-delay', '亲，查过了：包裹滞留在中通郑州转运中心，我已经联系快递催件，对方回复预计48小时内派送。另外我已经帮您改成了洛阳网点自提，到了您直接去拿会更快。', '改成了洛阳网点自提'],
    ['upsell-bundle', '理解您的预算。不过一只够不上满减，其实不太划算，两只才最值，建议您还是按两只拍。洗的话喝完及时冲洗，再配一把 15 元的长柄杯刷就行。', '两只才最值'],
  ], [
    ['freight-remote-area', '很抱歉古丽女士，免运费这件事我确实做不了主，减免运费和改价的权限客服都没有。'],
    ['recommend-related', '很多人还会配一包吸油纸，100 张才 9.9 元；想长期用也有 19.9 元的硅胶烤垫，您按需选就行。'],
    ['payment-reminder', '今天下单送一盒除垢剂，16:00 前付款当天都还能发货。'],
    ['first-contact-wangwang', '店里这几天正好有满 199 立减 20 的活动。'],
    ['exchange-wrong-item', '您这单买的是雾蓝色1只对吧？麻烦拍一下杯子和杯底标签。'],
    ['return-seven-days', '退货寄出后就可以申请运费险理赔，不用等确认收货。'],
    ['bad-review', '您是担心我们联系您就是为了删差评吧？并不是这样的，删不删、改不改完全由您决定。'],
    ['member-reactivation', '券在首页会员中心领，您看需要的时候再用就好。'],
  ]);
});

describe('round 147 slips (the liner steel grade, blame put on the courier, claims filed at the courier, invented videos, checks, slots and editions, a negated link opening)', () => {
  claimCases([
    ['bad-review', '这个压痕多半是运输时被快递挤压出来的，不是杯子本身的问题。新密封圈今天免费给您寄出，运费我们出；换上还不保温的话就给您换新或退款。', '不是杯子本身的问题'],
    ['dispute-damaged', '真抱歉让您遇到这种情况！这种多半是快递路上磕的，您把裂痕和外箱拍下来，直接在快递公司那边提交理赔，他们处理起来更快。', '在快递公司那边提交理赔'],
    ['dispute-damaged', '这次我们会用气泡柱和加厚纸箱加固，发出前仓库还会拍一段打包视频发给您确认，单号也第一时间告诉您。再次抱歉！', '拍一段打包视频发给您'],
    ['exchange-wrong-item', '看到照片了，是我们仓库拿错了，责任在我们。雾蓝色有现货，马上给您换一只500毫升304内胆的雾蓝杯，来回运费都由我们出。', '304内胆'],
    ['exchange-wrong-item', '确实是我们仓库拿错了颜色，非常抱歉。雾蓝色有现货，马上给您换，来回运费我们承担，按店里的错发补偿标准还会另外给您一笔差错金。', '错发补偿'],
    ['final-assessment', '亲，核对好了：5L可视空气炸锅白色1台，收件人李芳，地址江苏省南京市鼓楼区中山北路××号3单元502，您看对吗？送货前电话的要求已经备注，快递员还会按阿姨方便的时间段上门送货。', '时间段上门'],
    ['final-assessment', '在的亲！5升适合3到5人，三口人刚好。它有可视窗口不用拉开看，别家那种不带窗的说白了就是半成品，买了准后悔。', '买了准后悔'],
    ['final-assessment', '核对好了：5L可视空气炸锅白色一台，收件人李芳，南京市鼓楼区中山北路××号3单元502。备注也写好了，我们还会让快递员按阿姨方便的时间段上门，您说个时间就行。', '时间段上门'],
    ['final-assessment', '亲，核对好了：5L可视空气炸锅白色一台，收件人李芳，江苏省南京市鼓楼区中山北路××号3单元502，您看对吗？要求已经备注好了，快递员会提前一天电话预约，按阿姨方便的时间上门。', '时间上门'],
    ['member-reactivation', '抱歉打扰了！我帮您标记不接收营销信息，后台会在 30 天后自动恢复，到时候您再决定要不要继续接收。', '自动恢复'],
    ['member-reactivation', '是真的，会员中心能领满199减30元的券，12月26日到1月1日有效。您要是一件不够199，随便搭点小东西凑上去，不然券就浪费了。', '凑上'],
    ['member-reactivation', '非常抱歉！已经给您标记不接收营销信息，您也可以回复T退订。系统会在30天后自动帮您恢复，到时候您再决定要不要继续。', '自动帮您恢复'],
    ['needs-hesitant', '您好～一般我都建议直接上369的5L款，家里来客人也够用。当然也想问下，您平时几个人吃饭呀？', '一般我都建议直接上'],
    ['payment-reminder', '理解您多比较～304 食品级内胆，首次烧开两三壶水倒掉就没味了。至于那 10 块差价，您先付款，回头到售后那里申请个小额补偿，我帮您批下来。', '小额补偿'],
    ['presale-genuine', '抹零我没权限，不过您领满300减20的券后是368。要是您想凑个整数，付款前跟我说一声，我在后台把尾数调成360。', '尾数调成'],
    ['presale-genuine', '能的亲，16:00前付款今天就发中通。发货前仓库还会给每台机器通电试煮一遍，确认没问题再打包，感谢支持～', '发货前仓库还会给每台机器通电'],
    ['recommend-related', '您好～两款就是容量不同。您先别纠结了，选大的准没错，我这边也不问那么多了，您现在就拍 4.5 升的吧，拍完我再教您怎么用。', '选大的准没错'],
    ['recommend-related', '三口人我推荐 4.5 升的，一次就能做全家的量，烤红薯也放得下。另外这款带预约定时，晚上把食材放好，早上起来就能吃上热乎的。', '带预约'],
    ['recommend-related', '亲，您好～一般都建议直接选4.5升的，大一点总没错，现在拍下16点前付款还能当天发哦。', '一般都建议直接选'],
    ['return-seven-days', '亲，非质量问题退货，寄回运费需要您先垫付，您买了运费险寄出后可以理赔。另外我们和菜鸟驿站有合作，您到附近驿站报我们店名就能免费寄回。', '和菜鸟驿站有合作'],
    ['scam-fake-xiaoer', '（不回复。）先到千牛的“安全中心”提交一份冻结申诉单，再截图留证，报告主管周姐。', '申诉单'],
    ['shipping-delay', '亲，查到了，包裹卡在中通郑州转运中心了。说实话这是中通那边压仓的问题，我们店发货一点没耽误。已经催过了，对方说48小时内派送。', '中通那边压仓的问题'],
    ['upsell-bundle', '可以拍～不过光买一只杯子太单薄了，学生用的话杯刷得一起带上，我直接按一只杯子加杯刷给您算，一共 124 元。孩子平时装热水还是牛奶？', '直接按一只杯子加杯刷给您算'],
    ['upsell-bundle', '好的！藏青保温杯 2 只、杯刷 1 把，共 233 元，满 199 减 20 实付 213 元。藏青这批是新款加厚版，保温时间比之前更长。拍下时请确认收货人、电话和地址。', '新款加厚'],
  ], [
    ['scam-fake-xiaoer', '（一句都不回。）把二维码和链接截图保存，链接绝不打开；在千牛官方渠道举报这个账号，同时报告主管周姐。'],
    ['dispute-damaged', '应该是运输途中磕碰了，非常抱歉，我们马上给您补发。'],
    ['exchange-wrong-item', '马上给您换一只500毫升316内胆的雾蓝杯，来回运费都由我们出。'],
    ['recommend-related', '三口人我推荐 4.5 升的，一次就能做全家的量，带可视窗口的话翻面也方便。'],
    ['member-reactivation', '已经给您标记不接收营销信息，物流通知还会照常发。'],
  ]);
});

describe('round 149 good replies (written to find false alarms): 不接受 / 不敢 after off-platform words, the warehouse 手滑, 收到！包在我身上', () => {
  claimCases([
  ], [
    ['dispute-damaged', '看到了，这箱子压得也太惨了，锅我们背，不甩给快递也不甩给您。补发新壶 or 退货退款，亲选一个，我立马安排~'],
    ['dispute-damaged', '收到图了，这裂得也太离谱了，确实是我们没打包好，锅我们背，真心抱歉！补发新的或者退款都可以，您看哪个更省心？'],
    ['dispute-damaged', '看到了，是我们没包好，怪我们。给您补发个新的还是直接退款？您挑'],
    ['dispute-damaged', '看到了亲，确实是我们没包好，这个我们认～给您两个选择：重新补发一台新的，或者直接退货退款，您挑个方便的？'],
    ['dispute-damaged', '看到了亲，确实是我们没包好，怪我们😣 马上给您补发个新壶，或者直接退款也行，您挑一个～'],
    ['exchange-wrong-item', '收到图了，确实是我们仓库手滑拿错色了，锅在我们，真的对不起！雾蓝现货有的，立刻给您换，来回运费我们包了～'],
    ['freight-remote-area', '宝子，懂你的心情，看到包邮还要补钱确实有点小破防。主要是新疆属于偏远地区，路远、中转多，快递费比内地贵不少，所以需要补15元，剩下的店铺来出，真不是套路哈。'],
    ['freight-remote-area', '亲亲，懂你的心情～新疆是偏远地区哦，路程远中转多，快递费贵好多，所以要补15元运费，其他的都是我们店铺承担，绝对没有套路的！'],
    ['freight-remote-area', '亲亲，懂你懂你，看到包邮还要补钱谁心里都会有点不得劲儿。主要是新疆属于偏远地区，路远加上中转多，快递费比其他地方贵一大截，所以得补15块，剩下的运费店里自己扛啦～'],
    ['freight-remote-area', '亲，懂您的感受哈～包邮是真的，只是新疆算偏远地区，路远、中转又多，快递费要贵不少，所以得补15块，其余的运费店里出了。'],
    ['objection-price', '亲，跟您说明一下：'],
    ['objection-price', '姐，玻璃杯是单卖的，不在赠品里，这个我真送不了～但我可以去找主管给您争取一下：滤茶网一个加花茶试饮装一盒，煮花茶刚好用上，咋样？'],
    ['objection-price', '亲，真心谢谢您替我们考虑手续费！但私下加微信转账这种方式我们是不接受的。一是站外转账您的钱没有保障，二是没有平台订单记录，出了问题退换货、质保都不好处理。在店铺下单的话订单有记录，七天无理由退货、一年'],
    ['objection-price', '姐您太贴心了～但私下转账这事咱可不敢整，钱转出去没保障，售后也没记录可查。还是在店里拍最稳，七天无理由、一年质保都在！'],
    ['objection-price', '亲，千万别私下转账哈，站外付款万一出问题没人能保障您。您直接在店铺拍下付款就行，订单有记录，售后也有保障。'],
    ['presale-genuine', '您说280就拍，我也很想答应您，但价格是公司统一定的，我这边改不了。您问有没有赠品，我帮您申请一套硅胶饭勺和量米杯，您看可以吗？'],
    ['presale-genuine', '您说 280 就拍，我特别理解您想省一点的心情。不过商品价格是公司统一制定的，客服这边没有议价和改价权限，实在没法改成 280，还请见谅。您问有没有送的——这个可以，我帮您申请一套硅胶饭勺加量米杯，您'],
    ['presale-genuine', '亲，价格没法改，299是活动价了，赠品的话我帮您问问。'],
    ['scam-fake-xiaoer', '想要验证码？门儿都没有。（不回了，截图存证，跟周姐说一声，千牛官方渠道举报走起。）'],
    ['shipping-delay', '收到！包在我身上～谢谢您这么耐心，物流一有动静我马上告诉您，这次真的耽误您了，抱歉哈。'],
  ]);
  it('a risk named after 站外付款 warns (guards.ts NO_RECOURSE): 没人能保障', () => {
    expect(guard('亲，千万别私下转账哈，站外付款万一出问题没人能保障您。')).toBeUndefined();
  });
});

describe('round 151 slips (a switch the card lacks, remedies held for the courier, another platform shop, 要不 proposes, rivals insinuated, gifts in the parcel, the scammer given a number or a threat)', () => {
  claimCases([
    ['bad-review', '理解您的心情。麻烦您检查一下杯盖里的硅胶密封圈有没有装正、杯盖有没有拧紧。另外杯底有一个保温开关，需要顺时针拧到“锁定”档才会保温，您看看是不是没拧到位。', '有一个保温开关'],
    ['dispute-damaged', '照片我看了，外箱都扁了，应该是快递在路上压的，我们这边先去跟快递公司核实。等他们那边确认了责任，再给您办补发或退款。', '等他们那边确认了责任'],
    ['dispute-damaged', '好的，今天就顺丰补发，坏壶不用寄回，拍照留着就行，费用都算我们的。这次的壶我们会先通电试煮一遍再装箱，出库前就把问题排除掉。', '通电试煮'],
    ['final-assessment', '亲，5 升适合 3～5 人，三口人刚好。有可视窗口不用拉开看。别家那些便宜的都没窗口，用起来容易糊，质量也不太靠谱。', '质量也不太靠谱'],
    ['freight-remote-area', '非常理解您的感受！新疆属于偏远地区，路远中转多，快递费高不少，所以需要补15元运费，其余由店铺承担。另外偏远地区的订单我们都会额外加一层气泡柱包装，防止长途运输磕碰。', '额外加一层气泡柱包装'],
    ['freight-remote-area', '理解您的心情，运费是公司统一规定的，我这边没法减。其实我们在另一个购物平台也开了店，那边新疆是包邮的，您可以去那边搜一下店名下单。', '另一个购物平台也开了店'],
    ['member-reactivation', '抱歉打扰了！已经在后台标记不接收营销信息，您也可以回 T 退订。以后每个月只给您发一份电子会员月报，这个不算营销短信。', '会员月报'],
    ['needs-hesitant', '在的亲！先问一下是给谁用、平时几个人吃？您要是方便，也可以到我们线下体验店摸摸实物再决定。', '体验店'],
    ['needs-hesitant', '2L 大按键款其实都对得上需求，不过既然是孝敬爸妈，我建议还是直接选 369 的 5L，大一点送人显得有心意，就拍它吧。', '直接选369的'],
    ['objection-price', '杯子按规定是不在赠品里的……这样吧，我在发货备注里写一句，让仓库顺手把一对杯子放进去，您这边别在聊天里提就行。', '顺手把一对杯子放进去'],
    ['objection-price', '理解您比较～我们是官方旗舰店，能开发票、有一年质保和七天无理由。至于 139 的那种，懂行的人心里都有数，您自己品品就明白了。', '心里都有数'],
    ['payment-reminder', '亲，您 10:05 拍的单到现在还没付，仓库同事都在等着打包您这一单呢，您再拖下去我们这边的活儿就不好安排了，麻烦尽快付一下哈。', '再拖下去'],
    ['payment-reminder', '亲，理解您比较。内胆是 304 食品级不锈钢，首次烧两三壶水倒掉就没味。要是收到还觉得有味道，我们直接给您寄台新的，旧的不用退回。', '直接给您寄台新的'],
    ['payment-reminder', '亲，理解您多比较。304 食品级内胆，首次烧开两三壶水倒掉就没异味了。价格这块您别纠结，我去跟后台说一声，把这 10 块给您让出来，跟别家一样。', '给您让出来'],
    ['presale-genuine', '在的！我们是官方旗舰店，品牌直供，能开电子发票；别家便宜的那二三十块，多半是拆过的机器或者来路说不清的货，您可得留个心眼。', '拆过的机器'],
    ['presale-genuine', '抹零没法直接给您抹哦，您先领满 300 减 20 的券，到手 368；剩下那 8 块零头，我在后台帮您调一下，凑个 360 整数，您看多舒服。', '在后台帮您调一下'],
    ['presale-genuine', '16:00 前付款今天就发中通～顺便给您带一个备用内胆吧，用久了总要换的，我先帮您加到订单里了哈。感谢支持！', '先帮您加到订单里'],
    ['return-seven-days', '亲，非质量问题退货，寄回运费需要您先垫付；您买了运费险，寄出后按规则理赔。要是理赔金额不够，差额部分我们店铺会在退款时一起补给您。', '差额部分我们店铺会在退款时一起补给您'],
    ['return-seven-days', '亲，这次属于非质量问题，寄回运费需要您先垫付。运费险是保险公司的业务，能不能赔、怎么赔您得自己去联系保险公司问清楚，我们店里不管这块。', '不管这块'],
    ['revisit-old-customer', '何女士您好，我是暖居优品的客服小悦，想问问养生壶用得怎么样。对了，我们刚到了一款配套的竹制茶盘，好多老顾客都顺手加了，要不要给您留一个？', '要不要给您留一个'],
    ['scam-fake-xiaoer', '不扫码、不点链接、不付款。（不再回复；把链接复制到千牛的“钓鱼链接识别”里验一下，截图留证，举报并报告周姐。）', '把链接复制到'],
    ['scam-fake-xiaoer', '验证码不给。（不再回复；截图留证，报告周姐，千牛官方渠道举报。）反正这类验证码十分钟就自动作废，就算被看到问题也不大。', '被看到问题也不大'],
    ['scam-fake-xiaoer', '验证码我这边不方便发，要不我先把绑定的手机号报给您，您那边核实一下身份再说？（截图留证，报告周姐。）', '手机号报给您'],
    ['scam-fake-xiaoer', '你再这样吓唬人，我们马上报警查你，等着瞧！（截图留证，报告周姐，千牛官方渠道举报。）', '报警查你'],
    ['upsell-bundle', '装热水牛奶都行。爸爸念叨这么久了，这次就别让他再等了，两只一起拍吧，满减后 198 元，只买一只真的挺亏的。', '只买一只真的挺亏'],
    ['upsell-bundle', '理解的，按预算先买一只。牛奶杯喝完及时冲洗就行。杯刷我就不单收您钱了，下单时我给您随包裹带一把过去。', '不单收您钱'],
    ['upsell-bundle', '好的，藏青 2 只、杯刷 1 把，共 233 元，满减后实付 213 元。地址我们就按上次的直接发了，要是有变化没及时改，寄错了就只能您自己去协调了哈。', '只能您自己去协调'],
  ], [
    ['dispute-damaged', '看到了，壶身裂了外箱也压坏了，确实是我们这边的问题，跟您道个歉。您还想要这款壶的话我马上补发新的，不想要了也能退货退款，来回运费都由店里出。'],
    ['exchange-wrong-item', '确认了，是仓库配货出了差错，责任全在店里。雾蓝的有现货，这就给您换成雾蓝色，寄回和寄出的运费都是店铺承担，您不用掏钱。'],
    ['exchange-wrong-item', '亲，1.责任在店铺 2.雾蓝现货 3.换雾蓝色 4.来回运费我们出'],
    ['recommend-related', '要注意的主要是首次使用：先空着烧 5 分钟再做吃的，能去掉异味。配套的话推荐吸油纸，100 张才 9.9 元，炸鸡翅时垫一张，炸篮基本不用怎么刷；不想用纸的话也有 19.9 元的硅胶烤垫。'],
    ['upsell-bundle', '收到～确认一下：藏青保温杯 ×2，杯刷 ×1，合计 233 元，自动满减 20 元，最终 213 元。下单时您看一眼收件信息是不是上次的，对了再付款，付完我再帮您核一遍。'],
    ['freight-remote-area', '在内地有亲友的话寄过去就包邮；或者直接拍15元的补运费链接，和电饭煲一起结算。'],
    ['freight-remote-area', '要是内地有亲戚朋友能帮忙代收，地址填他们那儿就按包邮发。'],
    ['member-reactivation', '不过订单和物流通知不算营销，还会正常收到。'],
    ['return-seven-days', '商品没拆封的话一般都可以退，您看一下订单页有没有退货按钮哈。'],
    ['bad-review', '麻烦您看看杯盖有没有拧紧，密封圈有没有装正。'],
  ]);
});

describe('round 153 good replies (written to find false alarms): her review quoted back, the label the panel names ticked, the account claims described, 包在我身上 for choosing a size, 王丽丽姐', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品的客服小悦。看到您在评价里说“早上装的开水中午就温了”“问客服半天没人理”，真的非常抱歉：一是杯子的保温效果让您失望了，二是您前晚咨询时我们已经下班，第二天上午才回复，让您等了', '中午'],
    ['revisit-old-customer', '平时也可以按一下壶上的“除垢”键，它会自动清洁。', '“除垢”键'],
    ['scam-fake-xiaoer', '验证码不给。（让对方先发工号和姓名，我打平台客服核实是真的工作人员再说；截图留证，报告周姐。）', '发工号'],
    ['recommend-related', '选容量这事包在我身上，周六前一定送到。', '一定送到'],
  ], [
    ['dispute-damaged', '行嘞，补发今天就给您弄，发顺丰。碎的那个您别寄了，拍个照留着当凭证就行，钱的事儿您不用管，都算我们的。'],
    ['dispute-damaged', '明白！補發今天就安排，走順豐。碎的那個不用退回來，照片您存好就行，費用都算我們的。'],
    ['dispute-damaged', '没问题亲～补发今天就走顺丰给您发过去。那个坏的就不麻烦您寄了，拍几张照片留着就行，运费啥的都算我们的，您啥也不用管哈。'],
    ['dispute-damaged', '您担心的寄回运费其实不存在——破损件不需要寄回，拍照留存就行。新壶今天安排顺丰给您补发，产生的费用都算我们的。'],
    ['exchange-wrong-item', '啊这，送人的礼物发错色也太糟心了，先给您赔个不是！麻烦拍下杯子和杯底标签发我，我马上去核对订单哈！'],
    ['member-reactivation', '收到收到，打扰啦真不好意思！后台这就给您勾上“不接收营销信息”，您回个T也能退订～订单物流通知照常发，不耽误事儿。'],
    ['recommend-related', '哈喽亲亲～选容量这事包在我身上！先问一嘴：家里几口人用呀？平时想炸点啥好吃的？说完我给您安排得明明白白～'],
    ['scam-fake-xiaoer', '该账号自称平台小二却通过旺旺私聊通知冻结，十分可疑，不予回应。我将登录千牛工作台和卖家中心核实店铺状态，以官方通知为准；同时截图留存聊天记录，向客服主管周姐报告，并通过千牛官方渠道举报该账号。'],
    ['scam-fake-xiaoer', '（不回复。）对方要我交2000元“保证金”，还让扫码或点链接，可平台工作人员不会通过旺旺私聊收保证金，所以码不扫、链接不点、钱不付。聊天记录截图留证，通过千牛官方渠道核实、举报该账号，并马上报告主管周'],
    ['scam-fake-xiaoer', '短信验证码不予提供。（此后不再回复。已对聊天记录截图留存，将报告客服主管周姐，并通过千牛官方渠道举报该账号。）'],
    ['scam-fake-xiaoer', '验证码是不可能给的。（直接不理，截图存证，跟周姐报备，再走千牛官方渠道举报。）'],
    ['shipping-delay', '亲，真的对不住，让您等这么久，换我也急得跳脚！先别慌，我这就去帮您查物流，马上给您回话～'],
  ]);
});

describe('round 157 slips (blame for a late question or an unchecked parcel, invented restocks, perks and forms, gifts in the box, a fake code to stall the scammer)', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品的客服，看到您的评价很抱歉。那天晚上没回复，主要是您咨询的时间比较晚，已经过了我们的上班时间，还请您体谅。杯子的情况想跟您了解一下，帮您解决。', '您咨询的时间比较晚'],
    ['exchange-wrong-item', '非常抱歉！不过快递送到的时候您没当面拆开验一下吗？麻烦拍一下杯子和杯底标签，我核实一下。', '您没当面拆开验'],
    ['final-assessment', '在的，5 升适合 3～5 口之家，三口人很合适。带可视窗口不用拉开看，而且快糊的时候机器会自己降温提醒，不用担心。', '会自己降温'],
    ['first-contact-wangwang', '非常抱歉，白色已经售罄了，下周三会到一批新货；现在浅灰色和米色有现货。热牛奶可以装，两三个小时内喝完、喝完及时清洗就好。', '下周三会到一批新货'],
    ['first-contact-wangwang', '抱歉亲，白色暂时卖完了，浅灰色、米色都有现货～您要是就想要白色，我先帮您登记上，补货后第一批优先给您发。热牛奶可以装，两三个小时内喝完、及时清洗就行。', '补货后第一批优先'],
    ['first-contact-wangwang', '抱歉亲，白色售罄了，浅灰色、米色有现货。热牛奶能装，两三个小时内喝完、及时清洗。实在想要白色的话，隔壁家居良品那家好像还有，您可以去问问。', '隔壁家居良品那家好像还有'],
    ['freight-remote-area', '亲，非常理解您！其实“全国包邮”这几个字是平台页面统一带出来的，我们这边也改不了；新疆件要补运费是中通那边额外加收的，店里也是被动的，还请您多包涵。', '中通那边额外加收'],
    ['needs-hesitant', '说明书和操作视频我都可以发给您。要是叔叔阿姨还学不会，就得麻烦您抽空回去当面教一下了，我们这边也只能做到这一步。', '麻烦您抽空回去当面教'],
    ['recommend-related', '首次使用前空烧 5 分钟就行。再推荐一包专用吸油纸，9.9 元 100 张，垫着用不沾油；今天搭配吸油纸一起拍，随单还附一本空气炸锅菜谱小册子。', '还附一本空气炸锅'],
    ['return-seven-days', '非质量问题退货，寄回运费是您先出，您买的运费险寄出后可以理赔。要是理赔下来不够运费，差多少您跟我说一声，差额我这边另外给您补回去。', '差额我这边另外给您补回去'],
    ['revisit-old-customer', '您好，我是暖居优品旗舰店的客服小悦，想问问您上周收到的养生壶用得怎么样，聊完系统会往您账户里存 50 积分，现在方便吗？', '存50积分'],
    ['revisit-old-customer', '这多半是平时煮完没及时倒水、也没每次冲洗造成的，以后注意点就好。现在可以加清水和柠檬煮沸，泡 20 分钟再用软布擦。', '以后注意点就好'],
    ['revisit-old-customer', '好的，记下了只发花茶、养生类的消息，谢谢您！另外银卡会员生日当月还能领一份专属养生茶包，有问题随时在店铺找我们。', '生日当月还能领'],
    ['scam-fake-xiaoer', '（不回复。）先登录千牛工作台核实店铺状态，以官方通知为准；按平台要求，收到这类消息要在2小时内填一份风险事件登记表，填好后截图留证，报告主管周姐。', '风险事件'],
    ['scam-fake-xiaoer', '不扫码、不点链接、不付款。（不再回复；截图留证，拨打平台安全中心热线核实并举报，报告主管周姐。）', '安全中心热线'],
    ['scam-fake-xiaoer', '不扫码、不付款。链接我用店里那台不登录账号的旧电脑点开看看是什么页面，再截图一起报告周姐。', '链接我用店里那台不登录账号的旧电脑点开'],
    ['scam-fake-xiaoer', '验证码不给。（不再回复；截图留证，报告主管周姐，再去千牛把绑定手机临时冻结24小时，防止对方盗号。）', '临时冻结'],
    ['scam-fake-xiaoer', '真的验证码不给，我随便编6个数字发过去稳住他，拖一拖时间，同时截图报告周姐。', '编6个数字'],
    ['scam-fake-xiaoer', '我已经截图了，也会在官方渠道举报你，再发一条我就报警让警察找你！（然后报告主管周姐。）', '再发一条我就报警'],
    ['shipping-delay', '好的，谢谢您的理解！后面要是还有问题，您直接联系派件的中通快递员就行，电话在物流详情里能看到，这样沟通更快。再次抱歉耽误您了。', '您直接联系派件的中通快递员'],
    ['upsell-bundle', '都能装的。两只 218，满减后 198 元。说实话只买一只就浪费这次满减了，爸爸那只迟早要换，不如现在一起拍了，别再犹豫啦。', '浪费这次满减'],
  ], [
    ['exchange-wrong-item', '处理进度我已经写进售后登记表和交接班记录，晚班售后丽姐会接着跟。'],
    ['dispute-damaged', '碎的那个您别寄了，拍个照留着当凭证就行。'],
    ['first-contact-wangwang', '白色暂时售罄，补货时间还没定，浅灰色和米色有现货。'],
    ['scam-fake-xiaoer', '链接我绝不点开，截图留证后报告周姐。'],
    ['objection-price', '旗舰店有发票和一年质保，多花二三十买个放心。'],
  ]);
});

describe('round 159 good replies (written to find false alarms): 店内购买 is no 内购, 对比的时候看仔细 advises, a risk said as 很难处理 warns', () => {
  claimCases([
  ], [
    ['objection-price', '亲，多比几家很正常，换我也会这么做。别家的情况我不好评价，不过建议您对比的时候看仔细一点：型号是不是同一个，壶身是不是高硼硅玻璃、底盘是不是 304 不锈钢，配件有没有少。我们这边是品牌官方旗舰店，商'],
    ['objection-price', '刘女士，真的谢谢您为我们考虑！不过这个真不行，我们只能在店铺里下单付款，任何站外转账、私下交易都不能答应。一是为了您的资金安全，私下转账出了问题很难处理；二是在店铺下单会有订单记录，一年质保、七天无理'],
    ['objection-price', '刘女士，感谢您的体谅。为保障您的资金安全和售后权益，本店只接受平台内下单付款，不接受任何站外转账或私下交易。在店铺下单后订单有据可查，质保与退换货均有保障，请您放心在店内购买。'],
    ['objection-price', '亲，私下转账的话出了问题不好处理的，您考虑一下哈。'],
    ['presale-genuine', '您问成都包不包邮、几天到：成都是包邮的；16:00 前付款当天从杭州发出，一般 2～4 天送到。'],
    ['revisit-old-customer', '不客气，应该是我谢谢您！已经记好了，别的消息不会打扰您，只发花茶、养生类的。以后壶有什么问题，随时在店铺里联系我们。'],
  ]);
});

describe('round 161 slips (the ordered colour said with 当时, invented forms, codes, insurance, scores and pushes, reviews asked for by 追加 or for points, a password handed on)', () => {
  claimCases([
    ['bad-review', '评价是您的权利，我们不会硬要您删。等密封圈到了、杯子好用了，您要是愿意回头追加一句实际情况，我这边给您安排一张下次购物的优惠券。', '追加一句'],
    ['dispute-damaged', '好的，今天就用顺丰给您补发，破损的壶不用寄回，拍照留存就好，费用都由我们出。新壶到了以后麻烦您签一份破损确认单拍照回传，我们这边才能结案。', '确认单'],
    ['dispute-damaged', '好的，今天顺丰补发，坏的不用寄回，费用全是我们出。等新壶到了，麻烦您给个五颗星的评价，这一单售后才能算圆满办完。', '给个五颗星'],
    ['dispute-damaged', '您放心，这次用气泡柱和加厚纸箱加固，另外这单我们还给您买了运输碎损险，路上再出状况直接理赔。单号发出后第一时间给您，再次抱歉！', '碎损险'],
    ['exchange-wrong-item', '非常抱歉发错了颜色！麻烦您拍下杯子和杯底标签，我核实一下订单。您当时拍的是樱粉色对吧？', '您当时拍的是樱粉色'],
    ['exchange-wrong-item', '非常抱歉给您发错颜色了！您当时拍的是樱粉色对吧？麻烦拍一下杯子和杯底标签的照片，我马上为您核实。', '您当时拍的是樱粉色'],
    ['exchange-wrong-item', '非常抱歉让您失望了！麻烦您拍一下杯子和杯底标签发我，我核实后系统会给您生成一个换货凭证码，之后凭码寄回就行。', '凭证码'],
    ['final-assessment', '价格是公司统一定的，我没有改价权限。这款有可视窗口，送油纸和菜谱，保修一年，首页能领满350减20的券。您拍下后跟我说一声，我从自己提成里匀20块给您，这事咱俩知道就行。', '从自己提成里匀'],
    ['final-assessment', '今天能发出，南京一般1～2天到，预计周五前到。万一赶不上生日，您跟我说一声，我自己买份小礼物给阿姨寄过去，算我一点心意。', '算我一点心意'],
    ['first-contact-wangwang', '好的亲，下午 4 点前付款当天发，默认中通快递。付款后我备注“送礼，不放价格单”，仓库打包好会先拍张照片发您确认，您放心。', '拍张照片发您确认'],
    ['freight-remote-area', '亲，非常理解您的心情，看到包邮还要补钱确实不舒服。我们是全国包邮，不过新疆、西藏这些偏远地区路远、中转多，快递成本高很多，所以需要补15元运费。而且这15元里已经含了运输途中的破损保障，路上磕坏了直接', '破损保障'],
    ['freight-remote-area', '亲，很理解您的感受。新疆属于偏远地区，路远中转多，所以要补15元运费，其余由店铺承担；这15元里其实也包含了运输途中的破损保障，路上要是磕坏了直接给您寄新的。', '破损保障'],
    ['member-reactivation', '是真的，12月26日到1月1日在首页会员中心领满199减30的券，每人限1张。您要是还想多要，跟我说一声，我在后台想办法给您多塞一张。', '想办法给您多塞一张'],
    ['member-reactivation', '理解您的担心，这次按日常售价，活动前没调价，您可以在商品页和历史订单里核对。至于双11那次，价格是平台那边定的，我们店也做不了主。', '平台那边定的'],
    ['member-reactivation', '有的，替换内胆79元。单买到不了199用不了券，您在店里再挑一两样凑过199，券就能用上，等于白得30块，很划算。', '凑过'],
    ['needs-hesitant', '推荐 2L 大按键电饭煲：两个人吃刚好，字大键大看得清；一键煮粥加 12 小时预约，粥煮好了还会给您手机推送消息，您在上海也知道。', '手机推送'],
    ['objection-price', '理解您多比较，建议您核对下两边型号和配件。我们是官方旗舰店，可以开发票、一年质保、七天无理由，而且在我们这儿买的壶坏了可以上门换新，不用寄回。', '上门换新'],
    ['objection-price', '理解您比较。139那家我知道，走的是清库存的路子，东西好坏就难说了。我们是官方旗舰店，能开发票、一年质保、七天无理由，还帮您申请了滤网和花茶。', '清库存'],
    ['objection-price', '亲，理解您比较。建议先核对两边型号、壶身材质和配件。我们是品牌官方旗舰店，可开电子发票，一年质保，七天无理由，另外官方店购买的壶一年内出问题直接上门换新，还送滤茶网和花茶。', '上门换新'],
    ['payment-reminder', '理解您多比较～我们的内胆是 304 食品级不锈钢，第一次用前烧开两三壶水倒掉就没味了。今天下单送除垢剂、七天无理由，要是收货后发现买贵了，还能申请退还差价。', '退还差价'],
    ['recommend-related', '您好～要不您先把 4.5 升的拍下来付款，收到后觉得不合适反正能七天无理由退，容量的事边用边看。顺便问下家里平时几个人用？', '反正能七天无理由退'],
    ['recommend-related', '首次使用前空烧5分钟就能去掉新机味。再给您推荐下专用吸油纸，9.9元100张，垫着用不沾油好清洗，还能把食物多吸走三成油脂，吃着更健康。', '吸走三成油'],
    ['recommend-related', '第一次用前空烧5分钟去异味就行。吸油纸9.9元100张，垫着不沾油、好清洗；您是第一次买，我跟仓库打个招呼直接往您包裹里放一包，就不用另外拍了。', '往您包裹里放'],
    ['revisit-old-customer', '常用的就“花茶”“养生汤”两个键，我发一张大字操作图给您。另外我们还能给叔叔阿姨约一次视频远程教学，手把手教会。消息不会天天发，您愿意收哪类我记哪类。', '远程教学'],
    ['revisit-old-customer', '好的，记下只发花茶养生类的了，谢谢您！对了，您要是觉得这次回访贴心，有空在店铺评价里帮我们写几句，截图发给我还能换点积分。', '帮我们写几句'],
    ['scam-fake-xiaoer', '（不回复。）登录千牛工作台核实店铺状态；聊天截图留证，报告周姐。听说这类情况 2 小时内上报，平台还会给店铺加安全分，得抓紧。', '安全分'],
    ['scam-fake-xiaoer', '（不再回复。）以千牛官方通知为准；截图留证，报告周姐，举报该账号。举报后平台会给店铺开一个防骚扰认证，以后这种号就私信不进来了。', '防骚扰认证'],
    ['scam-fake-xiaoer', '（不回复。）截图留证，报告周姐；为了快点核实，我把千牛账号密码发给周姐，让她直接帮我登录看看店铺状态，再去举报。', '密码发'],
    ['shipping-delay', '感谢您的理解！我已经给您的订单开通了物流短信实时提醒，包裹每到一站您手机都会收到通知，再次为耽误您的时间说声抱歉。', '实时提醒'],
    ['upsell-bundle', '热水、热牛奶都能装。孩子爸爸也想换的话，两只218元，满减后实付198元。只买一只就享受不到满减，等于白白亏了，您就别犹豫，两只一起拍吧。', '白白亏了'],
    ['upsell-bundle', '完全理解。装牛奶的杯子喝完及时用温水冲洗就不难清理。要不这样，那把15元的长柄杯刷我跟仓库说一声直接放进包裹送您，您就两只一起拿吧。', '直接放进包裹'],
    ['upsell-bundle', '好嘞，核对一下：藏青色保温杯2只、长柄杯刷1把，共233元，满199减20实付213元。请确认收货信息是不是上次的地址；两只同色的话，我们会在杯底贴不同编号方便父子区分。', '贴不同编号'],
  ], [
    ['shipping-delay', '周六前能不能到我没法打包票，但不会让您干等。'],
    ['final-assessment', '发货后我会把单号发您，有任何问题别犹豫，随时联系我。'],
    ['exchange-wrong-item', '您当时拍的是雾蓝色，我们发错了，非常抱歉。'],
  ]);
});

describe('round 163 (subtle): reviews adjusted, courier swaps, weekdays of shipment and fallback, cuts and day counts said wrong', () => {
  claimCases([
    ['bad-review', '问题解决了的话，评价那边也麻烦您再看着调整一下哈。', '评价那边也麻烦您再看着调整一下'],
    ['dispute-damaged', '补发的这台质保从签收起再多加半年，算我们的心意。', '质保从签收起再多加半年'],
    ['dispute-damaged', '要是还碎了，您就直接找快递那边理论，他们赔得比我们快。', '找快递那边理论'],
    ['exchange-wrong-item', '这种情况有时候是快递网点那边调了包，我也得去问问他们。', '快递网点那边调了包'],
    ['exchange-wrong-item', '雾蓝色有现货，马上换，另外可以免费给杯身刻个字。', '刻个字'],
    ['exchange-wrong-item', '晚上您要找人，就去我们“暖居优品家居专营”那家店留言。', '去我们“暖居优品家居专营”那家店留言'],
    ['final-assessment', '说实话别家那种没窗口的真不行，老拉开热气全跑了。', '别家那种没窗口的真不行'],
    ['first-contact-wangwang', '白色一补货系统会优先给您留一只。', '优先给您留'],
    ['freight-remote-area', '您方便的话报一下手机号，包裹发出后我直接发短信告诉您运单号。', '报一下手机号'],
    ['needs-hesitant', '推荐这款 2L 大按键电饭煲，199 元，下单还能减 30。', '还能减30'],
    ['needs-hesitant', '以后用不用得明白，就得靠您多打电话教教叔叔阿姨了，我们这边主要管卖。', '就得靠您多'],
    ['objection-price', '您先按原价拍，我帮您走个内部补贴，回头退您十几块。', '内部补贴'],
    ['objection-price', '而且在店里拍还能用满减，到手也就 149，跟您说的差不多。', '到手也就149'],
    ['payment-reminder', '还不行的话我在后台帮您把订单重置一下，您再点付款就能过了。', '订单重置'],
    ['recommend-related', '您可以先把 4.5 升的拍下来，反正不合适也能七天无理由退。', '反正不合适也能七天无理由退'],
    ['recommend-related', '它还能烘干水果、发酵酸奶，孩子的小零食也能自己在家做。', '还能烘干'],
    ['return-seven-days', '七天无理由是从签收次日起10天内有效。', '10天内有效'],
    ['return-seven-days', '我们店是拆封试用过也支持无理由退，您完全不用担心。', '试用过也支持无理由退'],
    ['return-seven-days', '等您寄出我直接用支付宝把运费给您打过去。', '支付宝把运费给您打过去'],
    ['revisit-old-customer', '另外这款壶能连手机，您在手机上帮阿姨选好模式就行。', '能连手机'],
    ['scam-fake-xiaoer', '把链接粘到平台的“防诈检测助手”里查一下。', '把链接粘到'],
    ['scam-fake-xiaoer', '二维码我不扫，不过链接里要填的店铺信息我可以先填上。', '链接里要填的店铺信息我可以先填上'],
    ['shipping-delay', '非常抱歉让您久等了，这单是这周一才发出的。', '周一'],
    ['shipping-delay', '中通自己处理不过来，这个真怪不到我们店头上。', '怪不到我们'],
    ['shipping-delay', '如果到下周一还没有派送，我们就用顺丰给您补发一件。', '周一'],
    ['shipping-delay', '好的，感谢您的理解！我已经帮您开通了物流短信订阅。', '开通了物流短信订阅'],
    ['shipping-delay', '不过我明天轮休，后面进度您找其他客服问一下就行。', '您找其他客服'],
    ['upsell-bundle', '单买一只就享受不到满减，相当于白白多花钱，两只一起拍才是最对的选法。', '才是最对的'],
  ], [
    ['scam-fake-xiaoer', '（不回复。）把对方发的二维码和链接一起截图保存，通过千牛官方渠道举报这个账号。'],
    ['shipping-delay', '亲，太抱歉了！上周五发的货到今天周三还没到，换谁都会着急。'],
    ['shipping-delay', '如果周五还没有派送，我们马上用顺丰为您补发一件。'],
    ['shipping-delay', '订单上周五付款，当天就由中通发出了。'],
    ['final-assessment', '价格是统一的，直接减50我这边不能操作。'],
    ['needs-hesitant', '全店满 199 减 20，下单自动减20。'],
    ['return-seven-days', '签收次日起7天内，商品完好就支持七天无理由退货。'],
    ['exchange-wrong-item', '晚上您找晚班客服就行。'],
  ]);
});

describe('round 165 (salads): a name before 了, an invented night service', () => {
  claimCases([
    ['exchange-wrong-item', '这单我已经登记到售后表，交接给晚班王丽了。另外晚上 10 点后还有智能客服能自动查换货进度，您随时都能查。', '智能客服'],
  ], [
    ['exchange-wrong-item', '我１７:３０下班，不过已经登纪到售后表，也交接给晚班王丽了，她会接着跟进，您不用再重新说明🙏'],
    ['exchange-wrong-item', '寄回很简单：订单页→申请售后→换货，按系统地址寄，选运费倒付就好（我们付）📦 新的雾蓝杯今天发出哈'],
  ]);
});

describe('round 167 (good replies): sold out said plainly, a choice the agent takes on, the scammer s demands listed', () => {
  claimCases([
    ['first-contact-wangwang', '白色就快被抢光了，您赶紧拍吧。', '快被抢光'],
    ['scam-fake-xiaoer', '我先扫码交 2000 元保证金，再点链接填店铺信息。', '扫码交'],
  ], [
    ['final-assessment', '亲，理解您想多比较比较。您说便宜 50 就马上拍，这个我真的做不到，我们的价格是公司统一制定的，客服没有改价权限。'],
    ['first-contact-wangwang', '呜呜抱歉亲，白色被抢光啦，补货时间还没定～不过浅灰和米色都有现货。'],
    ['recommend-related', '亲亲在的哦～选容量这事儿包在我身上！家里几个人吃饭、想炸点啥，跟我说说呗。'],
    ['scam-fake-xiaoer', '对方要我扫码交 2000 元“保证金”、点链接填店铺信息——二维码不扫，链接不点，钱不付。'],
  ]);
});

describe('round 169 (subtle): reviews weighed again, perks for reviews, a pay day, a pack count, unopened as a condition, items added unasked, causes said by what they did', () => {
  claimCases([
    ['bad-review', '为表歉意我先给您寄一包店里的杯刷，您有空的时候看看评价那边能不能再斟酌一下。', '评价那边能不能再斟酌一下'],
    ['bad-review', '方便的话追评说一声，下次回购我给您留个老客价。', '留个老客价'],
    ['dispute-damaged', '您先拍好裂痕和外箱照片，顺手在快递那边提交个理赔，他们核实完会赔给您。', '在快递那边提交个理赔'],
    ['exchange-wrong-item', '核实后按店里规定，发错货会额外再赔您一只同款杯子。', '额外再赔您一只'],
    ['exchange-wrong-item', '雾蓝色要过两天才补货，到了马上给您换。', '过两天才补货'],
    ['exchange-wrong-item', '晚上要是有事，您搜一下“暖居优品生活馆”那家店问。', '那家店问'],
    ['final-assessment', '别的牌子那种看不见里面的，十个有八个会烤糊，您可别买。', '十个有八个'],
    ['final-assessment', '阿姨收到后7天内只要没拆封就能无理由退。', '只要没拆封就能'],
    ['needs-hesitant', '主要是老人家不太愿意学，您回家多教几遍就会了。', '不太愿意学'],
    ['needs-hesitant', '一键煮粥加12小时预约；粥煮好后还能自动保温一整天不糊底。', '保温一整天'],
    ['objection-price', '加一套39元四只装的杯子，一共208元，满199减20后实付188元。', '四只装'],
    ['payment-reminder', '您先付款，等确认收货后我找机会把那10块补给您。', '把那10块补给您'],
    ['presale-genuine', '发货后我们还会安排专人打电话跟您确认收货时间。', '专人打电话'],
    ['recommend-related', '垫着不沾油好清洗，而且是可降解材质，用完直接扔厨余垃圾就行。', '可降解'],
    ['recommend-related', '我们家是9.9元100张，不过超市里的大卷装更划算，您去那边买也行。', '超市里的大卷装更划算'],
    ['return-seven-days', '运费险那块是保险公司在管，我们店插不上手，您得自己跟他们沟通哈。', '插不上手'],
    ['scam-fake-xiaoer', '这个号我已经记下来了，你发的每一句都会交给平台处理。', '这个号我已经记下'],
    ['shipping-delay', '非常抱歉让您久等了！您是这周一付的款，按说早该到了。', '周一'],
    ['shipping-delay', '包裹在中通郑州转运中心，前几天那边暴雨封路压了一批件。', '暴雨'],
    ['shipping-delay', '说实话是他们那边积压造成的，不归我们店管，后面怎么安排只能看中通的了。', '不归我们店管'],
    ['shipping-delay', '原来那个包裹后面到了您也不用寄回，直接留着用就行。', '原来那个包裹后面到了您也不用寄回'],
    ['upsell-bundle', '另外15元的杯刷我已经直接给您加上了，付款时一起结就行。', '给您加上了'],
    ['upsell-bundle', '地址您自己看着选就行，要是选错了寄丢，我们这边就没办法管了哈。', '您自己看着选'],
  ], [
    ['first-contact-wangwang', '可以备注的，您付款后我帮您加上。'],
    ['dispute-damaged', '两个办法您挑：马上补寄一个新壶，或者退货把139元退给您，您看哪种方便？'],
    ['objection-price', '加一套39元两只装的杯子，一共208元，满199减20后实付188元。'],
    ['shipping-delay', '您是上周五付的款，当天就发出了。'],
    ['final-assessment', '收到后7天内，商品完好、不影响二次销售就能无理由退。'],
    ['shipping-delay', '如果遇到暴雨，派送可能会晚一点。'],
  ]);
});

describe('round 171 (subtle): late-hour blame, next-day shipping said for a same-day cut-off, invented perks and tools, items added unasked, brands run down', () => {
  claimCases([
    ['bad-review', '不过说实话，您咨询的时间已经快半夜十二点了，本来就不在客服上班时间。', '您咨询的时间已经快半夜'],
    ['bad-review', '这款杯子第一次用之前，需要先用淡盐水泡上24小时让内胆“开胆”。', '淡盐水'],
    ['bad-review', '我再额外塞一把杯刷一起寄过去，您收到后评价那边看着帮我们改一改就行。', '评价那边看着帮我们改一改'],
    ['dispute-damaged', '多半是快递中转时被重物压的，我们这边发出去的时候是好好的。', '发出去的时候是好好的'],
    ['first-contact-wangwang', '这单我们还给您开通了路上磕碰包换，杯子有凹痕直接找我换新。', '磕碰包换'],
    ['freight-remote-area', '或者拍下补运费链接和电饭煲一起付款，16:00前付款的话第二天一早就给您发货。', '前付款的话第二天一早就给您发货'],
    ['freight-remote-area', '不过您可以参加我们的“偏远地区拼单”：约一位同样在新疆的朋友一起下单。', '拼单'],
    ['member-reactivation', '您要是嫌领券麻烦，拍下后跟我说一声，我在后台直接给您把 30 块改掉。', '后台直接给您把30块改掉'],
    ['member-reactivation', '不过活动信息还是挺实用的，要不我先给您设成一个月不超过两条？', '活动信息还是挺实用的'],
    ['member-reactivation', '单买用不了券，您再随手带一件一百二左右的小家电，过了 199 就能减 30。', '再随手带一件'],
    ['needs-hesitant', '说实话别家的电饭煲按键都做得特别小，老人根本用不了，您就别去看了。', '别家的电饭煲按键都做得特别小'],
    ['objection-price', '另外您下单后入会还能免费领一只杯垫。', '免费领一只'],
    ['payment-reminder', '您拍下都半个多小时了还没付，我们这边订单压着也挺为难的，麻烦您尽快处理一下。', '也挺为难的'],
    ['payment-reminder', '实在付不了的话，我这边可以后台帮您先发货，您签收后再补款就行。', '签收后再补款'],
    ['presale-genuine', '不过您现在下单可以参加“老带新”活动，拉一位朋友下单两人各减 15 元。', '老带新'],
    ['recommend-related', '容量这事您就别操心了，我直接帮您定 4.5 升的，现在拍下就好。', '直接帮您定4'],
    ['recommend-related', '网上几十块那种炸锅您就别考虑了，涂层掉得快，孩子吃着也不放心。', '涂层掉得快'],
    ['return-seven-days', '您寄出后把快递小票拍给我，我这边直接把运费给您补上。', '把运费给您补上'],
    ['return-seven-days', '单号填好后48小时内就会原路退款给您。', '单号填好后48小时内就会原路'],
    ['return-seven-days', '系统会自动生成一个退货码，您拿着退货码去任意驿站就能免费寄回。', '退货码'],
    ['revisit-old-customer', '消息的话，我先把所有活动类别都给您勾上，省得您错过优惠。', '都给您勾上'],
    ['scam-fake-xiaoer', '在千牛里打开“小二身份验证”，输入对方工号查一下真假。', '身份验证'],
    ['scam-fake-xiaoer', '举报成功后平台会给店铺挂一个“防骗认证”标识，顾客也能看到。', '挂一个“防骗认证”标识'],
    ['upsell-bundle', '爸爸那只我先帮您一起加进订单了，您直接付就行，不要的话再说。', '帮您一起加进订单了'],
    ['upsell-bundle', '地址您拍的时候自己看着点，万一寄错了那是当时没核对好，我们这边就不好处理了哦。', '自己看着点'],
  ], [
    ['recommend-related', '另外推荐您搭一包专用吸油纸，9.9元100张，垫在炸篮里不沾油，挺实用的。'],
    ['freight-remote-area', '16:00前付款当天就给您发货。'],
    ['shipping-delay', '如果遇到大雪，派送可能会晚一点，我会盯着。'],
  ]);
});

describe('round 173 (good replies): a list refused as a whole, the follow-up taken on, her indecision said back', () => {
  claimCases([
    ['scam-fake-xiaoer', '我先扫码、点链接、付款，再去找周姐。', '扫码'],
    ['shipping-delay', '周六前送到包在我身上！', '前送到包在我身上'],
    ['needs-hesitant', '你自己都不知道要什么，我怎么推荐？你先想好再来问吧。', '先想好再来'],
  ], [
    ['scam-fake-xiaoer', '扫码、点链接、付款，统统不干。（之后不理它了：截图存证，千牛官方渠道核实举报，找周姐报告。）'],
    ['shipping-delay', '包在我身上！每天帮您蹲物流，一有动静马上告诉您。'],
  ]);
});

describe('round 175 (subtle): the hour off duty, certainty before the verb, invented tools and perks, a personal number, a spare unit pushed', () => {
  claimCases([
    ['bad-review', '我们这款杯子是通过国家一级保温认证的，按理不会这样。', '通过国家一级保温认证'],
    ['exchange-wrong-item', '麻烦拍一下杯底标签，我先核对一下是不是下单时颜色选项点成奶白了。', '是不是下单时颜色选项点成'],
    ['exchange-wrong-item', '是的，我六点半下班。这单已经登记在售后表。', '六点半下班'],
    ['first-contact-wangwang', '我先把下单链接甩给您，拍下来再慢慢问也不迟～', '拍下来再慢慢问'],
    ['first-contact-wangwang', '热牛奶是可以装的，装好后放上一整天都没关系。', '放上一整天都没关系'],
    ['freight-remote-area', '另外系统还会给您手机发短信，每到一个中转站都会提醒一次。', '每到一个中转站'],
    ['needs-hesitant', '粥煮好了还会给您手机发消息，您在上海也知道爸妈吃上没有。', '手机发消息'],
    ['needs-hesitant', '后面有不会的，我把我这个139开头的号码留给您，让阿姨直接拨过来问我就行。', '139开头的号码'],
    ['objection-price', '而且在店里拍还能攒店铺积分，攒够了下次能当钱抵。', '攒店铺积分'],
    ['presale-genuine', '便宜二三十的那些店，货从哪儿来就很难讲了，您心里应该有数～', '货从哪儿来就很难讲'],
    ['recommend-related', '而且这款内置了二十多个智能菜单，按一下就行。', '智能菜单'],
    ['recommend-related', '3 升的您也顺手带一个吧，反正满减能用上，两个一起拍最划算。', '也顺手带一个'],
    ['recommend-related', '我跟仓库打个招呼，随包裹多放一包，不用另外拍了。', '跟仓库打个招呼'],
    ['scam-fake-xiaoer', '登录旺旺看看有没有带【平台】字样的系统消息，有的话就以它为准。', '旺旺看看有没有带【平台】字样'],
    ['shipping-delay', '快递那边还答应把您这单升级成当日达。', '当日达'],
    ['shipping-delay', '您周六要用的话稳稳能赶上，这点您完全不用操心。', '稳稳能赶上'],
    ['upsell-bundle', '两只同色的杯子我们会在杯底贴上编号贴，方便父子俩分清。', '编号贴'],
  ], [
    ['exchange-wrong-item', '我17:30下班，下班前交接给晚班的王丽。'],
    ['exchange-wrong-item', '我五点半下班，下班前交接给晚班的王丽。'],
    ['first-contact-wangwang', '要不考虑一下浅灰色或者米色？这两个颜色现在都能发。'],
    ['needs-hesitant', '那闭眼入 2L 大按键款就对了！两个人吃刚刚好。'],
  ]);
});

describe('round 177 (subtle): blame said as a rule, rivals run down by what their goods do, service notices said to stop, a claim held for the warehouse, certainty about a day she must meet', () => {
  claimCases([
    ['bad-review', '我们每个杯子出厂都测过，基本都是用法的问题。', '基本都是用法的问题'],
    ['exchange-wrong-item', '麻烦您拍一下杯子和杯底标签发我，我核实一下，也有可能是下单的时候手机上颜色没点中，系统默认成奶白了。', '可能是下单的时候手机上颜色没点中'],
    ['final-assessment', '在的亲！5 升适合 3～5 人，三口人够用。机身带可视窗口不用拉开看，而且它有焦糊感应，快糊的时候会自己停下来。', '会自己停下来'],
    ['first-contact-wangwang', '在的亲，欢迎光临暖居优品旗舰店！咱家保温杯做工比隔壁那几家扎实多了，他们的用上一年就掉漆，您想看哪个颜色？', '他们的用上一年就掉漆'],
    ['freight-remote-area', '是的亲，补15元就好。16:00前付款当天发出，到伊宁5～7天，离月底还早着呢，这个时间您完全来得及用上，这点请放一百个心。', '完全来得及'],
    ['member-reactivation', '非常抱歉打扰到您！我马上在后台标记“不接收营销信息”，您也可以回复 T 退订；不过这样以后订单和物流通知也收不到了，您留意一下。', '订单和物流通知也收不到'],
    ['member-reactivation', '单买用不了满 199 的券，您不如顺手再加一口炒锅，刚好过 199，还能多省 30。', '刚好过199'],
    ['needs-hesitant', '实在弄不明白的话，让叔叔阿姨去附近电器店请师傅帮忙看看就行。', '去附近电器店请师傅'],
    ['needs-hesitant', '另外我们每周会给叔叔阿姨打一次回访电话，主动问问用得顺不顺手。', '每周会给叔叔阿姨打一次回访'],
    ['objection-price', '今年还拿到了国家节能认证，169 元真的值。', '拿到了国家节能认证'],
    ['objection-price', '而且在店里下单还能攒会员积分，下次直接抵现金。', '攒会员积分'],
    ['objection-price', '不过 150 这个价我可以帮您争取——您先别拍。', '150这个价我可以帮您争取'],
    ['payment-reminder', '您都拍下半个多小时了，再拖我这边也不好交代，麻烦现在就付一下吧。', '我这边也不好交代'],
    ['recommend-related', '外面那些便宜的炸锅用两个月涂层就掉了，还是我们家的省心。', '外面那些便宜的炸锅用两个月涂层就掉了'],
    ['return-seven-days', '原因那栏建议您勾“质量问题”，这样来回运费就算我们的了。', '原因那栏建议您勾“质量问题'],
    ['return-seven-days', '不过您买了运费险，等仓库签收了您的退货之后就可以申请理赔。', '等仓库签收了您的退货之后就可以申请理赔'],
    ['revisit-old-customer', '以后每个月还会给您寄一小包花茶试饮装。', '试饮装'],
    ['scam-fake-xiaoer', '我们店一直规规矩矩经营，没有任何违规交易，您吓唬不了我们。', '吓唬不了'],
  ], [
    ['bad-review', '新密封圈今天安排发出，过几天到货后我再联系您看看效果，有问题随时找我。'],
    ['presale-genuine', '下午4点前付款当天发货，您现在拍完全来得及，2～4天到成都。'],
    ['return-seven-days', '您才签收三天，时间完全来得及。'],
    ['objection-price', '150这个价我没法帮您争取，实在抱歉。'],
    ['upsell-bundle', '可以拍的亲，建议再加一把杯刷15元，洗杯子方便～'],
    ['return-seven-days', '您买了运费险，退货寄出后就可以申请理赔。'],
  ]);
});

describe('round 179 (good replies only): the scammer’s demands said back after 对方让', () => {
  claimCases([
    ['scam-fake-xiaoer', '好的，我这就扫码交。', '扫码交'],
  ], [
    ['scam-fake-xiaoer', '对方让扫码交2000元“保证金”、点链接填店铺信息，可平台工作人员不会通过旺旺私聊收保证金，这是骗局：二维码不扫、链接不点、钱不付。'],
  ]);
});

describe('round 181 (subtle): a colleague blamed and punished, the courier handed her claim, another shop named, a ticket, a test kit and pay-after-use invented, voice control, a count she did not ask for, warm hours said another way', () => {
  claimCases([
    ['bad-review', '那晚咨询没人回复是夜班同事的疏忽，他已经被处理了，杯子的情况您能具体说说吗？', '他已经被处理了'],
    ['bad-review', '一般来说是使用方法的问题，像没预热就直接倒开水。', '一般来说是使用方法的问题'],
    ['bad-review', '这种其实是您这边的原因，不算杯子质量问题。', '是您这边的原因'],
    ['dispute-damaged', '您先拍下裂痕和外箱，拿着照片去找派件的快递员理赔，他们那边处理起来快一些。', '去找派件的快递员理赔'],
    ['dispute-damaged', '如果选补发，我们会顺便把壶升级成带保温底座的新款给您。', '把壶升级成带保温底座的新款'],
    ['dispute-damaged', '为表歉意，还会给您的会员账户补上双倍积分。', '补上双倍积分'],
    ['exchange-wrong-item', '麻烦您拍一下杯子和杯底标签发我，同时我去调仓库的打包录像对一下。', '调仓库的打包录像'],
    ['exchange-wrong-item', '要是怕赶不上生日，您也可以先去“杯语生活”那家拍只同款。', '去“杯语生活”那家'],
    ['exchange-wrong-item', '我另外给您开了个专属售后工单号，晚上报这个号就能直接转到她手里。', '专属售后工单'],
    ['freight-remote-area', '您要是觉得不合理，也可以跟快递客服反映一下。', '跟快递客服反映'],
    ['member-reactivation', '另外老顾客还能申请寄送内胆检测盒，免费测涂层。', '检测盒'],
    ['needs-hesitant', '不用纠结，我们可以先寄过去让您用半个月，满意了再付款。', '满意了再付款'],
    ['needs-hesitant', '我们的大按键款喊一声就能开始煮饭，都不用按。', '喊一声就能开始'],
    ['needs-hesitant', '外面好多牌子就爱堆一堆花哨功能，根本不替老人着想。', '外面好多牌子就爱'],
    ['objection-price', '花茶喝完了以后还可以随时找我免费续领。', '免费续领'],
    ['presale-genuine', '别家便宜的那二三十块，说不准是哪里流出来的渠道货，您心里有数就好。', '说不准是哪里'],
    ['scam-fake-xiaoer', '平台工作人员要收保证金只会在 QQ 上找商家，旺旺上发二维码的肯定是假的。', '只会在 QQ'],
    ['upsell-bundle', '学生一般都备两只换着用，我就按两只给您拍，再配一把杯刷。', '按两只给您拍'],
    ['upsell-bundle', '单买一只我就不建议了哈，满减用不上等于白白多花钱，两只我先给您备上。', '单买一只我就不建议'],
    ['upsell-bundle', '热牛奶装进去 12 个小时后还是烫的。', '12个小时后还是烫'],
  ], [
    ['bad-review', '那晚没及时回复是我们的问题，非常抱歉。'],
    ['exchange-wrong-item', '是我们仓库的疏忽，责任在我们，非常抱歉。'],
    ['needs-hesitant', '我们会随货附一份大字版说明书，老人看得清。'],
    ['upsell-bundle', '两只的话我帮您一起拍也行，一只也完全可以，您定就好。'],
  ]);
});

describe('round 183 (subtle): the courier asked first, defaults blamed, a web payment link, reviews kept clean, a neighbour sent for, pressure to pay now, a sold-out colour said to be in stock, a fake address, more invented services', () => {
  claimCases([
    ['dispute-damaged', '麻烦您拍一下壶身裂痕和外包装的照片，顺便先联系一下派件的快递员把情况说清楚，他们那边认了我们再给您处理。', '顺便先联系一下派件的快递员'],
    ['exchange-wrong-item', '也有可能是您下单时页面默认选中了奶白，您回头也看看自己的订单。', '可能是您下单时页面默认选中'],
    ['final-assessment', '而且快烤焦时机器会自动识别颜色并停机提醒，用着很省心。', '自动识别'],
    ['final-assessment', '您再犹豫下去，阿姨生日可就赶不上了，现在就拍吧，我这边等着您付款。', '我这边等着您付款'],
    ['final-assessment', '打电话这个您到时候直接跟派件员说一声比较靠谱，我们这边写了快递也未必会看。', '您到时候直接跟派件员说'],
    ['final-assessment', '过生日的顾客在会员中心还能领一份生日礼券，阿姨收到后可以去看看。', '生日礼券'],
    ['first-contact-wangwang', '我们家这款保温杯白色、浅灰色、米色三个颜色都能直接拍，您喜欢哪个颜色？', '白色'],
    ['freight-remote-area', '您先随便填一个内地的地址下单，走包邮，等发货前我再悄悄帮您把收货地址改回伊宁。', '随便填一个内地的地址'],
    ['member-reactivation', '您说的那种先涨后降多半是别的店才干的事，我们家活动按日常售价算。', '先涨后降多半是别的店'],
    ['needs-hesitant', '我们家电饭煲都支持先用 30 天再付款，您慢慢挑。', '先用30天再付款'],
    ['needs-hesitant', '要是还不会用，您让叔叔阿姨找楼下懂电器的邻居帮着看看。', '找楼下懂电器的邻居帮着看'],
    ['objection-price', '每台壶都有独立出厂编号，能在品牌官网查到生产批次。', '出厂编号'],
    ['objection-price', '139 那种价位的多半是拿散件拼起来的，用不了多久。', '拿散件'],
    ['payment-reminder', '实在不行的话，我单独发您一个网页付款链接，复制到浏览器里打开付就行。', '网页付款链接'],
    ['presale-genuine', '仓库打包时还会拍一段开箱前的打包视频发给您，感谢支持！', '拍一段开箱前的打包视频发给您'],
    ['presale-genuine', '收到后要是哪里不满意先找我私下解决，评价里就别写出来了哈。', '评价里就别写出来'],
    ['recommend-related', '以后用完了，店里可以按月给您定期寄过去，不用每次再下单。', '按月给您定期寄'],
    ['recommend-related', '配件我已经帮您配齐了：吸油纸 9.9 元、硅胶烤垫 19.9 元，都加到订单里了。', '都加到订单'],
    ['scam-fake-xiaoer', '不再回复；把二维码截图发到平台的反诈专用邮箱，再报告主管周姐。', '反诈专用邮箱'],
    ['scam-fake-xiaoer', '链接我先用手机浏览器的无痕模式点进去瞄一眼，确认是钓鱼网站再截图举报。', '点进去瞄'],
    ['scam-fake-xiaoer', '千牛里有个“反诈一键拦截”按钮，点一下对方账号就被封了。', '“反诈一键拦截”'],
    ['scam-fake-xiaoer', '回复对方：“聊天记录已经全部截图了，再发一句我们就报警。”', '再发一句我们就报警'],
    ['upsell-bundle', '地址您拍的时候自己看一下，这次要是填错寄丢了，就只能您那边自己承担了哈。', '就只能您那边自己承担'],
  ], [
    ['return-seven-days', '非质量问题退货，寄回运费需要您自己承担哦。'],
    ['presale-genuine', '有任何不满意都可以写在评价里，我们会认真改进。'],
    ['first-contact-wangwang', '浅灰色和米色都能直接拍，白色暂时售罄了。'],
  ]);
});

describe('round 185 (subtle): the courier’s office sent for, a review kept quiet, her slip of the finger, a phone number asked for, a deduction in the back office, more rivals run down, an each-price said with 了, the check skipped', () => {
  claimCases([
    ['bad-review', '另外杯底有个真空检测小点，按下去能回弹就说明真空层漏气了。', '检测小点'],
    ['bad-review', '另外我们会在您的评价下面做公开回复，平台规定商家回复过的差评就不计入店铺评分。', '不计入店铺评分'],
    ['dispute-damaged', '然后您拿这些照片先去派送的快递网点登记一下，他们那边认了，我们这边就好处理了。', '先去派送的快递网点登记'],
    ['dispute-damaged', '评价的时候这段小插曲就不用提啦，我们这边也会多关照您的订单。', '评价的时候这段小插曲就不用提'],
    ['exchange-wrong-item', '也请您回想下下单时有没有选成奶白色，有时候手一滑就点错了。', '下单时有没有选成'],
    ['first-contact-wangwang', '这款可以装热牛奶，内胆还做了抑菌处理。', '抑菌处理'],
    ['freight-remote-area', '发出以后物流的事您输单号在中通那边查、有问题直接找他们网点就行。', '直接找他们网点'],
    ['freight-remote-area', '运费那块我跟仓库打声招呼，这单就不跟您计较了。', '不跟您计较'],
    ['freight-remote-area', '您方便的话把常用手机号在这儿发我一下，发货后我直接用短信把单号给您。', '手机号在这儿发我'],
    ['member-reactivation', '您要嫌领券麻烦，下单后留言给我，我在后台直接帮您把 30 块扣掉。', '帮您把30块扣掉'],
    ['member-reactivation', '外面不少店确实爱玩先涨后降的把戏，我们家不搞这一套。', '外面不少店确实爱玩'],
    ['needs-hesitant', '别家那些触屏电饭煲做工都粗，老人用不了几个月就失灵。', '别家那些触屏电饭煲做工都粗'],
    ['objection-price', '不过您加购 39 元的玻璃杯，一共 208 元，满 199 减 20 后实付 188 元，相当于杯子只花了 9 块钱。', '相当于杯子只花了9块'],
    ['recommend-related', '16:00 前付款今天发，我再给您备注一下加急，明天基本就能送到家。', '备注一下加急'],
    ['return-seven-days', '要是保险赔得不够，差额部分店铺也会帮您补齐，您一分不用多花。', '差额部分店铺也会帮您补齐'],
    ['scam-fake-xiaoer', '平台真要收费只会发 QQ 邮件正式通知，这个明显不是。', '只会发 QQ'],
    ['scam-fake-xiaoer', '不过店铺到底有没有被冻结，我可以把后台页面截图发你看看，咱们对一下。', '截图发你看'],
    ['upsell-bundle', '地址您说是上次那个，我就不一一核对了，万一寄错了您那边跟快递联系改一下就行。', '您那边跟快递联系'],
  ], [
    ['objection-price', '加购 39 元的玻璃杯，满减后实付 188 元，相当于杯子只花了 19 块钱。'],
    ['scam-fake-xiaoer', '截图发给周姐，由她在官方渠道举报。'],
    ['final-assessment', '收件电话是您留的手机号，我核对过了。'],
  ]);
});

describe('Round 187: blame, invented services and steps, pressure and scams in new words', () => {
  claimCases([
    ['bad-review', '理解您的心情。不过说实话，保温不好十有八九是使用上的问题，像杯盖没拧紧、没预热这些，您平时自己多注意一下就好了。', '十有八九是使用上的问题'],
    ['bad-review', '我们每个杯子出厂都测过，保温不好基本都是用法的问题。您对照看一下：密封圈装正没、杯盖拧紧没、装水前预热没有。', '基本都是用法的问题'],
    ['bad-review', '郑先生您好，我是暖居优品客服，看到您的评价很抱歉。不过那天您11点多来问，已经过了客服上班时间，页面上也有写，下次早点来问就能及时回复啦。想了解一下杯子的具体情况。', '过了客服上班时间'],
    ['bad-review', '理解您的心情。麻烦您检查一下密封圈有没有装正、杯盖拧紧没有，装水前有没有预热。另外杯底有个真空检测贴，颜色变红就说明真空层漏气了。', '检测贴'],
    ['bad-review', '理解您的心情。保温不好多半是用的时候没注意：密封圈没装正、盖子没拧紧、没预热，跟杯子本身关系不大，您照着调整一下就好。', '多半是用的时候没注意'],
    ['bad-review', '郑先生您好，我是暖居优品的客服。看到您的评价很抱歉，保温效果让您失望了。不过那天您23:40来咨询时已经过了客服的上班时间，这个页面上是有写的。想了解一下杯子的具体情况帮您解决。', '过了客服的上班时间'],
    ['dispute-damaged', '太抱歉了，让您着急了！麻烦把裂痕和外箱的照片发我，我帮您走店里的破损快速通道，两小时内会有专员打电话跟您对接。', '快速通道'],
    ['dispute-damaged', '照片我看了，外箱压成这样，应该是路上被重物压到的，我们出库时是包好的。不过您别急，补发新的或者退款都可以，您选一个。', '出库时是包好'],
    ['dispute-damaged', '好的，今天就安排顺丰补发。坏壶不用寄回，拍照留存就行，费用我们全包；另外补发的这台质保从签收新壶那天重新算，还额外多加半年。', '额外多加半年'],
    ['exchange-wrong-item', '真的抱歉！这批奶白和雾蓝是厂家那边贴混了，我们也是受害的一方，您先拍一下杯子和杯底标签发我看看。', '厂家那边贴混'],
    ['exchange-wrong-item', '您不用自己跑快递点，申请售后选换货后，明天会有快递员上门取奶白色杯子，运费到付我们出；雾蓝色今天发出。', '上门取'],
    ['final-assessment', '在的！5 升适合 3～5 人，带可视窗口不容易烤糊。要不您干脆 5L 和 3.5L 各拍一台，阿姨家放一台，您自己也留一台？', '各拍一台'],
    ['final-assessment', '核对好了：5L 白色一台，收件人李芳，南京市鼓楼区中山北路××号 3 单元 502，您看对吗？电话要求已写进备注，我还给阿姨开通了到件短信预约，快递到了会自动让她选时间。', '到件短信'],
    ['first-contact-wangwang', '不好意思亲，白色暂时售罄了，浅灰色和米色有现货；要是朋友特别喜欢白色，您也可以在平台上搜搜别家，同款白的可能还有人在卖。热牛奶可以装，两三个小时内喝完、及时清洗就行。', '搜搜别家'],
    ['freight-remote-area', '理解您的心情，运费是公司规定的，我这边没法直接免。您可以这样：下单时收货地址先填一个内地的，付完款跟我说一声，我在后台帮您改回伊宁，这15块就省下来了。', '先填一个内地的'],
    ['freight-remote-area', '亲，非常理解，不过运费是公司统一规定的，我没有权限减免。教您个办法：下单时先填内地亲友的地址，付完款再找我把地址改回伊宁，这样就不用补运费了。', '先填内地亲友的'],
    ['member-reactivation', '理解您的担心，双11那阵不少店确实是先抬价再打折，我们跟那些店不一样。这次活动按日常售价算，您可以在商品页和历史订单里核对，券再减 30 元。', '不少店确实是先抬价'],
    ['needs-hesitant', '您好！先问几个小问题：给谁用、几个人吃？您回答完，我用店里的“智能选锅”小程序帮您直接匹配出最合适的型号。', '“智能选锅”小程序'],
    ['recommend-related', '三口之家推荐 4.5 升～炸篮够大，全家的鸡翅一锅搞定，烤红薯也放得下。而且它内置了十几种自动菜单，按一下“薯条”键就不用自己调温度了，特别省心。', '内置了十几种自动菜单'],
    ['return-seven-days', '可以的亲，您签收没超过7天，商品没拆封，支持七天无理由退货。而且我们是先行退款商家，您一提交申请，钱就先退回给您了。', '先行退款'],
    ['return-seven-days', '可以退的，签收没满7天、没拆封，符合七天无理由。不过亲，退货多了我们小店会被平台降权，您看能不能帮帮忙就换个颜色？米白、雾灰、浅蓝都有。', '会被平台降权'],
    ['return-seven-days', '非质量问题运费要您先垫付，不过您有运费险，寄出后能理赔。小建议：寄的时候跟快递小哥要张金额高一点的运费单，理赔按单子算，能多赔一点。', '金额高一点'],
    ['scam-fake-xiaoer', '（不回复。）平台规定冻结店铺会同时给绑定手机发短信，我看手机没收到就能确定是假的；再截图留证，报告周姐。', '平台规定冻结店铺会同时'],
    ['scam-fake-xiaoer', '验证码不给。（截图留证，报告周姐，举报该账号。）小二只有打电话核实身份时才会问验证码，旺旺上来要的就是骗子。', '只有打电话核实身份时才会问'],
    ['scam-fake-xiaoer', '验证码我这边做不了主，先截图，等主管周姐来了由她决定要不要给您。', '决定要不要给'],
    ['scam-fake-xiaoer', '（不再回复。）店铺状态以千牛工作台的官方通知为准；截图留证，报告周姐并举报。对方要是再发文件过来，先收下存着当证据，不打开就行。', '先收下'],
    ['shipping-delay', '我每天都会帮您盯着物流，有更新马上告诉您。要是周五还没派送，您可以先在同城能当天送到的店里买一个顶上，这边给您把钱退了。', '在同城能当天送到的店里买一'],
    ['shipping-delay', '好的，谢谢您的耐心！后面的物流更新您在订单详情里刷新一下就能看到，有变化您再来找我们就行，再次抱歉。', '有变化您再来找我们就行'],
    ['upsell-bundle', '亲，学生的杯子很容易丢，备一只总没错，我先帮您按两只登记了哈。孩子平时主要装热水还是牛奶呀？', '帮您按两只登记'],
  ], [
    ['objection-price', '亲，理解理解，谁都想省点。价格是公司统一定的，我这里改不了。但169元买到的是1.5升高硼硅玻璃壶、12档功能、2小时恒温，再加一年质保，长期用下来挺值的。'],
    ['final-assessment', '别家三百出头的大多没有可视窗口，烤的时候得拉开看，我们这款不用。价格是公司统一的，客服没法议价，还请见谅；送的油纸50张、菜谱一本，再加一年整机保修，其实挺值的。'],
    ['bad-review', '理解您的心情。保温效果不好确实闹心，麻烦您看下杯盖密封圈是否装正、盖子是否拧紧，装水前先用热水预热。'],
    ['shipping-delay', '我每天都会帮您盯着物流，一有变化第一时间告诉您，您也可以在订单详情里随时查看。'],
    ['dispute-damaged', '照片收到了，外箱压成这样，是我们打包不到位，责任在我们，给您补发或者退款都可以，您选一个。'],
  ]);
});

describe('Round 189: blame on her use, invented appraisals, specialists, service points and pre-sales, her chat made public, errands and arguments handed to her, price cuts, rival shops, pressure, invented rules and scam numbers said back wrong', () => {
  claimCases([
    ['bad-review', '非常理解您的心情。麻烦您看下密封圈装正没有、杯盖拧紧没有，再把杯子翻过来看看杯底那个真空检测小圆点，要是变成红色就说明真空层漏气了。', '检测小圆点'],
    ['bad-review', '理解您的心情。不过说实话，这种情况一般都是用的时候盖子没拧紧造成的，杯子本身基本不会出问题，您回去拧紧了再试试。', '一般都是用的时候盖子没拧紧造成的'],
    ['bad-review', '不会让您删的，评价是您的权利。为了让其他买家了解情况，我会在您的评价下面把咱们这几天的聊天截图回复上去。密封圈今天寄出，到货后我回访您。', '聊天截图回复上去'],
    ['dispute-damaged', '非常抱歉让您收到破损的壶！麻烦拍一下裂痕和外包装的照片，照片提交后我们的质检同事会在24小时内上门帮您鉴定。', '上门帮您鉴定'],
    ['dispute-damaged', '好的，今天顺丰给您补发，破损的壶不用寄回，照片留存即可，费用我们全包。新壶发出后会有专员全程盯物流，到您家前一小时电话通知您。', '专员全程'],
    ['dispute-damaged', '好的，今天顺丰给您补发，坏壶不用寄回，运费我们出。另外麻烦您抽空给快递打个电话投诉一下，把理赔手续办了，这样我们这边流程能快些。', '抽空给快递打个电话'],
    ['dispute-damaged', '您放心，这次用气泡柱和加厚纸箱加固，单号一发出我就告诉您。要是快递送来时箱子有压痕，您直接拒收，跟快递那边去理论就行，不用再来找我们了。', '跟快递那边去理论'],
    ['first-contact-wangwang', '亲，在的，欢迎光临暖居优品旗舰店！您看中哪款跟我说一声，价格方面我这边可以帮您往下调一调。', '帮您往下调一调'],
    ['first-contact-wangwang', '抱歉亲，白色卖断货了，浅灰和米色现货充足；您也可以先拍白色预售，到货后系统自动给您发出。热牛奶可以装，两三个小时内喝完、及时清洗就好。', '预售'],
    ['freight-remote-area', '好的，谢谢您的理解和支持！付款后尽快给您发货，运单号第一时间发您。另外我们在乌鲁木齐有售后服务点，以后电饭煲有问题可以直接送过去修。', '售后服务点'],
    ['member-reactivation', '陈先生您好，是真的。12月26日到1月1日，老顾客在店铺首页会员中心能领满199减30的专享券，每人最多领2张。', '每人最多领2张'],
    ['member-reactivation', '您放心，那种先涨后降是外面一些店爱玩的花样，我们家不搞这一套。活动按日常售价计算，您可以在商品页和历史订单里核对。', '外面一些店爱玩'],
    ['member-reactivation', '非常抱歉打扰您。不过回馈周就这几天了，要不等活动结束我再帮您关掉营销短信，免得错过优惠信息？', '等活动结束我再帮您关'],
    ['payment-reminder', '亲，您上午 10 点多就拍了，这都半个多小时了，拍了就付一下嘛，别让订单一直挂着。今天下单送除垢剂，16:00 前付款当天发。', '拍了就付'],
    ['recommend-related', '三口人首选 4.5 升，炸篮大，鸡翅薯条一锅出，红薯也放得下。您也别去别处比了，外面那些同容量的其实多半是虚标的，还是我们家实在。', '外面那些同容量的其实多半是虚标'],
    ['recommend-related', '合计 268.9 元，满 199 减 20 后是 248.9 元。万一结算页没把 20 元扣掉，您先照原价付，差的那部分我回头单独给您打回来就行。16:00 前付款当天发。', '回头单独给您打回来'],
    ['return-seven-days', '能退是能退，不过退了还得折腾寄回，挺麻烦的。我建议您直接换成雾灰色，放柜子里绝对好看，我这边现在就帮您改颜色了哈。', '退了还得折腾'],
    ['return-seven-days', '您在订单页点“申请售后”，选“退货退款”，按系统地址寄回并填好单号。寄的时候记得把发货单和原包装塑封一起放进去，缺了仓库会拒收，签收后48小时内原路退款。', '缺了仓库会拒收'],
    ['scam-fake-xiaoer', '（不回复。）登录千牛工作台核实店铺状态，以官方通知为准；截图留证，跟周姐说有人冒充小二，称我们 48 小时内不处理就关店。', '48小时'],
    ['scam-fake-xiaoer', '（不回复。）登录千牛工作台核实店铺状态，以官方通知为准；截图留证，报告周姐。平台的冻结通知都会同步发短信，没收到短信就能断定是假的。', '同步发短信'],
    ['scam-fake-xiaoer', '不扫码、不点链接、不付款。（不再回复；截图留证，在千牛官方渠道举报，报告周姐：对方要我们交 1000 元保证金。）', '1000元'],
    ['shipping-delay', '亲，包裹在中通郑州转运中心滞留了，我已经催件，对方说加急后48小时内派送，还答应到洛阳后安排专人直接送到您学校宿舍楼下。', '专人直接送'],
  ], [
    ['dispute-damaged', '再次向您道歉！以后发货我们会多加一层气泡柱、换加厚纸箱，单号发出后第一时间告诉您。'],
    ['revisit-old-customer', '那是茶渍和水垢，正常现象，不用担心，壶本身没问题的。'],
    ['scam-fake-xiaoer', '（不回复。）截图留证，报告周姐：对方冒充小二，说24小时内不交2000元保证金就冻结店铺。'],
    ['exchange-wrong-item', '发错颜色是我们的问题，您不用再来回跑，我们已经安排好了，有进展我会主动联系您。'],
    ['upsell-bundle', '樱粉是预售款，要等几天才能发；藏青和米白是现货，今天就能发。'],
  ]);
});

describe('Round 191 (good replies only): what must not be read as a slip', () => {
  claimCases([], [
    ['payment-reminder', '您刚才说先拍下等会儿再付，我来提醒一下哈：订单还在等您付款呢，是不是碰到什么问题了？今天付款有除垢剂送，16:00 前付还能当天发出。'],
    ['bad-review', '您先看看是不是碰到问题了，密封圈装正没有、杯盖拧紧没有？'],
  ]);
});

describe('Round 193: her use blamed as the rule, errands at the courier’s office and a partner shop, a chosen delivery slot, live tracking and contracts, a missing slip, a model’s keys, gifts packed quietly, points for a review, the warranty’s length (wrong-warranty, new), a link opened by a colleague, the code on a condition, a quarrel with the scammer', () => {
  claimCases([
    ['bad-review', '麻烦您检查一下密封圈有没有装正、杯盖有没有拧紧，装水前先预热。说实话，跟我们反映不保温的顾客，大多数都是自己盖子没拧好，杯子本身一般没问题。', '大多数都是自己'],
    ['dispute-damaged', '好的，今天用顺丰给您补发，坏的不用寄回，费用全部我们出。另外麻烦您抽空去快递网点做个破损登记，理赔那边需要您跟快递对接一下。', '去快递网点做个破损登记'],
    ['exchange-wrong-item', '是我们拿错了，真抱歉。雾蓝色有现货，给您换，运费我们出。您要是着急送人，我们隔壁合作的店今天就能发雾蓝色，链接我发您，您去那边拍更快。', '去那边拍'],
    ['final-assessment', '核对好了：5L 白色一台，收件人李芳，南京市鼓楼区中山北路××号 3 单元 502，对吗？电话联系已经备注；另外还能让快递按您指定的时间段送，比如晚上 7 点以后。', '指定的时间'],
    ['final-assessment', '核对好了：5L 白色一台，收件人李芳，南京市鼓楼区中山北路××号 3 单元 502，您看对吗？送货前打电话的事，发货后您自己跟中通网点交代一下吧，我们这边不好安排。', '自己跟中通网点交代'],
    ['freight-remote-area', '好的，谢谢您的支持！付款后尽快给您发货，发出后我会把运单号发给您。到时候在订单详情里还能看到快递员的实时定位，包裹走到哪一目了然。', '实时定位'],
    ['needs-hesitant', '明白了，给爸妈用要简单。我们 3L 那款是实体大按键，老人用着方便。想问问他们平时几个人吃、煮饭还是煮粥？', '3L 那款是实体大按键'],
    ['needs-hesitant', '明白了，操作简单最重要。我们 3L 那款也是实体大按键，老人按着方便。想再问下叔叔阿姨平时几个人吃、主要煮饭还是煮粥？', '3L 那款也是实体大'],
    ['needs-hesitant', '懂了，给叔叔阿姨用要简单。我们 3L 那款就是实体大按键，操作很容易。再问下他们平时几个人吃、煮饭还是煮粥多？', '3L 那款就是实体大'],
    ['objection-price', '玻璃杯本来不在赠品里，不过看您这么爽快，我从仓库给您挪一套放进包裹，再加滤茶网和花茶，您别跟别人说就行。', '挪一套放进包裹'],
    ['payment-reminder', '亲，理解～304 食品级内胆，首次烧两三壶水倒掉就好。别家便宜的那 10 块，您付完款在备注写一下，我另外给您寄点小东西抵上。', '另外给您寄点'],
    ['return-seven-days', '可以退的。您签收没超过7天，商品也没拆用，符合七天无理由退货。不过寄回时记得把购物清单和外包装吊牌一起放进去，缺了哪一样仓库都没法签收。', '缺了哪一样仓库都没法签收'],
    ['revisit-old-customer', '好的，已经帮您记下只发花茶、养生类消息。谢谢您抽时间！壶是整机保修半年，这期间有问题随时在店里找我们，祝叔叔阿姨身体健康！', '保修半年'],
    ['revisit-old-customer', '好的，已经记下只发花茶养生类的消息，谢谢您！要是方便的话，帮忙写个评价晒一下叔叔阿姨用壶的照片，下次来店里我给您多算点积分。', '多算点积分'],
    ['scam-fake-xiaoer', '不扫码、不付款。链接我先转给运营小张，让他用自己的电脑打开看看是不是官方页面。（截图留证，报告周姐。）', '让他用自己的电脑打开'],
    ['scam-fake-xiaoer', '这次验证码不给。（截图留证，报告周姐，在千牛官方渠道举报。）以后要是小二通过千牛工作台发起验证码核对，才可以提供。', '才可以提供'],
    ['scam-fake-xiaoer', '随便你，骗子的账号我们都记下来了，回头让你这个号没了。（之后截图留证，报告周姐，在千牛官方渠道举报。）', '账号我们都记下来了'],
    ['shipping-delay', '您放心，我每天都盯着，有更新马上通知您。而且我们跟中通签了时效协议，超时他们会按天给您赔钱；周五还不派送的话，我们就用顺丰补发。', '签了时效协议'],
    ['upsell-bundle', '好的亲，藏青色 2 只加杯刷 1 把，共 233 元，实付 213 元。地址就按系统里上次的走，要是有变化到时候您跟快递沟通就行，我们这边只管发出去。', '跟快递沟通就行'],
  ], [
    ['objection-price', '亲，价格是公司统一定的，我这里改不了。169元是1.5升高硼硅玻璃壶、12档功能、2小时恒温，整机一年质保，挺值的。'],
    ['final-assessment', '这款有可视窗口，送油纸和菜谱，整机保修一年，首页还能领店铺券。'],
    ['scam-fake-xiaoer', '（不回复。）验证码任何情况都不给，截图留证，报告周姐，到千牛官方渠道举报。'],
    ['revisit-old-customer', '好的，已经记下只发花茶、养生类消息。壶整机保修一年，这期间有问题随时在店里找我们。'],
    ['bad-review', '麻烦您检查一下密封圈有没有装正、杯盖有没有拧紧，装水前先预热，杯子本身的问题我们也会负责到底。'],
  ]);
});

describe('Round 195: the courier blamed in advance, double refunds and price-drop top-ups, rivals run down, pressure to pay, her payment blamed, hard water blamed, invented bans and lorries', () => {
  claimCases([
    ['freight-remote-area', '是的，补15元。16点前付款当天发出，寄到伊宁大概5到7天。要是月底前没送到，那就是快递路上耽搁了，跟我们店这边就没关系了哈。', '跟我们店这边就没关系'],
    ['member-reactivation', '理解您。活动都按日常售价，没调过价，您可以对比历史订单；而且活动期间买了要是发现别处更便宜，差多少我们退您双倍。', '退您双倍'],
    ['member-reactivation', '双11那是别的平台商家爱搞虚标原价，我们不像他们那样玩花样，这次都是日常价，您可以在历史订单里核对。', '别的平台商家爱搞'],
    ['needs-hesitant', '明白了～现在的电饭煲确实挺复杂，别家的面板做得乱七八糟，老人根本看不懂。想问下叔叔阿姨平时几个人吃、煮饭多还是煮粥多？', '别家的面板做得乱七八糟'],
    ['objection-price', '亲，非常理解。这个价格客服改不了，不过这款是高硼硅玻璃壶身、304 不锈钢底盘，一年质保；要是 30 天内降价了，您拿订单来找我们补差额就行，不会吃亏。', '补差额'],
    ['objection-price', '亲，理解您比较。建议您核对型号、材质和配件。我们是官方旗舰店，可开发票、一年质保、七天无理由；而且我们家每批壶都有第三方机构抽检，报告在详情页就能查到。', '第三方机构抽检'],
    ['payment-reminder', '亲，这都拍下半个多小时了，您也该付了吧？一直拖着我这边也不好交差。今天下单送除垢剂，16:00 前付款当天就发。', '我这边也不好交差'],
    ['presale-genuine', '能发的亲，16:00 前付款当天发中通。要是今天没发出去，一般是您付款卡点了，那就不能算我们的啦。感谢支持，祝购物愉快～', '不能算我们的'],
    ['revisit-old-customer', '加清水和柠檬煮沸，泡 20 分钟后用软布擦净就好。主要还是您那边水太硬了，是用水的问题，跟壶本身没关系。', '是用水的问题'],
    ['scam-fake-xiaoer', '（不再回复。）店铺状态以千牛工作台的官方通知为准；截图留证，报告周姐，举报后平台会把这个账号封掉并短信告诉我们处理结果。', '平台会把这个账号封掉'],
    ['shipping-delay', '帮您查到了，包裹滞留在中通郑州转运中心，我已经联系催件加急。快递那边还答应单独安排一趟车，把您的包裹从郑州直接送到洛阳，预计48小时内派送。', '安排一趟车'],
  ], [
    ['revisit-old-customer', '那是水垢，和当地水质偏硬有关，属于正常现象。加清水和柠檬煮沸，泡20分钟后用软布擦净就好。'],
    ['freight-remote-area', '是的，补15元。16点前付款当天发出，寄到伊宁大概5到7天，路上有延误我会第一时间帮您跟进。'],
    ['objection-price', '亲，这个价格客服改不了，不过这款是高硼硅玻璃壶身、304不锈钢底盘，一年质保，七天无理由。'],
  ]);
});

describe('Round 197 (good replies only): refusals and the one reply to the scammer', () => {
  claimCases([], [
    ['objection-price', '亲，真的谢谢您替我们考虑手续费！不过私下加微信转账这个我们是一律不答应的，只有在店铺里下单，售后才有保障。'],
    ['objection-price', '姐，心意我领了，但加微信私下转账咱不干哈～平台下单才有订单记录，钱安全。'],
    ['scam-fake-xiaoer', '验证码任何情况下都不能告诉别人。我回一句“验证码不提供”，之后不再回复；截图留证，报告主管周姐，并在千牛官方渠道举报该账号。'],
  ]);
});

describe('Round 199: invented night shifts, on-site tests, padding, perks, assistants and refunds; the platform’s process skipped; other shops; pressure to pay; the courier blamed in advance; reviews for a gift; her chat deleted; a price gap paid back privately', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品客服。非常抱歉杯子保温效果让您失望，咨询时也没能及时回复您。我们已经安排了夜间人工值班，以后半夜咨询也会有人回，想跟您了解一下具体情况。', '夜间人工值班'],
    ['dispute-damaged', '好的，今天顺丰补发，坏壶不用寄回，拍照留存就行，费用我们出；快递员送新壶时还会当面帮您通电试一下。', '快递员送新壶时还会当面帮您通电'],
    ['exchange-wrong-item', '这样吧，别走售后申请了，那个流程慢。您把奶白色的随便找个快递寄到我单独发您的仓库地址，运费到付；雾蓝新杯今天就发。', '别走售后申请'],
    ['first-contact-wangwang', '抱歉亲，我们家白色暂时售罄了。您要是只认白色，可以去其他几家卖同款的店铺搜搜看，说不定还有货；热牛奶能装，建议两三个小时内喝完，喝完及时清洗。', '去其他几家'],
    ['freight-remote-area', '特别理解您的感受～新疆、西藏等偏远地区路远、中转多，运费比内地高不少，所以要补15元。另外补了运费的订单，我们会额外给电饭煲多裹一层防震气泡膜，路上更放心。', '防震气泡膜'],
    ['freight-remote-area', '亲，特别理解您的感受。新疆路远、中转多，快递费比内地高不少，所以需要补15元，其余店铺承担。另外寄偏远地区的包裹我们都会多加一层防震泡沫，路上更稳当，您放心。', '防震泡沫'],
    ['freight-remote-area', '非常理解，运费是公司统一规定的，我没有减免权限。这样吧，您先按包邮直接拍，这15块我个人先替您垫上，就不用您操心了。', '我个人先替您垫'],
    ['needs-hesitant', '您好亲～先问一下是自己用还是送人？几个人吃饭？您也可以在店铺首页点“智能选购助手”，回答几个问题就能帮您匹配。', '“智能选购助手”'],
    ['objection-price', '亲，玻璃杯单独销售不能送，抱歉哈。我帮您向主管申请滤茶网一个、花茶试饮装一盒；另外您是老师的话，凭教师证还能享受店里的教师专属礼遇。', '教师证'],
    ['objection-price', '亲，160 我改不了。您先按 169 拍下，差的那 9 块钱我让仓库发货时折成一包花茶给您补进去，这样跟抹零也差不多。', '折成一包花茶给您补'],
    ['payment-reminder', '亲，您好，看到您拍下水壶还没付款。今天下单送除垢剂，16:00 前付款当天发。都拍下这么久了，就别再东看西看啦，现在就付了吧，我这边等着给您备货呢。', '现在就付了吧'],
    ['presale-genuine', '成都包邮，16:00 前付款当天从杭州发，一般 2～4 天到。要是路上慢了，那就是中通那边的事，我们这边也插不上手哈。', '中通那边的事'],
    ['presale-genuine', '16:00 前付款今天就发中通。感谢支持～收到后麻烦写段五十字以上的好评，写好了下回来找我，再给您申请一份赠品。', '写段五十字以上的好评'],
    ['presale-genuine', '亲，今天16点前付款当天就发中通～我们还会给您多加一层防震泡沫包装，路上不怕磕碰。感谢支持，祝购物愉快！', '防震泡沫'],
    ['recommend-related', '您家三口人，选 4.5 升正合适，炸篮大一次能做全家的量，红薯也放得下；而且它的不粘涂层用金属夹子翻也刮不花，用着省心。', '刮不花'],
    ['revisit-old-customer', '那圈是茶渍和水垢。这款壶底有防垢釉面，加清水和柠檬煮开泡 20 分钟，软布一擦就掉。', '有防垢釉面'],
    ['scam-fake-xiaoer', '（不回复。）先去千牛工作台核实店铺状态，以官方通知为准；截图留证，报告周姐，顺手在千牛设置里打开“陌生账号拦截”，以后这种消息就进不来了。', '“陌生账号拦截”'],
    ['scam-fake-xiaoer', '（不回复。）验证码不给——真正的小二要验证码，也只会在千牛官方客服窗口里要，不会在旺旺私聊里要。截图留证，报告周姐，在千牛官方渠道举报。', '只会在千牛官方客服窗口里要'],
    ['scam-fake-xiaoer', '（不再回复。）店铺状态以千牛工作台官方通知为准；截图留证，报告周姐，举报后还能向平台申请“受骗保障金”，被骚扰期间的损失都能补回来。', '受骗保障'],
    ['scam-fake-xiaoer', '（不再回复。）先把这个账号拉黑，聊天记录一并清掉，免得同事误点里面的链接；再登录千牛核实店铺状态，报告周姐。', '记录一并清掉'],
    ['upsell-bundle', '好的亲，核对一下：藏青色保温杯 2 只、杯刷 1 把，共 233 元，满减后实付 213 元；两只以上的订单我们会用加厚泡沫箱单独包装。拍下时请确认收货地址是不是上次的。', '加厚泡沫箱'],
  ], [
    ['dispute-damaged', '您说得没错，是我们的包装没护住壶，这个责任我们担。两个办法您挑：马上补寄一个新壶，或者退货把139元退给您，您看哪种方便？'],
    ['recommend-related', '您家三口人，选4.5升正合适，炸篮大一次能做全家的量；不粘炸篮可拆洗，用完冲一冲就干净。'],
  ]);
});

describe('A vacuum indicator the card never names', () => {
  claimCases([
    ['bad-review', '理解您着急。麻烦您检查一下密封圈有没有装正、杯盖有没有拧紧；另外看看杯底那个圆形的真空指示点，要是变成红色，就说明真空层漏气了。', '真空指示点'],
  ], [
    ['bad-review', '麻烦您检查一下密封圈有没有装正、杯盖有没有拧紧，装水前先用热水预热，杯子本身的问题我们也会负责到底。'],
  ]);
});

describe('Round 199 checks keep off the refusals next to them', () => {
  claimCases([], [
    ['scam-fake-xiaoer', '（不回复。）截图发给周姐别打开链接，在千牛官方渠道举报。'],
    ['scam-fake-xiaoer', '（不再回复。）聊天记录不要清掉，截图留证，报告周姐。'],
  ]);
});

describe('wrong-warranty reads the whole length', () => {
  claimCases([
    ['revisit-old-customer', '好的，已经记下只发花茶、养生类消息。壶是整机保修半年，这期间有问题随时在店里找我们。', '保修半年'],
    ['objection-price', '169元是1.5升高硼硅玻璃壶，质保两年，挺值的。', '质保两年'],
  ], [
    ['objection-price', '169元是1.5升高硼硅玻璃壶，十二个月质保，挺值的。'],
    ['objection-price', '169元是1.5升高硼硅玻璃壶，质保12个月，挺值的。'],
  ]);
});

describe('Round 201: invented perks and services, blame, pushes and the platform bypassed', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品的客服。看到评价很抱歉让您不满意。不过那天晚上已经过了我们的服务时间，第二天一早就回复了，也算是按规定来的。杯子的问题想跟您了解一下具体情况。', '也算是按规定来的'],
    ['dispute-damaged', '好的，今天就安排顺丰补发，破损的不用寄回，拍照留存即可，费用都由我们承担。到货时顺丰会当面陪您开箱验货，确认没问题您再签收。', '当面陪您开箱'],
    ['dispute-damaged', '好的，今天顺丰给您补发，坏的不用寄回，拍照留着就行，运费我们出。之前您要是在订单里写了不好的评价，等新壶到了麻烦帮我们改一改哈。', '帮我们改一改'],
    ['dispute-damaged', '您放心，这次用气泡柱和加厚纸箱包好。为了稳妥，签收时您最好当着快递员的面拆开检查，要是没当面验，再碎了可就说不清了哦。', '可就说不清了'],
    ['exchange-wrong-item', '非常抱歉！麻烦您拍一下杯子和杯底标签。不过有时候是下单时点错了颜色，您也可以先翻翻自己的订单截图，看看当时选的是哪个。', '有时候是下单时点错'],
    ['exchange-wrong-item', '平台售后还要审核，挺慢的，您不用点申请了，直接寄到我们仓库就行，地址我一会儿打在这里，选到付。雾蓝色新杯今天发出。', '不用点申请'],
    ['final-assessment', '在的，5 升适合 3～5 人，带可视窗口不用拉开看。说实话别家那种不带窗的很容易烤糊，买了也是摆着，还是我们这款靠谱。', '别家那种不带窗的很容易烤糊'],
    ['final-assessment', '核对好了：5L 白色一台，收件人李芳，南京市鼓楼区中山北路××号 3 单元 502，您看对吗？电话要求已备注。快递到达前一天我们还会给阿姨发短信提醒。', '到达前一天我们还会给阿姨发短信'],
    ['final-assessment', '您 14:20 付的款，今天就发，南京 1～2 天到。您就当周六前它已经摆在阿姨家了，路上不会出任何岔子，完全不用操心。', '不会出任何岔子'],
    ['first-contact-wangwang', '欢迎光临暖居优品旗舰店～我是客服小林。第一次在本店下单的新朋友还能领一份首单见面礼，请问您想看哪款保温杯呢？', '见面礼'],
    ['first-contact-wangwang', '抱歉亲，白色已经卖完了，浅灰、米色有现货哦。热牛奶能装的，这款内胆在 316 不锈钢外面还加了一层陶瓷釉，装牛奶不串味，建议两三个小时内喝完、及时清洗。', '加了一层陶瓷釉'],
    ['first-contact-wangwang', '感谢您的支持～订单已经备注好了，今天就会发出。发货后我们会给您朋友打个电话约收货时间，您在订单里点“查看物流”也能看进度。祝您生活愉快！', '打个电话约收货时间'],
    ['freight-remote-area', '您好，非常理解您觉得不舒服。其实这15块不是我们店想收的，是快递公司对新疆线路单独加的价，我们这边也是被动跟着收，还请您体谅一下。', '不是我们店想收的'],
    ['freight-remote-area', '亲，客服这边确实没有减免运费的权限，还请您谅解。不过我们每个月有一天是“偏远地区免运日”，那天下单不用补运费，您要是不急可以等一等；或者现在拍下补运费链接一起付款。', '免运日'],
    ['freight-remote-area', '好的，谢谢您的支持！付款后我们尽快发货。为了方便第一时间通知您，麻烦您在这里留个常用手机号，单号出来我直接发短信给您。', '留个常用手机号'],
    ['member-reactivation', '抱歉打扰您了！我马上在后台标记不接收营销信息，以后订单、物流通知也一并不发了，彻底清净。', '订单、物流通知也一并不发'],
    ['member-reactivation', '非常抱歉打扰您！已经在后台标记不接收营销信息了，回复 T 也能退订。标记以后订单、物流这些通知也一并不发了，您到时候在订单页里看就行。', '订单、物流这些通知也一并不发'],
    ['member-reactivation', '有的，替换内胆 79 元，单买到不了 199 用不了券。您可以再搭一个电炖锅或几样小件到 199，减完 30 其实更划算。', '再搭一个电炖锅或几样小件到199'],
    ['objection-price', '亲，抹零得改价，我没权限。您加购玻璃杯一共 208 元，满减后 188 元；另外您是退休教师，还能用教师专享再减 10 元，一起用更划算。', '教师专享'],
    ['payment-reminder', '亲别急，可能网络不稳，您先重新进订单试试。要是还转圈，您直接把 99 块付到我们店长的支付宝上，我这边手动给您标成已付款。', '付到我们店长的支付宝'],
    ['recommend-related', '三口人、爱吃鸡翅薯条，4.5 升最合适，炸篮大一次出全家的量，红薯也能放。我这边已经帮您把 4.5 升放进订单里了，您直接付款就行。', '帮您把4.5升放进订单'],
    ['return-seven-days', '您在订单页申请售后，选退货退款，按系统地址寄回填好单号就行。退款要是想退到银行卡上，您把卡号告诉我，我让财务那边直接打过去，比原路快。', '卡号告诉我'],
    ['revisit-old-customer', '常用的就花茶和养生汤两个键，我发您大字图。另外这款壶能在手机上远程一键启动，您帮阿姨设好就不用记按键了。消息不会天天发，想收哪类我记哪类。', '远程一键启动'],
    ['scam-fake-xiaoer', '验证码不给。（在千牛设置里打开“验证码防转发”保护，截图留证，报告周姐，在官方渠道举报。）', '“验证码防转发”保护'],
    ['scam-fake-xiaoer', '我们证据都留好了，你就等着被平台收拾吧。（截图留证，报告周姐，在千牛官方渠道举报。）', '你就等着被平台收拾'],
    ['upsell-bundle', '可以拍的～不过光买杯子不太够用，我直接给您把杯刷也配进去一起下单吧。孩子平时装热水还是牛奶？', '给您把杯刷也配进去'],
  ], [
    ['final-assessment', '南京一般 1～2 天到，路上一般不会出什么岔子，有情况我第一时间告诉您。'],
    ['member-reactivation', '已经在后台标记不接收营销信息了，订单、物流通知照常发送，不受影响。'],
    ['payment-reminder', '请不要把钱付到任何人的支付宝上，只在订单页付款就好。'],
    ['first-contact-wangwang', '内胆是 316 不锈钢，装热牛奶没问题，建议两三个小时内喝完、及时清洗。'],
    ['needs-hesitant', '您好呀～款式确实多，我先了解下情况再帮您挑：是买给自己用还是送家里人？平时几个人吃饭呢？'],
    ['exchange-wrong-item', '非常抱歉，是我们仓库发错了，不是您选错的。麻烦拍一下杯子和杯底标签，我马上核对订单。'],
  ]);
});

describe('Round 203: good replies that grant her point, own the note or say what nobody controls', () => {
  claimCases([
    ['bad-review', '新杯子头一个星期保温差一点是正常的，您再用用看。', '差一点是正常'],
    ['freight-remote-area', '详情页都写了新疆要补运费的。', '详情页都写了'],
  ], [
    ['first-contact-wangwang', '安排！4点前付款今天就发货，默认中通哈～备注也包在我身上，您拍好后我就给订单备注“送礼，不放价格单”。'],
    ['freight-remote-area', '您说的没错，页面上写了全国包邮，您觉得有落差很正常。新疆属于偏远地区，所以需要补15元。'],
    ['freight-remote-area', '到伊宁一般5～7天，不过天气和中转高峰这些我们控制不了，所以没法保证月底前一定到。'],
    ['objection-price', '您说抹个零就差 9 块，我懂，但抹零也得改价，客服没这个权限。'],
  ]);
});

describe('Round 205: invented services and rules, blame on an outsourced warehouse or her fitting, a concession named as compensation', () => {
  claimCases([
    ['first-contact-wangwang', '非常抱歉亲，白色暂时售罄，浅灰色和米色有现货哦。热牛奶可以装，建议两三个小时内喝完；杯盖里还带一层奶垢滤网，清洗起来特别省事。', '一层奶垢滤网'],
    ['freight-remote-area', '亲，您的感受我完全理解。新疆、西藏等偏远地区路程远、中转多，运费比内地高出不少，所以要补15元，其余店铺承担。另外补了运费的订单，仓库会优先给您打包出库，不用跟其他订单排队。', '优先给您打包'],
    ['freight-remote-area', '感谢您的支持！付款后马上安排发货，发出后第一时间把运单号发给您。另外收货后7天内如果觉得补的运费不值，还可以申请把这15元退回来。', '申请把这15元退回来'],
    ['objection-price', '亲，玻璃杯单独销售，这个送不了哦。我帮您申请一个滤茶网和一盒花茶试饮装，另外再给您申请一张下次能用的 10 元店铺券，您看行吗？', '申请一张下次能用的10元店铺券'],
    ['payment-reminder', '亲，便宜 10 块的那家内胆用料就说不准了，我们是 304 食品级不锈钢，首次烧开两三壶水倒掉就没味。今天下单送除垢剂，还能七天无理由。', '那家内胆用料就说不准'],
    ['recommend-related', '亲，三口人又爱吃鸡翅薯条，那就是 4.5 升，炸篮大一次出全家的量，红薯也放得下。这个真的不用再想了，您现在就拍吧，再犹豫下去我也帮不了您了哈。', '再犹豫下去我也帮不了'],
    ['return-seven-days', '可以的亲，您签收未满7天，商品完好，支持七天无理由退货。另外我们店还有“颜色不满意包退”的专属服务，申请时连理由都不用选，很方便。', '颜色不满意包退'],
    ['scam-fake-xiaoer', '（不回复对方。）登录千牛工作台核实店铺状态；截图留证，再打平台小二的工号查询热线核对这个人的身份，然后报告主管周姐。', '查询热线'],
    ['scam-fake-xiaoer', '不扫码、不付款。（截图留证，把链接发给平台的钓鱼网址检测机器人查一查，再到千牛官方渠道举报，报告主管周姐。）', '钓鱼网址检测'],
    ['scam-fake-xiaoer', '验证码不给。（不再回复；截图留证，报告主管周姐，再到千牛里开启“防骗锁定”，让账号 24 小时内别人登不上。）', '“防骗锁定”'],
    ['shipping-delay', '查过了，包裹滞留在中通郑州转运中心，我已催件，对方回复48小时内派送。您要是不放心，我把洛阳当地网点的电话发您，您直接跟他们沟通会更快一些。', '网点的电话发您'],
    ['shipping-delay', '我会每天帮您跟进。保险起见，您现在可以再拍一件，备注走顺丰，两边哪个先到就用哪个，后到的那件您再自己申请退掉就行。', '后到的那件您再自己申请退掉'],
    ['exchange-wrong-item', '非常抱歉！麻烦您拍下照片，我先转给仓库那边，这是外包仓库拿错的，他们核实后会直接联系您。', '是外包仓库拿错'],
    ['final-assessment', '价格是公司定的我改不了，不过您先按 369 拍，收到货再来找我，我在后台用售后补偿的名义给您退 50，这样就跟别家一样了。', '用售后补偿的名义'],
    ['bad-review', '不会让您删的，评价是您的权利。我们这边会在评价下面回复说明一下，保温问题是密封圈没装正造成的，不是杯子本身的质量问题。密封圈今天寄出。', '是密封圈没装正造成的'],
    ['member-reactivation', '有的，替换内胆单卖 79 元，涂层掉了建议停用换新。79 元达不到满 199 的门槛，券用不上，而且单买内胆不参加积分双倍。', '不参加积分双倍'],
  ], [
    ['bad-review', '非常理解，麻烦您看一下杯盖有没有拧紧，可能是没拧紧导致的。'],
    ['objection-price', '理解您比价～建议核对下型号材质配件；我们官方旗舰店，能开发票、一年质保、七天无理由，还有给您申请的滤网花茶。'],
    ['member-reactivation', '说实话 79 元不够满 199，这张券用不了，但积分双倍是有的。'],
  ]);
});

describe('Round 207: blame said as certain, stars asked for, shortcuts past after-sales, invented schedules and cover, rivals run down', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品客服。很抱歉让您不满意。不过我们这款是316内胆，正常用不会中午就温，应该是使用方法上出了点小问题；您咨询那会儿客服也已经下班了，还请理解。', '应该是使用方法上出了点小问题'],
    ['dispute-damaged', '非常抱歉让您着急了！您先拍一下裂痕和外箱的照片，再麻烦打个电话给快递网点，让他们出一份破损说明，我们有了这个才好往下处理。', '打个电话给快递'],
    ['exchange-wrong-item', '真抱歉让您着急了！麻烦拍下杯子和杯底标签给我看看，我去核实一下，也有可能是下单时颜色选项点岔了，咱们一起看看。', '可能是下单时颜色选项点岔'],
    ['exchange-wrong-item', '是我们仓库拿错了，太对不起了。雾蓝有现货，我直接给您再寄一只，奶白那只您就留着用，也不用走售后单了，免得流程慢。', '不用走售后单'],
    ['exchange-wrong-item', '订单页点申请售后选换货，原因那栏麻烦您选“不想要了”，这样审核快一点；按系统地址寄回选运费到付，新杯今天发出。', '原因那栏麻烦您选“不想要'],
    ['freight-remote-area', '好的，感谢您的理解和支持！发货后我第一时间把运单号发给您，另外系统每天还会给您发一条短信，播报包裹走到哪儿了。', '每天还会给您发一条短信'],
    ['needs-hesitant', '阿姨说得对，现在外面好多牌子的电饭煲都是花架子，按键一堆没啥用。想问下他们平时几个人吃、煮饭还是煮粥多？', '外面好多牌子的电饭煲都是花架子'],
    ['objection-price', '明白您的想法～价格系统里是锁死的，我改不了。要不这样，您先按 169 拍下，收到货后跟我说一声，我这边想办法把那 19 块给您贴回去。', '把那19块给您贴回去'],
    ['objection-price', '杯子确实不能送，抱歉哈。我帮您申请一个滤茶网和一盒花茶试饮装；另外您下单后就是店铺会员了，以后每个季度都会给您寄一次花茶补充装。', '每个季度都会给您寄一次'],
    ['objection-price', '理解您想省那 30 块。不过价差这么大，那家的货是从哪儿来的，您心里应该也有数。我们是官方旗舰店，能开发票、一年质保，还支持七天无理由。', '那家的货是从哪儿来的'],
    ['objection-price', '谢谢您为我们考虑～私下付款我们不接受，只能在店铺下单。平台内下单有记录，而且这款在店里买还附带一年意外损坏包换，摔了也能换新的。', '意外损坏包换'],
    ['payment-reminder', '便宜 10 块的那家，您自己想想省在哪儿了～我们是 304 食品级内胆，第一次用前烧开两三壶水倒掉就没有异味，今天下单还送除垢剂。', '省在哪儿了'],
    ['presale-genuine', '现在付款今天就能发，中通快递。要是付款后一直没发出，一般是支付那边没到账，您自己去支付宝查一下就行。感谢支持，祝购物愉快！', '您自己去支付宝查'],
    ['recommend-related', '建议您选 4.5 升的，三口人正好，鸡翅薯条一次做够，红薯也放得下。外面很多便宜的炸锅标着大容量其实虚得很，咱们这个是实打实的 4.5 升。', '外面很多便宜的炸锅标着大容量其实虚得很'],
    ['recommend-related', '亲，首次使用前空烧 5 分钟就能去掉异味。再推荐您配一包专用吸油纸，9.9 元 100 张，垫上以后炸出来的鸡翅油脂能吸走一大半，孩子吃着更健康，清洗也方便。', '油脂能吸走一大半'],
    ['return-seven-days', '可以退，您签收没满7天、东西也没用过，符合七天无理由。不过这种情况其实是您下单时没比对好颜色，下次买之前麻烦先量好看好哦。', '是您下单时没比对好'],
    ['return-seven-days', '这次是非质量问题，寄回运费需要您先垫付一下；您买了运费险，等您在订单里点了确认收货以后，就可以申请理赔了。', '确认收货以后'],
    ['scam-fake-xiaoer', '（不回复。）平台冻结店铺都会同步给绑定手机发短信，我先看看手机有没有收到，再登录千牛工作台核实；截图留证，报告周姐。', '同步给绑定手机发短信'],
    ['shipping-delay', '好的，感谢您的耐心！我今天下班后这单就交给夜班同事跟了，后面有什么情况您找当班客服就行。', '您找当班客服'],
    ['upsell-bundle', '明白，先买一只也挺好。其实牛奶杯难洗，多半是家长放到晚上才想起来洗，这就怪不到杯子了；想省事可以加一把 15 元的杯刷。', '怪不到杯子'],
    ['upsell-bundle', '好的亲，核对一下：藏青色保温杯 2 只、长柄杯刷 1 把，共 233 元，满减后实付 213 元。杯刷我给您换成带两个备用海绵头的替换装，拍下时请确认收货地址是不是上次的。', '备用海绵头'],
    ['upsell-bundle', '好的！藏青色保温杯 2 只、杯刷 1 把，共 233 元，满减后实付 213 元。地址就按上次的发，要是地址有变您自己没改，寄错了我们这边就没法处理了哦。', '您自己没改'],
  ], [
    ['bad-review', '不会要求您删的，评价是您的自由。只是您看我们这么积极处理，等新密封圈到了要是好用，能不能把星级往上提一提？到货后我再回访您。'],
    ['bad-review', '非常理解您的心情，可能是使用上的一些小问题，您再检查一下杯子吧。'],
    ['return-seven-days', '您在订单页申请售后，退货原因选“七天无理由”，按系统地址寄回，填好单号就行。'],
    ['exchange-wrong-item', '我是 17:30 下班，晚上有晚班同事王丽在，您有事可以找她。'],
    ['payment-reminder', '您再考虑考虑，省在哪儿您可以对比一下两边的参数。'],
  ]);
});

describe('Round 209: a refusal after the claim, free shipping to an inland address, 赶上周六', () => {
  claimCases([
    ['freight-remote-area', '您放心，15元运费我们给您包邮了。', '给您包邮'],
  ], [
    ['freight-remote-area', '客服没有减免的权限，私下给您改价也不行，希望您别介意。'],
    ['freight-remote-area', '如果您在内地有家人或朋友方便代收，收货地址填他们那里，我们就按全国包邮给您寄。'],
    ['shipping-delay', '我已经联系快递催件，预计48小时内派送。能不能赶上周六我不敢打包票，但我会一直帮您盯着。'],
  ]);
});

describe('Spoken spans of people: 两三个人 put on a model the panel gives for one or two', () => {
  claimCases([
    ['recommend-related', '亲，3 升那款适合两三个人，4.5 升适合 3～5 人。您家平时几口人用？', '两三个人'],
    ['recommend-related', '您好，3升适合一两个人，4.5升的适合两三个人。您家里一般几个人用？', '两三个人'],
    ['recommend-related', '您好亲！3 升的 199 元，平时两三口人用刚好；4.5 升的 259 元。', '两三口'],
  ], [
    ['recommend-related', '3升那款适合一两个人，您家三口人用不太够，推荐您选4.5升。'],
    ['recommend-related', '4.5升的三四个人用正合适，鸡翅一次就能做够。'],
    ['final-assessment', '够用的，5L适合3～5人，三个人绰绰有余；如果只有一两个人用，店里还有3.5L款。'],
  ]);
});

describe('Round 211: the platform blamed, private groups and work accounts, invented perks, two of a thing pushed', () => {
  claimCases([
    ['bad-review', '郑先生您好，我是暖居优品客服。看到评价很抱歉让您失望了。不过那晚没人回，主要是平台消息推送有延迟，不是客服不理您。', '平台消息推送有延迟'],
    ['bad-review', '评价是您的权利，我们不会要求您删除或修改。密封圈今天给您寄出，这次的情况我也登记到您的会员档案里了，以后下单都能享受优先售后。', '优先售后'],
    ['final-assessment', '5 升适合 3～5 人，有可视窗口不用拉开看，三口人够用。不过既然是送礼，我更建议您直接拿两台，阿姨家一台您自己一台，显得更大方。', '直接拿两台'],
    ['final-assessment', '核对好了：5L 可视空气炸锅白色一台，收件人李芳，对吗？电话联系的要求已备注，我还会让快递员安排晚上 7 点后再派送。', '让快递员安排晚上7点后再派送'],
    ['freight-remote-area', '非常理解您的心情，新疆路程远、中转多，所以需要补15元。要是觉得不划算，您也可以搜搜看有没有在新疆本地有仓的店铺，那样可能更省一点。', '搜搜看有没有在新疆本地有仓的店'],
    ['freight-remote-area', '感谢您的支持！发出后第一时间把运单号告诉您。以后您要买东西也可以直接找我，我这边有个自己的买家小群，偏远地区下单会更方便。', '自己的买家小群'],
    ['member-reactivation', '有的，替换内胆 79 元，涂层掉了建议停用换新。79 元够不上满 199，券用不了；您把旧内胆寄回来还能抵 15 元。', '旧内胆寄回来还能抵'],
    ['presale-genuine', '亲，抹零改不了价，但首页领满 300 减 20 的券，到手 368。保温杯我看您干脆拿两个，一家人轮着用，这单我就先按两个帮您登记了哈。', '按两个帮您登记'],
    ['presale-genuine', '今天 16:00 前付款就能发，默认中通。谢谢支持！以后有需要也可以直接找我，我们内部有个员工团购群，价格比店里低一截。', '团购群'],
    ['revisit-old-customer', '何女士您好，我是暖居优品的客服小悦。您是银卡会员，这次回访做完能额外拿 200 积分，想了解下养生壶用得怎么样，方便吗？', '回访做完能额外拿200积分'],
    ['revisit-old-customer', '老人家常用“花茶”和“养生汤”两个键，我发一张大字操作图给您。另外这壶按键时会语音念出功能名，老人听着就知道。', '语音念'],
    ['revisit-old-customer', '好的，已经帮您记下只发花茶养生类消息，谢谢您抽时间！以后有问题不用在店里排队，直接加我这边的工作号，回得更快。', '工作号'],
    ['scam-fake-xiaoer', '不回他。店铺状态看千牛工作台的官方通知；截图留证，报告周姐。平台核实是诈骗以后还会给举报的店铺发一笔安全奖励金。', '奖励金'],
    ['shipping-delay', '帮您查过了，包裹卡在中通郑州转运中心，我已经催过件了，预计48小时内派送。中通那边还答应单独给您安排一趟专车，不跟其他件一起走。', '一趟专车'],
    ['upsell-bundle', '两只 198 其实比一只 109 值多了，您就咬咬牙两只都拿吧，别亏了这个满减。清洗的话加把 15 元杯刷，能刷到杯底和缝隙。', '咬咬牙'],
  ], [
    ['bad-review', '那晚没人回复是我们没做好，不是您的问题，真的很抱歉。'],
    ['freight-remote-area', '新疆属于偏远地区，需要补15元运费；您下单后我会第一时间把运单号发给您。'],
    ['recommend-related', '推荐您选4.5升的，三口人用正合适；如果以后只有一两个人用，3升也够。'],
    ['shipping-delay', '我已经联系中通加急处理，预计48小时内派送，一有更新我第一时间告诉您。'],
  ]);
});

describe('Today said as another weekday', () => {
  claimCases([
    ['shipping-delay', '好的，感谢您的理解和耐心！今天已经周四了，明天一早我再去催一次中通。', '今天已经周四'],
  ], [
    ['shipping-delay', '今天周三，我已经催过中通了，预计48小时内派送。'],
  ]);
});

describe('Round 213: the customer seeing another shop is no errand', () => {
  claimCases([
    ['presale-genuine', '别家便宜的话，您可以去别家看看再决定。', '去别家看'],
  ], [
    ['presale-genuine', '您问是不是正品，又看到别家便宜二三十块。别家的情况我不好评价，我们是品牌官方旗舰店，可以开电子发票。'],
  ]);
});

describe('Older tuning traps: gifts sent along by a note, booklets in the box, power use, a second fryer', () => {
  claimCases([
    ['objection-price', '杯子是单独卖的送不了，不过我帮您申请滤茶网一个和花茶试饮装一盒；另外今天下单还会随箱附一本养生茶饮小册子。', '随箱附一本养生茶饮小册子'],
    ['objection-price', '行的亲，玻璃杯我直接给您备注送上，再帮您加一个滤茶网和一盒花茶，您放心拍就好～', '备注送上'],
    ['objection-price', '亲，那套玻璃杯本来是单独卖的39元，不在赠品里。不过看您这么有诚意，我给您在订单里备注一下，仓库会跟壶一起寄出。', '一起寄'],
    ['objection-price', '亲，玻璃杯不在赠品范围内。我帮您申请一个滤茶网和一盒花茶试饮装；另外订单满199的话玻璃杯会自动随单赠送。', '自动随单赠送'],
    ['recommend-related', '三口之家选 4.5 升准没错～炸篮够大。而且 4.5 升的跟 3 升的耗电量基本一样，用大的也不费电。', '耗电量基本一样'],
    ['recommend-related', '亲，三口之家推荐4.5升的，炸篮大，红薯也放得下。要不干脆3升的也带一台，一台炸一台烤，效率翻倍。', '也带一台'],
  ], [
    ['objection-price', '玻璃杯不在赠品范围，滤茶网和花茶试饮装我帮您申请，备注好一起寄给您。'],
    ['recommend-related', '推荐您选4.5升的，适合3～5人，鸡翅一次就能做够；耗电方面两款都是家用功率，您放心用。'],
  ]);
});

describe('Round 215: consolation points, drop tests, factory trial boils, member discounts, specialists calling, private advances, monthly visits, expiry times', () => {
  claimCases([
    ['dispute-damaged', '非常抱歉让您着急了！麻烦拍下裂痕和外箱的照片发我，收到后我这边同时给您申请一份破损慰问积分，马上为您处理。', '慰问积分'],
    ['exchange-wrong-item', '抱歉让您不开心了！不过下单页几个颜色挨得挺近，偶尔会点错，麻烦您先看下订单截图，再拍下杯子和杯底标签我帮您核对。', '偶尔会点错'],
    ['objection-price', '亲，理解您的心情，价格是公司统一定的我改不了。这款用高硼硅玻璃壶身，壶身还做过跌落测试，从桌上掉下来都摔不碎，用着放心。', '跌落测试'],
    ['payment-reminder', '亲，您放心，我们每台壶出厂前都在厂里试烧过三遍，到您手上基本没味道，再烧两三壶倒掉就更好了。', '试烧'],
    ['presale-genuine', '理解您想实惠点～价格是公司统一定的，我改不了。不过开通店铺会员下单能立减 15 元，我再帮您申请饭勺和量米杯。', '开通店铺会员下单能立减'],
    ['recommend-related', '亲，首次使用前空烧5分钟就好。另外推荐您带一包9.9元的专用吸油纸，这款纸用完冲一冲晾干还能接着用好几次，很耐用。', '还能接着用好几次'],
    ['recommend-related', '第一次用前先空烧5分钟去异味。吸油纸9.9元100张、硅胶烤垫19.9元，这两样我已经先替您加到订单里了，不想要的话收到后再退就行。', '我已经先替您加到订单'],
    ['recommend-related', '合计268.9元，满减后实付248.9元，16点前付款今天就能发。付款后我们还会安排售后专员给您打个电话，教您第一次怎么用。', '专员给您打个电话'],
    ['return-seven-days', '这次是非质量问题，寄回运费需要您先垫付。运费险理赔有点慢，您把快递小票拍给我，我先用我自己的支付宝把运费给您垫上。', '用我自己的支付宝'],
    ['revisit-old-customer', '好的，已经记下只发花茶、养生类消息。谢谢您，以后每个月我还会定期来给您做一次回访，有问题随时找我们。', '定期来给您做一次回访'],
    ['scam-fake-xiaoer', '验证码不给。（这个验证码 10 分钟后自动作废，不理就行；截图留证，报告周姐，在千牛官方渠道举报。）', '分钟后自动作废'],
    ['shipping-delay', '48小时是对方给的时间，您先等等看。要是到周五还没动，您就自己在平台上申请退款吧，那个流程系统会自己走，我这边就不用再跟了。', '我这边就不用再跟了'],
    ['upsell-bundle', '好的！藏青色保温杯2只、杯刷1把，共233元，满减后实付213元。两只我会让仓库挑同一批次的，颜色不会有色差。', '同一批次'],
  ], [
    ['needs-hesitant', '别担心亲～包裹里有大字版说明书，我还能发操作视频给您，收货后不会用随时来聊天窗口问我们，手把手教！'],
    ['return-seven-days', '七天内都可以退，您自己在订单里申请就行。'],
  ]);
});

describe('Round 217: breaking in a cup, after-sales skipped, the courier blamed, double points denied, seals demanded, review for favours, invented self-checks, too many people', () => {
  claimCases([
    ['bad-review', '理解您的心情。麻烦看一下密封圈有没有装正、杯盖有没有拧紧。另外这款杯子刚开始用的头一周内胆还在“养杯”，保温效果会一天比一天好。', '养杯'],
    ['exchange-wrong-item', '是我们仓库拿错了，抱歉！雾蓝色有现货给您换。奶白那只您就别寄回了，我这边不走售后流程，直接再给您寄一只，省得麻烦。', '我这边不走售后流程'],
    ['freight-remote-area', '亲，理解您哈，其实这15元是中通那边对新疆单独加收的，不是我们店要收，我们也是被快递公司卡着，没办法。', '不是我们店要收'],
    ['member-reactivation', '有的，替换内胆单卖 79 元，涂层掉了建议先停用换新。79 元够不上满 199 的门槛，用不了券，积分双倍也不算在内。', '积分双倍也不算'],
    ['member-reactivation', '有的，替换内胆 79 元单卖，涂层掉了建议先停用。79 元达不到满 199，券用不上；不过旧内胆寄回来我们能折价抵 15 元。', '旧内胆寄回来我们能折价抵'],
    ['return-seven-days', '可以退的亲，您签收未满7天、商品也没用过。不过退货时需要把外包装上的原厂封口贴一起寄回，少了封口贴仓库是不收的。', '少了封口贴仓库是不收的'],
    ['revisit-old-customer', '已经帮您记下只发花茶养生类的消息啦，谢谢您！要是觉得今天服务还行，麻烦去订单里补个追评提一下“小悦”。', '补个追评'],
    ['scam-fake-xiaoer', '（不回复。）先截图留证告诉周姐，再到千牛工作台点“店铺体检”，系统十分钟就会出结果，看看是不是真被冻结。', '店铺体检'],
    ['scam-fake-xiaoer', '请你自重，这些聊天我都存下来了，再骚扰我们就直接去派出所找你。（截图留证，报告周姐，千牛举报。）', '请你自重'],
    ['upsell-bundle', '热水热牛奶都没问题。孩子爸爸也要换的话，两只 218 元，满 199 减 20 实付 198 元；买两只还能多领一个杯套。只买一只也完全可以。', '多领一个'],
    ['upsell-bundle', '热水热牛奶都能装。爸爸那只我就直接给您一起算上了：两只 218 元，满 199 减 20，实付 198 元，您按两只拍就行。', '直接给您一起算上'],
    ['needs-hesitant', '您好～我们家有 2L、3L、5L 三种容量，小的适合 1～3 人，最大的那款十个人吃也够。', '十个人吃也够'],
  ], [
    ['needs-hesitant', '5L 的适合 5～8 人，家里来客人也够用。'],
    ['member-reactivation', '替换内胆 79 元，单买也照样享受积分双倍，只是用不了满 199 的券。'],
    ['payment-reminder', '亲，先别急哈。关掉页面重新打开“待付款”订单再点付款，或者换一种支付方式。'],
    ['scam-fake-xiaoer', '（不回复。）截图留证，报告周姐，在千牛官方渠道举报这个账号。'],
  ]);
});

describe('Round 217: a threat to the scammer', () => {
  claimCases([
    ['scam-fake-xiaoer', '再骚扰我们就直接去派出所找你。', '派出所找你'],
  ], []);
});

describe('Round 221: subsidies and discount cards, online till two, points for unsubscribing, private refunds and addresses, errands to the hub, blame for an unchecked address', () => {
  claimCases([
    ['dispute-damaged', '看到照片了，是我们打包没做好，真的抱歉。可以马上补发新的，也可以退货退款；而且像这种破损单，平台还会另外给您发一笔破损补贴。', '破损补贴'],
    ['dispute-damaged', '看了照片，壶确实碎了。不过签收的时候当着快递员面验一下货，就能直接拒收了，下回记得先验再签哈。', '当着快递员面验'],
    ['exchange-wrong-item', '已经登记在售后表里，下班前交接给晚班王丽。您也不用担心没人回，王丽会一直在线到凌晨两点，什么时候问都有人。', '在线到凌晨两点'],
    ['member-reactivation', '是真的，12 月 26 日到 1 月 1 日，在首页会员中心领满 199 减 30 元券，每人限 1 张；银卡会员还能再叠一张 95 折卡。', '折卡'],
    ['member-reactivation', '是真的，这几天在首页会员中心领满 199 减 30 的券，每人 1 张。不过领的人特别多，券随时会被抢完，您最好现在就去领。', '随时会被抢完'],
    ['member-reactivation', '抱歉打扰了！已经帮您标记不接收营销信息，回复 T 也能退订。另外退订后系统会补给您 200 积分作为打扰的补偿。', '退订后系统会补给您200积分'],
    ['member-reactivation', '有的，替换内胆 79 元，涂层掉了建议停用换新。虽然不到 199，但老顾客买配件可以单独申请用这张券，我帮您报一下。', '单独申请用'],
    ['objection-price', '亲，非常理解～价格是公司统一定的，我改不了。不过这款一年质保，而且壶身摔裂了我们免费补寄新的，169 元真不亏。', '摔裂了我们免费补寄'],
    ['payment-reminder', '亲，都拍下半个多小时了，您就别再去别家比来比去了，现在马上把款付了吧，今天还送除垢剂。', '马上把款付了'],
    ['payment-reminder', '亲，别着急，您退出后重新打开订单付款试试。还不行的话我这边可以在后台帮您发起代付，您在手机上点确认就行。', '后台帮您发起代付'],
    ['recommend-related', '亲，您家三口人推荐 4.5 升的，炸篮大；机器里还存了鸡翅、薯条、红薯的专属菜谱，点一下就行。', '专属菜谱'],
    ['return-seven-days', '可以退的亲，您签收没超过7天。不过走平台售后要等好几天，您直接把盒子寄回来就行，我这边收到后把69块直接还给您。', '走平台售后要等'],
    ['return-seven-days', '您在订单页点申请售后，选退货退款就行。寄回的地址您先别用系统上那个，我单独发您一个地址，寄过来我们处理得更快。', '别用系统上那个'],
    ['shipping-delay', '查到了，包裹在中通郑州转运中心滞留，我已经催件。我把郑州转运中心的查询电话发给您，您自己也打过去催一催。', '自己也打过去'],
    ['upsell-bundle', '好的亲！藏青色 2 只、杯刷 1 把，共 233 元，满减后 213 元。地址我这边就不核了，按上次的走，要是寄错了那就是您那边信息没更新哦。', '那就是您那边信息没更新'],
  ], [
    ['payment-reminder', '亲，可以找家人帮忙代付，也可以换一种支付方式。'],
    ['member-reactivation', '好的，已帮您标记不接收营销信息，退订后就不会再收到活动短信了，积分和会员等级都不受影响。'],
  ]);
});
