// Locates ../shared (the acceptance scorers and the labelled corpus). It sits beside the main checkout, not beside
// a fresh clone. CORROBORATE_SHARED overrides the location; when it is set, what is asked for must be there.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the parent of scripts/), whatever the current directory. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Finds `needed` (paths inside the shared folder, e.g. 'acceptance') in the shared folder.
 * Returns { dir } (the shared folder), { skip } (why: the step is skipped) or { error } (asked for explicitly
 * through CORROBORATE_SHARED but not there: the step fails).
 */
export function findShared(...needed) {
	const fromEnv = process.env.CORROBORATE_SHARED;
	const dir = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared');
	const missing = needed.filter(p => !existsSync(join(dir, p)));
	if (missing.length === 0) {
		return { dir };
	}
	if (fromEnv) {
		return { error: `CORROBORATE_SHARED=${fromEnv} has no ${missing.join(' and no ')}` };
	}
	return { skip: `${missing.map(p => `../shared/${p}`).join(' and ')} not found beside this clone (set CORROBORATE_SHARED to run it)` };
}
