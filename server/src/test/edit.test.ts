import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { replaceStringEdit } from '../languageService/edit';
import { nodeAt, type FrameworkDocument } from '../languageService/model';
import { mdFramework, mdParse } from './markdownUtil';
import { frameworkText, parse } from './util';

/** The document's text after the edit that sets the string at `path` to `value`. */
function setString(doc: FrameworkDocument, path: (string | number)[], value: string): string {
  const edit = replaceStringEdit(doc, nodeAt(doc, path)!, value);
  return TextDocument.applyEdits(doc.textDocument, [edit]);
}

describe('string edits spelled for each form', () => {
  const ai = { aiFluency: { levels: { emerging: [{ text: 'AI drafts — uses AI tools.', cites: ['wef-2012'] }] } } };

  it('writes a JSON string token in JSON', () => {
    const doc = parse(frameworkText(ai));
    const after = setString(doc, ['aiFluency', 'levels', 'emerging', 0, 'cites', 0], 'wef-2021');
    assert.ok(after.includes('"cites": [\n            "wef-2021"\n          ]'), after);
  });

  it('writes bare text in the Markdown body and a YAML scalar in the front matter, each reading back', () => {
    const doc = mdParse(mdFramework(ai));
    const cite = setString(doc, ['aiFluency', 'levels', 'emerging', 0, 'cites', 0], 'wef-2021');
    assert.ok(cite.includes('uses AI tools. [@wef-2021]'), cite);
    const title = setString(doc, ['occupation', 'title'], "Managers: it's all other");
    assert.ok(title.includes('  title: "Managers: it\'s all other"\n'), title);
    assert.equal(nodeAt(mdParse(title), ['occupation', 'title'])?.value, "Managers: it's all other");
    const group = setString(doc, ['occupation', 'group'], 'Management and Services');
    assert.ok(group.includes('  group: Management and Services\n'), group);
  });
});
