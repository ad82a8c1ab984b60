import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The README and docs/ link to each other, to the screenshots and to headings of each other's
 * pages: every such link must lead somewhere. Headings are anchored as GitHub anchors them
 * (lowercased, punctuation other than `-` and `_` dropped, CJK kept, each space a `-`, a repeated
 * heading `-1`, `-2`, …).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const MAX_README_LINES = 230;

/** The content of a file, '' for one that is not markdown, undefined for none. */
type Read = (path: string) => string | undefined;

const readFromDisk: Read = (path) => (existsSync(path) ? (path.endsWith('.md') ? readFileSync(path, 'utf8') : '') : undefined);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** The lines of a markdown text outside fenced code blocks. */
function proseLines(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
    } else if (opening !== undefined) {
      fence = opening;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** GitHub's anchor of a heading's text, before duplicates are numbered. */
function slug(heading: string): string {
  const text = heading
    .split(/(`+)(.*?)\1/)
    .map((part, i) => {
      if (i % 3 === 1) return ''; // the backticks of a code span
      if (i % 3 === 2) return part; // its content, as it reads
      return part
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]*>/g, '');
    })
    .join('');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading anchor of a markdown text, repeated headings numbered as GitHub numbers them. */
function anchors(markdown: string): Set<string> {
  const occurrences = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1] ?? '');
    let anchor = base;
    while (occurrences.has(anchor)) {
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      anchor = `${base}-${n}`;
    }
    occurrences.set(anchor, 0);
  }
  return new Set(occurrences.keys());
}

/** The targets of the links and images of a markdown text (not in code), in order. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const prose = line.replace(/(`+).*?\1/g, '');
    for (const m of prose.matchAll(/\]\((?:<([^>]*)>|([^()\s]*))(?:\s+"[^"]*")?\)/g)) targets.push(m[1] ?? m[2]);
    const reference = /^ {0,3}\[[^\]]+\]:\s*(\S+)/.exec(prose);
    if (reference) targets.push(reference[1]);
  }
  return targets;
}

/** What is wrong with the links of `file` (whose text is `markdown`): one line per broken link. */
function brokenLinks(file: string, markdown: string, read: Read): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^(https?|mailto):/i.test(target)) continue;
    const hash = target.indexOf('#');
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const path = pathPart === '' ? file : resolve(dirname(file), pathPart);
    const text = path === file ? markdown : read(path);
    const where = `${relative(ROOT, file)}: (${target})`;
    if (text === undefined) problems.push(`${where} no such file ${relative(ROOT, path)}`);
    else if (anchor !== undefined && !anchors(text).has(anchor)) problems.push(`${where} no heading #${anchor} in ${relative(ROOT, path)}`);
  }
  return problems;
}

describe('the README and docs/', () => {
  const files = [README, ...markdownFiles(join(ROOT, 'docs'))];

  it('link only to files that exist and to headings that exist in them', () => {
    expect(files.length).toBeGreaterThan(1);
    const problems = files.flatMap((file) => brokenLinks(file, readFileSync(file, 'utf8'), readFromDisk));
    expect(problems).toEqual([]);
  });

  it('the README links every page of docs/, and each page links back to the README', () => {
    const linked = new Set(
      linkTargets(readFileSync(README, 'utf8'))
        .map((t) => t.split('#')[0])
        .filter((t) => t.endsWith('.md'))
        .map((t) => resolve(ROOT, decodeURIComponent(t))),
    );
    expect(files.filter((f) => f !== README && !linked.has(f)).map((f) => relative(ROOT, f))).toEqual([]);
    for (const file of files.filter((f) => f !== README)) {
      const text = readFileSync(file, 'utf8');
      expect({ file: relative(ROOT, file), title: /^# \S/.test(text) }).toEqual({ file: relative(ROOT, file), title: true });
      const back = linkTargets(text).some((t) => resolve(dirname(file), decodeURIComponent(t.split('#')[0])) === README);
      expect({ file: relative(ROOT, file), linksBack: back }).toEqual({ file: relative(ROOT, file), linksBack: true });
    }
  });

  it(`the README is at most ${MAX_README_LINES} lines and opens with the commands that run the service and test it`, () => {
    const text = readFileSync(README, 'utf8');
    const lines = text.split('\n');
    if (text.endsWith('\n')) lines.pop();
    expect(lines.length).toBeLessThanOrEqual(MAX_README_LINES);
    // The title, then the first fenced block: nothing comes before the two commands.
    const opening = lines.findIndex((l, i) => i > 0 && l.trim() !== '');
    expect(lines[0]).toMatch(/^# /);
    expect(lines[opening]).toMatch(/^```/);
    const closing = lines.findIndex((l, i) => i > opening && l.startsWith('```'));
    expect(closing).toBeGreaterThan(opening);
    const block = lines.slice(opening + 1, closing);
    expect(block.some((l) => /^npm install && npm run demo(\s|$)/.test(l))).toBe(true);
    expect(block.some((l) => /^npm test(\s|$)/.test(l))).toBe(true);
  });

  it('the check is not vacuous: it reports a missing file, a missing heading and a heading repeated too few times', () => {
    const dir = join(ROOT, 'in-memory');
    const pages = new Map<string, string>([
      [
        join(dir, 'guide.md'),
        [
          '# Guide',
          '',
          '## The procedure: 申报 → 审核 → 公示 → 确认',
          '',
          '## The counter (爱心超市收银): `/kiosk`',
          '',
          '## Notes',
          '',
          '## Notes',
          '',
          '```sh',
          'echo "[not a link](nowhere.md)"',
          '```',
          '',
        ].join('\n'),
      ],
      [join(dir, 'screenshots', 'shot.png'), ''],
    ]);
    const page = [
      '# Index',
      '',
      '[ok](guide.md#the-procedure-申报--审核--公示--确认) [ok](guide.md#the-counter-爱心超市收银-kiosk)',
      '[ok](guide.md#notes) [ok](guide.md#notes-1) [ok](#index) ![ok](screenshots/shot.png) [ok](https://example.org/x.md)',
      '[encoded](guide.md#%E7%9A%84) `[in code](nowhere.md)`',
      '[missing file](nowhere.md) [missing heading](guide.md#no-such-heading) [third notes](guide.md#notes-2)',
      '![missing image](screenshots/none.png) [missing here](#guide)',
      '',
      '```md',
      '[in a fenced block](nowhere.md)',
      '```',
    ].join('\n');
    const problems = brokenLinks(join(dir, 'index.md'), page, (path) => pages.get(path));
    expect(problems).toEqual([
      'in-memory/index.md: (guide.md#%E7%9A%84) no heading #的 in in-memory/guide.md',
      'in-memory/index.md: (nowhere.md) no such file in-memory/nowhere.md',
      'in-memory/index.md: (guide.md#no-such-heading) no heading #no-such-heading in in-memory/guide.md',
      'in-memory/index.md: (guide.md#notes-2) no heading #notes-2 in in-memory/guide.md',
      'in-memory/index.md: (screenshots/none.png) no such file in-memory/screenshots/none.png',
      'in-memory/index.md: (#guide) no heading #guide in in-memory/index.md',
    ]);
  });
});
