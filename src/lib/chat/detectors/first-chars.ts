/**
 * The characters a regular expression's match can begin with, read from its source: a class body such as
 * `您你\d给帮`, or undefined when a match may begin with any character or be empty. Lets a long pattern of
 * many alternatives be tried only where one of them can start (`startsWhere`): the engine otherwise tries
 * every alternative at every position of a long reply (docs/budgets.md, the judge's timing rows).
 * Over-approximates: lookarounds and other zero-width parts add nothing and let the next part count too.
 * @example firstChars('(?:您|你)(?:可以)?去|给[^，]{0,4}?送') // '您你给'
 */
export function firstChars(source: string): string | undefined {
  let at = 0;
  const ANY = null;
  type First = { body: string[] | null; empty: boolean };

  // A class body ([...] without the brackets), or null for a negated class.
  const classBody = (): string[] | null => {
    const start = ++at;
    const negated = source[at] === '^';
    while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
    // A hyphen at either edge is a character; beside another class's body it would make a range.
    return negated ? ANY : [source.slice(start, at++).replace(/^-|(?<!\\)-$/g, '\\-')];
  };

  const escape = (): First => {
    const next = source[at + 1]!;
    if (next === 'b' || next === 'B') return (at += 2), { body: [], empty: true };
    // A back-reference may repeat anything.
    if (/[1-9k]/.test(next)) return (at += 2), { body: ANY, empty: true };
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|.)/su.exec(source.slice(at))!;
    at += m[0].length;
    return { body: [m[0]], empty: false };
  };

  const atom = (): First => {
    const ch = source[at]!;
    if (ch === '(') {
      const look = /^\(\?<?[=!]/.exec(source.slice(at));
      const group = /^\((?:\?:|\?<[^>=!]+>)?/.exec(source.slice(at))!;
      at += (look ?? group)[0].length;
      const inner = alternatives();
      at++; // ')'
      return look ? { body: [], empty: true } : inner;
    }
    if (ch === '[') {
      const body = classBody();
      return { body, empty: false };
    }
    if (ch === '\\') return escape();
    at++;
    if (ch === '^' || ch === '$') return { body: [], empty: true };
    if (ch === '.') return { body: ANY, empty: false };
    return { body: [/[\]\\^-]/.test(ch) ? `\\${ch}` : ch], empty: false };
  };

  const term = (): First => {
    const first = atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at));
    if (!quantifier) return first;
    at += quantifier[0].length;
    const optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0';
    return { body: first.body, empty: first.empty || optional };
  };

  const sequence = (): First => {
    let body: string[] | null = [];
    let empty = true;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const next = term();
      // Only what can come first counts; the rest of the sequence is still read to move past it.
      if (empty) {
        body = body === ANY || next.body === ANY ? ANY : [...body, ...next.body];
        empty = next.empty;
      }
    }
    return { body, empty };
  };

  function alternatives(): First {
    let { body, empty } = sequence();
    while (source[at] === '|') {
      at++;
      const next = sequence();
      body = body === ANY || next.body === ANY ? ANY : [...body, ...next.body];
      empty ||= next.empty;
    }
    return { body, empty };
  }

  const { body, empty } = alternatives();
  // Each character, escape or class body once (many alternatives begin alike).
  return body === ANY || empty || body.length === 0 ? undefined : [...new Set(body)].join('');
}

/** Pattern sources from this length on hold enough alternatives for `startsWhere` to pay (measured on the judge's 10,000-character reply). */
export const MANY_ALTERNATIVES = 3000;

/**
 * The pattern behind a lookahead for the characters it can begin with, same flags and groups, or the
 * pattern itself when any character may begin it. Worth it for long patterns of many alternatives only:
 * a short one already skips quickly, and the lookahead would cost more than it saves.
 */
export function startsWhere(pattern: RegExp): RegExp {
  const first = firstChars(pattern.source);
  return first === undefined ? pattern : new RegExp(`(?=[${first}])(?:${pattern.source})`, pattern.flags);
}
