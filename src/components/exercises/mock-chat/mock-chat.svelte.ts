import { loadToSimplified, mayBeTraditional } from '../../../lib/answer/index.ts';
// Direct module imports, not the lib/chat barrel: the scoring (metrics.ts) loads only when a chat ends.
import { customerSays, customerScript, deliver, startSession, typingDelay } from '../../../lib/chat/engine.ts';
import { metrics, waitingSince } from '../../../lib/chat/kpis.ts';
import { timeTargets, type RubricOptions } from '../../../lib/chat/time-targets.ts';
import type { ChatReport } from '../../../lib/chat/metrics.ts';
import type { ChatEnv, ChatMessage, ChatSession, Scenario, VerdictOverride } from '../../../lib/chat/types.ts';
import { chatReports, chatStore, emptyChat, recordReport, type ChatMode, type ChatSaved, type ReportSummary } from '../../../stores/chat.ts';
import { bestTyping } from '../../../stores/typing.ts';
import { checkOverride, messageIndex, reviseRecord, topPoints, withOverride, type VerdictReview } from './override.ts';
import { download } from '../shared/download.ts';
import { hasRules, withRules } from './rules.ts';
import { onPageHide } from '../shared/on-page-hide.ts';

const draftDelay = 400;

type Reporting = typeof import('../../../lib/chat/metrics.ts');
let reporting: Promise<Reporting> | undefined;
/** The scoring (量化考核表) loads when a conversation ends, which keeps the widget light to open. */
const loadReporting = () => (reporting ??= import('../../../lib/chat/metrics.ts'));
type Judging = typeof import('../../../lib/chat/judging.ts');
// The judge (guards, rules, meaning detectors) and its facts check stay out of the chat's first
// download: they start loading when a conversation starts or is resumed, and a reply sent before they
// arrive waits for them.
let judging: Promise<Judging> | undefined;
let judgingLoaded: Judging | undefined;
const loadJudging = () =>
  (judging ??= import('../../../lib/chat/judging.ts').then(
    (m) => (judgingLoaded = m),
    (error: unknown) => {
      judging = undefined;
      throw error;
    },
  ));

/** Scenarios whose judge has been warmed up in this page (see `warm`). */
const warmed = new WeakSet<Scenario>();
/**
 * Warms the judge up once per scenario (judging.ts `warmUp`) when the page is next idle after the judge and the
 * rules arrive: the student is reading the customer's first line, and the first 发送 does not wait for it.
 */
