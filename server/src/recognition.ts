import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recogniseArticle } from './core';
import { isAlwaysArticle, MarkerFolders } from './files';
import type { WorkspaceFolders } from './folders';
import { ARTICLE_LANGUAGE } from './protocol';
import { globsOf, type SettingsCache } from './settings';

/** Whether a file is analysed; `forced` when the user's say decided, not the text; `reason` why it is not an article. */
export interface Decision {
	readonly article: boolean;
	readonly forced: boolean;
	readonly reason: string;
}

const ARTICLE_EXTENSION = /\.(?:article|news)$/i;

/**
 * Which files are analysed. A file is an article when the user says so (the
 * `news-article` language, a `.corroborate.json` in its folder or a folder
 * above it, `corroborate.files.recognition: "all"`, or `corroborate.files.articles`),
 * and otherwise when its text reads as a news article ({@link recogniseArticle}).
 * Decisions are synchronous, so they can be taken while a change
 * notification is handled; they use the settings as last fetched.
 */
export class Recognition {
	readonly #folders: WorkspaceFolders;
	readonly #settings: SettingsCache;
	readonly #markers = new MarkerFolders();

	constructor(folders: WorkspaceFolders, settings: SettingsCache) {
		this.#folders = folders;
		this.#settings = settings;
	}

	/** Why a file is analysed whatever its shape, or null when its shape decides. */
	forcedBy(uri: string, languageId?: string): string | null {
		if (languageId === ARTICLE_LANGUAGE || (!languageId && ARTICLE_EXTENSION.test(uri))) { return `the ${ARTICLE_LANGUAGE} language`; }
		const settings = this.#settings.peek(uri);
		if (settings?.files.recognition === 'all') { return 'corroborate.files.recognition is "all"'; }
		if (!uri.startsWith('file:')) { return null; }
		if (this.chosen(uri)) { return 'corroborate.files.articles'; }
		const { file, root } = this.#place(uri);
		return this.#markers.covers(root, file) ? 'a .corroborate.json' : null;
	}

	/**
	 * True when the user named the file to be analysed (`corroborate.files.articles`,
	 * as **Analyse This File Anyway** does): it is then read whatever its size.
	 */
	chosen(uri: string): boolean {
		const settings = this.#settings.peek(uri);
		if (!settings || !uri.startsWith('file:')) { return false; }
		const { file, root } = this.#place(uri);
		return isAlwaysArticle(path.relative(root, file), globsOf(settings));
	}

	/** A `file:` URI's path, and the folder its rules are relative to: its workspace folder, else its own folder. */
	#place(uri: string): { file: string; root: string } {
		const file = fileURLToPath(uri);
		const folder = this.#folders.folderOf(uri);
		return { file, root: folder ? fileURLToPath(folder) : path.dirname(file) };
	}

	/**
	 * Whether a file is analysed: `forced` when the user says so, else by its
	 * shape, with the reason when it is not. `readAsArticle`: the same text is
	 * known to read as an article (from the extraction cache), so it is not read again.
	 */
	decide(uri: string, text: string, languageId?: string, readAsArticle = false): Decision {
		if (this.forcedBy(uri, languageId)) { return { article: true, forced: true, reason: '' }; }
		return readAsArticle ? { article: true, forced: false, reason: '' } : { ...recogniseArticle(text), forced: false };
	}

	/** A `.corroborate.json` was created, changed or deleted: its folder is looked up again. */
	workspaceFileChanged(uri: string): void {
		if (uri.startsWith('file:')) { this.#markers.forget(path.dirname(fileURLToPath(uri))); }
	}
}
