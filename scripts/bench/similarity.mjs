// Similar work on the class page (src/lib/classbook/similarity.ts): every pair of a class's forms is
// compared, so the time grows with the square of the class. Timed in Node for 200 students × one form:
// a usual class (independent answers, a few copied pairs) and the worst case, where every student
// handed in the same text and every pair is above the threshold.
import { performance } from 'node:perf_hooks';
import { median } from './site.mjs';
import { forms } from '../../src/data/forms/index.ts';
import { formTemplate, formText, similarPairs } from '../../src/lib/classbook/similarity.ts';

/** What opening the similar-work view for one form may cost, in ms (the target of reading a chosen file). */
export const SIMILARITY_TARGET_MS = 1_000;
/** Students in the benchmark class. */
export const CLASS_SIZE = 200;

// Common characters of customer-service writing; words of 2–4 of them stand in for a student's own wording.
const chars = [...'您好非常抱歉给带来不便请提供订单号我们马上核实安排补发办理退货运费由承担预计三天内到账保持电话畅通感谢耐心已为登记售后专员会联系可以选择换货拍照上传物流信息显示包裹签收尺码偏小颜色有色差赠送优惠券客户满意度回复及时语气亲切问题解决方案记录跟进处理结果反馈评价店铺商品质量价格活动规则说明库存发货快递时效地址修改取消申请审核通过退款原路返回'];

/** A fixed pseudo-random sequence from `seed`, so runs compare. */
const random = (seed) => {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) >>> 0) >>> 8;
};

/** A student's cell text: 15–25 words of 2–4 characters, in short clauses. */
function cellText(seed) {
  const next = random(seed);
  const word = () => Array.from({ length: 2 + (next() % 3) }, () => chars[next() % chars.length]).join('');
  return Array.from({ length: 15 + (next() % 11) }, (_, i) => word() + (i % 4 === 3 ? '，' : '')).join('') + '。';
}

/** The form of the benchmark: the module-1 form with the most cells to fill in. */
const form = Object.values(forms).toSorted((a, b) => b.rows.length * b.columns.length - a.rows.length * a.columns.length)[0];

/** `CLASS_SIZE` students' values of `form`; `same` makes every student hand in the same text. */
function classOf(same) {
  return Array.from({ length: CLASS_SIZE }, (_, n) => {
    // Every tenth student copies the one before, with one phrase changed.
    const seedOf = (row, col) => (same ? 1 : (n - (n % 10 === 9 ? 1 : 0)) * 1_000 + row * 10 + col + 1);
    const cells = Object.fromEntries(form.rows.map((row, r) => [row.id, Object.fromEntries(form.columns.map((c, k) => [c.id, cellText(seedOf(r, k)) + (n % 10 === 9 && r === 0 ? '另外补充一句。' : '')]))]));
    return { studentNo: `S${n}`, name: `学生${n}`, text: formText(form, { name: '', className: '', cells, added: [] }) };
  });
}

/** Median ms of three runs, pairs found, and characters per student. */
function time(works) {
  const template = formTemplate(form);
  let result;
  const ms = median(Array.from({ length: 3 }, () => {
    const start = performance.now();
    result = similarPairs(works, template);
    return performance.now() - start;
  }));
  return { ms, pairs: result.length, chars: Math.round(works.reduce((n, w) => n + w.text.length, 0) / works.length) };
}

/** The two timings, each with its label and target. */
export function similaritySpeed() {
  return [
    { label: `${CLASS_SIZE} 名学生 × 一张表格（${form.title}），各自填写，每 10 人中有一对抄改`, ...time(classOf(false)), target: SIMILARITY_TARGET_MS },
    { label: `${CLASS_SIZE} 名学生 × 一张表格，全班内容相同（每一对都超过阈值）`, ...time(classOf(true)), target: SIMILARITY_TARGET_MS },
  ];
}
