/** A problem found in the course content, addressed to the author who can fix it. */
export interface Problem {
  /** Repository path of the file to edit. @example 'src/data/curriculum.ts' */
  file: string;
  /** What is wrong, with the numbers found and the numbers expected (Chinese, for course authors). */
  message: string;
}

/** Thrown at build time when content breaks a rule; its message lists every problem. */
export class ContentError extends Error {
  /** Every problem, for tools that list them. */
  readonly problems: Problem[];

  constructor(headline: string, problems: Problem[]) {
    super(`${headline}\n${formatProblems(problems)}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** One line per problem: `file: message`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  - ${p.file}: ${p.message}`).join('\n');
}

/** Throws a ContentError when there are problems. */
export function assertNoProblems(headline: string, problems: Problem[]): void {
  if (problems.length > 0) throw new ContentError(headline, problems);
}

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

/** Reads the value at an issue's path, to tell the author what was actually there. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return '（缺少）';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Turns schema issues into problems that name the field, what was found and what is expected. */
export function issuesToProblems(file: string, data: unknown, issues: readonly IssueLike[]): Problem[] {
  return issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '（整个文件）';
    return { file, message: `字段 ${field}：${issue.message}；实际为 ${show(valueAt(data, issue.path))}` };
  });
}

/** The part of a zod schema `parseEntry` needs. */
interface EntrySchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/**
 * Parses one entry of a data file that holds many; on failure adds its problems, each headed by the
 * entry's name so the author can find it, and returns undefined so the caller goes on to the next.
 */
export function parseEntry<T>(schema: EntrySchema<T>, data: unknown, file: string, name: string, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...issuesToProblems(file, data, result.error.issues).map((p) => ({ ...p, message: `${name} ${p.message}` })));
  return undefined;
}
