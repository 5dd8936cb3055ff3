// Locates ../shared (the acceptance scorers and the labelled corpus). It sits beside the main checkout, not beside
// a fresh clone. CORROBORATE_SHARED overrides the location; when it is set, the folder must be there.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the parent of scripts/), whatever the current directory. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Finds `sub` (e.g. 'acceptance') inside the shared folder.
 * Returns { dir } (the shared folder), { skip } (why it is absent: skip the step) or { error } (asked for
 * explicitly through CORROBORATE_SHARED but not there: fail the step).
 */
export function findShared(sub) {
	const fromEnv = process.env.CORROBORATE_SHARED;
	const dir = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared');
	if (existsSync(join(dir, sub))) {
		return { dir };
	}
	if (fromEnv) {
		return { error: `CORROBORATE_SHARED=${fromEnv} has no ${sub}/ folder` };
	}
	return { skip: `../shared/${sub} not found beside this clone (set CORROBORATE_SHARED to run it)` };
}
