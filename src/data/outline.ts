import type { OutlineEntry } from '../schemas/curriculum.ts';

/**
 * The 27-lesson outline (27 × 2 学时 = 54). A lesson file, once written, must match its entry's
 * module and hours; titles here are shown for lessons not written yet.
 */
export const outlineData: OutlineEntry[] = [
  { code: '1.1', module: 1, hours: 2, title: '初识客户与电子商务客户服务' },
  { code: '1.2', module: 1, hours: 2, title: '客服岗位、素养与金牌客服' },
  { code: '2.1', module: 2, hours: 2, title: '即时通信工具与千牛工作台设置' },
  { code: '2.2', module: 2, hours: 2, title: '用千牛和旺旺接待客户' },
  { code: '2.3', module: 2, hours: 2, title: '交易平台后台的订单与商品管理' },
  { code: '2.4', module: 2, hours: 2, title: '网络安全与防骗' },
  { code: '3.1', module: 3, hours: 2, title: '语音客服的工作内容' },
  { code: '3.2', module: 3, hours: 2, title: '呼入业务流程' },
  { code: '3.3', module: 3, hours: 2, title: '呼出业务流程' },
  { code: '3.4', module: 3, hours: 2, title: '话术模板编写与演练' },
  { code: '4.1', module: 4, hours: 2, title: '接待流程与常用语设置' },
  { code: '4.2', module: 4, hours: 2, title: '识别客户诉求与客户类型' },
  { code: '4.3', module: 4, hours: 2, title: '介绍促销活动与关联推荐' },
  { code: '4.4', module: 4, hours: 2, title: '处理异议' },
  { code: '5.1', module: 5, hours: 2, title: '订单交易流程' },
  { code: '5.2', module: 5, hours: 2, title: '催付、改价与订单核对' },
  { code: '5.3', module: 5, hours: 2, title: '提高询单转化率与客单价' },
  { code: '6.1', module: 6, hours: 2, title: '快递公司与运费核算' },
  { code: '6.2', module: 6, hours: 2, title: '包装材料与填写运单' },
  { code: '6.3', module: 6, hours: 2, title: '物流跟踪与异常处理' },
  { code: '7.1', module: 7, hours: 2, title: '售后服务流程（退款、退货、换货）' },
  { code: '7.2', module: 7, hours: 2, title: '顾客评价管理' },
  { code: '7.3', module: 7, hours: 2, title: '纠纷类型与处理' },
  { code: '7.4', module: 7, hours: 2, title: '工作交接与售后表' },
  { code: '8.1', module: 8, hours: 2, title: '客户档案与客户关系管理' },
  { code: '8.2', module: 8, hours: 2, title: '客户关怀短信、公众号图文与老顾客二次营销' },
  { code: '9.1', module: 9, hours: 2, title: '综合考核：模拟实战与理论测验' },
];
