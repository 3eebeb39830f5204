import { releaseCode, makeStudentPaper } from '../quiz/exam.ts';
import { multipleRule } from '../quiz/grade.ts';
import { formatPoints } from '../quiz/history.ts';
import type { Question, QuestionType } from '../quiz/types.ts';
import { paperQuestion, type PaperQuestion } from './question.ts';
import type { PaperSettings } from './settings.ts';

/** Question types in the order a Chinese paper prints them, with the section names it uses. */
export const sectionNames: Record<QuestionType, string> = {
  single: '单项选择题',
  multiple: '多项选择题',
  truefalse: '判断题',
  blank: '填空题',
  ordering: '排序题',
  matching: '匹配题',
  short: '简答题',
};
const typeOrder = Object.keys(sectionNames) as QuestionType[];

/** How each section is answered, printed under its heading. */
const instructions: Record<QuestionType, string> = {
  single: '每题只有一个正确答案，请把它的字母填在括号内。',
  multiple: `每题有两个或两个以上正确答案，请把它们的字母都填在括号内。${multipleRule}`,
  truefalse: '正确的在括号内画“√”，错误的画“×”。',
  blank: '请把答案写在横线上。',
  ordering: '请把各项的字母按正确的先后顺序填在方框内。',
  matching: '请把每一项所属类别的字母填在括号内。',
  short: '请结合所学知识，分要点作答。',
};

/** How a teacher marks each section (the same rules the online tests score by). */
const markingRules: Record<QuestionType, string> = {
  single: '答对得分，答错或不答不得分。',
  multiple: multipleRule,
  truefalse: '答对得分，答错或不答不得分。',
  blank: '按空给分：得分 = 题分 × 答对的空数 ÷ 空数；意思相同、用词略有不同的答案可酌情给分。',
  ordering: '按位置给分：得分 = 题分 × 位置正确的项数 ÷ 项数。',
  matching: '按项给分：得分 = 题分 × 分对的项数 ÷ 项数。',
  short: '按评分要点给分：得分 = 题分 × 答到的要点数 ÷ 要点数；意思对即可，不要求字句相同。',
};

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** One section of the paper: all questions of one type. */
export interface PaperSection {
  /** The type all its questions share. */
  type: QuestionType;
  /** @example '一、单项选择题' */
  heading: string;
  /** @example '（共 5 题，每题 1 分，共 5 分）' */
  note: string;
  /** How to answer, for the student. */
  instruction: string;
  /** How to mark, for the teacher copy. */
  marking: string;
  /** Sum of the section's points. */
  points: number;
  /** Whether each question prints its own points (they differ within the section). */
  pointsEach: boolean;
  /** In drawn order, numbered through the paper. */
  questions: PaperQuestion[];
}

/** The header both copies print. */
export interface PaperHeader {
  /** 《课程名》 */
  course: string;
  /** @example '期末考试' or '模块3 提供语音客户服务 单元测验' */
  title: string;
  /** 试卷编号 */
  code: string;
  /** 学号 of a student's own paper; '' for the reference paper. */
  studentNo: string;
  /** Minutes. */
  limit: number;
  /** 总分 */
  total: number;
  /** Number of questions. */
  count: number;
  /** 查看码 (teacher copy only). */
  releaseCode: string;
}

/** A whole paper, ready to render on the page, in print and in Word. */
export interface PaperSheet {
  /** What both copies print at the top. */
  header: PaperHeader;
  /** One per question type present, in the Chinese order. */
  sections: PaperSection[];
}

/** Points as printed. @example pointsText(1.5) === '1.5' */
export const pointsText = (points: number) => formatPoints(points);

/** The questions of a paper, in the order `makeStudentPaper` gives (the online tests draw the same). */
export function paperQuestions(pool: readonly Question[], settings: Pick<PaperSettings, 'count' | 'code' | 'studentNo' | 'limit'>): Question[] {
  const byId = new Map(pool.map((q) => [q.id, q]));
  return makeStudentPaper(pool, settings.count, settings.code, settings.studentNo, settings.limit, 0).ids.map((id) => byId.get(id)!);
}

/**
 * Lays a drawn paper out the way Chinese papers are: questions grouped by type (单项选择题 first,
 * 简答题 last), keeping the drawn order within a type, numbered through the paper, each section with
 * its count and points. Pure: the page, the print and the Word files all render what this returns.
 */
