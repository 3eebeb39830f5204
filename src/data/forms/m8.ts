import type { FormInput } from '../../schemas/form.ts';

// Module 8 forms: 表8-1 客户档案 and 表8-2 客户分级 of lesson 8.1; 表8-3 关怀短信, 表8-4 公众号图文策划单 and
// 表8-5 二次营销活动策划 of lesson 8.2. Customer data, thresholds and prices are the lessons' teaching examples
// (今天按 12 月 8 日计算; 会员等级 银卡 ≥ 300 元, 金卡 ≥ 1000 元, 钻石 ≥ 3000 元; RFM 分界 90 天 / 3 次 / 800 元).

const customerProfile: FormInput = {
  id: 'm8.form.customer-profile',
  title: '表8-1 客户档案',
  lesson: '8.1',
  instructions: '阅读课文 STEP 1 中三位顾客的原始资料，提取有效信息填入档案。要求客观、简洁、一事一条，不写主观评价，手机号只写脱敏号码。',
  rowHeader: '档案项目',
  columns: [
    { id: 'he', label: '何女士', type: 'longtext', hint: '银卡会员，杭州' },
    { id: 'chen', label: '陈先生', type: 'longtext', hint: '今年还没有下单' },
    { id: 'wu', label: '吴同学', type: 'longtext', hint: '首次购买的新顾客' },
  ],
  rows: [
    {
      id: 'basic',
      label: '基本信息',
      cells: {
        he: { hint: '称呼、账号、脱敏手机号、城市、生日', reference: '何女士；会员账号 he_***0611；手机 138****5621；浙江杭州；生日 12 月 26 日（本人填写）' },
        chen: { reference: '陈先生；会员账号 chen_***88；手机 139****2087；江苏南京' },
        wu: { reference: '吴同学；会员账号 wu_***2005；手机 177****3309；浙江宁波，收货地为大学宿舍' },
      },
    },
    {
      id: 'purchase',
      label: '购买记录',
      cells: {
        he: { hint: '首次、最近、次数、商品、累计金额', reference: '首次 6 月 2 日，最近 11 月 28 日（12 月 1 日签收）；共 3 次：收纳盒三件套 69 元、保温杯 89 元、1.5L 养生壶 159 元；累计 317 元，平均每单约 106 元' },
        chen: { reference: '首次前年 11 月 10 日（4L 智能电饭煲 399 元），最近去年 11 月 11 日（5L 可视空气炸锅 459 元）；共 2 次，累计 858 元；今年未下单' },
        wu: { reference: '首次购买：11 月 24 日 350mL 保温杯 69 元，11 月 27 日签收；共 1 次，累计 69 元' },
      },
    },
    {
      id: 'preference',
      label: '偏好',
      cells: {
        he: { hint: '用途、关注点、方便联系的时间', reference: '常买收纳、杯壶类；养生壶给父母煮红枣桂圆茶，本人爱煮花茶；关注水垢（当地水质偏硬）；看重保温效果和颜色；白天不便，晚上 8 点后方便联系' },
        chen: { reference: '关注厨房电器的功能（能否烤红薯）和清洗是否方便；营销短信一个月不超过 2 条' },
        wu: { reference: '宿舍不能用大功率电器，偏好小件、便携商品；关注保温时长、能否装牛奶、能否放进书包侧袋' },
      },
    },
    {
      id: 'contact',
      label: '沟通记录',
      cells: {
        he: { hint: '日期 + 事项 + 结果', reference: '11 月购买前咨询养生壶，已发送除垢方法；保温杯评价“保温效果好，颜色也好看”；待办：签收一周左右回访养生壶使用和除垢情况' },
        chen: { reference: '去年购前咨询空气炸锅能否烤红薯、炸篮是否好洗；今年 3 月反映电饭煲内胆涂层有点掉，售后已发保修说明，顾客未再回复（问题未闭环，需跟进）；曾要求短信每月不超过 2 条' },
        wu: { reference: '购前连续咨询保温时长、能否装牛奶、能否放进书包侧袋；11 月带图好评“早八课的救星，六个小时后水还是烫的”' },
      },
    },
    {
      id: 'level',
      label: '客户等级',
      cells: {
        he: { hint: '会员等级 + RFM 类型', reference: '银卡会员（累计 317 元）；R 高（10 天前）、F 高（3 次）、M 低（317 元），属于一般价值客户' },
        chen: { reference: '银卡会员（累计 858 元）；R 低（一年多未购买）、F 低（2 次）、M 高（858 元），属于重要挽留客户' },
        wu: { reference: '普通会员（累计 69 元）；R 高、F 低、M 低，属于一般发展客户（新客户）' },
      },
    },
    {
      id: 'advice',
      label: '维护建议',
      cells: {
        he: { hint: '下一步做什么、注意什么', reference: '签收一周回访养生壶除垢情况；12 月 26 日发生日祝福（银卡不含礼券）；只在晚上 8 点后联系，推送内容以花茶养生类为主并先征得同意' },
        chen: { reference: '先跟进内胆涂层问题，把售后闭环；回馈周期间告知老顾客专享优惠；严格控制频率，每月营销短信不超过 2 条' },
        wu: { reference: '发签收后使用提醒（预热、清洗胶圈）；邀请加入会员；推荐商品时避开大功率电器，以实用小件为主' },
      },
    },
  ],
  requirements: ['m8.skill.profile', 'm8.know.crm', 'm8.attitude.resource'],
};

