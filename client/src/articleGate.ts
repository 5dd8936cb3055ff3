import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { LanguageClient } from 'vscode-languageclient/node';
import { recogniseArticle, SHAPE_SAMPLE_CHARS } from '../../server/src/core/text/articleShape';
import { ARTICLE_LANGUAGE } from '../../server/src/protocol';

/** How many text files of each workspace folder are read to decide whether it holds articles. */
export const SAMPLE_FILES = 200;
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.*/**'];

/** True when an open document is an article by its language, or plain text that reads as one. */
export function readsAsArticle(document: vscode.TextDocument): boolean {
	if (document.languageId === ARTICLE_LANGUAGE) { return true; }
	if (document.languageId !== 'plaintext' || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) { return false; }
	return recogniseArticle(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SHAPE_SAMPLE_CHARS)))).article;
}

/** True when a file's first kilobytes read as a news article (the same decision as the server's). */
async function fileReadsAsArticle(uri: vscode.Uri): Promise<boolean> {
	if (uri.scheme !== 'file') { return false; }
	let handle: FileHandle | undefined;
	try {
		handle = await fs.open(uri.fsPath, 'r');
		// Up to three bytes a character in UTF-8: enough bytes for the characters the recogniser reads.
		const { buffer, bytesRead } = await handle.read(Buffer.alloc(SHAPE_SAMPLE_CHARS * 3), 0, SHAPE_SAMPLE_CHARS * 3, 0);
		const utf16 = buffer[0] === 0xff && buffer[1] === 0xfe;
		return recogniseArticle(new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(buffer.subarray(0, bytesRead))).article;
	} catch {
		return false;
	} finally {
		await handle?.close();
	}
}

/**
 * Whether the workspace holds articles: an open article, a setting or a
 * `.corroborate.json` that makes files articles, or one of the first
 * {@link SAMPLE_FILES} included `*.txt` files of a folder that reads as one.
 */
export async function workspaceHasArticles(): Promise<boolean> {
	if (vscode.workspace.textDocuments.some(readsAsArticle)) { return true; }
	const folders = vscode.workspace.workspaceFolders ?? [];
	const settings = folders.map(folder => ({ folder, files: vscode.workspace.getConfiguration('corroborate.files', folder.uri) }));
	if (settings.some(({ files }) => files.get('recognition') === 'all' || (files.get<string[]>('articles') ?? []).length > 0)) { return true; }
	if ((await vscode.workspace.findFiles('**/.corroborate.json', '**/node_modules/**', 1)).length) { return true; }
	for (const { folder, files } of settings) {
		const exclude = files.get<string[]>('exclude') ?? DEFAULT_EXCLUDE;
		const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, files.get<string>('include') ?? '**/*.txt'), exclude.length ? `{${exclude.join(',')}}` : null, SAMPLE_FILES);
		for (const uri of found) {
			if (await fileReadsAsArticle(uri)) { return true; }
		}
	}
	return false;
}

/**
 * Starts the language client once: at activation when the workspace holds
 * articles; otherwise when a document that reads as an article is opened or
 * typed into, a setting or a `.corroborate.json` makes files articles, or a
 * command needs the server ({@link start}).
 */
export class ServerGate implements vscode.Disposable {
	readonly #client: LanguageClient;
	readonly #waiting: vscode.Disposable[] = [];
	#started: Promise<void> | undefined;

	constructor(client: LanguageClient) {
		this.#client = client;
	}

	get started(): boolean {
		return this.#started !== undefined;
	}

	/** Starts the server now (once); resolves when it runs. */
	start(): Promise<void> {
		this.#stopWaiting();
		this.#started ??= this.#client.start();
		return this.#started;
	}

	/** Starts at once when the workspace holds articles, else waits for one; true when started. */
	async startIfArticles(): Promise<boolean> {
		if (!this.started && await workspaceHasArticles()) { await this.start(); }
		if (!this.started && !this.#waiting.length) { this.#wait(); }
		return this.started;
	}

	#wait(): void {
		const check = (document: vscode.TextDocument) => { if (!this.started && readsAsArticle(document)) { void this.start(); } };
		const marker = vscode.workspace.createFileSystemWatcher('**/.corroborate.json', false, true, true);
		this.#waiting.push(
			marker,
			marker.onDidCreate(() => void this.start()),
			vscode.workspace.onDidOpenTextDocument(check),
			vscode.workspace.onDidChangeTextDocument(e => check(e.document)),
			vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('corroborate.files')) { void this.startIfArticles(); } }),
		);
	}

	#stopWaiting(): void {
		for (const d of this.#waiting.splice(0)) { d.dispose(); }
	}

	dispose(): void {
		this.#stopWaiting();
	}
}
