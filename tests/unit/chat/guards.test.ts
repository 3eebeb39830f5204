import { describe, expect, it } from 'vitest';
import { loadToSimplified } from '../../../src/lib/answer/index.ts';
import { forbiddenPhrases, guard, offPlatformPatterns, type GuardKind } from '../../../src/lib/chat/index.ts';

const toSimplified = await loadToSimplified();

describe('guard: 禁用语', () => {
  it.each<[string, string, string]>([
    ['我不知道', '不知道', '不知道'],
    ['这个我也不清楚，你问别人吧', '我也不清楚', '我也不清楚'],
    ['具体发货时间不太清楚', '不太清楚', '不太清楚'],
    ['这不可能！', '不可能', '不可能'],
    ['你不懂就别乱说', '你不懂', '你不懂'],
    ['别啰嗦了，快拍吧', '别啰嗦', '别啰嗦'],
    ['快递慢这不是我的问题', '这不是我的问题', '这不是我的问题'],
    ['爱买不买', '爱买不买', '爱买不买'],
    ['亲，我们是绝对正品哦', '绝对正品', '绝对正品'],
    ['亲，１００％正品！', '100%正品', '１００％正品'],
    ['这个价格全网最低', '全网最低', '全网最低'],
    ['我们家最便宜', '最便宜', '最便宜'],
    ['不是说过了吗，七天无理由', '不是说过了吗', '不是说过了吗'],
    ['你自己看详情页', '你自己看', '你自己看'],
  ])('%s → %s', (text, term, highlighted) => {
    const hit = guard(text);
    expect(hit?.kind).toBe('forbidden');
    expect(hit?.term).toBe(term);
    expect(text.slice(hit!.start, hit!.end)).toBe(highlighted);
    expect(hit?.feedback).toContain(`“${term}”是客服禁用语`);
  });

  it.each([
    ['不知道您平时穿多大码呢？', 'asks the customer, not a brush-off'],
    ['不知道是不是还有什么顾虑？有问题随时问我。', 'a polite opening of a question, not a brush-off'],
    ['您说款式多、不知道要什么样的，没关系，我先问您几个小问题。', 'her indecision said back, not a brush-off'],
    ['我们不会让您删差评或者改评价，问题我们来解决', 'rules the practice out'],
    ['咱们不搞好评返现那一套', 'rules the practice out'],
    ['私下转账我们一律不接，请在平台下单', 'refuses the transfer'],
    ['亲，如果尺码不清楚，可以告诉我身高体重', 'the customer\'s doubt, not the agent\'s'],
    ['您不太清楚的话，我帮您对比一下', 'the customer\'s doubt'],
    ['我们不敢说全网最低，但支持价格保护', 'negated absolute claim'],
    ['这款不是最便宜的，但是品质好', 'negated absolute claim'],
    ['亲，我马上帮您查看一下，请稍等', 'the recommended replacement'],
    ['非常抱歉，给您带来不便了', '非常 is not a negator'],
    ['我们不会要求您删除，也不会拿红包、返现来换', 'rules out every item of the list'],
    ['不着急，价格不会变，也不是只剩最后一件', 'rules the pressure out'],
    ['不用另外加微信或者转账哦', 'rules out both channels'],
    ['站外付款一旦出了问题没有任何保障', 'a warning about paying off the platform'],
    ['钱走店铺下单才有保障，私下付出去就没人帮您兜底了', 'a warning that nobody covers a payment made privately'],
    ['不过私下转账这个我真不能答应', 'refuses the transfer at the end of its clause'],
    ['退款会原路退回您付款的账户，不用担心要私下转账之类的', '不用担心要 rules the transfer out'],
    ['站外转账出了问题没有平台保障', 'a warning about paying off the platform'],
    ['亲，支持七天无理由退货哦', '无理由 is not a negator'],
  ])('%s is clean (%s)', (text) => {
    expect(guard(text)).toBeUndefined();
  });

  it('gives the replacement phrase from the lessons', () => {
    expect(guard('不可能')?.feedback).toContain('我帮您查询一下可行性');
    expect(guard('我不知道')?.feedback).toContain('我马上帮您查看一下');
  });

  it('catches Traditional input once the converter is passed', () => {
    expect(guard('這不是我的問題', { toSimplified })?.term).toBe('这不是我的问题');
  });

  it('lists the phrases named in docs/domain.md', () => {
    for (const phrase of ['不知道', '不可能', '你不懂', '别啰嗦', '这不是我的问题', '爱买不买', '绝对正品', '100%有效', '全网最低', '最便宜']) {
      expect(forbiddenPhrases).toContain(phrase);
    }
  });
});

