/**
 * The glob libraries, `tinyglobby` and `minimatch`, bundled on their own (`dist/globBundle.js`) and required on
 * first use by `lazyLibraries.ts`: only for globs our own folder walker and name matcher do not take.
 */
export { glob, isDynamicPattern } from 'tinyglobby';
export { Minimatch } from 'minimatch';
