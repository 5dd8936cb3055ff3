import { FileChangeType, TextDocuments, type Connection, type FileEvent, type Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { WORKSPACE_FILE, type Span } from './core';
import { toRange } from './convert';
import { isArticlePath } from './files';
import type { ClientSupport } from './capabilities';
import { isWorkspaceFileUri, type WorkspaceFolders } from './folders';
import type { Recognition } from './recognition';
import { defaultSettings, globsOf, type SettingsCache } from './settings';
import { readWorkspaceFile } from './workspaceFile';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * The text of every article: the editor's buffer for open ones (their unsaved
 * text wins), the file read from disk for the others. Files that are not
 * articles have none here, so every feature answers empty for them.
 */
export class Documents {
	readonly #open = new TextDocuments(TextDocument);
	readonly #index: WorkspaceIndex;

	constructor(index: WorkspaceIndex) {
		this.#index = index;
	}

	get(uri: string): TextDocument | undefined {
		return this.#index.others.has(uri) || this.#index.skipped.has(uri) ? undefined : this.#open.get(uri) ?? this.#index.document(uri);
	}

	/** The editor's buffer of a file, article or not. */
	openDocument(uri: string): TextDocument | undefined {
		return this.#open.get(uri);
	}

	isOpen(uri: string): boolean {
		return !!this.#open.get(uri);
	}

	openUris(): string[] {
		return this.#open.keys();
	}

	/** The editor's version of an open document, null for one read from disk. */
	version(uri: string): number | null {
		return this.#open.get(uri)?.version ?? null;
	}

	/** Like {@link get}, but a workspace file that is not open is read from disk (it is not an article, so not indexed). */
	async getOrReadWorkspaceFile(uri: string): Promise<TextDocument | undefined> {
		const known = this.get(uri);
		if (known || !isWorkspaceFileUri(uri)) { return known; }
		const text = await readWorkspaceFile(uri.slice(0, uri.length - WORKSPACE_FILE.length));
		return text === null ? undefined : TextDocument.create(uri, 'json', 0, text);
	}

	/** A core location as an LSP location; none when the article is no longer known. Bound, to pass to `flatMap`. */
	readonly locate = (location: { readonly uri: string; readonly span: Span }): Location[] => {
		const document = this.get(location.uri);
		return document ? [{ uri: location.uri, range: toRange(document, location.span) }] : [];
	};

	/** The editor's documents, for {@link syncDocuments}. */
	get editorDocuments(): TextDocuments<TextDocument> {
		return this.#open;
	}
}

/** What document sync tells the diagnostics about. */
export interface IArticleChanges {
	/** An article's text changed, or articles came or went: every article's findings may change. */
	changed(): void;
	/** An article left the index: clear what was published for it. */
	forget(uri: string): void;
}

/** What {@link syncDocuments} keeps in step. */
export interface DocumentSyncContext {
	readonly documents: Documents;
	readonly index: WorkspaceIndex;
	readonly folders: WorkspaceFolders;
	readonly settings: SettingsCache;
	readonly recognition: Recognition;
	readonly support: ClientSupport;
	readonly diagnostics: IArticleChanges;
}

/**
 * Keeps the index in step with the editor and the disk: a buffer's text
 * replaces the file's while it is open, the file is read again when it is
 * closed, and watched files are added, re-read or removed.
 */
export function syncDocuments(connection: Connection, context: DocumentSyncContext): void {
	const { documents, index, diagnostics } = context;
	const editor = documents.editorDocuments;
	editor.onDidChangeContent(e => {
		const { uri, languageId } = e.document;
		if (isWorkspaceFileUri(uri)) { return; }
		const before = sideOf(index, uri);
		const maxBytes = (context.settings.peek(uri) ?? defaultSettings).maxFileSize;
		// Typing into a file that stays no article, or stays skipped, changes no finding and no count.
		if (index.set(uri, e.document.getText(), e.document.version, languageId, maxBytes) || before !== sideOf(index, uri) || before === 'new') { diagnostics.changed(); }
		// Decided with the default settings of a scope not fetched yet: decide again once they are here.
		if (!context.settings.peek(uri)) { void context.settings.get(uri).then(() => recheck(context, uri)).then(flipped => flipped && diagnostics.changed()); }
	});
	editor.onDidClose(e => {
		void (async () => {
			const uri = e.document.uri;
			if (isWorkspaceFileUri(uri)) { return; }
			if (!await reload(context, uri)) { remove(context, uri); }
			diagnostics.changed();
		})();
	});
	connection.onDidChangeWatchedFiles(async params => {
		for (const change of params.changes) { await fileChanged(context, change); }
		if (params.changes.some(c => isWorkspaceFileUri(c.uri))) { await recheckAll(connection, context); }
		diagnostics.changed();
	});
	editor.listen(connection);
}

