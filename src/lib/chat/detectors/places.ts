/**
 * The places the course's scenarios name, by the delivery region of the shops' promise, shared by the facts
 * check (delivery spans, read-back addresses, facts.ts) and the wrong-act checks (whose surcharge a customer
 * pays, wrong-acts.ts).
 */

/** Delivery regions of the shop's promise (江浙沪 / 其他地区 / 偏远地区) and the places the course names. */
export type Region = 'near' | 'other' | 'remote';
export const REGION_NAMES: Record<Region, string> = { near: '江浙沪', other: '其他地区', remote: '偏远地区' };
export const PLACES: Record<string, Region> = {
  江浙沪: 'near', 江苏: 'near', 浙江: 'near', 上海: 'near', 南京: 'near', 苏州: 'near', 无锡: 'near', 常州: 'near', 杭州: 'near',
  宁波: 'near', 义乌: 'near', 温州: 'near', 绍兴: 'near', 嘉兴: 'near', 湖州: 'near', 金华: 'near', 台州: 'near',
  新疆: 'remote', 西藏: 'remote', 伊宁: 'remote', 乌鲁木齐: 'remote', 喀什: 'remote', 拉萨: 'remote', 偏远地区: 'remote', 其他地区: 'other', 其他地方: 'other', 其他城市: 'other', 其他省份: 'other', 其他省: 'other',
  成都: 'other', 四川: 'other', 郑州: 'other', 河南: 'other', 北京: 'other', 天津: 'other', 广州: 'other', 深圳: 'other', 广东: 'other',
  武汉: 'other', 长沙: 'other', 西安: 'other', 重庆: 'other', 合肥: 'other', 济南: 'other', 青岛: 'other', 厦门: 'other', 福州: 'other',
};
/** The cities of PLACES by their province, so a province read back for one of its cities is no error. */
export const PROVINCE_OF_CITY: Record<string, string[]> = {
  江苏: ['南京', '苏州', '无锡', '常州'], 浙江: ['杭州', '宁波', '义乌', '温州', '绍兴', '嘉兴', '湖州', '金华', '台州'], 新疆: ['伊宁', '乌鲁木齐', '喀什'],
  西藏: ['拉萨'], 四川: ['成都'], 河南: ['郑州'], 广东: ['广州', '深圳'],
};
/** Any of PLACES, longest first. */
export const PLACE = new RegExp(Object.keys(PLACES).sort((a, b) => b.length - a.length).join('|'), 'g');
