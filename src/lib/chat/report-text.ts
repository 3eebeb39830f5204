import { formatSeconds } from './kpis.ts';
import type { ChatReport } from './metrics.ts';
import { DECIDED_BY_LABELS, type ChatVerdict, type Scenario } from './types.ts';

const CORRECTNESS = { correct: '正确', partial: '部分正确', incorrect: '错误' } as const;

/** Who played, for the export's header. */
export interface ReportStudent {
  /** 姓名. */
  name?: string;
  /** 班级. */
  className?: string;
}

/**
 * A reply's verdict: the program's (with the detector that decided), then the teacher's when overridden.
 * @example '〔程序判定：部分正确，1 分：请说明依据；判定依据：要点关键词规则〕〔教师改判：2 分；理由：依据说清楚了〕'
 */
function verdictText(v: ChatVerdict): string {
  const basis = v.decidedBy ? `；判定依据：${DECIDED_BY_LABELS[v.decidedBy]}` : '';
  const feedback = basis ? v.feedback.replace(/[。！!；;，,\s]+$/, '') : v.feedback;
  const program = `〔${v.override ? '程序判定：' : ''}${CORRECTNESS[v.correctness]}，${v.points} 分：${feedback}${basis}〕`;
  return v.override ? `${program}〔教师改判：${v.override.points} 分；理由：${v.override.reason}〕` : program;
}

/** The report as plain text (for copying, a .txt download or a teacher's record); user text stays text. */
export function reportText(scenario: Scenario, report: ChatReport, student: ReportStudent = {}): string {
  const m = report.metrics;
  const lines = [`模拟实战报告：${scenario.title}`];
  if (student.name || student.className) lines.push(`姓名：${student.name ?? ''}　班级：${student.className ?? ''}`);
  lines.push(
    `顾客：${scenario.persona.name}（${scenario.persona.type}）　商品：${scenario.product.name}`,
    `结果：${report.outcome ?? '未结束'}　总分：${report.total} / 100`,
    '',
    '【考核项目】',
    ...report.rubric.map((line) => `${line.label}　${line.points} / ${line.max}　${line.note}`),
    '',
    '【指标】',
    `首次响应时间：${m.firstResponseMs === undefined ? '—' : `${formatSeconds(m.firstResponseMs)} 秒`}`,
    `平均响应时间：${m.averageResponseMs === undefined ? '—' : `${formatSeconds(m.averageResponseMs)} 秒`}`,
    `问答比：${m.questionAnswerRatio === undefined ? '—' : m.questionAnswerRatio.toFixed(2)}（客服 ${m.agentMessages} 条 ÷ 顾客 ${m.customerMessages} 条）`,
    '',
    '【对话记录】',
  );
  for (const turn of report.turns) {
    lines.push(`— ${turn.topic} —`);
    for (const message of turn.messages) {
      if (message.from === 'customer') lines.push(`顾客：${message.text}`);
      else if (message.from === 'agent') lines.push(`客服：${message.text}${message.verdict ? `　${verdictText(message.verdict)}` : ''}`);
      else lines.push(message.text);
    }
    if (turn.model) lines.push(`参考回复：${turn.model}`);
    if (turn.summary) lines.push(`说明：${turn.summary}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
