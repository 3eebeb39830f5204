import type { FormInput } from '../../schemas/form.ts';

// Module 5 forms: 表5-1 and 表5-2 of lesson 5.1, 表5-3 and 表5-4 of lesson 5.2, 表5-5 and 表5-6 of
// lesson 5.3. Reference answers follow the lessons; shop rules and prices are teaching examples, order
// states and platform rules are to be checked against the platform's current rules.

const orderStages: FormInput = {
  id: 'm5.form.order-stages',
  title: '表5-1 订单各环节的顾客心理与客服工作',
  lesson: '5.1',
  instructions: '按订单交易流程，写出每个环节订单在后台显示的状态、顾客此时最关心什么，以及客服要做的工作和一句合适的话术。',
  rowHeader: '交易环节',
  columns: [
    { id: 'status', label: '订单状态', hint: '卖家后台显示的状态，以平台现行版本为准' },
    { id: 'mind', label: '顾客此时的心理', type: 'longtext' },
    { id: 'work', label: '客服的主要工作', type: 'longtext' },
    { id: 'phrase', label: '一句话术', type: 'longtext', width: 'wide' },
  ],
  rows: [
    {
      id: 'consult',
      label: '浏览咨询',
      cells: {
        status: { value: '尚未生成订单' },
        mind: { reference: '感兴趣但有疑问，想确认商品是否适合自己，会货比三家' },
        work: { reference: '及时响应，了解需求，准确介绍商品，打消顾虑' },
        phrase: { reference: '亲，在的！方便说一下家里几个人用吗？我帮您挑合适的容量。' },
      },
    },
    {
      id: 'unpaid',
      label: '拍下之后',
      cells: {
        status: { reference: '等待买家付款' },
        mind: { reference: '还有一点犹豫，或付款遇到问题，或者忘记了' },
        work: { reference: '判断未付款原因，礼貌催付，需要时经批准改价' },
        phrase: { reference: '亲，看到您拍下了还没付款，是不是遇到什么问题了？16:00 前付款当天就能发货哦。' },
      },
    },
    {
      id: 'paid',
      label: '付款之后',
      cells: {
        status: { reference: '买家已付款（等待卖家发货）' },
        mind: { reference: '希望快点发货，担心地址、规格出错' },
        work: { reference: '核对订单信息，添加卖家备注，通知仓库' },
        phrase: { reference: '亲，跟您核对一下订单信息，确认无误我们马上安排发货。' },
      },
    },
    {
      id: 'shipped',
      label: '发货之后',
      cells: {
        status: { reference: '卖家已发货（等待买家确认收货）' },
        mind: { reference: '盼着早点收到，关心物流进度' },
        work: { reference: '跟踪物流，处理异常，提醒签收' },
        phrase: { reference: '亲，您的包裹已经发出，运单号已同步到订单，预计两三天送达。' },
      },
    },
    {
      id: 'received',
      label: '签收之后',
      cells: {
        status: { reference: '交易成功（顾客确认收货或系统到期自动确认）' },
        mind: { reference: '检验商品是否和描述一样，满意或者不满意' },
        work: { reference: '使用指导、回访关怀，处理评价和退换货' },
        phrase: { reference: '亲，电饭煲用得还顺手吗？使用中有任何问题随时找我们。' },
      },
    },
  ],
  requirements: ['m5.know.flow', 'm5.know.orders', 'm5.skill.psychology'],
};

