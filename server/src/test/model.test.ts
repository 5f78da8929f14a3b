import { strict as assert } from 'node:assert';
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { childAt, nodeAt, propertiesOf, type SourceNode } from '../languageService/model';
import { rng, type Random } from './fuzz/mutate';
import { FIXTURES, filesUnder } from './util';
import { readFileSync } from 'node:fs';

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

/** Every path in a tree, and near misses: a key no object has, an index past the end, a negative one, a key on a list. */
function pathsOf(node: SourceNode, at: JSONPath, out: JSONPath[]): JSONPath[] {
  out.push(at, [...at, 'nope'], [...at, 0], [...at, -1], [...at, 99]);
  if (node.type === 'object') {
    for (const p of node.children ?? []) if (p.children?.[1]) pathsOf(p.children[1], [...at, p.children[0].value as string], out);
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((c, i) => pathsOf(c, [...at, i], out));
  }
  return out;
}

describe('model: nodeAt and childAt, the tree lookups of the checks', () => {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**'] }));
  const texts: [string, string][] = filesUnder(FIXTURES, '.json', '.md').map((f) => [f, readFileSync(f, 'utf8')]);
  // Text the tolerant parser reads: repeated keys, a property without a value, a list where an object was.
  const r = rng(5);
  const odd = [
    '{"a": 1, "a": 2, "b": {"c": [1, {"d": 2}]}}',
    '{"a": , "a": 3, "b": [}',
    '{"a": {"a": {"a": []}}, "levels": [1, 2], "x": null}',
    '[{"text": "t", "cites": ["k"]}, {"text": 1}, {}]',
    '{"a"',
  ];
  for (const t of odd) texts.push(['odd.framework.json', t]);

  it("finds exactly the node jsonc-parser's findNodeAtLocation finds, for every path in every fixture and odd text", () => {
    let checked = 0;
    for (const [file, text] of texts) {
      const doc = service.parse(
        TextDocument.create('file:///work/' + file.split('/').pop(), file.endsWith('.md') ? 'markdown' : 'json', 1, text),
      );
      if (!doc.root) continue;
      const paths = pathsOf(doc.root, [], []);
      for (let i = 0; i < 400; i++)
        paths.push(
          Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(r, ['a', 'levels', 'framework', 'text', 'cites', 0, 1, 2, -1])),
        );
      for (const path of paths) {
        assert.equal(nodeAt(doc, path), findNodeAtLocation(doc.root, path), `${file}: ${JSON.stringify(path)}`);
        const parent = nodeAt(doc, path);
        for (const key of ['a', 'text', 'cites', 'levels', 'domain', 'nope']) {
          assert.equal(childAt(parent, key), parent && findNodeAtLocation(parent, [key]), `${file}: ${JSON.stringify(path)} then ${key}`);
        }
        checked++;
      }
    }
    assert.ok(checked > 5000, `${checked} paths`);
  });

  it('lists the property nodes of an object, in order, skipping what is no property; nothing for another node', () => {
    const root = parseTree('{"a": 1, "b": [2], "c": {"d": 3}}')!;
    assert.deepEqual(
      propertiesOf(root).map((p) => p.children![0].value),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(propertiesOf(root.children![1].children![1]), []);
    assert.deepEqual(propertiesOf(undefined), []);
  });
});
