import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateFrameworkText } from '../../../scripts/bench/generate';
import { createLanguageService, type FrameworkDocument } from '../languageService';
import type { SourceNode } from '../languageService/model';
import { accelerate, REFERENCE_ONLY } from '../languageService/accel';
import { compareWithReference } from './accel/harness';
import { ModelCache } from '../modelCache';
import { rng } from './fuzz/mutate';
import { FIXTURES } from './util';

// Typing inside a JSON text value re-parses only that value: the document must be the one a full parse gives (the
// shared harness, accel/harness.ts, compares them; here also every finding and string offset). With
// NSX_REFERENCE_ONLY=1 no model keeps a base to re-parse from, and every edit is parsed in full.

const reparseJson = (textDocument: TextDocument, previous: FrameworkDocument) => accelerate('incrementalJson', { textDocument, previous });

const service = createLanguageService();
const URI = 'file:///work/typing.framework.json';

/** Every node's fields (offsets, lengths, values, colon offsets, children) and parent links, as a full parse builds them. */
function assertSameTree(actual: SourceNode | undefined, expected: SourceNode | undefined, where: string): void {
  if (!actual || !expected) return assert.equal(actual, expected, where);
  const fields = (n: SourceNode) => {
    const { parent, children, ...rest } = n;
    return { ...rest, hasParent: 'parent' in n, parentType: parent?.type, children: children?.length };
  };
  assert.deepStrictEqual(fields(actual), fields(expected), where);
  actual.children?.forEach((child, i) => {
    assert.equal(child.parent, actual, `${where}: the parent link of child ${i}`);
    assertSameTree(child, expected.children![i], `${where}/${i}`);
  });
}

function assertSameDocument(actual: FrameworkDocument, expected: FrameworkDocument, what: string): void {
  assertSameTree(actual.root, expected.root, what);
  assert.deepStrictEqual(actual.value, expected.value, what);
  assert.equal(actual.isFramework, expected.isFramework, what);
  assert.deepStrictEqual(actual.syntaxDiagnostics, expected.syntaxDiagnostics, what);
  assert.deepStrictEqual(service.computeDiagnostics(actual), service.computeDiagnostics(expected), what);
}

/** Value strings (not keys) of a parsed document. */
function valueStrings(doc: FrameworkDocument): SourceNode[] {
  const out: SourceNode[] = [];
  const stack = doc.root ? [doc.root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'string' && !(n.parent?.type === 'property' && n.parent.children?.[0] === n)) out.push(n);
    stack.push(...(n.children ?? []));
  }
  return out;
}

const PLAIN = ['a', 'Z', ' ', '—', ' — ', '.', 'é', '中', '🙂', 'x y', ':', ',', '{', ']', '\u200b', '\u202e'];
const BREAKING = ['"', '\\', '\n', '\t', '\u0001', '\\n', '" , "x'];

