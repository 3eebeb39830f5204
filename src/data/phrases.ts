/**
 * The shop's phrase bank (常用语): the default quick phrases (快捷短语) in the mock chat and the
 * passages of the typing trainer. Wording is original and follows the standard patterns in
 * docs/domain.md: 议价 以退为进, 催付 共情→提示→理由, 售后道歉 表达理解→明确责任→提供方案.
 * Phrases avoid the forbidden phrases (不知道, 不可能 …) and absolute advertising claims (绝对正品, 全网最低).
 * Shop rules quoted here (gifts, coupons, shipping) are teaching examples of 暖居优品旗舰店.
 */

/**
 * The most characters one quick phrase (快捷短语 / 常用语) should have, so it reads at a glance on a
 * phone. Lessons 2.1 and 4.1, the question banks and the forms quote this one number;
 * tests/unit/diagrams/process-consistency.test.ts fails when any of them writes another.
 */
export const quickPhraseMaxChars = 50;

/** Phrase categories and their Chinese names, in the order the quick-phrase panel shows them. */
export const phraseCategories = {
  greeting: '欢迎语',
  recommend: '推荐',
  bargaining: '议价',
  payment: '催付',
  waiting: '查询等待',
  stock: '缺货与断码',
  shipping: '物流',
  apology: '售后道歉',
  aftersale: '退换货',
  closing: '结束语',
} as const;

/** A phrase category key. */
export type PhraseCategory = keyof typeof phraseCategories;

/** One standard phrase. */
export interface Phrase {
  /** Stable ID, `<category>.<name>`. @example 'greeting.welcome' */
  id: string;
  /** The category it belongs to. */
  category: PhraseCategory;
  /** The phrase as the agent sends it (15–80 characters, Chinese punctuation). */
  text: string;
}

