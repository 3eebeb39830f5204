import type { FormInput } from '../../schemas/form.ts';

// Module 6 forms: the packing-material table and the waybill of lesson 6.2, the logistics exception
// record of lesson 6.3. Orders, addresses and phone numbers are teaching examples (the numbers are
// made up); reference answers follow the lessons' text.

const packingMaterials: FormInput = {
  id: 'm6.form.packing-materials',
  title: '表6-1 包装材料选择表',
  lesson: '6.2',
  instructions: '为暖居优品的下列商品选择外包装、缓冲材料和封装辅料，并写出理由。先想一想：它怕什么？有多重？是什么形状？',
  numbered: true,
  columns: [
    { id: 'product', label: '商品', width: 'narrow' },
    { id: 'materials', label: '包装材料', type: 'longtext', hint: '外包装 + 缓冲材料 + 封装辅料' },
    { id: 'reason', label: '理由', type: 'longtext', width: 'wide', hint: '说出商品怕什么，所选材料解决了什么问题' },
  ],
  rows: [
    {
      id: 'glass-kettle',
      cells: {
        product: { value: '1.2L玻璃养生壶' },
        materials: { reference: '壶身裹两层气泡膜或装入气柱袋，底座单独包好；五层瓦楞纸箱，箱底铺珍珠棉，四周塞满纸卷等填充物；封箱后贴易碎贴' },
        reason: { reference: '玻璃壶身易碎，壶嘴、把手突出，最怕碰撞和晃动；多层缓冲加填满空隙，让壶在箱内不晃；易碎贴提醒轻拿轻放' },
      },
    },
    {
      id: 'rice-cooker',
      cells: {
        product: { value: '3L智能电饭煲（带原厂彩盒）' },
        materials: { reference: '原厂彩盒外再套一个稍大的纸箱，四角加珍珠棉护角，空隙用纸质填充物塞紧，“工”字封箱' },
        reason: { reference: '商品较重，彩盒本身是商品的一部分，顾客在意它是否完好；外箱和护角防止彩盒被压坏、弄脏' },
      },
    },
    {
      id: 'cup',
      cells: {
        product: { value: '500mL保温杯' },
        materials: { reference: '原厂小盒外裹一层气泡膜，装入小号纸箱或加厚快递袋' },
        reason: { reference: '金属杯身不易碎，但怕磕出凹痕，适度保护即可；用小包装不浪费材料，也不会因箱子过大增加运费' },
      },
    },
    {
      id: 'storage-box',
      cells: {
        product: { value: '折叠收纳盒套装' },
        materials: { reference: '折叠压平后装入尺寸合适的纸箱或加厚快递袋，不需要额外缓冲材料' },
        reason: { reference: '收纳盒轻、体积大、不易碎，属于抛货；压平减小体积，体积重量变小，运费更省' },
      },
    },
    {
      id: 'combo',
      cells: {
        product: { value: '5L空气炸锅 + 烘焙油纸 + 硅胶夹（组合订单）' },
        materials: { reference: '空气炸锅保留原厂彩盒，放在外箱底部；油纸和硅胶夹装进自封袋放在上层；彩盒与外箱之间用纸质填充物塞紧' },
        reason: { reference: '重的放下面、轻的放上面，防止压坏小件；配件装袋不易丢失；填满空隙防止晃动，箱子选刚好的尺寸以免体积重量偏高' },
      },
    },
  ],
  addRows: { max: 3, label: '再添加一种商品' },
  requirements: ['m6.know.packaging', 'm6.skill.packing', 'm6.attitude.careful'],
};

const phoneHint = '号码为虚构。填写时核对是否为 11 位；只写在运单上，不要抄在别处或拍照外传，能用隐私面单时优先使用';

