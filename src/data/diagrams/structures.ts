import type { DiagramInput } from '../../schemas/diagram.ts';

/**
 * The structures and screens the course draws: the CS department's organisation chart (lesson 1.2,
 * the standard's skill “能画出客服部门的一般组织结构图”), the 千牛-style workbench mock-up (lessons
 * 2.1, 2.2; drawn from names only, no real brand UI) and the RFM customer segments (lesson 8.1).
 */
export const structureData = [
  {
    kind: 'structure',
    id: 'cs-department',
    title: '客服部门组织结构图',
    caption: '中等规模网店客服部的一般结构：售前、售中、售后三个业务小组和三个支持岗位向客服主管汇报，虚线框是协作部门。',
    root: {
      id: 'manager',
      name: '客服部',
      note: '客服主管',
      children: [
        { id: 'pre-sale', name: '售前客服组', note: '售前组长', children: [{ id: 'pre-sale-agent', name: '售前客服', note: '含实习生' }] },
        {
          id: 'in-sale',
          name: '售中客服组',
          note: '又称订单组，售中组长',
          children: [{ id: 'in-sale-agent', name: '订单审核客服', note: '兼物流跟踪' }],
        },
        {
          id: 'after-sale',
          name: '售后客服组',
          note: '售后组长',
          children: [{ id: 'after-sale-agent', name: '售后客服', note: '含电话回访客服' }],
        },
        { id: 'qa', name: '质检专员', note: '抽查聊天记录' },
        { id: 'data', name: '数据专员', note: '统计日报、周报' },
        { id: 'training', name: '培训专员', note: '岗前培训、话术库' },
      ],
    },
    partners: [
      { id: 'operations', name: '运营部', note: '活动信息' },
      { id: 'warehouse', name: '仓储物流部', note: '发货与退货' },
      { id: 'finance', name: '财务部', note: '退款' },
    ],
  },
  {
    kind: 'workbench',
    id: 'workbench',
    title: '千牛接待窗口示意图',
    caption: '接待窗口的一般布局（示意图，不是真实界面）：左侧会话列表，中间聊天区，右侧顾客信息区；菜单名称和位置以现行版本为准。',
    regions: [
      {
        id: 'status',
        area: 'top',
        name: '顶部栏',
        use: '切换在线、忙碌、离开、离线状态，进入设置',
        sample: ['暖居优品旗舰店:小悦', '在线'],
      },
      {
        id: 'sessions',
        area: 'left',
        name: '会话列表',
        use: '正在接待和等待回复的顾客、等待时长和未读消息数，先回等待最久的',
        sample: ['顾客 A · 等待 12 秒', '顾客 B · 未读 2', '顾客 C · 已回复'],
      },
      {
        id: 'chat',
        area: 'centre',
        name: '聊天区',
        use: '聊天记录和输入框，输入框上方有表情、图片、快捷短语、发送商品链接等按钮',
        sample: ['顾客：这款电饭煲有几升的？', '客服：亲，在的，很高兴为您服务！', '快捷短语 · 商品链接 · 发送'],
      },
      {
        id: 'customer',
        area: 'right',
        name: '顾客信息区',
        use: '顾客正在看的商品、浏览足迹、历史订单和备注，“先看再答”就看这里',
        sample: ['正在看：3 升电饭煲', '足迹 3 件', '历史订单 1 笔', '备注与插旗'],
      },
    ],
  },
  {
    kind: 'grid',
    id: 'rfm',
    title: 'RFM 客户分类',
    caption: '按最近一次消费（R）、消费频率（F）、消费金额（M）的高低，把客户分成八类，每类用不同的维护策略。',
    measures: [
      { key: 'R', name: '最近一次消费' },
      { key: 'F', name: '消费频率' },
      { key: 'M', name: '消费金额' },
    ],
    segments: [
      { id: 'important-value', trait: '最近买过、买得勤、花得多', name: '重要价值客户', levels: ['高', '高', '高'], action: '重点维护：专属服务、优先体验新品、生日关怀' },
      { id: 'important-develop', trait: '最近买过、金额高，但次数少', name: '重要发展客户', levels: ['高', '低', '高'], action: '提高购买频率：使用关怀、会员权益介绍、关联推荐' },
      { id: 'important-keep', trait: '以前常买、花得多，但最近没来', name: '重要保持客户', levels: ['低', '高', '高'], action: '主动联系：了解原因，用贴心的关怀留住' },
      { id: 'important-retain', trait: '曾经买过高价商品，次数少、很久没来', name: '重要挽留客户', levels: ['低', '低', '高'], action: '重点唤回：回访使用情况，用老客专享优惠吸引回来' },
      { id: 'general-value', trait: '最近常来，但每次买得不多', name: '一般价值客户', levels: ['高', '高', '低'], action: '提高客单价：搭配推荐、满减提醒' },
      { id: 'general-develop', trait: '新客户居多', name: '一般发展客户', levels: ['高', '低', '低'], action: '做好首单体验，引导关注店铺、加入会员' },
      { id: 'general-keep', trait: '以前常买小件，最近没来', name: '一般保持客户', levels: ['低', '高', '低'], action: '低成本关怀：节日问候、积分提醒' },
      { id: 'general-retain', trait: '买得少、花得少、很久没来', name: '一般挽留客户', levels: ['低', '低', '低'], action: '少打扰，配合大促统一触达即可' },
    ],
  },
] as const satisfies readonly DiagramInput[];
