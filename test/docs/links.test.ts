// Every relative link and image in README.md and docs/*.md must lead somewhere: to a file
// that exists, or to a heading that exists (GitHub's anchor slugs). The screenshots under
// docs/images/ are committed (made by `npm run screenshots`, never by an ordinary test run):
// each image a document shows must exist, and each file in docs/images/ must be shown somewhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const docsDir = join(root, 'docs');
const imagesDir = join(docsDir, 'images');

/** The screenshots `npm run screenshots` writes to docs/images/ for the guide: one per sidebar, and two sheets. */
const SIDEBAR_PAGES = [
  'start',
  'person',
  'recruitment',
  'attendance',
  'expense',
  'timeline',
  'diplomas',
  'report',
  'privacy',
  'settings',
  'help',
];
/** Written by test/browser/diplomas-own.test.ts for the guide's "Dit eget diplom". */
const DIPLOMA_IMAGES = ['diplomas-own', 'diplomas-preview', 'diplomas-done'];
/** Written by test/browser/season-people.test.ts: the confirmation of a status change. */
const SEASON_PEOPLE_IMAGES = ['sidebar-status-confirm'];
const EXPECTED_IMAGES = [
  ...SIDEBAR_PAGES.map((p) => `sidebar-${p}`),
  'sheet-fremmoede',
  'sheet-budget',
  ...DIPLOMA_IMAGES,
  ...SEASON_PEOPLE_IMAGES,
].map((n) => `${n}.png`);

function markdownFiles(): string[] {
  const files = readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docsDir, name));
  const readme = join(root, 'README.md');
  if (existsSync(readme)) files.push(readme);
  return files;
}

/** The text outside fenced code blocks and inline code, where links are real links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to '-', letters kept. */
function slug(heading: string): string {
  const text = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*~]/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function headings(markdown: string): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  const body = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const line of body.split('\n')) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.push({ level: m[1].length, text: m[2] });
  }
  return out;
}