describe('re-parsing a JSON edit inside one text value', () => {
  const texts = [
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: f, text: readFileSync(path.join(FIXTURES, f), 'utf8') })),
    { name: 'generated', text: generateFrameworkText({ seed: 5, statements: 120, faultRate: 0.05, citations: 4 }) },
  ];

  it(
    REFERENCE_ONLY
      ? 'keeps no base to re-parse from when the fast paths are switched off'
      : 'gives the document a full parse gives, for insertions, deletions and replacements anywhere in a value',
    () => {
      const r = rng(31);
      let reparsed = 0;
      let tried = 0;
      for (const { name, text } of texts) {
        const first = service.parse(TextDocument.create(URI, 'json', 1, text));
        if (REFERENCE_ONLY) {
          assert.equal(first.reparseBase, undefined, name);
          tried++;
          continue;
        }
        if (!first.reparseBase) continue; // not clean strict JSON: always parsed in full
        const strings = valueStrings(first);
        for (let n = 0; n < 150 && strings.length; n++) {
          const node = strings[Math.floor(r() * strings.length)];
          const inner = node.length - 2;
          const from = node.offset + 1 + Math.floor(r() * (inner + 1));
          const to = Math.min(node.offset + 1 + inner, from + (r() < 0.5 ? 0 : Math.floor(r() * 4)));
          const breaking = r() < 0.15;
          const insert = breaking ? BREAKING[Math.floor(r() * BREAKING.length)] : r() < 0.3 ? '' : PLAIN[Math.floor(r() * PLAIN.length)];
          const td = TextDocument.create(URI, 'json', 1, text);
          TextDocument.update(td, [{ range: { start: td.positionAt(from), end: td.positionAt(to) }, text: insert }], 2);
          const next = td.getText();
          const full = service.parse(TextDocument.create(URI, 'json', 2, next));
          tried++;
          const what = `${name}: ${JSON.stringify(text.slice(from - 15, to + 15))} [${from}, ${to}) → ${JSON.stringify(insert)}`;
          // Each run changes the previous tree in place: each gets a model of its own. Every other one has made its
          // value (the preview, a conversion): the re-parse then changes that value rather than make one anew.
          const madeValue = n % 2 === 1;
          const previous = () => {
            const doc = service.parse(TextDocument.create(URI, 'json', 1, text));
            if (madeValue) assert.ok(doc.value);
            return doc;
          };
          const outcome = compareWithReference('incrementalJson', () => ({ textDocument: td, previous: previous() }), what);
          if (breaking && /["\\\n\t\u0001]/.test(insert)) assert.equal(outcome, 'declined', `${what}: must parse in full`);
          if (outcome === 'declined') continue;
          reparsed++;
          // The harness compared tree, value and syntax findings; here also every finding and a string offset.
          const before = previous();
          const beforeValue = madeValue ? before.value : undefined;
          const quick = reparseJson(td, before)!;
          assertSameDocument(quick, full, what);
          // The previous version's value, if made, is its own still (only the new version's path is a copy).
          if (madeValue) assert.deepStrictEqual(beforeValue, service.parse(TextDocument.create(URI, 'json', 1, text)).value, what);
          const at = Math.floor(r() * (node.length - 1));
          const same = valueStrings(quick).find((s) => s.offset === node.offset)!;
          assert.equal(
            quick.stringOffset(same, at),
            full.stringOffset(
              valueStrings(full).find((s) => s.offset === node.offset)!,
              at,
            ),
            what,
          );
        }
      }
      if (REFERENCE_ONLY) assert.equal(tried, texts.length);
      else assert.ok(tried > 500 && reparsed > tried * 0.6, `${reparsed} of ${tried} edits re-parsed only the value`);
    },
  ).timeout(120_000);

  it('parses in full for an edit in a key, across tokens, or after a version with findings', () => {
    const text = generateFrameworkText({ seed: 6, statements: 20 });
    const td = TextDocument.create(URI, 'json', 1, text);
    const before = service.parse(td);
    const key = text.indexOf('"occupation"') + 3;
    TextDocument.update(td, [{ range: { start: td.positionAt(key), end: td.positionAt(key) }, text: 'x' }], 2);
    assert.equal(reparseJson(td, before), undefined, 'a key');

    const td2 = TextDocument.create(URI, 'json', 1, text);
    const before2 = service.parse(td2);
    const comma = text.indexOf('",\n') + 1;
    TextDocument.update(td2, [{ range: { start: td2.positionAt(comma - 3), end: td2.positionAt(comma + 1) }, text: '' }], 2);
    assert.equal(reparseJson(td2, before2), undefined, 'across tokens');

    const broken = service.parse(TextDocument.create(URI, 'json', 1, text.replace('{', '{ // note\n')));
    assert.equal(broken.reparseBase, undefined, 'a file with a comment keeps no base');
  });

  it('is what the server gets: the model cache hands the previous version to the parse', () => {
    const text = generateFrameworkText({ seed: 7, statements: 30 });
    const seen: (FrameworkDocument | undefined)[] = [];
    const cache = new ModelCache({
      parse: (td) => (seen.push(undefined), service.parse(td)),
      parseNextVersion: (td, previous) => (seen.push(previous), service.parseNextVersion(td, previous)),
    });
    const td = TextDocument.create(URI, 'json', 1, text);
    const first = cache.get(td);
    const at = text.indexOf(' — ') + 1;
    TextDocument.update(td, [{ range: { start: td.positionAt(at), end: td.positionAt(at + 1) }, text: '-' }], 2);
    const second = cache.get(td);
    assert.deepEqual(seen, [undefined, first]);
    assertSameDocument(second, service.parse(TextDocument.create(URI, 'json', 2, td.getText())), 'after the edit');
    assert.ok(service.computeDiagnostics(second).some((d) => d.code === 'statement-separator'));
  });
});
