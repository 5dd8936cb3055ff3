import type { WorkspaceFolder } from 'vscode-languageserver';
import { WORKSPACE_FILE } from './core';

/** A folder URI with one trailing slash, for prefix tests. */
export const folderPrefix = (folderUri: string) => folderUri.endsWith('/') ? folderUri : `${folderUri}/`;

/** The URI of a folder's workspace file (`.corroborate.json`). */
export function workspaceFileUri(folderUri: string): string {
	return `${folderPrefix(folderUri)}${WORKSPACE_FILE}`;
}

/** True for any workspace file, whichever folder it is in. */
export function isWorkspaceFileUri(uri: string): boolean {
	return uri.endsWith(`/${WORKSPACE_FILE}`);
}

/** The workspace folders the client opened, as URIs. */
export class WorkspaceFolders {
	readonly #uris: readonly string[];

	constructor(folders: readonly WorkspaceFolder[]) {
		this.#uris = folders.map(f => f.uri);
	}

	get uris(): readonly string[] {
		return this.#uris;
	}

	/** The first folder, whose settings hold the window-wide ones (`corroborate.limits.*`); '' when there is none. */
	get first(): string {
		return this.#uris[0] ?? '';
	}

	/** The innermost folder that contains a URI. */
	folderOf(uri: string): string | undefined {
		return this.#uris.filter(f => uri.startsWith(folderPrefix(f))).sort((a, b) => b.length - a.length)[0];
	}

	/** The folder whose workspace file this is, if it is one. */
	ownerOfWorkspaceFile(uri: string): string | undefined {
		return this.#uris.find(f => workspaceFileUri(f) === uri);
	}
}