const rfmTypes = ['重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'];
const highLow = ['高', '低'];
const memberLevels = ['普通会员', '银卡会员', '金卡会员', '钻石会员'];

const rfmGrading: FormInput = {
  id: 'm8.form.rfm-grading',
  title: '表8-2 客户分级与维护策略',
  lesson: '8.1',
  instructions: '按暖居优品的分界线（教学示例：R 高 = 最近一次购买在 90 天以内，F 高 = 累计 3 次及以上，M 高 = 累计 800 元及以上）判断每位顾客的 R、F、M 和客户类型，再按会员规则判断会员等级，写出一条维护建议。今天按 12 月 8 日计算。',
  rowHeader: '顾客',
  columns: [
    { id: 'r', label: 'R', type: 'choice', options: highLow, width: 'narrow' },
    { id: 'f', label: 'F', type: 'choice', options: highLow, width: 'narrow' },
    { id: 'm', label: 'M', type: 'choice', options: highLow, width: 'narrow' },
    { id: 'type', label: 'RFM 客户类型', type: 'choice', options: rfmTypes },
    { id: 'member', label: '会员等级', type: 'choice', options: memberLevels, hint: '银卡满 300 元，金卡满 1000 元，钻石满 3000 元（教学示例）' },
    { id: 'strategy', label: '维护建议', type: 'longtext', width: 'wide' },
  ],
  rows: [
    {
      id: 'he',
      label: '何女士（11 月 28 日购买，共 3 次，317 元）',
      cells: { r: { reference: '高' }, f: { reference: '高' }, m: { reference: '低' }, type: { reference: '一般价值客户' }, member: { reference: '银卡会员' }, strategy: { reference: '常来但每次金额不高：做好回访和保养提醒，需要时做合适的搭配推荐，提高客单价' } },
    },
    {
      id: 'chen',
      label: '陈先生（去年 11 月 11 日购买，共 2 次，858 元）',
      cells: { r: { reference: '低' }, f: { reference: '低' }, m: { reference: '高' }, type: { reference: '重要挽留客户' }, member: { reference: '银卡会员' }, strategy: { reference: '重点唤回：先跟进内胆问题，再告知老顾客专享优惠，控制短信频率' } },
    },
    {
      id: 'wu',
      label: '吴同学（11 月 24 日购买，共 1 次，69 元）',
      cells: { r: { reference: '高' }, f: { reference: '低' }, m: { reference: '低' }, type: { reference: '一般发展客户' }, member: { reference: '普通会员' }, strategy: { reference: '做好首单体验：使用关怀，引导加入会员，推荐适合宿舍的小件' } },
    },
    {
      id: 'zheng',
      label: '郑女士（20 天前购买，共 6 次，2680 元）',
      cells: { r: { reference: '高' }, f: { reference: '高' }, m: { reference: '高' }, type: { reference: '重要价值客户' }, member: { reference: '金卡会员' }, strategy: { reference: '重点维护：专属服务、新品优先体验、生日礼券，认真听取她的意见' } },
    },
    {
      id: 'ma',
      label: '马先生（8 个月前购买，共 4 次，236 元）',
      cells: { r: { reference: '低' }, f: { reference: '高' }, m: { reference: '低' }, type: { reference: '一般保持客户' }, member: { reference: '普通会员' }, strategy: { reference: '低成本关怀：节日问候、积分提醒，收纳类上新时告知一次，不频繁打扰' } },
    },
  ],
  requirements: ['m8.know.crm', 'm8.know.loyal', 'm8.attitude.pareto'],
};