const waybill: FormInput = {
  id: 'm6.form.waybill',
  title: '表6-2 快递运单',
  lesson: '6.2',
  instructions: '根据课文 STEP 3 中买家张伟的订单信息（教学示例），逐项填写这张运单。填完后对照订单再核一遍：地址是否具体、电话是否 11 位、物品名称是否如实。',
  rowHeader: '栏目',
  columns: [{ id: 'content', label: '填写内容', type: 'longtext' }],
  rows: [
    { id: 'sender-name', label: '寄件人姓名', cells: { content: { hint: '写店铺名称', reference: '暖居优品旗舰店' } } },
    { id: 'sender-phone', label: '寄件人电话', cells: { content: { hint: '用店铺固定的发货电话（虚构）', reference: '0571-8000 0000' } } },
    { id: 'sender-address', label: '寄件人地址', cells: { content: { hint: '写到门牌号，方便退回', reference: '浙江省杭州市余杭区暖居路88号 暖居优品仓库' } } },
    { id: 'receiver-name', label: '收件人姓名', cells: { content: { hint: '与订单收货人一致', reference: '张伟' } } },
    { id: 'receiver-phone', label: '收件人电话', cells: { content: { hint: phoneHint, reference: '139 0000 1234（打印隐私面单时只显示 139****1234）' } } },
    { id: 'receiver-address', label: '收件人地址', cells: { content: { hint: '省、市、区和详细地址都要写，详细地址写到楼栋和门牌号', reference: '江苏省南京市鼓楼区示例路16号 梧桐苑3栋502室' } } },
    { id: 'item', label: '物品名称', cells: { content: { hint: '写具体的商品名称，不写“日用品”“礼物”', reference: '玻璃养生壶、保温杯' } } },
    { id: 'quantity', label: '数量', cells: { content: { hint: '包裹件数和商品件数分别是多少？', reference: '1件包裹（内装商品2件：养生壶1只、保温杯1只）' } } },
    { id: 'weight', label: '重量', cells: { content: { hint: '以称重结果为准，写单位', reference: '2.3 kg' } } },
    { id: 'volume', label: '体积', cells: { content: { hint: '外箱长 × 宽 × 高，单位厘米', reference: '35 × 25 × 25 cm' } } },
    { id: 'insurance', label: '保价', cells: { content: { hint: '内有玻璃制品，是否保价？声明价值写多少？', reference: '保价，声明价值238元（与商品实际价值一致；保价费按快递公司现行规定计算）' } } },
    { id: 'payment', label: '付款方式', cells: { content: { hint: '店铺包邮，且与快递公司签约月结', reference: '寄付月结（运费由寄件方店铺按月结算）' } } },
    { id: 'remarks', label: '备注', cells: { content: { hint: '把易碎提示和顾客的派送要求写上', reference: '内有玻璃制品，易碎，轻拿轻放；顾客要求工作日白天派送' } } },
  ],
  requirements: ['m6.skill.waybill', 'm6.attitude.careful'],
};

const logisticsException: FormInput = {
  id: 'm6.form.logistics-exception',
  title: '表6-3 物流异常处理记录',
  lesson: '6.3',
  instructions: '根据课堂模拟对话和 STEP 1 的两种情况（均为教学示例），填写物流异常处理记录，做到下一班同事拿到这张表就能接着跟进。',
  numbered: true,
  columns: [
    { id: 'order', label: '订单与运单', hint: '订单号或顾客、快递公司和运单号' },
    {
      id: 'type',
      label: '异常类型',
      type: 'choice',
      options: ['揽收超时', '物流停滞', '派送异常', '显示签收未收到', '破损或少件', '丢件', '拒收退回', '天气等不可抗力'],
    },
    { id: 'found', label: '发现方式与时间', type: 'longtext', hint: '顾客咨询、后台预警还是主动查询？' },
    { id: 'action', label: '处理措施', type: 'longtext', width: 'wide', hint: '查了什么、联系了谁、对方怎么回复（称呼或工号、回复时限）' },
    { id: 'told', label: '告知顾客的内容', type: 'longtext', hint: '进展、预计时间和可选方案' },
    { id: 'follow', label: '跟进安排与结果', type: 'longtext', hint: '下一次什么时候、由谁跟进' },
  ],
  rows: [
    {
      id: 'case-delay',
      cells: {
        order: { reference: '孙先生的电煮锅订单，中通，运单号 73120000004567' },
        type: { reference: '物流停滞' },
        found: { reference: '星期三上午顾客咨询，查询发现周日到达郑州转运中心后 3 天未更新' },
        action: { reference: '安抚顾客后联系中通催件，对方回复包裹滞留郑州转运中心，已加急，预计 48 小时内派送；记下对方称呼和回复时限' },
        told: { reference: '告知包裹位置和预计 48 小时内派送；承诺每天跟踪；周五仍未派送则用顺丰补发或退款，运费由店铺承担' },
        follow: { reference: '星期四、星期五下午各查询一次并告知顾客；周五仍未派送则通知仓库补发；签收后回访' },
      },
    },
    {
      id: 'case-signed',
      cells: {
        order: { reference: '顾客订单，快递公司和运单号以订单为准（教学示例）' },
        type: { reference: '显示签收未收到' },
        found: { reference: '顾客咨询：轨迹两天前显示“已签收，签收人：门卫”，顾客说没收到' },
        action: { reference: '请顾客先向门卫询问；同时查签收信息，联系派送员核实签收地点；确属冒签或丢失的，向快递公司投诉索赔' },
        told: { reference: '先道歉安抚，说明正在核实签收情况和预计回复时间；核实后如确认丢失，为顾客补发或退款' },
        follow: { reference: '当天下班前回复核实结果；需要补发的通知仓库并交接给售后，跟进到顾客收到为止' },
      },
    },
  ],
  addRows: { max: 3, label: '再记录一单' },
  requirements: ['m6.skill.tracking', 'm6.attitude.careful', 'm6.attitude.teamwork'],
};

/** Module 6 form exercises, in lesson order. */
export const m6Forms: FormInput[] = [packingMaterials, waybill, logisticsException];
