// A synthetic course N times larger, in a temporary copy of the project: every lesson is copied under
// new codes (module 1's 1.1 and 1.2 also become 1.3 … 1.8 for N = 4), and the outline and the module
// hours of the copy are rewritten so the build's curriculum checks accept the new lessons unchanged.
// Nothing in the real project is touched, and no check is weakened: the copy's data simply describes a
// 4 × 54 学时 course.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const skipped = new Set(['node_modules', 'dist', '.astro', 'reports', '.git', 'test-results', 'playwright-report']);

/**
 * New codes for the copies of a module's lessons.
 * @param {string[]} codes the module's lesson codes, e.g. ['1.1', '1.2']
 * @param {number} factor how many times larger the course becomes
 * @returns {{ from: string, to: string, copy: number }[]}
 * @example copyCodes(['1.1', '1.2'], 2) → [{from:'1.1',to:'1.3',copy:1},{from:'1.2',to:'1.4',copy:1}]
 */
export function copyCodes(codes, factor) {
  const numbers = codes.map((c) => Number(c.split('.')[1]));
  const module = codes[0]?.split('.')[0];
  const top = Math.max(0, ...numbers);
  const out = [];
  for (let copy = 1; copy < factor; copy += 1) {
    codes.forEach((from, i) => out.push({ from, to: `${module}.${top * copy + numbers[i]}`, copy }));
  }
  return out;
}

/**
 * Rewrites a lesson's front matter for its copy: the new code, and a title that says it is a copy (so
 * search results and lists stay distinguishable).
 * @param {string} source MDX text
 */
export function rewriteLesson(source, from, to, copy) {
  const code = new RegExp(`^code: "${from.replace('.', '\\.')}"$`, 'm');
  if (!code.test(source)) throw new Error(`lesson ${from}: front matter has no code: "${from}"`);
  return source.replace(code, `code: "${to}"`).replace(/^title: (.+)$/m, (_, t) => `title: ${t}（扩展 ${copy}）`);
}

/** Appends outline entries before the closing `];` of src/data/outline.ts. */
export function extendOutline(source, entries) {
  const end = source.lastIndexOf('];');
  if (end < 0) throw new Error('src/data/outline.ts: closing "];" not found');
  const lines = entries.map((e) => `  { code: '${e.code}', module: ${e.module}, hours: ${e.hours}, title: ${JSON.stringify(e.title)} },\n`);
  return source.slice(0, end) + lines.join('') + source.slice(end);
}

/** Multiplies the module hours (6-space indented `hours: n,`) and totalHours of src/data/curriculum.ts. */
export function scaleCurriculum(source, factor) {
  let modules = 0;
  let total = 0;
  const out = source
    .replace(/^( {6}hours: )(\d+),$/gm, (_, head, n) => {
      modules += 1;
      return `${head}${Number(n) * factor},`;
    })
    .replace(/(totalHours: )(\d+)/, (_, head, n) => {
      total += 1;
      return `${head}${Number(n) * factor}`;
    });
  if (modules === 0 || total !== 1) throw new Error('src/data/curriculum.ts: module hours or totalHours not found');
  return out;
}

/**
 * Copies the project at `root` into a fresh temporary folder (node_modules linked, not copied) and
 * makes its course `factor` times larger. Returns the folder and the lesson counts.
 */
export function makeSyntheticCopy(root, factor = 4) {
  const dest = mkdtempSync(path.join(tmpdir(), 'kefu-bench-'));
  cpSync(root, dest, { recursive: true, filter: (src) => !skipped.has(path.basename(src)) || path.dirname(src) !== root });
  symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
  const lessonDir = path.join(dest, 'src/content/lessons');
  const files = readdirSync(lessonDir).filter((f) => /^\d+-\d+\.mdx$/.test(f));
  const byModule = Map.groupBy(files.map((f) => f.replace('.mdx', '').replace('-', '.')), (c) => c.split('.')[0]);
  const outlinePath = path.join(dest, 'src/data/outline.ts');
  const outline = readFileSync(outlinePath, 'utf8');
  const entries = [];
  for (const codes of byModule.values()) {
    for (const { from, to, copy } of copyCodes(codes, factor)) {
      const source = readFileSync(path.join(lessonDir, `${from.replace('.', '-')}.mdx`), 'utf8');
      const hours = Number(/^hours: (\d+)$/m.exec(source)?.[1] ?? 2);
      const title = /^title: (.+)$/m.exec(source)?.[1] ?? from;
      writeFileSync(path.join(lessonDir, `${to.replace('.', '-')}.mdx`), rewriteLesson(source, from, to, copy));
      entries.push({ code: to, module: Number(to.split('.')[0]), hours, title: `${title}（扩展 ${copy}）` });
    }
  }
  writeFileSync(outlinePath, extendOutline(outline, entries));
  const curriculumPath = path.join(dest, 'src/data/curriculum.ts');
  writeFileSync(curriculumPath, scaleCurriculum(readFileSync(curriculumPath, 'utf8'), factor));
  return { dir: dest, lessons: files.length + entries.length, baseLessons: files.length };
}

/** Removes a folder made by makeSyntheticCopy (the node_modules link only, never its target). */
export function removeSyntheticCopy(dir) {
  if (!path.basename(dir).startsWith('kefu-bench-')) throw new Error(`refusing to remove ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}