const psychology: FormInput = {
  id: 'm5.form.psychology',
  title: '表5-2 购买心理阶段分析表',
  lesson: '5.1',
  instructions: '阅读课文中顾客孙先生购买电饭煲的聊天记录，找出他在各个购买心理阶段说的话，分析他的心理，并写出客服应当怎样回应。',
  rowHeader: '心理阶段',
  columns: [
    { id: 'words', label: '顾客说的话或做的事', type: 'longtext' },
    { id: 'mind', label: '心理分析', type: 'longtext', hint: '顾客此刻在想什么、担心什么' },
    { id: 'reply', label: '客服的合适回应', type: 'longtext', width: 'wide' },
  ],
  rows: [
    { id: 'interest', label: '兴趣', cells: { words: { reference: '“这款能煮粥吗？有预约吗？”' }, mind: { reference: '对商品产生兴趣，想知道功能' }, reply: { reference: '简明介绍煮粥模式和 24 小时预约，并问他平时主要做什么' } } },
    { id: 'imagine', label: '联想', cells: { words: { reference: '“早上上班前要是能喝上热粥就好了。”' }, mind: { reference: '想象商品用在自己生活中的样子' }, reply: { reference: '顺着他的想象描述场景：睡前放好米，设好预约，早上起床粥就好了' } } },
    { id: 'compare', label: '比较', cells: { words: { reference: '“另一家 3 升的才 169，你们要 199。”' }, mind: { reference: '担心买贵了，在几家店之间权衡' }, reply: { reference: '不贬低同行，讲清内胆材质、赠品和保修，让他自己比较价值' } } },
    { id: 'trust', label: '信任', cells: { words: { reference: '“坏了怎么保修？要寄回去吗？”' }, mind: { reference: '担心售后麻烦，需要保障才放心' }, reply: { reference: '实事求是说明保修政策和七天无理由退货（以平台现行规则为准）' } } },
    { id: 'decide', label: '决定', cells: { words: { reference: '“白色的有货吧？今天拍能发吗？”' }, mind: { reference: '已经决定买，关心的是下单后的事' }, reply: { reference: '确认白色有货，说明 16:00 前付款当天发货，提醒核对地址' } } },
  ],
  requirements: ['m5.skill.psychology', 'm5.know.communication'],
};

const orderCheck: FormInput = {
  id: 'm5.form.order-check',
  title: '表5-3 订单核对表',
  lesson: '5.2',
  instructions: '对照课文中顾客吴女士的聊天记录，逐项核对下面这笔已付款订单（教学示例），判断每一项是否需要处理，并写出处理办法。',
  rowHeader: '核对项目',
  columns: [
    { id: 'order', label: '订单上的信息', type: 'longtext' },
    { id: 'result', label: '核对结果', type: 'choice', options: ['无误', '有误，需修改', '需向顾客确认'] },
    { id: 'action', label: '处理办法', type: 'longtext', width: 'wide', hint: '写清和顾客怎么说、备注怎么写' },
  ],
  rows: [
    { id: 'name', label: '收货人', cells: { order: { value: '吴晓燕' }, result: { reference: '无误' }, action: { reference: '与聊天中顾客说的姓名一致，无需处理' } } },
    { id: 'phone', label: '手机号码', cells: { order: { value: '139****2186（顾客在聊天中说尾号是 2168）' }, result: { reference: '需向顾客确认' }, action: { reference: '请顾客在订单里核对手机号码，号码有误时引导顾客自行修改或由顾客确认后按平台流程修改，并备注' } } },
    { id: 'address', label: '收货地址', cells: { order: { value: '浙江省杭州市拱墅区××路××号（聊天中顾客说这周在宁波出差，要寄到公司）' }, result: { reference: '需向顾客确认' }, action: { reference: '向顾客确认新地址的省市区和详细地址，发货前修改订单地址，插红旗并备注“×月×日顾客要求改寄公司，已改”' } } },
    { id: 'spec', label: '规格颜色', cells: { order: { value: '500 毫升保温杯 米白' }, result: { reference: '有误，需修改' }, action: { reference: '顾客聊天中选的是藏青色，确认库存后改为藏青，插红旗备注“改藏青，已与顾客确认”' } } },
    { id: 'quantity', label: '数量', cells: { order: { value: '保温杯 2 只、杯刷 1 把' }, result: { reference: '无误' }, action: { reference: '与聊天中确认的数量一致' } } },
    { id: 'gift', label: '赠品', cells: { order: { value: '订单中未体现赠品（当天活动：付款即送杯套一个，教学示例）' }, result: { reference: '有误，需修改' }, action: { reference: '插黄旗备注“活动赠杯套×1”，告诉顾客赠品会随包裹一起发出' } } },
    { id: 'message', label: '买家留言', cells: { order: { value: '“一只给儿子，一只给孩子爸，分开装”' }, result: { reference: '需向顾客确认' }, action: { reference: '确认“分开装”是指两只杯子分别装袋还是分两个包裹寄；确认后备注给仓库' } } },
    { id: 'invoice', label: '发票', cells: { order: { value: '顾客申请电子发票，抬头为个人' }, result: { reference: '无误' }, action: { reference: '按订单申请的抬头开具电子发票，插绿旗备注' } } },
  ],
  requirements: ['m5.know.orders', 'm5.know.communication'],
};

