/**
 * Editing help in `.nsxframework.json`: completion of rule codes, severities and options with each code's summary,
 * hovers, formatting, folding, selection ranges and the outline. VS Code's JSON language service does this work
 * with the configuration's JSON Schema (util/configJsonBundle.ts, loaded when a configuration is first edited). The
 * file has a language of its own in VS Code, so that VS Code's JSON support does not check it a second time beside
 * the core's own findings (parse.ts). The service reads the text with its own parser, which its completion and
 * formatting need, and only when such a request comes (once per version); the findings and the rules come from the
 * core's parse alone.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CompletionList,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-types';
import { getLocation, type Segment } from 'jsonc-parser';
import type { JsonLanguageService } from '../util/configJsonBundle';
import { configJsonLibrary } from '../util/lazyLibraries';
import { CONFIGURABLE_CODES, ruleDescription } from './codes';

type JsonServiceDocument = ReturnType<JsonLanguageService['parseJSONDocument']>;

/** Editing help for configuration documents; each version is parsed once for all requests on it. */
export class ConfigEditing {
  private service: JsonLanguageService | undefined;
  private readonly parsed = new WeakMap<TextDocument, { version: number; json: JsonServiceDocument }>();

  async complete(document: TextDocument, position: Position): Promise<CompletionList> {
    const [service, json] = this.parse(document);
    return ((await service.doComplete(document, position, json)) as CompletionList | null) ?? { isIncomplete: false, items: [] };
  }

  /** On a rule's code, what the rule checks; elsewhere what the schema says of the value. */
  async hover(document: TextDocument, position: Position): Promise<Hover | null> {
    const code = ruleCodeAt(document, position);
    if (code !== undefined) return { contents: { kind: 'markdown', value: `\`${code}\`\n\n${ruleDescription(code)}` } };
    const [service, json] = this.parse(document);
    return (await service.doHover(document, position, json)) as Hover | null;
  }

  format(document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[] {
    const [service] = this.parse(document);
    return service.format(document, range, options) as TextEdit[];
  }

  foldingRanges(document: TextDocument): FoldingRange[] {
    const [service] = this.parse(document);
    return service.getFoldingRanges(document) as FoldingRange[];
  }

  selectionRanges(document: TextDocument, positions: Position[]): SelectionRange[] {
    const [service, json] = this.parse(document);
    return service.getSelectionRanges(document, positions, json) as SelectionRange[];
  }

  documentSymbols(document: TextDocument): DocumentSymbol[] {
    const [service, json] = this.parse(document);
    return service.findDocumentSymbols2(document, json) as DocumentSymbol[];
  }

  private parse(document: TextDocument): [JsonLanguageService, JsonServiceDocument] {
    const service = (this.service ??= configJsonLibrary().createConfigJsonService());
    let entry = this.parsed.get(document);
    if (entry?.version !== document.version)
      this.parsed.set(document, (entry = { version: document.version, json: service.parseJSONDocument(document) }));
    return [service, entry.json];
  }
}

/** The configurable code whose key in a `rules` object (top level or an override's) is at `position`. */
function ruleCodeAt(document: TextDocument, position: Position): string | undefined {
  const location = getLocation(document.getText(), document.offsetAt(position));
  const path: Segment[] = location.path;
  const inRules = (path.length === 2 && path[0] === 'rules') || (path.length === 4 && path[0] === 'overrides' && path[2] === 'rules');
  const code = path[path.length - 1];
  return location.isAtPropertyKey && inRules && typeof code === 'string' && Object.hasOwn(CONFIGURABLE_CODES, code) ? code : undefined;
}
