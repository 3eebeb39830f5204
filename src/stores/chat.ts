import type { WritableAtom } from 'nanostores';
import * as v from 'valibot';
import type { ChatSession } from '../lib/chat/index.ts';
import { defineArea, defineItemArea } from './area.ts';

const text = v.string();
const time = v.number();

const verdictSchema = v.object({
  groupId: v.string(),
  correctness: v.picklist(['correct', 'partial', 'incorrect']),
  points: v.number(),
  feedback: v.string(),
  misconception: v.optional(v.string()),
  matches: v.array(v.object({ start: v.number(), end: v.number(), term: v.string() })),
  guard: v.optional(v.picklist(['forbidden', 'off-platform', 'over-promise'])),
  decidedBy: v.optional(v.picklist(['forbidden', 'off-platform', 'over-promise', 'facts', 'sentence-form', 'meaning', 'keywords', 'fallback'])),
  override: v.optional(v.object({ points: v.number(), reason: v.string(), at: time })),
});

const messageSchema = v.object({
  from: v.picklist(['customer', 'agent', 'system']),
  text,
  at: time,
  state: v.string(),
  verdict: v.optional(verdictSchema),
});

/** A conversation as the chat engine keeps it (see src/lib/chat). */
export const sessionSchema = v.object({
  scenarioId: v.string(),
  state: v.string(),
  mood: v.number(),
  messages: v.array(messageSchema),
  wrongInState: v.number(),
  startedAt: time,
  // The outcomes of src/schemas/scenario.ts, repeated so that zod stays out of the browser bundle.
  ended: v.optional(v.object({ outcome: v.picklist(['成交', '流失', '投诉', '解决']), at: time })),
  mode: v.picklist(['solo', 'paired']),
});

/** Who plays the customer: the script (单人练习) or a classmate (双人演练). */
export type ChatMode = 'solo' | 'paired';

/** What one scenario saves: the conversation, customer lines not yet shown, and unsent drafts. */
export const chatSavedSchema = v.object({
  /** The conversation; absent before 开始. */
  session: v.optional(sessionSchema),
  /** Customer lines the agent's last reply earned, still "being typed", and the state they belong to. */
  pending: v.optional(v.object({ state: v.string(), texts: v.array(text) })),
  /** The mode chosen on the start screen. */
  mode: v.optional(v.picklist(['solo', 'paired']), 'solo'),
  /** What the agent typed but has not sent. */
  draft: v.optional(text, ''),
  /** What the classmate playing the customer typed but has not sent (双人演练). */
  customerDraft: v.optional(text, ''),
});
export type ChatSaved = Omit<v.InferOutput<typeof chatSavedSchema>, 'session'> & { session?: ChatSession };

/** A scenario with nothing saved. */
export const emptyChat = (mode: ChatMode = 'solo'): ChatSaved => ({ mode, draft: '', customerDraft: '' });

/** Each scenario's conversation (`kefu:v1:chat:<scenario id>`); the copy changed last wins whole. */
export const chatArea = defineItemArea<ChatSaved>({ name: 'chat', label: '模拟实战对话', version: 1, schema: chatSavedSchema, empty: () => emptyChat() });

/** Storage key of one scenario's conversation. @example chatKey('presale-genuine') === 'kefu:v1:chat:presale-genuine' */
export const chatKey = chatArea.keyOf;

/** The saved conversation of one scenario, kept in sync with other tabs. */
export const chatStore = (scenarioId: string): WritableAtom<ChatSaved> => chatArea.store(scenarioId);

/** Longest quick phrase the learner may save. */
export const maxPhraseLength = 200;
/** Most quick phrases the learner may save. */
export const maxPhrases = 60;

const phraseId = /^[\w-]{1,64}$/;

/**
 * The saved quick phrases. A phrase whose ID is odd or repeated (an edited or merged file) gets a new
 * ID instead of breaking the list, so no phrase is lost.
 */
export const quickPhrasesSchema = v.pipe(
  v.array(v.object({ id: v.string(), text: v.pipe(v.string(), v.maxLength(maxPhraseLength)) })),
  v.maxLength(maxPhrases),
  v.transform((list) => {
    const seen = new Set<string>();
    return list.map((phrase, index) => {
      const id = phraseId.test(phrase.id) && !seen.has(phrase.id) ? phrase.id : `own-fixed-${index}`;
      seen.add(id);
      return { ...phrase, id };
    });
  }),
);
/** A quick phrase the learner wrote (我的短语). */
export type OwnPhrase = v.InferOutput<typeof quickPhrasesSchema>[number];

/** The learner's own quick phrases, shared by every scenario; the phrase bank's are shown beside them and never change. */
export const quickPhrasesArea = defineArea<OwnPhrase[]>({
  name: 'quick-phrases',
  label: '我的快捷短语',
  version: 1,
  schema: quickPhrasesSchema,
  empty: () => [],
});
export const quickPhrasesKey = quickPhrasesArea.key;
export const quickPhrases = quickPhrasesArea.store;

const summarySchema = v.object({
  /** When the conversation ended (ms since epoch). */
  at: time,
  /** Rubric total out of 100. */
  total: v.number(),
  outcome: v.optional(v.string()),
  /** Replies the agent sent. */
  replies: v.number(),
  mode: v.picklist(['solo', 'paired']),
  /** Points per rubric criterion. */
  rubric: v.array(v.object({ id: v.string(), label: v.string(), points: v.number(), max: v.number() })),
});
/** What is kept of one finished conversation. */
export type ReportSummary = v.InferOutput<typeof summarySchema>;

/** Shape of the saved chat reports (also checked on import). */
export const chatReportsSchema = v.record(v.string(), v.object({ best: summarySchema, last: summarySchema, count: v.pipe(v.number(), v.integer(), v.minValue(1)) }));
/** Best and last report of each scenario, with how many times it was completed. */
export type ChatReports = v.InferOutput<typeof chatReportsSchema>;

/** Best and last report per scenario, for the scenario list and the progress page; the list's inline script reads the same record. */
export const chatReportsArea = defineArea<ChatReports>({ name: 'chat-reports', label: '模拟实战成绩', version: 1, schema: chatReportsSchema, empty: () => ({}) });
export const chatReportsKey = chatReportsArea.key;
export const chatReports = chatReportsArea.store;

/** Adds a finished conversation: it becomes the last, and the best when its total is higher (ties keep the earlier). */
export function withReport(reports: ChatReports, scenarioId: string, summary: ReportSummary): ChatReports {
  const old = reports[scenarioId];
  const best = old && old.best.total >= summary.total ? old.best : summary;
  return { ...reports, [scenarioId]: { best, last: summary, count: (old?.count ?? 0) + 1 } };
}

/** Records a finished conversation once (a reload of the ended chat does not count it again). */
export function recordReport(scenarioId: string, summary: ReportSummary) {
  const reports = chatReports.get();
  if (reports[scenarioId]?.last.at === summary.at) return;
  chatReports.set(withReport(reports, scenarioId, summary));
}
