// `npm run package:scorm`: builds the site for an LMS (SCORM=1, under a placeholder base), makes its
// URLs relative, adds a launch page per module, and zips SCORM 1.2 packages into dist-scorm/packages/:
// one per module (kefu-scorm-m<N>.zip) and one for the whole course (kefu-scorm-course.zip).
// `--no-build` reuses dist-scorm/site; `--no-zip` writes only the unzipped folder dist-scorm/package/.
// docs/lms.md explains the design.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { curriculum, outline } from '../src/data/index.ts';
import { bankOf, questionsByIds } from '../src/data/questions/index.ts';
import { lessonQuizzes } from '../src/data/quizzes/index.ts';
import { hashInlineScripts } from '../src/integrations/csp-hashes.ts';
import { examId } from '../src/lib/quiz/exam.ts';
import { scormManifest, type ScoEntry } from '../src/lib/scorm/manifest.ts';
import { packagedPagefind, placeholderBase, relativeHtml, relativeScript } from '../src/lib/scorm/relative.ts';
import type { ScoConfig } from '../src/lib/scorm/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist-scorm');
const site = path.join(out, 'site');
const pkg = path.join(out, 'package');
const zips = path.join(out, 'packages');
const args = new Set(process.argv.slice(2));
/** The pass mark of a module test, percent (the course's 及格 line, src/data/grading.ts). */
const mastery = 60;
const started = Date.now();
const lap = (what: string) => console.log(`${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

if (!args.has('--no-build')) {
  rmSync(site, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SCORM: '1', BASE_PATH: placeholderBase, ASTRO_TELEMETRY_DISABLED: '1' } });
  lap('built the site');
}

// The site with relative URLs.
rmSync(pkg, { recursive: true, force: true });
cpSync(site, pkg, { recursive: true });
const files = (readdirSync(pkg, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => statSync(path.join(pkg, f)).isFile());
for (const file of files) {
  const full = path.join(pkg, file);
  if (file.endsWith('.html')) writeFileSync(full, hashInlineScripts(relativeHtml(readFileSync(full, 'utf8'), file)));
  // Pagefind runs in a worker of its own when it can, with its own copy of the URL code.
  else if (file === 'pagefind/pagefind.js' || file === 'pagefind/pagefind-worker.js') writeFileSync(full, packagedPagefind(readFileSync(full, 'utf8')));
  else if (/\.m?js$/.test(file)) {
    const code = readFileSync(full, 'utf8');
    if (code.includes(placeholderBase)) writeFileSync(full, relativeScript(code));
  } else if (/\.(css|json|webmanifest|txt)$/.test(file) && readFileSync(full, 'utf8').includes(placeholderBase)) {
    throw new Error(`SCORM package: ${file} names the placeholder base; make it relative in scripts/package-scorm.ts.`);
  }
}

// The launch pages and their script.
mkdirSync(path.join(pkg, 'scorm'), { recursive: true });
await build({ entryPoints: [path.join(root, 'src/scorm/launch.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: path.join(pkg, 'scorm/launch.js'), logLevel: 'warning' });
const launchCsp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
const jsonInHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const modules = curriculum.modules.filter((m) => outline.some((l) => l.module === m.number));
const scos: ScoEntry[] = [];
for (const module of modules) {
  const lessons = outline.filter((l) => l.module === module.number).map((l) => l.code);
  const bank = bankOf(module.number);
  const config: ScoConfig = {
    module: module.number,
    title: `模块${module.number} ${module.title}`,
    start: `modules/${module.number}/index.html`,
    lessons,
    quizzes: Object.fromEntries(lessonQuizzes.filter((q) => lessons.includes(q.lesson)).map((q) => [q.id, questionsByIds(q.questions, 'scripts/package-scorm.ts')])),
    ...(bank ? { exam: { id: examId(module.number), pool: bank.questions }, mastery } : {}),
  };
  const href = `scorm/m${module.number}.html`;
  writeFileSync(
    path.join(pkg, href),
    `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${launchCsp}">
<title>${config.title} · ${curriculum.course.name}</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style>
<script type="application/json" id="kefu-sco">${jsonInHtml(config)}</script>
<script src="launch.js" defer></script>
</head>
<body>
<iframe id="kefu-page" title="${config.title}"></iframe>
<noscript><p>本课程需要启用 JavaScript 才能打开。</p></noscript>
</body>
</html>
`,
  );
  scos.push({ id: `m${module.number}`, title: config.title, href, ...(config.mastery === undefined ? {} : { mastery: config.mastery }) });
}
lap(`prepared ${path.relative(root, pkg)}/ (${files.length} files, ${scos.length} launch pages)`);

// One manifest per package; the unzipped folder carries the course's, for a look or a test.
const all = (readdirSync(pkg, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => statSync(path.join(pkg, f)).isFile()).sort();
const xsdDir = path.join(root, 'src/scorm/xsd');
const xsds = readdirSync(xsdDir).filter((f) => f.endsWith('.xsd'));
const course = { id: 'kefu-course', title: curriculum.course.name, scos, files: all };
writeFileSync(path.join(pkg, 'imsmanifest.xml'), scormManifest(course));
for (const x of xsds) cpSync(path.join(xsdDir, x), path.join(pkg, x));

if (!args.has('--no-zip')) {
  rmSync(zips, { recursive: true, force: true });
  mkdirSync(zips, { recursive: true });
  const content: Zippable = {};
  for (const f of [...all, ...xsds]) content[f] = [readFileSync(path.join(pkg, f)), { level: /\.(png|jpe?g|gz|pf_\w+)$/.test(f) ? 0 : 6 }];
  const packages = [course, ...scos.map((sco) => ({ id: `kefu-${sco.id}`, title: `${curriculum.course.name} · ${sco.title}`, scos: [sco], files: all }))];
  for (const p of packages) {
    const name = p.id === 'kefu-course' ? 'kefu-scorm-course.zip' : `kefu-scorm-${p.scos[0]!.id}.zip`;
    const zip = zipSync({ ...content, 'imsmanifest.xml': new TextEncoder().encode(scormManifest(p)) });
    writeFileSync(path.join(zips, name), zip);
    console.log(`  ${name}: ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
  }
  lap(`wrote ${packages.length} packages to ${path.relative(root, zips)}/`);
}
