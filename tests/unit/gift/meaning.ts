import type { QuestionInput } from '../../../src/schemas/question.ts';

/**
 * What a learner sees and is graded on, with every ID replaced by the text it points at: two questions
 * with equal meaning differ at most in question, option, item, category and blank IDs.
 */
export function meaning(q: QuestionInput) {
  const common = { type: q.type, prompt: q.prompt, explanation: q.explanation, requirements: q.requirements ?? [] };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const textOf = (id: string) => q.options.find((o) => o.id === id)?.text;
      const answer = q.type === 'single' ? textOf(q.answer) : q.answer.map(textOf).sort();
      return { ...common, options: q.options.map((o) => ({ text: o.text, feedback: o.feedback ?? null })), answer };
    }
    case 'truefalse': return { ...common, answer: q.answer };
    case 'blank': {
      const prompt = q.prompt.replace(/\{\{[a-z0-9-]+\}\}/g, '{{}}');
      return { ...common, prompt, blanks: q.blanks.map((b) => ({ accept: b.accept, numerals: b.numerals ?? false, contains: b.contains ?? false })) };
    }
    case 'matching': {
      const name = (id: string) => q.categories.find((c) => c.id === id)?.text;
      return { ...common, categories: q.categories.map((c) => c.text).sort(), items: q.items.map((i) => ({ text: i.text, category: name(i.category) })) };
    }
    case 'short': return { ...common, reference: q.reference, checklist: q.checklist };
    case 'ordering': return { ...common, items: q.items.map((i) => i.text) };
  }
}
