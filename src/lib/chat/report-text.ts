import { formatSeconds, type ChatReport } from './metrics.ts';
import type { ChatVerdict, Scenario } from './types.ts';

const CORRECTNESS = { correct: '正确', partial: '部分正确', incorrect: '错误' } as const;

/** Who played, for the export's header. */
export interface ReportStudent {
  /** 姓名. */
  name?: string;
  /** 班级. */
  className?: string;
}

const verdictText = (v: ChatVerdict) => `〔${CORRECTNESS[v.correctness]}，${v.points} 分：${v.feedback}〕`;

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
