import type { FormInput } from '../../schemas/form.ts';

// Module 1 forms: 表1-1 … 表1-3 and the product card of lesson 1.1, 表1-4 … 表1-8 of lesson 1.2.
// Reference answers follow the lessons' text and their offline materials; facts that change (hotline,
// app name) say to check the official channel.

const haierService: FormInput = {
  id: 'm1.form.haier-service',
  title: '表1-1 海尔集团售后服务',
  lesson: '1.1',
  instructions: '登录海尔官方网站，找到“服务”或“售后服务”栏目，了解海尔为个人用户提供哪些服务，把查询结果填入表中。',
  rowHeader: '项目',
  columns: [{ id: 'result', label: '查询结果', type: 'longtext', hint: '写要点即可；没有网络时，按课文中的替代方案填写' }],
  rows: [
    { id: 'philosophy', label: '海尔集团服务理念', cells: { result: { reference: '真诚到永远' } } },
    { id: 'hotline', label: '咨询帮助热线', cells: { result: { reference: '400-699-9999（以海尔官方渠道现行公布的号码为准）' } } },
    { id: 'services', label: '服务项目', cells: { result: { reference: '送货、安装、维修、清洗保养、延保、以旧换新等（以官网现行栏目为准）' } } },
    { id: 'app', label: 'App名称', cells: { result: { reference: '海尔智家（以官方应用商店现行名称为准）' } } },
    { id: 'self-service', label: '个人用户自助服务', cells: { result: { reference: '在线报装、报修，预约上门时间，查询服务进度，查看产品说明书，登记电子保修卡等' } } },
  ],
  requirements: ['m1.know.role'],
};

const xiaozhi: FormInput = {
  id: 'm1.form.xiaozhi',
  title: '表1-2 “小智”的服务',
  lesson: '1.1',
  instructions: '用手机微信进入“海尔智家”小程序，找到智能客服“小智”，就安装、维修、家电清洗三类问题各提一个问题，记录它的回答。',
  rowHeader: '服务类型',
  columns: [
    { id: 'question', label: '你咨询的问题', type: 'longtext', hint: '可假设家里刚买了冰箱、洗衣机或空调' },
    { id: 'answer', label: '“小智”的回答', type: 'longtext', width: 'wide', hint: '记录回答的要点，不必逐字抄写' },
  ],
  rows: [
    { id: 'install', label: '安装服务', cells: { question: { reference: '我刚买的海尔空调什么时候能上门安装？安装收费吗？' }, answer: { reference: '示例：引导填写地址、选择上门时间预约安装，并说明收费标准以官方公布为准（以实际回答为准）' } } },
    { id: 'repair', label: '维修服务', cells: { question: { reference: '冰箱冷藏室不制冷了，怎样报修？' }, answer: { reference: '示例：先给出简单的自查方法，再引导在线报修、预约维修师傅上门（以实际回答为准）' } } },
    { id: 'cleaning', label: '家电清洗', cells: { question: { reference: '洗衣机用了两年有异味，可以上门清洗吗？' }, answer: { reference: '示例：介绍家电清洗服务的内容，引导预约上门清洗（以实际回答为准）' } } },
  ],
  requirements: ['m1.know.role'],
};

const haierCases: FormInput = {
  id: 'm1.form.haier-cases',
  title: '表1-3 海尔的优秀服务案例',
  lesson: '1.1',
  instructions: '了解海尔的优秀服务案例，选两个填入表中，并从客户服务的角度写出分析：属于哪一类客户服务？体现了什么服务理念？对做网络客服有什么启发？',
  numbered: true,
  columns: [
    { id: 'case', label: '海尔的优秀服务案例', type: 'longtext', hint: '用两三句话说清事情经过' },
    { id: 'analysis', label: '案例分析', type: 'longtext', width: 'wide', hint: '分类、理念、启发三个角度' },
  ],
  rows: [
    {
      id: 'case-1',
      cells: {
        case: { reference: '1985年，张瑞敏带领职工砸掉76台有缺陷的冰箱，树立“有缺陷的产品就是废品”的质量意识。' },
        analysis: { reference: '体现质量是品牌的根、对用户负责的理念；启发：客服对商品信息要实事求是，发现质量问题及时反馈，不能敷衍顾客。' },
      },
    },
    {
      id: 'case-2',
      cells: {
        case: { reference: '维修人员发现四川农民用洗衣机洗地瓜、泥沙堵塞排水管，海尔没有责怪用户，研发出能洗地瓜的洗衣机。' },
        analysis: { reference: '属于售后中的技术性服务，体现以用户为中心、真诚到永远的理念；启发：把顾客的抱怨和特殊需求当作改进机会，及时反馈给产品部门。' },
      },
    },
  ],
  addRows: { max: 3, label: '再添加一个案例' },
  requirements: ['m1.know.role', 'm1.attitude.teamwork'],
};

