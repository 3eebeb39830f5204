/**
 * Common homophone slips (错别字) students make when typing customer-service replies with a pinyin
 * input method: 报歉 for 抱歉, 以经 for 已经, 运费显 for 运费险. The judge reads a reply with them
 * corrected, so a slip costs what a teacher would take off for it (nothing for the content), while
 * the reply shown and saved stays exactly as typed. Each slip has the length of its correction, so
 * positions in the reply stay valid for highlighting; none of them is a word in its own right.
 */
export const TYPOS: Readonly<Record<string, string>> = {
  // apologies and courtesy
  报歉: '抱歉', 抱谦: '抱歉', 抱欠: '抱歉', 包歉: '抱歉', 报谦: '抱歉', 道谦: '道歉', 到歉: '道歉',
  // 的 typed as the playful 滴 (寄个新滴, 好滴)
  新滴: '新的', 好滴: '好的', 是滴: '是的',
  麻繁: '麻烦', 马烦: '麻烦', 谢射: '谢谢', 稍登: '稍等', 理角: '理解', 里解: '理解', 耐新: '耐心', 再吗: '在吗', 您号: '您好', 你号: '你好',
  // service words
  已近: '已经', 以经: '已经', 全限: '权限', 权线: '权限', 申情: '申请', 申清: '申请', 核时: '核实', 合实: '核实', 回副: '回复', 回付: '回复',
  建意: '建议', 见议: '建议', 发措: '发错', 发挫: '发错', 列痕: '裂痕', 烈痕: '裂痕', 登计: '登记', 处里: '处理', 联细: '联系', 截途: '截图', 节图: '截图',
  凭正: '凭证', 照骗: '照片', 核是: '核实', 备住: '备注', 虑茶网: '滤茶网', 玻离: '玻璃', 实再: '实在', 忧品: '优品', 予热: '预热', 郑洲: '郑州', 售謦: '售罄', 售磬: '售罄', 地止: '地址', 却认: '确认', 确人: '确认', 定单号: '订单号', 物留: '物流', 快第: '快递', 签受: '签收', 售候: '售后', 受后: '售后',
  退宽: '退款', 推款: '退款', 退或: '退货', 换或: '换货', 补法: '补发', 保邮: '包邮', 满剪: '满减', 优惠卷: '优惠券', 店铺卷: '店铺券', 这张卷: '这张券', 领卷: '领券', 用卷: '用券',
  // money, guarantees, products
  密风圈: '密封圈', 免废: '免费', 运废: '运费', 承单: '承担', 顺风快递: '顺丰快递', 包油: '包邮', 和实: '核实', 配和: '配合', 倒付: '到付', 登纪: '登记',
  运费显: '运费险', 运费线: '运费险', 理陪: '理赔', 里赔: '理赔', 质包: '质保', 增品: '赠品', 赠频: '赠品', 内担: '内胆', 内但: '内胆',
  不秀钢: '不锈钢', 不绣钢: '不锈钢', 除垢济: '除垢剂', 保正金: '保证金', 炸骗: '诈骗', 诈编: '诈骗', 举抱: '举报', 主官: '主管',
  // variant forms the Traditional converter leaves as they are (擧 for 舉/举, 囬 for 回)
  擧报: '举报', 检擧: '检举', 囬复: '回复', 囬应: '回应',
};

const longest = Math.max(...Object.keys(TYPOS).map((typo) => typo.length));
const shortest = Math.min(...Object.keys(TYPOS).map((typo) => typo.length));
/** First characters of the slips, as character codes: the scan allocates nothing where no slip starts. */
const firsts = new Set(Object.keys(TYPOS).map((typo) => typo.charCodeAt(0)));

/**
 * The reply with common slips corrected; same length as the input. Linear in its length.
 * @example correctTypos('非常报歉，以经帮您申情了') // '非常抱歉，已经帮您申请了'
 */
export function correctTypos(text: string): string {
  let out = '';
  // Text up to here is in `out`; the rest is copied in one piece after the last slip.
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    let hit: string | undefined;
    for (let size = firsts.has(text.charCodeAt(i)) ? Math.min(longest, text.length - i) : 0; size >= shortest && !hit; size--) {
      const right = TYPOS[text.slice(i, i + size)];
      if (right) hit = right;
    }
    if (hit) {
      out += text.slice(copied, i) + hit;
      i += hit.length;
      copied = i;
    } else i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
