/**
 * The inputs on which optimisations must keep every finding unchanged: the JSON fixtures, the fuzz
 * regressions, generated frameworks with mistakes, and variants that take the tolerant parser's path
 * (comments, trailing commas, truncation, BOM, CRLF, repeated keys, minified text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateFrameworkText } from '../../../../scripts/bench/generate';
import { createLanguageService } from '../../languageService';
import { FIXTURES } from '../util';

export interface CorpusFile {
  name: string;
  uri: string;
  text: string;
}

/** Every file of the corpus, in a fixed order. */
export function equivalenceCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const add = (name: string, text: string) => files.push({ name, uri: `file:///corpus/${name}`, text });
  for (const f of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort())
    add(f, readFileSync(path.join(FIXTURES, f), 'utf8'));
  const fuzz = path.join(FIXTURES, 'fuzz-regressions');
  for (const f of readdirSync(fuzz)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    add(`fuzz-${f.replace(/\.json$/, '.framework.json')}`, readFileSync(path.join(fuzz, f), 'utf8'));
  }
  for (let seed = 1; seed <= 4; seed++) {
    add(`generated-${seed}.framework.json`, generateFrameworkText({ seed, statements: 48, faultRate: seed === 1 ? 0 : 0.2, citations: 4 }));
  }
  const base = generateFrameworkText({ seed: 5, statements: 40, faultRate: 0.15, citations: 3 });
  const mid = base.indexOf('"aiFluency"');
  const variants: Record<string, string> = {
    comment: base.replace('"attribution"', '// note\n  "attribution"'),
    'block-comment': base.replace('"sources"', '/* note */ "sources"'),
    'trailing-comma': base.replace(/\]\n/, ',]\n'),
    truncated: base.slice(0, Math.floor(base.length / 2)),
    'truncated-in-string': base.slice(0, base.indexOf(' — ', mid) + 2),
    bom: '\ufeff' + base,
    crlf: base.replace(/\n/g, '\r\n'),
    minified: JSON.stringify(JSON.parse(base)),
    'repeated-keys': base
      .replace('"attribution"', '"attribution": "x",\n  "attribution"')
      .replace('"label": "Emerging"', '"label": "Emerging", "label": "Emergin"'),
    'unknown-keys': base.replace('"attribution"', '"atribution": 1,\n  "sourcez": {},\n  "attribution"'),
    'wrong-types': base.replace('"jobZone": 4', '"jobZone": "4"').replace('"sector": "92"', '"sector": 92'),
    'bad-escape': base.replace('Generated for', 'Gen\\qerated for'),
    'control-char': base.replace('Generated for', 'Gen\terated for'),
    'not-a-framework': '{ "name": "package", "version": "1.0.0" }',
    empty: '',
  };
  for (const [name, text] of Object.entries(variants)) add(`variant-${name}.framework.json`, text);
  return files;
}

/** Every finding of a file, with all it carries (range, severity, code, message, data, related information). */
export function findingLines(file: CorpusFile): string[] {
  const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));
  const doc = service.parse(TextDocument.create(file.uri, 'json', 1, file.text));
  return service.computeDiagnostics(doc).map((d) => {
    const r = d.range;
    const related = (d.relatedInformation ?? []).map(
      (x) => `${x.location.range.start.line}:${x.location.range.start.character} ${x.message}`,
    );
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${d.severity} ${d.code} ${d.message} ${JSON.stringify(d.data ?? null)}${related.length ? ' related ' + related.join('; ') : ''}`;
  });
}