const productCard: FormInput = {
  id: 'm1.form.product-card',
  title: '商品知识卡 暖居优品5L可视空气炸锅',
  lesson: '1.1',
  instructions: '根据课文中的商品资料，参照电饭煲示例完成商品知识卡。资料里没有写明的内容可以按常识补充，但要标明“待向厂家核实”。',
  rowHeader: '项目',
  columns: [{ id: 'content', label: '内容', type: 'longtext' }],
  rows: [
    { id: 'specs', label: '规格参数', cells: { content: { hint: '容量、功率、电压、温度范围、定时，带上单位', reference: '容量5L；额定功率1400W；电压220V；温度80～200℃可调；定时0～60分钟' } } },
    { id: 'material', label: '材质', cells: { content: { reference: '炸篮为不粘涂层，可拆下清洗；机身材质待向厂家核实' } } },
    { id: 'features', label: '功能卖点', cells: { content: { hint: '和普通款相比多了什么，顾客最关心哪一点', reference: '机身带可视窗口，烹饪中不用拉开炸篮就能看到食物状态；8种预设菜单；温度和时间可调' } } },
    { id: 'usage', label: '使用方法与注意事项', cells: { content: { reference: '首次使用前清洗炸篮；使用时机身周围留出散热空间；不要用金属铲刮炸篮（待向厂家核实）' } } },
    { id: 'care', label: '保养方法', cells: { content: { reference: '待机器冷却后用软布或海绵清洗炸篮，擦净机身（待向厂家核实）' } } },
    { id: 'audience', label: '适用人群', cells: { content: { reference: '3～5人家庭' } } },
    { id: 'accessories', label: '配件与赠品', cells: { content: { reference: '赠送烘焙油纸50张和菜谱一本' } } },
    { id: 'after-sales', label: '售后政策', cells: { content: { reference: '整机保修一年；七天无理由退货以平台现行规则为准' } } },
    { id: 'compare', label: '同类对比', cells: { content: { hint: '和店内其他款比，不贬低别家商品', reference: '店内另有3.5L款，适合1～2人；5L款容量更大，并带可视窗口' } } },
  ],
  requirements: ['m1.know.product', 'm1.skill.product'],
};

const fab: FormInput = {
  id: 'm1.form.fab',
  title: 'FAB介绍语 暖居优品5L可视空气炸锅',
  lesson: '1.1',
  instructions: '用FAB法写出三句介绍语：从商品资料中选一个属性，说明它带来的作用，再说出它给顾客本人带来的好处。',
  columns: [
    { id: 'feature', label: '属性（F）', hint: '材质、参数或功能' },
    { id: 'advantage', label: '作用（A）', type: 'longtext' },
    { id: 'benefit', label: '好处（B）', type: 'longtext', hint: '顾客本人得到的实际利益' },
  ],
  rows: [
    { id: 'fab-1', cells: { feature: { reference: '可视窗口' }, advantage: { reference: '烹饪中不用拉开炸篮就能看到食物状态' }, benefit: { reference: '随时看火候，不怕烤焦，也不用反复开锅让热量跑掉' } } },
    { id: 'fab-2', cells: { feature: { reference: '5L容量' }, advantage: { reference: '一次能做3～5人的分量' }, benefit: { reference: '一家人的菜一锅就够，不用分几次做' } } },
    { id: 'fab-3', cells: { feature: { reference: '8种预设菜单' }, advantage: { reference: '一键选好菜式，自动设定温度和时间' }, benefit: { reference: '新手不用记温度，也能做出好吃的炸鸡翅' } } },
  ],
  addRows: { max: 3 },
  requirements: ['m1.skill.product'],
};

