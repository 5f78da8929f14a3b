import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../languageService';
import { anchorsOf, linksOf } from './docsUtil';

const root = path.join(__dirname, '..', '..', '..');
const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];

/** README.md and every Markdown file under docs/, relative to the repository. */
function documents(): string[] {
  const docs = readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

describe('documentation stays true', () => {
  it('the README lists every diagnostic code with its default severity, and no other', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- codes:start -->'), readme.indexOf('<!-- codes:end -->'));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(
      rows.sort(),
      Object.entries(DIAGNOSTIC_CODES)
        .map(([code, info]) => `${code} ${SEVERITY_NAMES[info.severity]}`)
        .sort(),
    );
  });

  it('docs/format.md has one entry per diagnostic code, with its default severity, and no entry for another code', () => {
    const text = readFileSync(path.join(root, 'docs', 'format.md'), 'utf8');
    // An entry is a heading naming the code alone, followed by "Default severity: **…**."
    const entries = [...text.matchAll(/^#{2,6} `([a-z0-9-]+)`\n\nDefault severity: \*\*(\w+)\*\*\./gm)].map((m) => `${m[1]} ${m[2]}`);
    const headings = [...text.matchAll(/^#{2,6} `([a-z0-9-]+)`$/gm)].map((m) => m[1]);
    assert.equal(entries.length, headings.length, 'every code heading is followed by a blank line and "Default severity: **…**."');
    assert.deepEqual(
      entries.sort(),
      Object.entries(DIAGNOSTIC_CODES)
        .map(([code, info]) => `${code} ${SEVERITY_NAMES[info.severity]}`)
        .sort(),
    );
  });

  it('every relative link of the README and docs/ leads to a file of the repository, and its #anchor to a heading there', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const doc of documents()) {
      const text = readFileSync(path.join(root, doc), 'utf8');
      for (const { target, line } of linksOf(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …: not a file of the repository
        checked++;
        const hash = target.indexOf('#');
        const file = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
        const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
        const resolved = file ? path.join(path.dirname(path.join(root, doc)), file) : path.join(root, doc);
        const where = `${doc}:${line} (${target})`;
        if (!resolved.startsWith(root) || !existsSync(resolved)) {
          broken.push(`${where}: no such file`);
          continue;
        }
        if (anchor === undefined) continue;
        if (!statSync(resolved).isFile() || !resolved.endsWith('.md')) broken.push(`${where}: an anchor into a file that is not Markdown`);
        else if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${where}: no heading with the anchor #${anchor}`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > 30, `only ${checked} relative links found: the link reader is broken`);
  });

  it('names no document the repository does not hold (every README.md, SECURITY.md, … it mentions exists)', () => {
    const held = new Set<string>();
    const mentions: { name: string; where: string }[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (['node_modules', '.git', 'dist', 'out', '.code-server', '.vscode-test'].includes(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          held.add(entry.name);
          if (!/\.(ts|mjs|cjs|js|md|json|yml|yaml)$/.test(entry.name) || entry.name === 'package-lock.json') continue;
          const lines = readFileSync(full, 'utf8').split('\n');
          lines.forEach((l, i) => {
            for (const m of l.matchAll(/\b[A-Z][A-Z0-9_-]*\.md\b/g))
              mentions.push({ name: m[0], where: `${path.relative(root, full)}:${i + 1}` });
          });
        }
      }
    };
    walk(root);
    assert.ok(
      mentions.some((m) => m.name === 'SECURITY.md'),
      'the README mentions SECURITY.md: the reader is broken',
    );
    assert.deepEqual(
      mentions.filter((m) => !held.has(m.name)).map((m) => `${m.where}: ${m.name}`),
      [],
    );
  });

  it('reads links and anchors as GitHub does', () => {
    const text = [
      '# The NSX framework file format',
      '## O\\*NET names',
      '#### `json-syntax`',
      '## Statements',
      '## Statements',
      '```markdown',
      '## Not a heading',
      '[not a link](nowhere.md)',
      '```',
      'See [the checks](#checks), ![a picture](images/x.png "title") and `[code](not-a-link.md)`.',
      '[ref]: docs/format.md#the-json-form',
      '<a id="custom-anchor"></a>',
    ].join('\n');
    assert.deepEqual([...anchorsOf(text)].sort(), [
      'custom-anchor',
      'json-syntax',
      'onet-names',
      'statements',
      'statements-1',
      'the-nsx-framework-file-format',
    ]);
    assert.deepEqual(
      linksOf(text).map((l) => `${l.line} ${l.target}`),
      ['10 #checks', '10 images/x.png', '11 docs/format.md#the-json-form'],
    );
  });

  it('package.json declares every setting the server reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const props = Object.keys(pkg.contributes.configuration.properties);
    for (const key of ['enable', 'files', 'severity', 'validationDelay', 'maxFileSize', 'maxItemsComputed'])
      assert.ok(props.includes(`nsxFramework.${key}`), key);
    for (const p of props) assert.ok(pkg.contributes.configuration.properties[p].markdownDescription, `${p} has a markdownDescription`);
  });
});