/** Every standard phrase, grouped by category in `phraseCategories` order. */
export const phrases: Phrase[] = [
  // 欢迎语: answer "在么" at once, warm and short.
  { id: 'greeting.welcome', category: 'greeting', text: '亲，在的，很高兴为您服务！请问有什么可以帮您？' },
  { id: 'greeting.shop', category: 'greeting', text: '您好，欢迎光临暖居优品旗舰店，我是客服小悦，请问您想了解哪款商品呢？' },
  { id: 'greeting.busy', category: 'greeting', text: '亲，让您久等了！现在咨询的顾客比较多，我会按顺序尽快回复您，请稍候。' },
  { id: 'greeting.returning', category: 'greeting', text: '欢迎您再次光临！感谢您一直以来对小店的支持，这次想看点什么呢？' },
  { id: 'greeting.link', category: 'greeting', text: '亲，您发来的链接我看到了，这款是我们店的热销款，我来给您详细介绍一下。' },

  // 推荐: ask about the need first, then recommend and suggest related items.
  { id: 'recommend.ask-need', category: 'recommend', text: '亲，方便说一下家里平时几个人用、主要做哪些菜吗？我好帮您挑合适的容量。' },
  { id: 'recommend.capacity', category: 'recommend', text: '三到四口之家建议选三升的电饭煲，煮饭量刚好，也不会太占厨房台面。' },
  { id: 'recommend.fab', category: 'recommend', text: '这款空气炸锅不用放油或只需少量油，炸出来外酥里嫩，做饭更健康也更省心。' },
  { id: 'recommend.related', category: 'recommend', text: '很多买空气炸锅的顾客会一起带一包专用吸油纸，垫上后清洗很方便，您可以参考一下。' },
  { id: 'recommend.promo', category: 'recommend', text: '亲，店铺现在有满一百九十九元减二十元的活动，搭配收纳盒一起买会更划算哦。' },

  // 议价: price is already set, no authority to discount; 以退为进 with a small gift.
  { id: 'bargaining.no-authority', category: 'bargaining', text: '亲，非常理解您想买得实惠，不过这款已经是活动价了，客服这边没有改价的权限，还请您见谅。' },
  { id: 'bargaining.gift', category: 'bargaining', text: '价格上确实没办法再让了，我向主管申请一下，给您多送一个小赠品，您看可以吗？' },
  { id: 'bargaining.value', category: 'bargaining', text: '我们的商品都是品牌官方直供，质量有保障，售后也更放心，贵一点是花在品质上的。' },
  { id: 'bargaining.coupon', category: 'bargaining', text: '亲，首页可以领取一张店铺优惠券，下单时自动抵扣，比直接改价还方便哦。' },
  { id: 'bargaining.shipping', category: 'bargaining', text: '这款商品本身就是包邮的，运费由我们来承担，您收到的价格就是最终到手价。' },

  // 催付: 共情 → 提示 → 理由, timely and without pressure.
  { id: 'payment.reminder', category: 'payment', text: '亲，看到您拍下的宝贝还没有付款，是不是遇到什么问题了？有需要随时找我。' },
  { id: 'payment.ship-today', category: 'payment', text: '亲，下午四点前付款当天就能发货，早付款早收到，有问题随时找我哦。' },
  { id: 'payment.promo-end', category: 'payment', text: '温馨提醒：店铺满减活动今晚二十四点结束，现在付款还能享受优惠，别错过哦。' },
  { id: 'payment.help', category: 'payment', text: '如果付款时遇到问题，可以把页面截图发给我，我一步一步帮您看看哪里出了问题。' },
  { id: 'payment.address', category: 'payment', text: '亲，付款前请再核对一下收货地址和电话，确认无误后我们会第一时间为您发货。' },

  // 查询等待: never leave the customer waiting in silence.
  { id: 'waiting.checking', category: 'waiting', text: '亲，请稍等，我马上帮您查看一下订单情况，一两分钟就给您回复。' },
  { id: 'waiting.thanks', category: 'waiting', text: '感谢您的耐心等待！刚刚和仓库核实过了，下面把情况详细告诉您。' },
  { id: 'waiting.transfer', category: 'waiting', text: '这个问题需要售后同事协助，我已经把情况转达给他们，处理结果我会亲自告诉您。' },
  { id: 'waiting.feasibility', category: 'waiting', text: '您提的要求我先记下来，马上帮您查询一下可行性，稍后给您一个准确的答复。' },

  // 缺货与断码: never a bare 没有; apologise and offer an alternative.
  { id: 'stock.similar', category: 'stock', text: '非常抱歉，这个颜色暂时断码了，同款的浅灰色现在有货，质感也很不错，您要看看吗？' },
  { id: 'stock.restock', category: 'stock', text: '亲，这款预计下周补货，您可以先收藏加购，到货后我第一时间通知您。' },
  { id: 'stock.upgrade', category: 'stock', text: '非常抱歉，这款暂时断码了，同系列的升级款功能更全，价格只多十几元，您可以了解一下。' },
  { id: 'stock.presale', category: 'stock', text: '这款目前是预售，付款后七天内发货，下单时间越早发货越靠前，请您放心。' },

  // 物流: name the carrier and the expected time; remote areas are slower.
  { id: 'shipping.shipped', category: 'shipping', text: '亲，您的包裹已经发出了，快递是中通，物流信息一般当天晚上就能查到。' },
  { id: 'shipping.eta', category: 'shipping', text: '江浙沪地区一般两天左右送达，其他地区三到五天，偏远地区会稍慢一些，请您留意。' },
  { id: 'shipping.delay', category: 'shipping', text: '您的包裹在中转站停留了一段时间，我已经联系快递公司催件，有进展马上告诉您。' },
  { id: 'shipping.follow-up', category: 'shipping', text: '亲，我会每天帮您跟踪一次物流，如果明天还没有更新，我们会为您补发或退款。' },
  { id: 'shipping.sign', category: 'shipping', text: '签收前请先检查外包装是否完好，如有破损可以当面拒收，并及时联系我们处理。' },

  // 售后道歉: 表达理解 → 明确责任 → 提供方案.
  { id: 'apology.understand', category: 'apology', text: '亲，非常理解您现在的心情，遇到这种情况换作是我也会着急，真的很抱歉。' },
  { id: 'apology.responsibility', category: 'apology', text: '这是我们在打包发货时没有检查仔细，责任在我们，给您添麻烦了，实在抱歉。' },
  { id: 'apology.photos', category: 'apology', text: '麻烦您拍一下商品破损的地方和外包装的照片发给我，我马上为您登记处理。' },
  { id: 'apology.solution', category: 'apology', text: '我们可以为您免费补发一件新的，或者办理退货退款，来回运费都由我们承担。' },
  { id: 'apology.compensation', category: 'apology', text: '为了表达歉意，我们给您补偿一张十元无门槛优惠券，下次购物可以直接使用。' },

  // 退换货: state the rule correctly and point to the platform's current rules.
  { id: 'aftersale.seven-days', category: 'aftersale', text: '亲，本店商品支持七天无理由退货，商品不影响二次销售即可，具体以平台现行规则为准。' },
  { id: 'aftersale.freight-insurance', category: 'aftersale', text: '您下单时购买了运费险，退货寄回的运费会由保险理赔，一般退款后几天就会到账。' },
  { id: 'aftersale.steps', category: 'aftersale', text: '您在订单页点“申请售后”，选择退货退款，填好快递单号就可以了，我们收到后尽快退款。' },
  { id: 'aftersale.exchange', category: 'aftersale', text: '如果只是颜色不合适，也可以为您办理换货，新商品我们收到退件后当天就寄出。' },

  // 结束语: thank, promise quick shipping, wish a pleasant purchase.
  { id: 'closing.thanks', category: 'closing', text: '感谢您的支持！我们会尽快为您安排发货，祝您购物愉快，生活暖暖的！' },
  { id: 'closing.anything-else', category: 'closing', text: '请问还有什么可以帮您的吗？如果没有的话，祝您生活愉快，有问题随时找我哦。' },
  { id: 'closing.use-tips', category: 'closing', text: '收到后有任何使用问题都可以随时联系我们，小悦一直在，祝您用得开心！' },
  { id: 'closing.favorite', category: 'closing', text: '欢迎您收藏小店，上新和活动会第一时间通知您，期待您的下次光临！' },
  { id: 'closing.resolved', category: 'closing', text: '很高兴帮您解决了问题，再次为给您带来的不便说声抱歉，祝您生活愉快！' },
];