const careSms: FormInput = {
  id: 'm8.form.care-sms',
  title: '表8-3 客户关怀短信设计',
  lesson: '8.2',
  instructions: '根据客户档案，为四个场合各写一条关怀短信。每条以【暖居优品】开头、以“退订回T”结尾，连同签名、标点和退订方式不超过 70 字，并写出字数。承诺的权益要和会员规则一致，不用绝对化用语。',
  rowHeader: '场合',
  columns: [
    { id: 'when', label: '发送对象与时间', type: 'text', hint: '写清发给谁、哪天、大约几点' },
    {
      id: 'sms',
      label: '短信内容',
      type: 'longtext',
      width: 'wide',
      maxChars: 70,
      hint: '【暖居优品】+ 称呼 + 事由 + 行动提示（可选）+ 退订回T，不超过 70 字',
    },
    { id: 'count', label: '字数', type: 'number', width: 'narrow', hint: '签名、标点、数字和退订方式都算' },
  ],
  rows: [
    {
      id: 'birthday',
      label: '生日关怀（何女士，银卡会员）',
      cells: {
        when: { reference: '何女士，12 月 26 日生日当天，上午 10 点左右' },
        sms: { hint: '银卡会员生日只有祝福，不送礼券（教学示例）', reference: '【暖居优品】何女士，今天是您的生日，暖居优品全体客服祝您生日快乐，愿您和家人冬日安康、事事顺心！退订回T' },
        count: { reference: '52' },
      },
    },
    {
      id: 'usage',
      label: '签收后使用提醒（吴同学，保温杯）',
      cells: {
        when: { reference: '吴同学，签收后第 3～7 天，傍晚 6 点左右（避开上课时间）' },
        sms: { hint: '写一条顾客用得上的使用技巧', reference: '【暖居优品】吴同学您好，保温杯用得还顺手吗？装热水前先用开水预热1分钟，保温更久；杯盖胶圈记得定期清洗。退订回T' },
        count: { reference: '56' },
      },
    },
    {
      id: 'festival',
      label: '节日关怀（陈先生，元旦）',
      cells: {
        when: { reference: '陈先生，1 月 1 日上午；本月营销短信总数不超过 2 条' },
        sms: { hint: '只祝福，不夹带促销', reference: '【暖居优品】陈先生，新年快乐！感谢您两年来的信任与陪伴，愿您新的一年饭菜飘香、日子暖暖。退订回T' },
        count: { reference: '48' },
      },
    },
    {
      id: 'upgrade',
      label: '会员升级（郑女士，升级为钻石会员）',
      cells: {
        when: { reference: '郑女士，累计消费满 3000 元、升级当天的白天' },
        sms: { hint: '告诉顾客新等级、主要权益和查看位置', reference: '【暖居优品】郑女士，恭喜您升级为钻石会员！专属客服优先接待、积分2倍等权益已生效，可在会员中心查看。退订回T' },
        count: { reference: '54' },
      },
    },
  ],
  requirements: ['m8.skill.sms', 'm8.attitude.resource'],
};

const wechatArticle: FormInput = {
  id: 'm8.form.wechat-article',
  title: '表8-4 公众号图文策划单',
  lesson: '8.2',
  instructions: '为“暖居老友回馈周”写一篇面向老顾客的公众号图文，从“养生壶冬季煮茶”“电饭煲内胆保养”“空气炸锅年夜饭小菜”中任选一个主题，完成策划单。',
  rowHeader: '项目',
  columns: [{ id: 'content', label: '策划内容', type: 'longtext', width: 'wide' }],
  rows: [
    { id: 'topic', label: '选题与目标读者', cells: { content: { hint: '写给谁看？读完能得到什么？', reference: '养生壶冬季煮茶；写给买过养生壶的老顾客和关注公众号的读者，读完能学会 5 种冬季茶饮的煮法和除垢方法' } } },
    { id: 'title', label: '标题', cells: { content: { hint: '20 字以内，具体、有用、不夸张', reference: '冬天煮什么茶？养生壶的5种暖身煮法' } } },
    { id: 'cover', label: '封面', cells: { content: { hint: '画面内容、比例、文字', reference: '实拍养生壶煮红枣桂圆茶、冒着热气的横图，比例约 2.35∶1，画面中间放少量标题文字，用自己拍摄的图片' } } },
    { id: 'summary', label: '摘要', cells: { content: { hint: '50 字以内，说清读者能得到什么', reference: '红枣桂圆、陈皮普洱、姜枣茶……5种冬日茶饮的配料和煮法，文末有老顾客专享福利。' } } },
    { id: 'structure', label: '正文结构', cells: { content: { hint: '痛点 → 干货 → 商品 → 福利 → 互动', reference: '1. 开头：天冷了，很多人的养生壶只用来烧水；2. 5 种茶饮，每种写配料、用量、功能键和时间，各配实拍图；3. 小贴士：及时清洗、定期用柠檬除垢；4. 福利：回馈周老顾客专享满 199 减 30 元券，写明时间和领取位置；5. 结尾：邀请读者在留言区分享自家茶饮' } } },
    { id: 'publish', label: '发布时间与方式', cells: { content: { hint: '哪天、几点、群发还是只发表', reference: '12 月 22 日（回馈周预热）晚上 8 点左右定时群发；发布后三天内每天回复留言' } } },
    { id: 'check', label: '发布前检查', cells: { content: { hint: '预览、审核、合规', reference: '预览到手机检查错别字、图片和排版；请主管审核优惠信息与店铺一致；无绝对化用语、无诱导分享、图片有版权' } } },
  ],
  requirements: ['m8.skill.wechat'],
};

