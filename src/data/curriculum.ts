import type { CurriculumInput } from '../schemas/curriculum.ts';

/**
 * 《电子商务客户服务》课程标准 as data (see docs/curriculum.md).
 * Requirement wording follows the standard; IDs are stable — lessons, exercises and saved progress
 * refer to them, so rename none.
 */
export const curriculumData = {
  course: {
    name: '电子商务客户服务',
    audience: '中等职业学校电子商务专业',
    type: '专业方向课',
    positioning: [
      '本课程是中等职业学校电子商务专业的专业方向课程，对学生服务理念的形成和客户服务执行技能的训练与养成起关键作用，是满足学生从业需要的核心课程。',
      '课程实践性很强：学生在实践活动中运用客户服务的理论与技巧，发现、分析并解决问题，理解企业客户服务的重要性，掌握客户服务类岗位所需的基本知识和技能。',
    ],
    prerequisites: ['《沟通技巧》', '《网络广告设计与制作》'],
    designIdea: [
      '围绕中职学校培养技术应用型人才的根本任务和适应社会需要的目标，以技术应用能力为主线设计学生的知识、技能和素质结构。',
      '以应用为主旨构建教学内容，以知识前后的关联和实际的营销工作流程为线索组织教学。',
    ],
    contentSystem: ['网络客服工作岗位介绍', '网络客户服务平台操作应用', '订单处理', '打包发货', '售后服务', '维护客户关系'],
    totalHours: 54,
    semester: '第三学期',
    minutesPerHour: 45,
  },
  objectives: {
    know: [
      '学习网络客服的基础知识和网络客服技巧，掌握网络客服岗位的基本技能，具备网络客服的基本素养',
      '掌握客服的工作流程，做好售前知识储备、流程培训和准备',
      '掌握客服沟通技巧',
      '熟练应用各种客户关系管理工具及方法对客户进行管理和维护',
    ],
    skill: [
      '能够使用网络工具友好地与客户进行沟通',
      '能够在线接待不同的客户',
      '能够处理商品订单打包发送、售后服务工作',
      '能够较好地维护客户关系',
    ],
    attitude: [
      '培养爱岗敬业的精神，树立良好的职业形象',
      '在客户接待等工作中热情、友善地与客户交流',
      '养成顾客至上及诚信的服务宗旨',
    ],
  },
  modules: [
    {
      number: 1,
      title: '走近网络客服工作平台',
      hours: 4,
      summary: '认识客户与客户服务，了解网络客服岗位的地位、作用、工作环境和对个人素质的要求，初步把握企业的商品特性，为整门课程打下基础。',
      know: [
        { id: 'm1.know.role', text: '了解网络客服岗位的地位和作用' },
        { id: 'm1.know.quality', text: '了解客服岗位对个人素质的要求' },
        { id: 'm1.know.environment', text: '认识网络客服的工作环境' },
        { id: 'm1.know.product', text: '掌握常见的商品知识' },
      ],
      skill: [
        { id: 'm1.skill.orgchart', text: '能画出客服部门的一般组织结构图' },
        { id: 'm1.skill.platform', text: '能基本操作网络客服工作平台' },
        { id: 'm1.skill.product', text: '能迅速把握企业的商品特性' },
      ],
      attitude: [
        { id: 'm1.attitude.goals', text: '能为自己设定工作目标' },
        { id: 'm1.attitude.teamwork', text: '具有团队合作的工作意识' },
      ],
    },
    {
      number: 2,
      title: '使用网络工具',
      hours: 8,
      summary: '熟悉即时通信工具、千牛工作台和交易平台后台，用阿里旺旺接待客户，掌握网络安全知识，识别针对卖家和客服的常见骗局。',
      know: [
        { id: 'm2.know.im', text: '认识常见的即时通信工具' },
        { id: 'm2.know.qianniu', text: '熟练千牛工作台的设置与使用' },
        { id: 'm2.know.backend', text: '熟悉操作交易平台后台' },
        { id: 'm2.know.security', text: '掌握网络安全知识，谨防网络骗局' },
      ],
      skill: [
        { id: 'm2.skill.wangwang', text: '能运用阿里旺旺接待客户' },
        { id: 'm2.skill.qianniu', text: '能熟练操作千牛工作平台' },
        { id: 'm2.skill.backend', text: '能通过交易平台后台进行交易、商品等管理' },
        { id: 'm2.skill.scam', text: '能辨别网络骗术，确保交易安全' },
      ],
      attitude: [
        { id: 'm2.attitude.security', text: '培养网络安全风险防范意识' },
        { id: 'm2.attitude.passion', text: '培养热爱专业的感情，树立学好专业的信心' },
      ],
    },
    {
      number: 3,
      title: '提供语音客户服务',
      hours: 8,
      summary: '了解语音客服的工作内容及其与网络客服的区别，掌握呼入、呼出业务流程，练习标准普通话、语调语速和微笑服务，编写话术模板。',
      know: [
        { id: 'm3.know.content', text: '了解语音客服的工作内容' },
        { id: 'm3.know.difference', text: '了解语音客服与网络客服的区别' },
        { id: 'm3.know.process', text: '掌握呼入、呼出业务的工作流程' },
      ],
      skill: [
        { id: 'm3.skill.mandarin', text: '能用标准的普通话应答' },
        { id: 'm3.skill.tone', text: '能在沟通过程中注意自己的语调和语速' },
        { id: 'm3.skill.smile', text: '会微笑服务' },
        { id: 'm3.skill.calls', text: '能灵活处理呼入、呼出业务' },
        { id: 'm3.skill.scripts', text: '会编写不同类型的话术模板' },
      ],
      attitude: [
        { id: 'm3.attitude.service', text: '培养良好的沟通、服务意识' },
        { id: 'm3.attitude.teamwork', text: '具有团队合作的工作意识' },
      ],
    },
    {
      number: 4,
      title: '在线接待客户',
      hours: 8,
      summary: '学会接待客户咨询、设置在线接待常用语、介绍促销活动，辨别客户诉求，掌握处理异议的技巧和方法。',
      know: [
        { id: 'm4.know.promotion', text: '学会介绍促销活动' },
        { id: 'm4.know.inquiry', text: '学会接待客户咨询' },
        { id: 'm4.know.phrases', text: '学会设置在线接待常用语' },
        { id: 'm4.know.objection', text: '掌握处理异议的技巧和方法' },
      ],
      skill: [
        { id: 'm4.skill.needs', text: '能辨别客户的诉求' },
        { id: 'm4.skill.handle', text: '能自主灵活处理客户的诉求' },
      ],
      attitude: [
        { id: 'm4.attitude.passion', text: '激发对客服岗位的热爱' },
        { id: 'm4.attitude.proactive', text: '遇到问题时积极面对、积极寻求解决途径的工作意识' },
      ],
    },
    {
      number: 5,
      title: '订单处理',
      hours: 6,
      summary: '熟悉订单交易流程和售前、售后的订单处理，了解客户购买时的心理变化，学会催付、改价、核对订单，提高询单转化率和客单价。',
      know: [
        { id: 'm5.know.orders', text: '了解商品售前与售后的订单处理' },
        { id: 'm5.know.communication', text: '学习与客户交流的方式和方法' },
        { id: 'm5.know.flow', text: '熟悉订单交易流程' },
      ],
      skill: [
        { id: 'm5.skill.software', text: '能使用软件提高订单交易量' },
        { id: 'm5.skill.psychology', text: '了解客户购买时的心理变化，使用合适的语言与之沟通' },
      ],
      attitude: [{ id: 'm5.attitude.courtesy', text: '真诚礼貌待客' }],
    },
    {
      number: 6,
      title: '打包发货',
      hours: 6,
      summary: '识记常见物流快递公司，按运费表核算运费，选择包装材料，填写和打印运单，跟踪货物运输状态并处理物流异常。',
      know: [
        { id: 'm6.know.carriers', text: '识记常见的物流、快递公司' },
        { id: 'm6.know.freight', text: '了解快递公司运费核算方法' },
        { id: 'm6.know.packaging', text: '认识不同种类的包装材料' },
      ],
      skill: [
        { id: 'm6.skill.freight', text: '能根据快递公司运费表核算运费' },
        { id: 'm6.skill.waybill', text: '能根据客户基本信息填写、打印运单' },
        { id: 'm6.skill.packing', text: '会选择恰当的包装材料进行商品包装' },
        { id: 'm6.skill.tracking', text: '能通过网络及电话等手段跟踪货物运输状态' },
      ],
      attitude: [
        { id: 'm6.attitude.careful', text: '培养认真细致的工作态度' },
        { id: 'm6.attitude.teamwork', text: '具有团队合作的工作意识' },
      ],
    },
    {
      number: 7,
      title: '售后服务',
      hours: 8,
      summary: '了解售后服务流程，规范处理顾客评价，辨别并处理各类纠纷，做好工作交接，制作售后表。',
      know: [
        { id: 'm7.know.process', text: '了解售后服务的工作流程' },
        { id: 'm7.know.reviews', text: '掌握顾客评价的处理规范' },
        { id: 'm7.know.disputes', text: '理解顾客纠纷的各种类型' },
        { id: 'm7.know.resolution', text: '掌握各种纠纷的处理办法' },
        { id: 'm7.know.form', text: '了解售后表的制作' },
      ],
      skill: [
        { id: 'm7.skill.process', text: '会根据售后服务流程处理售后工作' },
        { id: 'm7.skill.reviews', text: '能根据评价处理规范进行顾客的评价管理' },
        { id: 'm7.skill.classify', text: '会对顾客反映的问题辨别纠纷的类型' },
        { id: 'm7.skill.resolve', text: '能根据纠纷的处理办法处理相应的纠纷' },
        { id: 'm7.skill.handover', text: '会进行工作的交接，制作售后表' },
      ],
      attitude: [
        { id: 'm7.attitude.careful', text: '培养认真细致完成售后的工作态度' },
        { id: 'm7.attitude.teamwork', text: '具有团队合作的工作意识' },
      ],
    },
    {
      number: 8,
      title: '维护客户关系',
      hours: 4,
      summary: '理解客户关系管理的工作内容，编制客户档案，设计客户关怀短信，用公众号发布图文，协助策划老顾客二次营销活动。',
      know: [
        { id: 'm8.know.crm', text: '理解客户关系管理的工作内容' },
        { id: 'm8.know.loyal', text: '学习如何维护店铺的老客户关系' },
      ],
      skill: [
        { id: 'm8.skill.profile', text: '能够编制客户档案，提取客户有效信息归档' },
        { id: 'm8.skill.sms', text: '设计客户关怀短信并运用恰当的工具发送短信' },
        { id: 'm8.skill.wechat', text: '熟练使用微信公众号平台发布图文信息' },
        { id: 'm8.skill.campaign', text: '能协助运营部策划老顾客二次营销活动' },
      ],
      attitude: [
        { id: 'm8.attitude.resource', text: '把每一位顾客都当成店铺的重要资源，营造店铺与客户之间的情结' },
        { id: 'm8.attitude.pareto', text: '深切体会 20% 的老顾客能带来店铺 80% 销量的二八原则' },
      ],
    },
    {
      number: 9,
      title: '机动（考核）',
      hours: 2,
      kind: 'assessment',
      summary: '综合考核：模拟实战接待与理论测验，检验全课程的知识与技能，结果计入学期成绩的期末项目。',
    },
  ],
  organisation: [
    '立足学生实际操作能力的培养，采用“情景导入、任务驱动”的教学方式，以工作任务和教产结合激发学习兴趣，增强成就动机。',
    '实践教学是关键：尽可能让学生参与店铺的实际运营，在教学中完成店铺商品的售后服务，教师在必要时给予指导。',
    '每个活动结束时及时评价和展示，增强学生之间的竞争意识。',
    '与企业人员保持联系，及时了解行业动态以及电子商务行业的新知识、新技能和职业道德要求。',
  ],
  resources: [
    '采用“职业导向、项目驱动”的资源开发模式，建设微课、课件及相关教学资料。',
    '运用现代信息技术把资源放到云端，为学生跨时间、跨地点学习创造条件。',
    '融入“教产结合”的人才培养理念，让学生在学习中管理店铺、完成商品销售的售后服务，为就业和创业储备知识与技能。',
  ],
  evaluation: [
    '改革传统评价方式，终结性评价、形成性评价与目标评价相结合，形成综合立体的评价模式。',
    '采用多元评价机制：学习态度占 30%，学习过程占 30%，学习结果（理论考试与实际操作）占 40%。',
    '注重考核学生的动手能力以及在实践中分析问题、解决问题的能力；有创新的学生可单独考核，参加技能大赛的学生可评为优秀或免考。',
  ],
  conditions: [
    '学生需具备一定的店铺运营能力，部分内容需要创设情景，开展情景教学。',
    '教学以实践为主，从学生运营店铺时遇到的客户交流情景中提炼教学案例，使教学更直观，更能激发学习积极性。',
  ],
  textbook: {
    title: '《网络客户服务实务》',
    publisher: '重庆大学出版社',
    note: '该教材依据电子商务岗位的能力与知识需求，以模块化设计培养学生的知识和能力，重视以学生为中心、在动手实践中探索。',
  },
} satisfies CurriculumInput;
