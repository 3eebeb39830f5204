import type { Question } from './types.ts';

/** One line of a question's answer key in words, for previews and printed keys. */
export function describeKey(question: Question): string {
  const text = (options: { id: string; text: string }[], id: string) => options.find((o) => o.id === id)?.text ?? id;
  switch (question.type) {
    case 'single': return `答案：${text(question.options, question.answer)}`;
    case 'multiple': return `答案：${question.answer.map((a) => text(question.options, a)).join('；')}`;
    case 'truefalse': return `答案：${question.answer ? '正确' : '错误'}`;
    case 'blank': return `答案：${question.blanks.map((b, i) => `第 ${i + 1} 空 ${b.accept.join(' / ')}`).join('；')}`;
    case 'ordering': return `正确顺序：${question.items.map((i) => i.text).join(' → ')}`;
    case 'matching': return question.categories.map((c) => `${c.text}：${question.items.filter((i) => i.category === c.id).map((i) => i.text).join('、')}`).join('；');
    case 'short': return `参考答案：${question.reference}`;
  }
}

/** A question's prompt with blanks shown as underscores. */
export const plainPrompt = (question: Question) => question.prompt.replace(/\{\{[a-z0-9-]+\}\}/g, '______');
