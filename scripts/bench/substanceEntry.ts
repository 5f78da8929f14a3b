/** What the "P2 substance" figure bundles: the core facade and the rules of substance, from one bundle. */
export { createLanguageService } from '../../server/src/languageService';
export { checkSubstance } from '../../server/src/languageService/features/diagnostics/substance';
export { collectStatements } from '../../server/src/languageService/model';
