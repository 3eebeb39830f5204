import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { scormManifest, type PackageEntry } from '../../../src/lib/scorm/manifest.ts';

const xsdDir = 'src/scorm/xsd';
const schemas = readdirSync(xsdDir).filter((f) => f.endsWith('.xsd')).map((fileName) => ({ fileName, contents: readFileSync(path.join(xsdDir, fileName), 'utf8') }));

/** Validates a manifest against the ADL SCORM 1.2 schemas (the ADLCP schema imports the IMS CP one). */
async function validate(xml: string) {
  const main = schemas.find((s) => s.fileName === 'adlcp_rootv1p2.xsd')!;
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: xml }], schema: [main], preload: schemas.filter((s) => s !== main) });
  return result.errors.map((e) => e.rawMessage);
}

const course: PackageEntry = {
  id: 'kefu-course',
  title: '电子商务客户服务',
  scos: [
    { id: 'm1', title: '模块1 走近网络客服工作平台', href: 'scorm/m1.html', mastery: 60 },
    { id: 'm9', title: '模块9 机动（考核） & <其他>', href: 'scorm/m9.html' },
  ],
  files: ['scorm/m1.html', 'scorm/m9.html', 'scorm/launch.js', 'index.html', 'lessons/1-1/index.html', '_astro/Quiz.Dh0o8Mq2.js', 'glossary/客服 词.html'],
};

describe('imsmanifest.xml', () => {
  it('is valid SCORM 1.2 (IMS CP 1.1.2 with the ADL extensions)', async () => {
    expect(await validate(scormManifest(course))).toEqual([]);
  });

  it('fails validation when it breaks the schema, so the check above can fail', async () => {
    const broken = scormManifest(course).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await validate(broken)).length).toBeGreaterThan(0);
  });

  it('has one SCO per module with its mastery score, and every file once', () => {
    const xml = scormManifest(course);
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(xml).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    expect(xml.match(/masteryscore/g)).toHaveLength(2);
    expect(xml).toContain('模块9 机动（考核） &amp; &lt;其他&gt;');
    expect(xml).toContain('href="glossary/%E5%AE%A2%E6%9C%8D%20%E8%AF%8D.html"');
    expect(xml.match(/<file href="scorm\/m1.html"\/>/g)).toHaveLength(1);
    expect(xml.match(/<file /g)).toHaveLength(course.files.length);
  });
});