const remindScripts: FormInput = {
  id: 'm5.form.remind-scripts',
  title: '表5-4 催付话术设计表',
  lesson: '5.2',
  instructions: '针对顾客拍下未付款的不同原因，写出判断依据和催付话术。话术按“共情 → 提示 → 理由”组织，不编造库存和涨价，不施压。',
  rowHeader: '未付款原因',
  columns: [
    { id: 'clue', label: '判断依据', type: 'longtext', hint: '从聊天记录、订单信息中看出的线索' },
    { id: 'script', label: '催付话术', type: 'longtext', width: 'wide' },
    { id: 'timing', label: '时机与方式', hint: '如：拍下后 30 分钟内，千牛消息（教学示例）' },
  ],
  rows: [
    { id: 'price', label: '价格犹豫', cells: { clue: { reference: '咨询时问过能不能便宜、提过别家价格' }, script: { reference: '亲，看到您拍下了养生壶还没付款，是不是还在比较价格？我们的壶身是高硼硅玻璃，今天下单送一包花茶，还支持七天无理由退货，您可以放心。' }, timing: { reference: '拍下后 30 分钟内，千牛消息' } } },
    { id: 'payfail', label: '付款失败', cells: { clue: { reference: '顾客说“付不了”“一直转圈”，或多次进入付款页未完成' }, script: { reference: '亲，别着急，可能是网络不稳定，您退出后重新打开订单付款，或者换一种支付方式试试；还不行就把页面截图发给我，我帮您一起看。' }, timing: { reference: '顾客反映时立即回复' } } },
    { id: 'forget', label: '忘记付款', cells: { clue: { reference: '聊天中已经决定购买，拍下后没有任何疑问就离开了' }, script: { reference: '亲，下午好！您上午拍下的电饭煲还没有付款哦，16:00 前付款今天就能发出，早付早收到。有问题随时找我。' }, timing: { reference: '上午的订单在 12:00 前提醒' } } },
    { id: 'wrong', label: '拍错信息', cells: { clue: { reference: '拍下后询问能不能改颜色、改地址' }, script: { reference: '亲，颜色和地址在付款前您可以直接取消重拍，或者先付款、我帮您在发货前改好并备注，您看哪种方便？' }, timing: { reference: '顾客询问时立即回复' } } },
    { id: 'wait', label: '等活动、想凑单', cells: { clue: { reference: '问过“过几天有没有活动”“满多少减”' }, script: { reference: '亲，店铺现在就有满 199 减 20 的活动，您看一下需不需要一起买的东西，不需要的话单买也是同样的价格和售后。' }, timing: { reference: '拍下后 30 分钟内，千牛消息' } } },
  ],
  requirements: ['m5.know.communication', 'm5.know.orders', 'm5.attitude.courtesy'],
};