function warm(judge: Judging, scenario: Scenario) {
  if (warmed.has(scenario)) return;
  warmed.add(scenario);
  const run = () => {
    try {
      judge.warmUp(scenario);
    } catch {
      // Only a head start: the real reply is judged as usual.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

/** What is kept of a finished conversation for the scenario list and the progress page. */
function summaryOf(session: ChatSession, result: ChatReport, at: number): ReportSummary {
  return {
    at,
    total: result.total,
    ...(result.outcome ? { outcome: result.outcome } : {}),
    replies: result.metrics.agentMessages,
    mode: session.mode,
    rubric: result.rubric.map(({ id, label, points, max }) => ({ id, label, points, max })),
  };
}

/** Version of the 实战报告 file (kind `chat-report` of src/lib/course-file.ts); 1 was headed `format: 'kefu-chat-report'`. */
const reportVersion = 2;

/** State and actions of one mock chat: the conversation, the customer's typing, drafts, saving, report, 教师改判. */
export class MockChatState implements VerdictReview {
  readonly scenario: Scenario;
  #env: ChatEnv = {};
  /** Everything saved for the scenario; replaced as a whole on every change. */
  saved = $state.raw<ChatSaved>(emptyChat());
  /** A clock for the live waiting time, ticking while a conversation runs. */
  now = $state(Date.now());
  /** The Traditional → Simplified table is loading before a reply can be judged. */
  busy = $state(false);
  /** Why a send did not happen, or what an action did (a status line). */
  notice = $state('');
  /** The typing trainer's best speed (字/分), which sets the 时效 targets; undefined before any attempt. */
  typingSpeed = $state<number | undefined>(bestTyping.get()?.speed);

  session = $derived(this.saved.session);
  /** The customer is "typing" lines the agent's last reply earned. */
  typing = $derived(!!this.saved.pending?.texts.length);
  /** start → chatting → ended (once the closing lines are shown). */
  phase = $derived(!this.session ? 'start' : this.session.ended && !this.typing ? 'ended' : 'chatting');
  metrics = $derived(this.session ? metrics(this.session) : undefined);
  /** When the customer message still waiting for a reply appeared. */
  waiting = $derived(this.session && !this.session.ended && !this.typing ? waitingSince(this.session) : undefined);
  /** The scoring module, once loaded (when a conversation has ended). */
  #reporting = $state.raw<Reporting>();
  // Arrow functions: `scenario` is assigned in the constructor, after field initialisers run.
  report = $derived.by(() => (this.phase === 'ended' && this.session && this.#reporting ? this.#reporting.report(this.scenario, this.session, this.#env, this.#options()) : undefined));
  /** The report could not load (offline before it was cached); the conversation itself is saved. */
  reportFailed = $state(false);
  /** This learner's 时效 targets for the questions reached so far. */
  targets = $derived.by(() => (this.session ? timeTargets(this.scenario, this.session, this.#options()) : undefined));
  /** 双人演练: the lines the scenario suggests for the classmate playing the customer. */
  suggestions = $derived.by(() => (this.session?.mode === 'paired' && !this.session.ended ? customerScript(this.scenario, this.session) : []));

  #store;
  #lastWritten: ChatSaved | undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.#store = chatStore(scenario.id);
  }

  /** Loads the saved conversation, resumes the customer's typing, follows other tabs; call from onMount. */
  mount(): () => void {
    const stopTyping = bestTyping.subscribe((best) => (this.typingSpeed = best?.speed));
    const stop = this.#store.subscribe((value) => {
      if (value.session && !value.session.ended) void this.#judging().catch(() => {});
      if (value === this.#lastWritten) return;
      // A draft typed here and not yet saved wins over another tab's.
      this.saved = this.#dirty ? { ...value, draft: this.saved.draft, customerDraft: this.saved.customerDraft } : value;
      this.#schedule();
      this.#record();
    });
    const clock = setInterval(() => (this.now = Date.now()), 1000);
    const stopPageHide = onPageHide(() => this.flush());
    return () => {
      this.flush();
      stop();
      stopTyping();
      clearInterval(clock);
      clearTimeout(this.#typingTimer);
      stopPageHide();
    };
  }

  #write(next: ChatSaved) {
    clearTimeout(this.#draftTimer);
    this.#dirty = false;
    this.saved = next;
    this.#lastWritten = next;
    this.#store.set(next);
  }

  /** Saves the drafts now (after a pause in typing, and when the page is hidden or left). */
  flush() {
    if (this.#dirty) this.#write(this.saved);
  }

  /** The agent's or the customer player's unsent text changed; saved after a short pause. */
  setDraft(field: 'draft' | 'customerDraft', text: string) {
    this.saved = { ...this.saved, [field]: text };
    this.#dirty = true;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.flush(), draftDelay);
  }

  /** Chooses 单人练习 or 双人演练 (before starting). */
  setMode(mode: ChatMode) {
    if (!this.session) this.#write({ ...this.saved, mode });
  }

  /** The judge with this scenario's rules (rules.ts), loading both once. */
  #judging(): Promise<Judging> {
    return Promise.all([loadJudging(), withRules(this.scenario)]).then(([judge]) => {
      warm(judge, this.scenario);
      return judge;
    });
  }

  /** Starts the conversation; in 单人练习 the customer's first lines appear at once. */
  start() {
    this.notice = '';
    void this.#judging().catch(() => {});
    this.#write({ ...this.saved, session: startSession(this.scenario, Date.now(), this.saved.mode), pending: undefined });
  }

  /** Judges and sends the agent's draft; returns whether it was sent. */
  async send(): Promise<boolean> {
    const text = this.saved.draft;
    if (!this.session || this.session.ended || this.busy) return false;
    if (text.trim() === '') return this.#refuse('请先输入回复内容。');
    if (this.typing) return this.#refuse('顾客正在输入，请等对方说完再发送。');
    const needsTable = !this.#env.toSimplified && mayBeTraditional(text);
    let judge = hasRules(this.scenario) ? judgingLoaded : undefined;
    if (needsTable || !judge) {
      this.busy = true;
      const [table, loaded] = await Promise.allSettled([needsTable ? loadToSimplified() : this.#env.toSimplified, judge ?? this.#judging()]);
      this.busy = false;
      // Offline before the converter was cached: judge as typed rather than lose the reply.
      if (table.status === 'fulfilled' && table.value) this.#env = { ...this.#env, toSimplified: table.value };
      if (loaded.status === 'rejected') return this.#refuse('评分程序还没加载（可能已断网）。回复已保留在输入框里，请联网后再点发送。');
      judge = loaded.value;
    }
    this.#env = { ...this.#env, facts: judge.unknownFact };
    const session = this.saved.session!;
    const result = judge.replyTo(this.scenario, session, text, Date.now(), this.#env);
    const lines = session.mode === 'solo' ? result.customerReplies : [];
    this.notice = '';
    this.#write({ ...this.saved, session: result.session, draft: '', pending: lines.length ? { state: result.session.state, texts: lines } : undefined });
    this.#schedule();
    this.#record();
    return true;
  }

  /** 双人演练: the classmate playing the customer sends a line (typed, or a suggestion). */
  customerSend(text = this.saved.customerDraft): boolean {
    if (!this.session || this.session.ended) return false;
    if (text.trim() === '') return this.#refuse('请先输入顾客要说的话，或点选一条建议。');
    this.notice = '';
    this.#write({ ...this.saved, session: customerSays(this.session, text, Date.now()), customerDraft: text === this.saved.customerDraft ? '' : this.saved.customerDraft });
    return true;
  }

  #refuse(why: string) {
    this.notice = why;
    return false;
  }

  /** Shows the next pending customer line after its typing delay, one by one. */
  #schedule() {
    clearTimeout(this.#typingTimer);
    const first = this.saved.pending?.texts[0];
    if (first === undefined) return;
    this.#typingTimer = setTimeout(() => {
      const { pending, session } = this.saved;
      if (!pending || !session) return;
      const [text, ...rest] = pending.texts;
      this.#write({ ...this.saved, session: deliver(session, [text!], Date.now(), pending.state), pending: rest.length ? { ...pending, texts: rest } : undefined });
      this.#schedule();
      this.#record();
    }, typingDelay(first));
  }

  #options(): RubricOptions {
    return this.typingSpeed === undefined ? {} : { typingSpeed: this.typingSpeed };
  }

  /** The scoring module, loaded once. */
  async #scoring(): Promise<Reporting | undefined> {
    try {
      // The scoring reads the rules' top points per state.
      await withRules(this.scenario);
      this.#reporting ??= await loadReporting();
      this.reportFailed = false;
      return this.#reporting;
    } catch {
      reporting = undefined;
      this.reportFailed = true;
      return undefined;
    }
  }

  /** Keeps the best and last report once the conversation is over (a reload does not count it twice). */
  async #record() {
    const { session, pending } = this.saved;
    if (!session?.ended || pending) return;
    const scoring = await this.#scoring();
    if (scoring) recordReport(this.scenario.id, summaryOf(session, scoring.report(this.scenario, session, this.#env, this.#options()), session.ended.at));
  }

  /** Most points the teacher may give a reply in `state` (its best answer group's). */
  topPoints(state: string): number | undefined {
    return hasRules(this.scenario) ? topPoints(this.scenario, state) : undefined;
  }

  /** 教师改判: the teacher's points and reason count instead of the program's; the program's verdict stays. */
  overrideVerdict(message: ChatMessage, points: number, reason: string): string {
    if (!hasRules(this.scenario)) return '评分规则还没加载（可能已断网），请联网后再改判。';
    const top = this.topPoints(message.state);
    if (top === undefined) return '这条回复所在的步骤已不在情景中，无法改判。';
    const checked = checkOverride(points, reason, top, Date.now());
    return 'error' in checked ? checked.error : this.#review(message, checked.override);
  }

  /** 撤销改判: the program's verdict counts again. */
  withdrawOverride(message: ChatMessage): string {
    return this.#review(message, undefined);
  }

  #review(message: ChatMessage, override: VerdictOverride | undefined): string {
    const session = this.saved.session;
    const index = session ? messageIndex(session, message) : -1;
    if (!session || index < 0) return '找不到这条回复（对话可能已在别的标签页清空），请刷新本页后再试。';
    const next = withOverride(session, index, override);
    this.#write({ ...this.saved, session: next });
    // A finished conversation's kept score follows the teacher's verdict.
    const ended = next.ended;
    if (ended && !this.saved.pending) {
      void this.#scoring().then((scoring) => {
        if (scoring) chatReports.set(reviseRecord(chatReports.get(), this.scenario.id, summaryOf(next, scoring.report(this.scenario, next, this.#env, this.#options()), ended.at)));
      });
    }
    return '';
  }

  /** 再练一次: clears the conversation and drafts (the chosen mode stays); only after confirmation. */
  reset() {
    clearTimeout(this.#typingTimer);
    this.notice = '';
    this.#write(emptyChat(this.saved.mode));
  }

  /** Downloads the report (transcript with verdicts, rubric, metrics) as JSON. */
  async exportJson() {
    if (!this.report || !this.session) return;
    // Loaded on use: the chat page carries none of the course-file code until a report is exported.
    const { courseFileHeader, courseFileName } = await import('../../../lib/course-file.ts');
    const data = { ...courseFileHeader('chat-report', reportVersion, new Date()), scenario: { id: this.scenario.id, title: this.scenario.title }, mode: this.session.mode, ...this.report };
    download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), courseFileName(['模拟实战报告', this.scenario.id], new Date(), 'json'));
    this.notice = '已导出 JSON 文件。';
  }
}
