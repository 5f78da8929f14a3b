/**
 * The language id of framework JSON in VS Code: JSON's grammar and our features alone, so that VS Code's own JSON
 * support (its schema validation, syntax check and hovers) does not report every problem a second time.
 */
export const FRAMEWORK_JSON_LANGUAGE_ID = 'nsx-framework-json';

/**
 * The language id of `.nsxframework.json` in VS Code: JSON with comments, its editing help and findings from the
 * extension alone, for the same reason.
 */
export const CONFIG_LANGUAGE_ID = 'nsx-framework-config';
