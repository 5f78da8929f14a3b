/**
 * The glob libraries, `tinyglobby` and `minimatch`, bundled on their own (`dist/globBundle.js`) and required on
 * first use by `lazyLibraries.ts`: when a folder is searched, or a file name is matched against the globs.
 */
export { glob, isDynamicPattern } from 'tinyglobby';
export { Minimatch } from 'minimatch';