export function paperSheet(questions: readonly Question[], info: { course: string; title: string } & Pick<PaperSettings, 'code' | 'studentNo' | 'limit'>): PaperSheet {
  let number = 0;
  const sections = typeOrder
    .map((type) => questions.filter((q) => q.type === type))
    .filter((group) => group.length > 0)
    .map((group, i): PaperSection => {
      const type = group[0]!.type;
      const points = group.reduce((sum, q) => sum + q.points, 0);
      const each = new Set(group.map((q) => q.points));
      const note = each.size === 1 ? `（共 ${group.length} 题，每题 ${pointsText(group[0]!.points)} 分，共 ${pointsText(points)} 分）` : `（共 ${group.length} 题，共 ${pointsText(points)} 分）`;
      return {
        type,
        heading: `${numerals[i]}、${sectionNames[type]}`,
        note,
        instruction: instructions[type],
        marking: markingRules[type],
        points,
        pointsEach: each.size > 1,
        questions: group.map((q) => paperQuestion(q, ++number, info.code)),
      };
    });
  return {
    header: {
      course: `《${info.course}》`,
      title: info.title,
      code: info.code,
      studentNo: info.studentNo,
      limit: info.limit,
      total: sections.reduce((sum, s) => sum + s.points, 0),
      count: number,
      releaseCode: releaseCode(info.code),
    },
    sections,
  };
}

/** The parts of the line under the title: 试卷编号, 限时, 总分 and the number of questions. */
export function metaParts(header: PaperHeader): string[] {
  return [`试卷编号：${header.code}`, `限时：${header.limit} 分钟`, `总分：${pointsText(header.total)} 分`, `共 ${header.count} 题`];
}

/** The line under the title, as Word prints it. */
export const metaLine = (header: PaperHeader) => metaParts(header).join('　　');

/** What the teacher copy says on every page. */
export function teacherMark(header: PaperHeader): string {
  return `教师用 · 内含答案，请勿发给学生 · 试卷编号 ${header.code}${header.studentNo ? ` · 学号 ${header.studentNo}` : ''} · 查看码 ${header.releaseCode}`;
}

/** The 答案速查 of the teacher copy: each choice and 判断 section's keys on one line. */
export function quickKey(sheet: PaperSheet): { heading: string; keys: string }[] {
  return sheet.sections
    .filter((s) => s.type === 'single' || s.type === 'multiple' || s.type === 'truefalse')
    .map((s) => ({ heading: s.heading, keys: s.questions.map((q) => `${q.number}. ${q.key.answer}`).join('　') }));
}

/** The 注意事项 printed under the student paper's header. */
export function paperNotes(header: PaperHeader): string[] {
  return [
    `本试卷共 ${header.count} 题，满分 ${pointsText(header.total)} 分，限时 ${header.limit} 分钟。`,
    '答题前，请先在试卷和答题卡上写好姓名、班级和学号。',
    '可以直接在试卷上作答；发了答题卡的，请把答案写在答题卡上，以答题卡上的答案为准。',
  ];
}

/** The 得分 table under the header: one column per section and 总分, with their full marks. */
export function scoreTable(sheet: PaperSheet): { heads: string[]; full: string[] } {
  return {
    heads: [...sheet.sections.map((s) => s.heading.split('、')[0]!), '总分'],
    full: [...sheet.sections.map((s) => pointsText(s.points)), pointsText(sheet.header.total)],
  };
}

/** The blanks of the student's details: 姓名, 班级, 学号 (filled on a student's own paper) and 得分. */
export const nameFields = (header: PaperHeader): { label: string; value: string }[] => [
  { label: '姓名', value: '' },
  { label: '班级', value: '' },
  { label: '学号', value: header.studentNo },
  { label: '得分', value: '' },
];

/** One line of a question's key in the teacher copy, e.g. 【答案】B. */
export interface KeyLine {
  /** 答案, 参考答案, 评分要点 or 解析. */
  label: string;
  /** The text after the label. */
  text: string;
  /** 评分要点, one per line. */
  items?: string[];
}

/** What the teacher copy prints after a question: the key (or reference answer and 评分要点) and the explanation. */
export function keyLines(question: PaperQuestion): KeyLine[] {
  const { key } = question;
  const answer = question.type === 'truefalse' ? `${key.answer}（${key.answer === '√' ? '正确' : '错误'}）` : key.answer;
  return [
    ...(key.reference ? [{ label: '参考答案', text: key.reference }] : [{ label: '答案', text: answer }]),
    ...(key.checklist ? [{ label: '评分要点', text: `共 ${key.checklist.length} 条`, items: key.checklist.map((c, i) => `${i + 1}. ${c}`) }] : []),
    { label: '解析', text: key.explanation },
  ];
}
