import type { ImeEvent } from '../../../src/lib/typing/ime.ts';

/**
 * Event sequences as a Chinese pinyin IME produces them in Chromium. The first was logged in Chromium
 * (composition driven through CDP; no OS IME was available); the others follow the same order by
 * hand, with realistic timings: compositionupdate fires before the box changes, then an input event
 * whose value holds the pinyin (isComposing); choosing a candidate gives an update and an input with
 * the character, then compositionend. `value` is the box's value when each event fired. Firefox
 * differs only in firing a plain input after compositionend.
 */
export interface ImeFixture {
  name: string;
  events: ImeEvent[];
  /** Committed text after the last event. */
  committed: string;
  /** Whether a composition is still open at the end. */
  composing: boolean;
  /** When the clock starts (first commit), or undefined if nothing was committed. */
  firstCommitAt: number | undefined;
}

const e = (type: ImeEvent['type'], data: string | null, value: string, t: number): ImeEvent => ({ type, data, value, t });

/** 亲 typed as q → qi → qin, candidate 1 chosen with the space bar. */
const qin: ImeEvent[] = [
  e('compositionstart', '', '', 1000),
  e('compositionupdate', 'q', '', 1000),
  e('input', 'q', 'q', 1001),
  e('compositionupdate', 'qi', 'q', 1180),
  e('input', 'qi', 'qi', 1181),
  e('compositionupdate', 'qin', 'qi', 1350),
  e('input', 'qin', 'qin', 1351),
  e('compositionupdate', '亲', 'qin', 1720),
  e('input', '亲', '亲', 1721),
  e('compositionend', '亲', '亲', 1722),
];

export const imeFixtures: ImeFixture[] = [
  {
    // Logged verbatim from the trainer's text box in Chromium, driven through CDP Input.imeSetComposition
    // ("q", "qi", "qin", later "zai") and Input.insertText; the clock was a paused fake one, hence equal times.
    name: 'recorded in Chromium: 亲 from q/qi/qin, a typed "，", a minute later 在 from zai',
    events: [
      e('compositionstart', '', '', 10310),
      e('compositionupdate', 'q', '', 10310),
      e('input', 'q', 'q', 10310),
      e('compositionupdate', 'qi', 'q', 10310),
      e('input', 'qi', 'qi', 10310),
      e('compositionupdate', 'qin', 'qi', 10310),
      e('input', 'qin', 'qin', 10310),
      e('compositionupdate', '亲', 'qin', 10310),
      e('input', '亲', '亲', 10310),
      e('compositionend', '亲', '亲', 10310),
      e('input', '，', '亲，', 10310),
      e('compositionstart', '', '亲，', 70310),
      e('compositionupdate', 'zai', '亲，', 70310),
      e('input', 'zai', '亲，zai', 70310),
      e('compositionupdate', '在', '亲，zai', 70310),
      e('input', '在', '亲，在', 70310),
      e('compositionend', '在', '亲，在', 70310),
    ],
    committed: '亲，在',
    composing: false,
    firstCommitAt: 10310,
  },
  { name: '亲 via q, qi, qin and a candidate', events: qin, committed: '亲', composing: false, firstCommitAt: 1722 },
  {
    name: 'pinyin still open: nothing is committed, the clock has not started',
    events: qin.slice(0, 7),
    committed: '',
    composing: true,
    firstCommitAt: undefined,
  },
  {
    name: 'full-width comma typed directly (no composition), then 在的 as one word "zaide"',
    events: [
      ...qin,
      e('input', '，', '亲，', 2100),
      e('compositionstart', '', '亲，', 2400),
      e('compositionupdate', 'z', '亲，', 2400),
      e('input', 'z', '亲，z', 2401),
      e('compositionupdate', 'zai', '亲，z', 2550),
      e('input', 'zai', '亲，zai', 2551),
      e('compositionupdate', 'zai de', '亲，zai', 2700),
      e('input', 'zai de', '亲，zai de', 2701),
      e('compositionupdate', '在的', '亲，zai de', 3050),
      e('input', '在的', '亲，在的', 3051),
      e('compositionend', '在的', '亲，在的', 3052),
    ],
    committed: '亲，在的',
    composing: false,
    firstCommitAt: 1722,
  },
  {
    name: 'wrong candidate 琴 chosen, deleted with Backspace, then 亲 chosen',
    events: [
      e('compositionstart', '', '', 500),
      e('compositionupdate', 'q', '', 500),
      e('input', 'q', 'q', 501),
      e('compositionupdate', 'qin', 'q', 700),
      e('input', 'qin', 'qin', 701),
      e('compositionupdate', '琴', 'qin', 900),
      e('input', '琴', '琴', 901),
      e('compositionend', '琴', '琴', 902),
      e('input', null, '', 1300),
      ...qin.map((event) => ({ ...event, t: event.t + 1000 })),
    ],
    committed: '亲',
    composing: false,
    firstCommitAt: 902,
  },
  {
    name: 'Backspace inside the pinyin (qim → qi → qin) is not an edit of the text',
    events: [
      e('compositionstart', '', '亲，', 100),
      e('compositionupdate', 'q', '亲，', 100),
      e('input', 'q', '亲，q', 101),
      e('compositionupdate', 'qim', '亲，q', 200),
      e('input', 'qim', '亲，qim', 201),
      e('compositionupdate', 'qi', '亲，qim', 300),
      e('input', 'qi', '亲，qi', 301),
      e('compositionupdate', 'qin', '亲，qi', 400),
      e('input', 'qin', '亲，qin', 401),
      e('compositionupdate', '亲', '亲，qin', 500),
      e('input', '亲', '亲，亲', 501),
      e('compositionend', '亲', '亲，亲', 502),
    ],
    committed: '亲，亲',
    composing: false,
    firstCommitAt: 502,
  },
  {
    name: 'Firefox order: compositionend, then a plain input with the same value',
    events: [
      e('compositionstart', '', '', 0),
      e('compositionupdate', 'hao', '', 10),
      e('input', 'hao', 'hao', 11),
      e('compositionupdate', '好', 'hao', 200),
      e('compositionend', '好', '好', 201),
      e('input', '好', '好', 202),
    ],
    committed: '好',
    composing: false,
    firstCommitAt: 201,
  },
  {
    name: 'composition cancelled with Esc: the pinyin disappears, nothing is committed',
    events: [
      e('compositionstart', '', '', 0),
      e('compositionupdate', 'nin', '', 10),
      e('input', 'nin', 'nin', 11),
      e('compositionupdate', '', 'nin', 400),
      e('input', null, '', 401),
      e('compositionend', '', '', 402),
    ],
    committed: '',
    composing: false,
    firstCommitAt: undefined,
  },
  {
    name: 'Chinese punctuation through the IME (Windows): ！ committed at compositionend',
    events: [
      e('input', '您', '您', 50),
      e('compositionstart', '', '您', 300),
      e('compositionupdate', '！', '您', 300),
      e('input', '！', '您！', 301),
      e('compositionend', '！', '您！', 302),
    ],
    committed: '您！',
    composing: false,
    firstCommitAt: 50,
  },
];