const jobRequirements: FormInput = {
  id: 'm1.form.job-requirements',
  title: '表1-4 电子商务客服岗位要求',
  lesson: '1.2',
  instructions: '在招聘网站上搜索3则“电商客服”招聘信息（没有网络时使用课文中的3则招聘启事），把每家企业的要求整理到表中。',
  numbered: true,
  columns: [
    { id: 'company', label: '企业名称' },
    { id: 'position', label: '招聘岗位', width: 'narrow' },
    { id: 'background', label: '学历与经验要求', type: 'longtext', hint: '照招聘启事写，如“中专及以上，有无经验均可”' },
    { id: 'skills', label: '技能要求', type: 'longtext', hint: '打字速度、软件操作、沟通表达等' },
    { id: 'qualities', label: '素质要求', type: 'longtext', hint: '耐心、责任心、抗压能力、团队合作等' },
  ],
  rows: [
    {
      id: 'job-1',
      cells: {
        company: { reference: '某家居用品天猫旗舰店' },
        position: { reference: '售前客服' },
        background: { reference: '中专及以上学历，应届生可' },
        skills: { reference: '打字60字/分以上；普通话标准，文字表达通顺' },
        qualities: { reference: '能接受早晚轮班和大促加班；有耐心，有团队意识' },
      },
    },
    {
      id: 'job-2',
      cells: {
        company: { reference: '某母婴用品京东店' },
        position: { reference: '售后客服' },
        background: { reference: '中专及以上学历，有半年以上客服经验者优先' },
        skills: { reference: '打字50字/分以上；熟悉京东咚咚或千牛操作者优先' },
        qualities: { reference: '细心，情绪稳定，能承受一定压力' },
      },
    },
    {
      id: 'job-3',
      cells: {
        company: { reference: '某休闲食品电商公司' },
        position: { reference: '客服组长' },
        background: { reference: '两年以上网店客服经验，一年以上带团队经验' },
        skills: { reference: '熟悉淘宝、京东平台规则；会用表格软件统计数据' },
        qualities: { reference: '沟通协调能力强，有责任心' },
      },
    },
  ],
  addRows: { max: 3, label: '再添加一则招聘信息' },
  requirements: ['m1.know.quality'],
};

const knowledgeSkills: FormInput = {
  id: 'm1.form.knowledge-skills',
  title: '表1-5 电子商务客服应具备的知识和技能',
  lesson: '1.2',
  instructions: '结合表1-4和本课所学，每行写一组相互对应的知识和技能，可以从商品、平台规则、物流、沟通话术、软件操作、数据等方面去想。',
  numbered: true,
  columns: [
    { id: 'knowledge', label: '知识', type: 'longtext', hint: '客服要“知道”的内容：商品、平台规则、物流、售后等' },
    { id: 'skill', label: '技能', type: 'longtext', hint: '与左边知识对应、客服要“会做”的事' },
  ],
  rows: [
    { id: 'pair-1', cells: { knowledge: { reference: '商品知识：规格参数、材质、功能卖点、使用和保养方法' }, skill: { reference: '能迅速把握商品特性，用FAB法向顾客介绍商品' } } },
    { id: 'pair-2', cells: { knowledge: { reference: '平台规则：发货时效、七天无理由退货、评价规则、广告用语限制' }, skill: { reference: '能按平台现行规则解答顾客问题，不说违规用语' } } },
    { id: 'pair-3', cells: { knowledge: { reference: '物流知识：常用快递公司、运费、配送时效' }, skill: { reference: '能查询物流信息，处理发货和配送异常' } } },
    { id: 'pair-4', cells: { knowledge: { reference: '沟通话术：礼貌用语、禁用语、议价应对' }, skill: { reference: '能用规范、暖心的话术接待顾客，应对议价' } } },
    { id: 'pair-5', cells: { knowledge: { reference: '软件和数据：千牛、京东咚咚的功能，考核指标的含义' }, skill: { reference: '打字60字/分以上，熟练使用千牛接待，会计算询单转化率' } } },
  ],
  addRows: { max: 5 },
  requirements: ['m1.know.quality'],
};

const duties: FormInput = {
  id: 'm1.form.duties',
  title: '表1-6 淘宝店铺客服工作职责',
  lesson: '1.2',
  instructions: '根据本课“岗位与职责”部分和STEP 1的招聘启事（有网络时也可以搜索相关资料），按岗位写出至少3条具体职责。',
  numbered: true,
  rowHeader: '岗位',
  columns: [{ id: 'duties', label: '工作职责', type: 'longtext', width: 'wide', hint: '至少写3条具体职责' }],
  rows: [
    { id: 'pre-sale', label: '售前客服', cells: { duties: { reference: '解答商品咨询；了解需求，推荐合适的商品；介绍促销活动；引导下单，提醒未付款的客户付款' } } },
    { id: 'in-sale', label: '售中客服', cells: { duties: { reference: '核对订单信息；添加订单备注；处理改地址、改规格等要求；跟踪物流，提醒签收，处理发货异常' } } },
    { id: 'after-sale', label: '售后客服', cells: { duties: { reference: '处理缺件、破损和质量问题；办理退款、退货、换货；处理投诉和中差评；做好回访' } } },
    { id: 'lead', label: '客服组长或主管', cells: { duties: { reference: '带领小组完成指标；排班、考核、培训，带教新人；高峰期调配人手，处理疑难问题；与运营、仓储等部门协调' } } },
    { id: 'qa-data', label: '质检或数据专员', cells: { duties: { reference: '抽查聊天记录，检查回答是否准确、是否使用禁用语；统计客服数据，制作日报、周报，发现异常及时提醒' } } },
  ],
  requirements: ['m1.know.environment'],
};

