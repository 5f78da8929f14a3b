/**
 * VS Code's JSON language service with the JSON Schema of `.nsxframework.json`, for editing the configuration file:
 * completion of rule codes, severities and options (with each code's summary), hovers, formatting, folding,
 * selection ranges and the outline. Its validation stays off: the configuration's findings are the core's own
 * (config/parse.ts, shared with the command line), and a second check would show each problem twice. Bundled on
 * its own (`dist/configJsonBundle.js`) and loaded when a configuration file is first edited (lazyLibraries.ts).
 */
import { getLanguageService, type LanguageService } from 'vscode-json-languageservice';
import schema from '../../../../schemas/nsxframework-config.schema.json';

export type { LanguageService as JsonLanguageService } from 'vscode-json-languageservice';

/** The JSON language service for configuration files, every document read against the configuration's schema. */
export function createConfigJsonService(): LanguageService {
  const service = getLanguageService({});
  service.configure({ validate: false, allowComments: true, schemas: [{ uri: schema.$id, fileMatch: ['*'], schema }] });
  return service;
}
