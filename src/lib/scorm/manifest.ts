import { xmlText } from '../xml-text.ts';

/** One SCO of a package: a module, launched at its own page. */
export interface ScoEntry {
  /** XML ID, unique in the manifest. @example 'm1' */
  id: string;
  /** Title the LMS shows. */
  title: string;
  /** Launch file, relative to the package root. @example 'scorm/m1.html' */
  href: string;
  /** adlcp:masteryscore (0–100); a module without a test has none. */
  mastery?: number;
}

/** A package: its ID, title, SCOs, and every file it holds (relative paths), listed as one shared asset. */
export interface PackageEntry {
  id: string;
  title: string;
  scos: readonly ScoEntry[];
  files: readonly string[];
}

const esc = (text: string) => xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** File paths are URIs in the manifest: each segment percent-encoded where it must be. */
const uri = (path: string) => esc(path.split('/').map(encodeURIComponent).join('/'));

/** imsmanifest.xml of a SCORM 1.2 package (IMS CP 1.1.2 with the ADL SCORM 1.2 extensions). */
export function scormManifest(pkg: PackageEntry): string {
  const items = pkg.scos.map((sco) => [
    `      <item identifier="item-${esc(sco.id)}" identifierref="res-${esc(sco.id)}" isvisible="true">`,
    `        <title>${esc(sco.title)}</title>`,
    ...(sco.mastery === undefined ? [] : [`        <adlcp:masteryscore>${sco.mastery}</adlcp:masteryscore>`]),
    '      </item>',
  ]);
  const resources = pkg.scos.map((sco) => [
    `    <resource identifier="res-${esc(sco.id)}" type="webcontent" adlcp:scormtype="sco" href="${uri(sco.href)}">`,
    `      <file href="${uri(sco.href)}"/>`,
    '      <dependency identifierref="site"/>',
    '    </resource>',
  ]);
  const launchFiles = new Set(pkg.scos.map((s) => s.href));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${esc(pkg.id)}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="org">',
    '    <organization identifier="org">',
    `      <title>${esc(pkg.title)}</title>`,
    ...items.flat(),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...resources.flat(),
    '    <resource identifier="site" type="webcontent" adlcp:scormtype="asset">',
    ...pkg.files.filter((f) => !launchFiles.has(f)).map((f) => `      <file href="${uri(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