/** Every anchor a file offers: heading slugs (with GitHub's -1, -2 for repeats) and <a id>. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const { text } of headings(markdown)) {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(m[1]);
  return result;
}

interface Link {
  file: string;
  target: string;
  image: boolean;
}

function links(file: string): Link[] {
  const text = withoutCode(readFileSync(file, 'utf8'));
  const found: Link[] = [];
  for (const m of text.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push({ file, target: m[3], image: m[1] === '!' });
  }
  for (const m of text.matchAll(/<img\s[^>]*src="([^"]+)"/g)) found.push({ file, target: m[1], image: true });
  return found;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

const files = markdownFiles();
const allLinks = files.flatMap(links);
const relativeLinks = allLinks.filter((l) => !isExternal(l.target));
const name = (l: Link) => `${relative(root, l.file)} → ${l.target}`;

describe('slug', () => {
  it('follows GitHub: lower case, spaces to dashes, punctuation dropped, Danish letters kept', () => {
    expect(slug('Sæt regnearket op')).toBe('sæt-regnearket-op');
    expect(slug('Fremmøde hver uge')).toBe('fremmøde-hver-uge');
    expect(slug('Hvad «I risiko» betyder: 90 %-reglen')).toBe('hvad-i-risiko-betyder-90--reglen');
    expect(slug('Run `selfTest`')).toBe('run-selftest');
    expect(slug('Scopes (why four)')).toBe('scopes-why-four');
  });
});

describe('documentation links', () => {
  it('finds the documents', () => {
    expect(files.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        'docs/deploy.md',
        'docs/brugervejledning.md',
        'docs/user-guide-en.md',
        'docs/security-and-privacy.md',
      ]),
    );
  });

  it.each(relativeLinks.filter((l) => !l.image).map((l) => [name(l), l] as const))(
    'link %s resolves',
    (_label, link) => {
      const [path, fragment] = splitTarget(link.target);
      const targetFile = path ? resolve(dirname(link.file), decodeURIComponent(path)) : link.file;
      expect(existsSync(targetFile)).toBe(true);
      if (fragment && targetFile.endsWith('.md')) {
        expect([...anchors(readFileSync(targetFile, 'utf8'))]).toContain(decodeURIComponent(fragment));
      }
    },
  );

  it.each(relativeLinks.filter((l) => l.image).map((l) => [name(l), l] as const))(
    'image %s is a committed file',
    (_label, link) => {
      const targetFile = resolve(dirname(link.file), decodeURIComponent(splitTarget(link.target)[0]));
      expect(existsSync(targetFile) && statSync(targetFile).isFile()).toBe(true);
    },
  );

  it('shows every screenshot in docs/images/ somewhere (no stale files)', () => {
    const shown = new Set(
      relativeLinks
        .filter((l) => l.image)
        .map((l) => resolve(dirname(l.file), decodeURIComponent(splitTarget(l.target)[0]))),
    );
    const unused = readdirSync(imagesDir).filter((f) => !shown.has(join(imagesDir, f)));
    expect(unused).toEqual([]);
  });
});

function splitTarget(target: string): [string, string] {
  const hash = target.indexOf('#');
  return hash < 0 ? [target, ''] : [target.slice(0, hash), target.slice(hash + 1)];
}

describe('the coordinator guide', () => {
  const guidePath = join(docsDir, 'brugervejledning.md');
  const guide = readFileSync(guidePath, 'utf8');
  const imageNames = links(guidePath)
    .filter((l) => l.image)
    .map((l) => relative(imagesDir, resolve(docsDir, l.target)));

  /** The links in the list right after the "## Indhold" heading. */
  function tableOfContents(markdown: string, title: string): string[] {
    const start = markdown.indexOf(`## ${title}\n`);
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = markdown.slice(start + title.length + 4);
    const end = rest.search(/^#{1,2}\s/m);
    const block = end < 0 ? rest : rest.slice(0, end);
    return [...block.matchAll(/\]\(#([^)]+)\)/g)].map((m) => decodeURIComponent(m[1]));
  }

  it('has a table of contents that links every ## section', () => {
    const toc = tableOfContents(guide, 'Indhold');
    const sections = headings(guide)
      .filter((h) => h.level === 2 && h.text !== 'Indhold')
      .map((h) => slug(h.text));
    expect(toc).toEqual(sections);
  });

  it('shows a screenshot of every sidebar and of the two sheets', () => {
    expect([...new Set(imageNames)].sort()).toEqual([...EXPECTED_IMAGES].sort());
  });

  it('maps every sidebar to a section in "Hjælp-sektioner"', () => {
    const start = guide.indexOf('## Hjælp-sektioner');
    expect(start).toBeGreaterThanOrEqual(0);
    const rows = [...guide.slice(start).matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*\[[^\]]+\]\(#([^)]+)\)\s*\|/gm)];
    const mapped = new Map(rows.map((m) => [m[1], m[2]]));
    expect([...mapped.keys()].sort()).toEqual([...SIDEBAR_PAGES].sort());
    const known = anchors(guide);
    for (const anchor of mapped.values()) expect(known.has(anchor)).toBe(true);
  });

  it('knows every sidebar the menu opens', () => {
    const menu = readFileSync(join(root, 'src/server/menu.ts'), 'utf8');
    const block = /export const PAGES = \[([\s\S]*?)\]/.exec(menu);
    expect(block).not.toBeNull();
    const pages = [...(block as RegExpExecArray)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect([...pages].sort()).toEqual([...SIDEBAR_PAGES].sort());
  });
});

describe('the English guide', () => {
  it('has a table of contents that links every ## section', () => {
    const guide = readFileSync(join(docsDir, 'user-guide-en.md'), 'utf8');
    const start = guide.indexOf('## Contents\n');
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = guide.slice(start + '## Contents\n'.length);
    const end = rest.search(/^#{1,2}\s/m);
    const toc = [...(end < 0 ? rest : rest.slice(0, end)).matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    const sections = headings(guide)
      .filter((h) => h.level === 2 && h.text !== 'Contents')
      .map((h) => slug(h.text));
    expect(sections.every((s) => toc.includes(s))).toBe(true);
  });
});