describe('guard: concessions, misguidance, rewards and codes, however they are worded', () => {
  it.each<[string, string, string]>([
    ['包装我们一直很严实，这次主要是快递太暴力了', '快递太暴力', '客服禁用语'],
    ['快递的事我们也控制不了，您有空自己多查查物流吧', '快递的事我们也控制不了', '客服禁用语'],
    ['您自己多看看物流哈', '您自己多看看物流', '客服禁用语'],
    ['全网卖得最好的就是这款', '卖得最好', '客服禁用语'],
    ['虽然不满 199，我给您特殊处理一下', '特殊处理', '越权承诺'],
    ['拍下后给个五星好评，我返您 10 元', '五星好评我返您', '违规做法'],
    ['运费险要先确认收货才能理赔，您先点一下确认收货哦', '先确认收货', '错误指引'],
    ['验证码我收到了，是要发在这里吗', '验证码我收到了是要发在', '安全风险'],
    ['别别别，验证码我马上发你', '验证码我马上发你', '安全风险'],
    ['应该是您用的时候没预热', '应该是您用', '客服禁用语'],
    ['您可以直接联系快递公司索赔', '您可以直接联系快递公司索赔', '客服禁用语'],
    ['我们仓库一般不会发错', '一般不会发错', '客服禁用语'],
    ['不会用的话7天内随便退', '随便退', '错误指引'],
    ['加购玻璃杯，相当于杯子免费送', '相当于杯子免费送', '误导说法'],
    ['我可以给您电饭煲便宜15块', '给您电饭煲便宜15块', '越权承诺'],
    ['别家便宜的话我这边也可以少20，您拍下我改价', '可以少20', '越权承诺'],
    ['差评对我们小店影响挺大的，您看能不能帮帮忙', '差评对我们小店影响挺大的您看能不能帮帮忙', '违规做法'],
  ])('%s → %s (%s)', (text, term, label) => {
    const hit = guard(text);
    expect(hit?.kind).toBe('forbidden');
    expect(hit?.term).toBe(term);
    expect(hit?.feedback).toContain(`是${label}`);
  });

  it.each([
    ['运输中压坏的由我们负责，快递那边我们自己去索赔', 'the shop takes the courier on itself'],
    ['物流我这边帮您盯着，有变化第一时间告诉您', 'the agent watches the parcel'],
    ['这个价格没法特殊处理，不过可以申请赠品', 'a refused exception'],
    ['问题解决前先不要确认收货哦', 'a warning against confirming'],
    ['麻烦您确认收货地址是不是上次那个', 'checking the address'],
    ['验证码不能告诉任何人，我不会发给你', 'a refusal'],
    ['我不会把验证码给任何人', 'a refusal'],
    ['用得满意的话欢迎给个评价，有问题随时找我', 'asking for a review with no reward'],
    ['签收后 7 天内商品完好就可以退', 'the seven-day rule as it is'],
    ['你是骗子吧，再发我就报警了', 'toward a customer this is no scam rule (the etiquette rules decide)'],
  ])('%s is clean (%s)', (text) => {
    expect(guard(text)).toBeUndefined();
  });

  it.each([
    ['你是骗子吧？再发我就报警了！', '你是骗子'],
    ['把你工号发来，我要投诉你', '投诉你'],
    ['你这明显是诈骗，我要去公安举报', '你这明显是诈骗'],
  ])('toward a scammer, %s argues instead of stopping (%s)', (text, term) => {
    const hit = guard(text, {}, { toScammer: true });
    expect(hit?.term).toBe(term);
    expect(hit?.feedback).toContain('不当处置');
  });

  it('toward a scammer, stopping and reporting is right', () => {
    expect(guard('不再回复，截图留证，在千牛官方举报你的账号并报告周姐', {}, { toScammer: true })).toBeUndefined();
  });
});

describe('guard: off-platform', () => {
  it.each<[string, string]>([
    ['加我微信吧，转账给你便宜10块', '加我微信'],
    ['亲，你加微信付款就行', '加微信'],
    ['可以支付宝转账给我', '转账'],
    ['我们私下交易吧，不走平台', '私下交易'],
    ['线下付款也可以的', '线下付款'],
    ['能不能加个微信聊？', '加个微信'],
    ['我的电话是13812345678', '我的电话'],
    ['有问题打 138 1234 5678', '13812345678'],
    ['发你银行卡号，直接转过来', '发你银行卡'],
    ['扫我的二维码付就行', '扫我的二维码'],
    ['加我ＶＸ：abc123', '加我vx'],
    ['方便加一下您微信吗', '加一下您微信'],
    ['以后有问题直接微信找我就行', '微信找我'],
  ])('%s → caught (%s)', (text, term) => {
    const hit = guard(text);
    expect(hit?.kind).toBe<GuardKind>('off-platform');
    expect(hit?.term).toBe(term);
    expect(hit?.feedback).toContain('在平台内下单付款');
  });

  it.each([
    ['我们不会让您加微信付款', 'negator further back than the answer engine looks'],
    ['请勿私下转账，直接在店铺下单就好', '勿 warns'],
    ['平台交易才有保障，我们不接受微信转账', 'refusal'],
    ['如果有人让您加微信转账，那是骗子，请不要理会', 'a warning about scams'],
    ['千万别加微信付款', '别 negates'],
    ['亲，淘宝下单可以用支付宝付款哦', '支付宝 on the platform is fine'],
    ['订单号是 2013812345678999', 'a long order number is not a phone number'],
    ['姐，但加微信私下转账这个咱真不能干哈！钱不走平台，万一出问题您没地儿说理。', 'turned down at the end of its clause, then warned'],
  ])('%s is clean (%s)', (text) => {
    expect(guard(text)).toBeUndefined();
  });

  it('reports an off-platform attempt before a forbidden phrase in the same reply', () => {
    expect(guard('不知道，你加我微信问吧')?.kind).toBe('off-platform');
  });

  it('has a first-person list, a general list and a phone pattern', () => {
    expect(offPlatformPatterns.offers).toContain('加我微信');
    expect(offPlatformPatterns.mentions).toContain('私下交易');
    expect(offPlatformPatterns.phone.test('13912345678')).toBe(true);
  });
});
