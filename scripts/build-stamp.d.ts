/** Folders and files `npm run build` reads (see build-stamp.js). */
export const INPUT_FOLDERS: string[];
export const INPUT_FILES: string[];
/** Where the build notes the hash of the inputs it was built from, relative to the package root. */
export const STAMP: string;
export function buildInputsHash(root: string): string;
export function buildIsStale(root: string): boolean;
export function beginBuild(root: string): void;
export function endBuild(root: string): void;
