import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findings, frameworkText, baseFramework } from './util';
import { pathOf, nodeAt } from '../languageService/model';
import { parse } from './util';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_ITEMS_COMPUTED, MAX_NESTING, MAX_PROBLEMS, findExcessNesting } from '../languageService/limits';
import { DEFAULT_SETTINGS, normalizeSettings } from '../server';

// Hostile sizes, generated in memory. Each test must finish within mocha's timeout and give the user
// either its exact findings or the one notice that says what was skipped and which setting raises the cap.

const FRAMEWORK_URI = 'file:///work/big.framework.json';
const PLAIN_URI = 'file:///work/data.json';

/** A framework whose Emerging level holds `n` statements (the rest of the file is the small valid base). */
function frameworkWithStatements(n: number, statement = (i: number) => `Headline ${i} — body of statement ${i}.`): string {
  const f = baseFramework() as { framework: { levels: { emerging: { statements: string[] } } } };
  f.framework.levels.emerging.statements = Array.from({ length: n }, (_, i) => statement(i));
  return JSON.stringify(f);
}

const fmt = (n: number) => n.toLocaleString('en-US');

describe('hostile sizes', () => {
  describe('a 50 MB file', () => {
    // Minified on one line: 50 MB of statements.
    const statements = '"Headline — body.",'.repeat(2_700_000);
    const text = `{"schemaVersion":"1.0","occupation":{},"framework":{"levels":{"emerging":{"statements":[${statements}"x"]}}}}`;

    it('is declined with one notice naming the setting', () => {
      assert.ok(text.length > 50_000_000);
      assert.deepEqual(findings(text, PLAIN_URI), [
        `1:1-1:2 info file-too-large This file has ${fmt(text.length)} characters, more than nsxFramework.maxFileSize ` +
          `(${fmt(DEFAULT_MAX_FILE_SIZE)}), so it is not checked. Raise nsxFramework.maxFileSize to check it.`,
      ]);
    });

    it('gets nothing when it is not a framework file', () => {
      const other = `{"name":"data","rows":[${statements}"x"]}`;
      assert.deepEqual(findings(other, PLAIN_URI), []);
    });

    it('is recognised as a framework by its name alone', () => {
      const junk = 'x'.repeat(DEFAULT_MAX_FILE_SIZE + 1);
      assert.deepEqual(
        findings(junk, FRAMEWORK_URI).map((f) => f.split(' ').slice(0, 3).join(' ')),
        ['1:1-1:2 info file-too-large'],
      );
    });
  });

  it('maxFileSize is a setting: a small cap declines a normal framework, in JSON and Markdown alike', () => {
    const text = frameworkText();
    assert.deepEqual(findings(text, FRAMEWORK_URI, { maxFileSize: 100 }), [
      `1:1-1:2 info file-too-large This file has ${fmt(text.length)} characters, more than nsxFramework.maxFileSize (100), ` +
        'so it is not checked. Raise nsxFramework.maxFileSize to check it.',
    ]);
    assert.deepEqual(findings(text, FRAMEWORK_URI, { maxFileSize: text.length }), []);
    const markdown = `---\nschemaVersion: "1.0"\n---\n# Title\n${'1. A — b.\n'.repeat(50)}`;
    assert.equal(findings(markdown, 'file:///work/x.framework.md', { maxFileSize: 100 })[0].split(' ')[2], 'file-too-large');
  });

  describe('10,000-deep nesting', () => {
    const deep = (open: string, close: string) => open.repeat(10_000) + '1' + close.repeat(10_000);
    const notice = (at: string) =>
      `${at} info nesting-too-deep Values are nested more than ${MAX_NESTING} levels deep here (a framework file nests at most 7), so the file is not checked.`;

    it('of lists: one notice at the bracket that goes too deep, no stack overflow', () => {
      const text = `{"schemaVersion":"1.0","framework":${deep('[', ']')}}`;
      const at = text.indexOf('[') + MAX_NESTING - 1; // the root object is level 1
      assert.deepEqual(findings(text, PLAIN_URI), [notice(`1:${at + 1}-1:${at + 2}`)]);
    });

    it('of objects, and unclosed', () => {
      const objects = `{"schemaVersion":"1.0","occupation":${deep('{"a":', '}')}}`;
      assert.equal(findings(objects, PLAIN_URI).length, 1);
      const unclosed = `{"schemaVersion":"1.0","framework":${'['.repeat(10_000)}`;
      assert.match(findings(unclosed, PLAIN_URI)[0], /nesting-too-deep/);
    });

    it('brackets inside strings and comments do not count', () => {
      const text = frameworkText({ framework: { description: '['.repeat(10_000) } });
      assert.equal(findExcessNesting(text), -1);
      assert.equal(findExcessNesting(`/* ${'{'.repeat(1000)} */ // ${'['.repeat(1000)}\n[]`), -1);
      assert.deepEqual(findings(text, FRAMEWORK_URI), []);
    });

    it('in a file that is not a framework: nothing', () => {
      assert.deepEqual(findings(deep('[', ']'), PLAIN_URI), []);
    });

    it('just within the limit is checked in full, and paths of the deepest values are found', () => {
      const depth = MAX_NESTING - 1; // plus the root object
      const text = frameworkText().replace(/\}\s*$/, `,"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      assert.deepEqual(
        findings(text, FRAMEWORK_URI).map((f) => f.split(' ').slice(1, 3).join(' ')),
        ['warning unknown-key'],
      );
      const doc = parse(text);
      let node = nodeAt(doc, ['extra'])!;
      while (node.children?.length) node = node.children[0];
      assert.equal(pathOf(node).length, depth);
    });
  });

  describe('a 1 MB single line', () => {
    it('one 1 MB statement: its exact findings', () => {
      const f = baseFramework() as { framework: { levels: { emerging: { statements: string[] } } } };
      f.framework.levels.emerging.statements[0] = 'A'.repeat(1_000_000);
      const text = JSON.stringify(f);
      const at = text.indexOf('"AAA') + 1;
      assert.deepEqual(findings(text, FRAMEWORK_URI), [
        `1:${at}-1:${at + 1_000_002} warning statement-missing-separator This statement has no " — " (space, em dash, space) between a headline and a body`,
        `1:${at + 1_000_000}-1:${at + 1_000_001} warning statement-final-period A level statement ends with a period`,
      ]);
    });

    it('a minified 1 MB framework of 12,000 statements: no findings', () => {
      const text = frameworkWithStatements(12_000);
      assert.ok(text.length > 450_000 && !text.includes('\n'));
      assert.deepEqual(findings(text, FRAMEWORK_URI), []);
    });

    it('1 MB of commas: the first 1,000 syntax errors, the last saying how many more', () => {
      const text = `[${','.repeat(1_000_000)}]`;
      const out = findings(text, FRAMEWORK_URI).filter((f) => f.includes(' json-syntax '));
      assert.equal(out.length, 1000);
      assert.equal(
        out[998],
        '1:1000-1:1001 error json-syntax Expected a value (text in double quotes, a number, true, false, null, an object or a list)',
      );
      assert.match(
        out[999],
        /^1:1001-1:1002 error json-syntax Expected a value .* \(999,000 more syntax errors after this one are not shown\)$/,
      );
    });
  });

  describe('100,000 statements', () => {
    it('are beyond maxItemsComputed: the syntax is checked and one notice says what was skipped', () => {
      const text = '/* generated */' + frameworkWithStatements(100_000, (i) => `Headline ${i} - body`);
      const out = findings(text, FRAMEWORK_URI);
      assert.equal(out.length, 2);
      assert.match(
        out[0],
        new RegExp(
          `^1:1-1:2 info file-too-large This file holds 100,\\d{3} values, more than nsxFramework.maxItemsComputed \\(${fmt(DEFAULT_MAX_ITEMS_COMPUTED)}\\), ` +
            'so only its JSON syntax is checked: no schema, statement or reference checks. Raise nsxFramework.maxItemsComputed to check everything.$',
        ),
      );
      assert.equal(out[1], '1:1-1:16 error json-comment Comments are not allowed in JSON');
    });

    it('maxItemsComputed is a setting: raised, every statement is checked', () => {
      const text = frameworkWithStatements(2_000, (i) => `Headline ${i} - body.`);
      assert.match(findings(text, FRAMEWORK_URI, { maxItemsComputed: 1_000 }).join('\n'), /^[^\n]*file-too-large[^\n]*$/);
      const all = findings(text, FRAMEWORK_URI, { maxItemsComputed: 10_000 });
      assert.equal(all.length, 2_000);
      assert.ok(all.every((f) => f.includes('statement-separator')));
    });
  });

  /** The notice that heads a list of 6,000 problems cut to 5,000. */
  const CAP_NOTICE =
    '1:1-1:2 info too-many-problems This file has 6,000 problems; only 5,000 are listed: every error, then the first others in the file. ' +
    'Fix those (or turn codes off in nsxFramework.severity) to see the rest.';

  it('more than 5,000 problems: the first 5,000 in document order and a notice of the total', () => {
    const text = frameworkWithStatements(3_000, (i) => `Headline ${i} - body`);
    const out = findings(text, FRAMEWORK_URI);
    assert.equal(out.length, 1 + MAX_PROBLEMS);
    assert.equal(out[0], CAP_NOTICE);
    assert.match(out[1], /^\S+ warning statement-separator /);
    // Two problems a statement: the last one listed is the final period of statement 2,500.
    const last = 'Headline 2499 - body';
    const end = text.indexOf(`"${last}"`) + 1 + last.length;
    assert.equal(out[MAX_PROBLEMS], `1:${end}-1:${end + 1} warning statement-final-period A level statement ends with a period`);
    // Turning a code off brings the count under the cap: no notice.
    assert.equal(findings(text, FRAMEWORK_URI, { severity: { 'statement-final-period': 'off' } }).length, 3_000);
  });

  it('more than 5,000 problems: the errors are listed first, syntax errors always, then the rest in document order', () => {
    // 2,999 statements with two warnings each, then a wrong type and an object never closed: both errors lie past the
    // first 5,000 problems by position, and a cap that kept those would hide them (lint would pass, convert would fail).
    const text = frameworkWithStatements(3_000, (i) => `Headline ${i} - body`)
      .replace('"Headline 2999 - body"', '7')
      .replace(/\}$/, '');
    const out = findings(text, FRAMEWORK_URI);
    assert.equal(out.length, 1 + MAX_PROBLEMS);
    assert.equal(out[0], CAP_NOTICE);
    const seven = text.indexOf(',7]') + 2;
    assert.deepEqual(
      out.filter((f) => / error /.test(f)),
      [
        `1:${seven}-1:${seven + 1} error wrong-type Statement must be text in the form "Headline — body"; found 7`,
        `1:${text.length + 1}-1:${text.length + 1} error json-syntax Expected "}" to close the object`,
      ],
    );
    // The rest are the first warnings by position, and the list stays in document order.
    assert.match(out[1], /^\S+ warning statement-separator /);
    const last = 'Headline 2498 - body';
    const end = text.indexOf(`"${last}"`) + 1 + last.length;
    assert.equal(out[MAX_PROBLEMS - 2], `1:${end}-1:${end + 1} warning statement-final-period A level statement ends with a period`);
    assert.equal(out[MAX_PROBLEMS], `1:${text.length + 1}-1:${text.length + 1} error json-syntax Expected "}" to close the object`);
  });

  it('more than 5,000 problems: a syntax error is listed even when its severity is lowered', () => {
    const text = frameworkWithStatements(3_000, (i) => `Headline ${i} - body`).replace(/\}$/, '');
    const out = findings(text, FRAMEWORK_URI, { severity: { 'json-syntax': 'hint', 'statement-separator': 'error' } });
    assert.equal(out.length, 1 + MAX_PROBLEMS);
    assert.equal(out[MAX_PROBLEMS], `1:${text.length + 1}-1:${text.length + 1} hint json-syntax Expected "}" to close the object`);
    assert.equal(out.filter((f) => f.includes(' error statement-separator ')).length, 3_000);
  });

  it('the settings reach the server with their package.json defaults, and nonsense falls back to them', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['nsxFramework.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(props['nsxFramework.maxItemsComputed'].default, DEFAULT_SETTINGS.maxItemsComputed);
    const s = normalizeSettings({ maxFileSize: 1234.5, maxItemsComputed: -1 } as never);
    assert.equal(s.maxFileSize, 1234);
    assert.equal(s.maxItemsComputed, DEFAULT_MAX_ITEMS_COMPUTED);
  });
});