const campaignPlan: FormInput = {
  id: 'm8.form.campaign-plan',
  title: '表8-5 老顾客二次营销活动策划',
  lesson: '8.2',
  instructions: '为春节前的“电饭煲以旧换新”活动完成策划，面向电饭煲购买满两年的老顾客。数字可以自己设定，但要前后一致、计算正确，并标明“教学示例”。',
  rowHeader: '策划要素',
  columns: [{ id: 'plan', label: '策划内容', type: 'longtext', width: 'wide' }],
  rows: [
    { id: 'target', label: '目标客户', cells: { plan: { hint: '对谁做、怎么筛选、约多少人、去掉谁', reference: '前年及更早购买电饭煲的老顾客，重点是RFM中的重要保持、重要挽留客户；去掉已退订和不接收营销信息的顾客，约 1200 人（教学示例）' } } },
    { id: 'time', label: '活动时间', cells: { plan: { hint: '预热和正式时间', reference: '1 月 10 日预热，1 月 15 日至 1 月 25 日正式活动，赶在春节前到货（教学示例）' } } },
    { id: 'theme', label: '活动主题', cells: { plan: { reference: '“旧锅换新锅，团圆饭更香”老顾客换新季' } } },
    { id: 'offer', label: '优惠内容', cells: { plan: { hint: '门槛、期限、能否叠加、数量都写清', reference: '老顾客上传旧电饭煲照片，购买店内新款电饭煲立减 50 元，每人限 1 台，旧锅无需寄回；活动期间积分双倍；按日常售价计算，活动前不调价（教学示例）' } } },
    { id: 'channel', label: '触达渠道', cells: { plan: { reference: '短信一条（只发给同意接收的顾客）；公众号图文一篇；店铺首页横幅；客服接待时告知' } } },
    { id: 'script', label: '沟通话术', cells: { plan: { hint: '至少写一条短信（≤70 字）和一条客服答复', reference: '短信：【暖居优品】陈先生您好，电饭煲用满两年了吗？1月15日至25日老顾客换购新款立减50元，详见店铺首页。退订回T（55 字）；客服答复：亲，旧锅不用寄回，拍一张照片上传就能享受立减，每人限一台哦。' } } },
    { id: 'budget', label: '活动预算', cells: { plan: { hint: '分项计算，写出合计', reference: '短信 1200 条 × 0.05 元 = 60 元；换新立减预计 200 台 × 50 元 = 10000 元；图文与横幅设计折算 300 元；合计 10360 元（教学示例）' } } },
    { id: 'evaluation', label: '效果评估', cells: { plan: { hint: '用哪些指标、怎样算', reference: '统计触达人数、参与换新人数、活动销售额、投入产出比（销售额 ÷ 投入）、退订人数和顾客评价；如 200 台 × 399 元 = 79800 元，投入产出比约 7.7（教学示例）；活动后复盘写进档案' } } },
  ],
  requirements: ['m8.skill.campaign', 'm8.know.loyal', 'm8.attitude.pareto'],
};

/** Form exercises of module 8 (维护客户关系), in lesson order. */
export const m8Forms: FormInput[] = [customerProfile, rfmGrading, careSms, wechatArticle, campaignPlan];
