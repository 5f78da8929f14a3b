/**
 * `.nsxframework.json`: one configuration of the checks for the editor and the command line. The core reads a
 * file's text (parse.ts), resolves its rules for a framework file (resolve.ts) and builds the "Turn off" fix
 * (turnOff.ts); finding the file on disk and watching it are the server's and the CLI's (server/src/workspace/configFiles.ts).
 */
export { CONFIG_FILE_NAME, CONFIG_SEVERITIES, CONFIGURABLE_CODES, CONFIGURABLE_CODE_LIST, type ConfigSeverity } from './codes';
export { CONFIG_CODES, parseConfig, type ConfigOverride, type ConfigRules, type NsxConfig, type RuleEntry } from './parse';
export { matchingOverrides, mergeRuleSettings, pathFromConfig, resolveRules, type RuleSettings } from './resolve';
export { turnOffActions, turnOffEdit, turnOffTitle, type ConfigTarget } from './turnOff';
export { ConfigEditing } from './editing';