const superiors = ['公司运营总监', '客服主管', '售前组长', '王丽（资深售后客服）', '运营部', '仓储物流部'];

const orgChart: FormInput = {
  id: 'm1.form.org-chart',
  title: '表1-7 暖居优品客服部岗位与汇报关系',
  lesson: '1.2',
  instructions: '阅读课文中对暖居优品客服部的描述，先在纸上画出组织结构图，再填写每个岗位的人数、直接上级和主要职责。填完检查：人数合计是不是12人？每个人是不是只有一个直接上级？',
  numbered: true,
  rowHeader: '岗位',
  columns: [
    { id: 'headcount', label: '人数', type: 'number', width: 'narrow' },
    { id: 'superior', label: '直接上级', type: 'choice', options: superiors },
    { id: 'duties', label: '主要职责', type: 'longtext', width: 'wide', hint: '写两三项这个岗位每天最主要的工作' },
  ],
  rows: [
    { id: 'manager', label: '客服主管', cells: { headcount: { reference: '1' }, superior: { reference: '公司运营总监' }, duties: { reference: '负责整个客服部：制定制度和目标，排班、考核、培训，与运营部、仓储物流部协调' } } },
    { id: 'pre-sale-lead', label: '售前组长', cells: { headcount: { reference: '1' }, superior: { reference: '客服主管' }, duties: { reference: '带领售前组完成指标，高峰期调配人手，处理疑难问题，带教新人' } } },
    { id: 'pre-sale', label: '售前客服（含实习生）', cells: { headcount: { reference: '3' }, superior: { reference: '售前组长' }, duties: { reference: '接待天猫店和京东店的售前咨询，推荐商品，引导下单和付款' } } },
    { id: 'in-sale', label: '售中客服', cells: { headcount: { reference: '2' }, superior: { reference: '客服主管' }, duties: { reference: '订单审核、添加备注、物流跟踪和异常件处理' } } },
    { id: 'after-sale', label: '售后客服', cells: { headcount: { reference: '4' }, superior: { reference: '客服主管' }, duties: { reference: '办理退款、退货、换货，处理投诉和中差评；王丽同时负责带教新人' } } },
    { id: 'qa-data', label: '质检兼数据专员', cells: { headcount: { reference: '1' }, superior: { reference: '客服主管' }, duties: { reference: '每天抽查聊天记录，制作客服日报' } } },
  ],
  requirements: ['m1.skill.orgchart', 'm1.attitude.teamwork'],
};

const smartGoals: FormInput = {
  id: 'm1.form.smart-goals',
  title: '表1-8 我的实习目标',
  lesson: '1.2',
  instructions: '假设下个月你将到暖居优品跟岗实习，用SMART原则写出三个实习目标：至少一个与打字或商品知识有关，至少一个与考核指标有关。写完与同桌交换，按S、M、A、R、T逐条检查。',
  numbered: true,
  columns: [
    { id: 'goal', label: '我的目标', hint: '具体（S）、相关（R）' },
    { id: 'measure', label: '衡量标准', type: 'longtext', hint: '用数字或标准衡量（M），努力后够得着（A）' },
    { id: 'deadline', label: '完成时间', width: 'narrow', hint: '有时限（T），如：实习第4周周五' },
    { id: 'plan', label: '行动计划', type: 'longtext' },
    { id: 'helper', label: '需要谁的帮助' },
  ],
  rows: [
    { id: 'goal-1', cells: { goal: { reference: '提高打字速度' }, measure: { reference: '70字/分，正确率不低于95%' }, deadline: { reference: '实习第4周周五' }, plan: { reference: '每天午休练打字20分钟，记录成绩' }, helper: { reference: '请组长每周查看一次打字成绩' } } },
    { id: 'goal-2', cells: { goal: { reference: '熟悉主推商品' }, measure: { reference: '店铺20款主推商品的核心参数，抽查正确率不低于90%' }, deadline: { reference: '实习第2周周五' }, plan: { reference: '每天学2款，做知识卡片' }, helper: { reference: '请浩哥抽查商品参数' } } },
    { id: 'goal-3', cells: { goal: { reference: '独立接待客户' }, measure: { reference: '首次响应平均不超过15秒，询单转化率达到12%以上（教学示例）' }, deadline: { reference: '实习第6周周五' }, plan: { reference: '第3周起独立接待，每周复盘一次数据' }, helper: { reference: '浩哥指导接待，质检专员反馈聊天记录中的问题' } } },
  ],
  requirements: ['m1.attitude.goals'],
};

/** Module 1's form exercises, in lesson order. */
export const m1Forms: FormInput[] = [haierService, xiaozhi, haierCases, productCard, fab, jobRequirements, knowledgeSkills, duties, orgChart, smartGoals];
