import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { frameworkText } from './util';

describe('the analysis of a document version', () => {
  const uri = 'file:///w/a.framework.json';
  const withFaults = () =>
    frameworkText().replace('"schemaVersion": "1.0"', '"schemaVersion": "1.0", // note\n  "extra": 1').replace(/ — /, ' - ');

  it('is one object per version, its parts computed once and kept', () => {
    const service = createLanguageService();
    const doc = service.parse(TextDocument.create(uri, 'json', 1, withFaults()));
    const analysis = service.analyze(doc);
    assert.equal(service.analyze(doc), analysis);
    assert.equal(analysis.diagnostics, analysis.diagnostics);
    assert.equal(analysis.fixAllEdits, analysis.fixAllEdits);
    assert.deepEqual(
      analysis.diagnostics.map((d) => d.code),
      ['json-comment', 'unknown-key', 'statement-separator'],
    );
    assert.equal(analysis.safeFixCount, 2, 'the comment and the separator; the unknown key has no single fix');
    const fixed = TextDocument.applyEdits(doc.textDocument, [...analysis.fixAllEdits]);
    assert.equal(fixed, withFaults().replace(' // note', '').replace(' - ', ' — '));
    assert.deepEqual(service.computeDiagnostics(doc), analysis.diagnostics);
    assert.notEqual(service.computeDiagnostics(doc), analysis.diagnostics, 'callers get a copy they may change');
    const other = service.parse(TextDocument.create(uri, 'json', 2, withFaults()));
    assert.notEqual(service.analyze(other), analysis);
  });

  it('counts the values of the document whichever way it was parsed', () => {
    const service = createLanguageService();
    const clean = service.analyze(service.parse(TextDocument.create(uri, 'json', 1, frameworkText())));
    const commented = service.analyze(service.parse(TextDocument.create(uri, 'json', 1, frameworkText().replace('{', '{ // note\n'))));
    assert.ok(clean.valueCount > 10);
    assert.equal(commented.valueCount, clean.valueCount);
  });

  it('applies severities to copies: the parsed model keeps its findings as parsed', () => {
    const doc = createLanguageService().parse(TextDocument.create(uri, 'json', 1, withFaults()));
    const quiet = createLanguageService(() => ({ severity: { 'json-comment': 'hint' } }));
    const comment = quiet.computeDiagnostics(doc).find((d) => d.code === 'json-comment')!;
    assert.equal(comment.severity, DiagnosticSeverity.Hint);
    assert.equal(doc.syntaxDiagnostics.find((d) => d.code === 'json-comment')!.severity, DiagnosticSeverity.Error);
    const plain = createLanguageService()
      .computeDiagnostics(doc)
      .find((d) => d.code === 'json-comment')!;
    assert.equal(plain.severity, DiagnosticSeverity.Error);
  });
});