const lostInquiries: FormInput = {
  id: 'm5.form.lost-inquiries',
  title: '表5-5 询单流失分析与改进表',
  lesson: '5.3',
  instructions: '阅读课文中小悦的五段询单流失聊天片段（教学示例），判断每段流失的主要原因，并改写客服的回复。',
  rowHeader: '聊天片段',
  columns: [
    { id: 'reason', label: '流失的主要原因', type: 'choice', options: ['回复太慢', '答非所问', '没有了解需求', '顾虑没有打消', '错过购买信号', '态度或用语不当'] },
    { id: 'better', label: '改进后的回复', type: 'longtext', width: 'wide', hint: '写出客服当时应该发的那句话' },
  ],
  rows: [
    { id: 'slow', label: '片段一：顾客等了 3 分钟没人回', cells: { reason: { reference: '回复太慢' }, better: { reference: '用快捷短语先回“亲，在的，马上为您查看”，再详细解答；高峰时请同事分流' } } },
    { id: 'need', label: '片段二：直接推荐最贵的 4 升款', cells: { reason: { reference: '没有了解需求' }, better: { reference: '先问“家里平时几个人吃饭？主要煮饭还是煮粥？”再按人数推荐 3 升或 4 升' } } },
    { id: 'worry', label: '片段三：顾客问“涂层会不会掉”，客服只回“不会的”', cells: { reason: { reference: '顾虑没有打消' }, better: { reference: '说明内胆涂层材质、正确的使用方法（不用金属铲）和保修政策，让顾客放心' } } },
    { id: 'signal', label: '片段四：顾客问“白色今天能发吗”，客服却继续介绍功能', cells: { reason: { reference: '错过购买信号' }, better: { reference: '“白色有货，16:00 前付款今天就能发出。您拍下后我帮您核对地址。”' } } },
    { id: 'tone', label: '片段五：客服回复“详情页都写了，您自己看”', cells: { reason: { reference: '态度或用语不当' }, better: { reference: '“我把关键信息整理给您：……”直接把答案发给顾客' } } },
  ],
  requirements: ['m5.skill.software', 'm5.know.communication', 'm5.attitude.courtesy'],
};

const aovPlan: FormInput = {
  id: 'm5.form.aov-plan',
  title: '表5-6 客单价提升推荐方案',
  lesson: '5.3',
  instructions: '为下列顾客各设计一条提高客单价的推荐（价格和活动为教学示例），选择推荐方式，写出推荐话术并算出实付金额。推荐必须与顾客的需要有关，并给顾客留出选择。',
  rowHeader: '顾客情况',
  columns: [
    { id: 'way', label: '推荐方式', type: 'choice', options: ['升级推荐', '搭配套餐', '满减凑单', '多件购买'] },
    { id: 'script', label: '推荐话术', type: 'longtext', width: 'wide', hint: '先说顾客的需要，再说推荐的理由和价格，给顾客留选择' },
    { id: 'pay', label: '实付金额（元）', type: 'number', width: 'narrow' },
  ],
  rows: [
    { id: 'family', label: '五口之家，看 3 升电饭煲（199 元）；4 升款 259 元；全店满 199 减 20', cells: { way: { reference: '升级推荐' }, script: { reference: '亲，五口人吃饭 3 升会有点紧，4 升一次能煮够一家人的量。4 升款 259 元，满减后 239 元；如果平时在家吃饭的人少，3 升也够用。' }, pay: { reference: '239' } } },
    { id: 'cup', label: '买保温杯（109 元）装牛奶；保温杯加杯刷套餐 119 元', cells: { way: { reference: '搭配套餐' }, script: { reference: '装牛奶的杯子要勤清洗，杯刷单买 15 元，选“保温杯 + 杯刷”套餐只要 119 元，比分开买省 5 元；不需要杯刷的话单买杯子就好。' }, pay: { reference: '119' } } },
    { id: 'storage', label: '买收纳箱三件套（69 元）整理衣柜，说“箱子可能不够”；另有同款三件套；全店满 199 减 20', cells: { way: { reference: '多件购买' }, script: { reference: '亲，衣柜东西多的话，很多顾客会买两套，6 个箱子一次整理完；两套 138 元，还没到满减，不需要的话先买一套试试也可以。' }, pay: { reference: '138' } } },
    { id: 'kettle', label: '买养生壶（139 元）送父母，想顺便买点小东西；玻璃杯两只装 49 元、花茶 29 元；全店满 199 减 20', cells: { way: { reference: '满减凑单' }, script: { reference: '您想顺便带点小东西的话，玻璃杯两只装 49 元，配养生壶泡茶正合适，加上一共 188 元；再加一包 29 元的花茶是 217 元，满减后 197 元。看您需要，不凑也完全可以。' }, pay: { reference: '197' } } },
  ],
  requirements: ['m5.skill.psychology', 'm5.attitude.courtesy', 'm5.skill.software'],
};

/** Module 5's form exercises, in lesson order. */
export const m5Forms: FormInput[] = [orderStages, psychology, orderCheck, remindScripts, lostInquiries, aovPlan];