async function fileChanged(context: DocumentSyncContext, change: FileEvent): Promise<void> {
	if (isWorkspaceFileUri(change.uri)) { context.recognition.workspaceFileChanged(change.uri); }
	const folder = context.folders.ownerOfWorkspaceFile(change.uri);
	if (folder) {
		await context.settings.loadWorkspaceFile(folder);
		return;
	}
	// The editor's buffer wins over the file until it is closed.
	if (context.documents.isOpen(change.uri)) { return; }
	if (change.type === FileChangeType.Deleted) {
		remove(context, change.uri);
	} else {
		await reload(context, change.uri);
	}
}

/** Reads an article from disk again; false when it is not an article (any more) or cannot be read. */
async function reload(context: DocumentSyncContext, uri: string): Promise<boolean> {
	return await isArticle(context, uri) && await context.index.load(uri, (await context.settings.get(uri)).maxFileSize);
}

/**
 * Decides every known file again after the rules changed (settings, a
 * workspace file came or went): an article may stop being one, another text
 * file may now be analysed whatever its shape. Asks the client to fetch
 * semantic tokens again when a file changed sides.
 */
export async function recheckAll(connection: Connection, context: DocumentSyncContext): Promise<void> {
	let flipped = false;
	for (const uri of [...context.index.uris(), ...context.index.others.keys(), ...context.index.skipped.keys()]) {
		if (await recheck(context, uri)) { flipped = true; }
	}
	if (flipped && context.support.semanticTokensRefresh) { connection.languages.semanticTokens.refresh().catch(() => undefined); }
}

/** Decides one file again; true when it changed sides. */
async function recheck(context: DocumentSyncContext, uri: string): Promise<boolean> {
	const { index, documents, recognition } = context;
	await context.settings.get(uri);
	const open = documents.openDocument(uri);
	if (index.isArticle(uri)) { return index.recheck(uri, open?.languageId); }
	// A skipped file comes back when the user chose it (read whatever its size) or a larger size limit lets it in.
	if (index.skipped.has(uri)) {
		if (open) { return index.set(uri, open.getText(), open.version, open.languageId, (await context.settings.get(uri)).maxFileSize); }
		return await reload(context, uri) && index.isArticle(uri);
	}
	if (!index.others.has(uri) || !recognition.forcedBy(uri, open?.languageId)) { return false; }
	if (open) { return index.set(uri, open.getText(), open.version, open.languageId); }
	return await reload(context, uri) && index.isArticle(uri);
}

/** Which side of the rules a file is on. */
function sideOf(index: WorkspaceIndex, uri: string): 'article' | 'other' | 'skipped' | 'new' {
	return index.isArticle(uri) ? 'article' : index.others.has(uri) ? 'other' : index.skipped.has(uri) ? 'skipped' : 'new';
}

function remove({ index, diagnostics }: DocumentSyncContext, uri: string): void {
	index.delete(uri);
	diagnostics.forget(uri);
}

/** True for a file under a workspace folder that the folder's globs make an article. */
async function isArticle({ folders, settings }: DocumentSyncContext, uri: string): Promise<boolean> {
	const folder = folders.folderOf(uri);
	if (!folder || !uri.startsWith('file:')) { return false; }
	return isArticlePath(path.relative(fileURLToPath(folder), fileURLToPath(uri)), globsOf(await settings.get(uri)));
}
