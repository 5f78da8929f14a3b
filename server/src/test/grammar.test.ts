/**
 * The injected TextMate grammar, checked structurally (vscode-textmate and vscode-oniguruma are not
 * installed here): it is contributed as an injection into Markdown, and its patterns, run as JavaScript
 * regular expressions (the constructs used mean the same in Oniguruma), pick out the right text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DURABLE_DOMAINS } from '../../../common/catalog/levels';

const root = path.join(__dirname, '..', '..', '..');
const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes', 'nsx-framework-markdown.tmLanguage.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Rule {
  match: string;
  name?: string;
  captures: Record<string, { name: string }>;
}
const rule = (name: string): Rule => grammar.repository[name];
/** The text each named capture scope covers when `name`'s rule runs over `line` (all matches). */
function scopes(name: string, line: string): Record<string, string[]> {
  const r = rule(name);
  const out: Record<string, string[]> = {};
  for (const m of line.matchAll(new RegExp(r.match, 'g'))) {
    for (const [group, capture] of Object.entries(r.captures)) {
      if (m[Number(group)] !== undefined) (out[capture.name] ??= []).push(m[Number(group)]);
    }
  }
  return out;
}
const scopeEnding = (found: Record<string, string[]>, suffix: string) =>
  Object.entries(found).find(([scope]) => scope.split(' ').some((s) => s.endsWith(suffix)))?.[1];

describe('TextMate grammar for framework Markdown', () => {
  it('is contributed as an injection into Markdown, with the scope name it declares', () => {
    const contributed = pkg.contributes.grammars.find((g: { path: string }) => g.path.endsWith('nsx-framework-markdown.tmLanguage.json'));
    assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
    assert.equal(contributed.scopeName, grammar.scopeName);
    assert.ok(!contributed.language, 'an injection, not a language of its own: Markdown stays the language');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    assert.match(grammar.injectionSelector, /-meta\.embedded\.block\.frontmatter/);
    for (const p of grammar.patterns) assert.ok(grammar.repository[p.include.slice(1)], p.include);
  });

  it('marks level and section headings, and only those', () => {
    const level = (line: string) => scopeEnding(scopes('section-heading', line), 'level-heading.nsx-framework');
    assert.deepEqual(level('## Emerging'), ['Emerging']);
    assert.deepEqual(level('## AI fluency'), ['AI fluency']);
    assert.deepEqual(level('## Durable skills  '), ['Durable skills']);
    assert.equal(level('## Notes'), undefined);
    assert.equal(level('### Emerging'), undefined);
    for (const domain of DURABLE_DOMAINS)
      assert.deepEqual(scopeEnding(scopes('subsection-heading', `### ${domain}`), 'subsection-heading.nsx-framework'), [domain]);
    assert.deepEqual(scopeEnding(scopes('durable-level-heading', '#### Applying'), 'durable-level-heading.nsx-framework'), ['Applying']);
    assert.equal(scopeEnding(scopes('durable-level-heading', '#### Proficient'), 'durable-level-heading.nsx-framework'), undefined);
  });

  it('marks a statement headline and the first " — " separator only', () => {
    const found = scopes('statement', '3. Human-AI workflow design — redesigns processes — including budget cycles. [@safi-2026]');
    assert.deepEqual(scopeEnding(found, 'statement-headline.nsx-framework'), ['Human-AI workflow design']);
    assert.deepEqual(scopeEnding(found, 'separator.statement.nsx-framework'), [' — ']);
    assert.deepEqual(scopes('statement', '1. No separator - here.'), {});
    assert.deepEqual(scopes('statement', 'Plain text — with a dash.'), {});
  });

  it('marks each [@key] citation with its key', () => {
    const found = scopes('citation', 'text. [@safi-2026] [@wef-2021] and [not a citation] [@]');
    assert.deepEqual(scopeEnding(found, 'citation-key.nsx-framework'), ['safi-2026', 'wef-2021']);
    assert.deepEqual(scopeEnding(found, 'citation.begin.nsx-framework'), ['[', '[']);
  });
});
