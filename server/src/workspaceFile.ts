import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addToWorkspaceFile, WORKSPACE_FILE } from './core';

/** The workspace file's path for a folder URI. */
export function workspaceFilePath(folderUri: string): string {
	return path.join(fileURLToPath(folderUri), WORKSPACE_FILE);
}

/** Reads a folder's workspace file; null when there is none. */
export async function readWorkspaceFile(folderUri: string): Promise<string | null> {
	try {
		return await fs.readFile(workspaceFilePath(folderUri), 'utf8');
	} catch {
		return null;
	}
}

/**
 * Writes a file by writing a temporary file beside it and renaming it over the
 * original, so a crash never leaves it half-written.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
	const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
	await fs.writeFile(temp, text, 'utf8');
	try {
		await fs.rename(temp, file);
	} catch (e) {
		await fs.rm(temp, { force: true });
		throw e;
	}
}

/** Adds a review or ignore entry to a folder's workspace file and returns the new text. */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Adds a review or ignore entry to a folder's workspace file and returns the
 * new text. Writes run one at a time, each reading what the last one wrote.
 */
export function recordInWorkspaceFile(folderUri: string, kind: 'reviewed' | 'ignoreFact' | 'ignoreCode', entry: { file?: string; quote?: string; code: string; note?: string }): Promise<string> {
	const next = writes.then(async () => {
		const current = await readWorkspaceFile(folderUri) ?? '';
		const text = addToWorkspaceFile(current, kind, entry);
		await writeAtomically(workspaceFilePath(folderUri), text);
		return text;
	});
	writes = next.catch(() => undefined);
	return next;
}
