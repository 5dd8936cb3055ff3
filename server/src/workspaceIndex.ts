import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultLimits, type ArticleExtraction, type ExtractionLimits, type ICorroborateService } from './core';
import { extractionKey, type ExtractionCache } from './extractionCache';
import type { ExtractionPool } from './extractionPool';
import { findArticles, readArticle, type ArticleGlobs } from './files';

/** A file left out of the index, and why. */
export interface Skipped {
	readonly uri: string;
	readonly reason: string;
}

/**
 * The articles on disk that the service knows, with a text document per
 * article for converting offsets of files that are not open. Open documents
 * are owned by the server's document manager: their unsaved text wins.
 */
export class WorkspaceIndex {
	readonly #service: ICorroborateService;
	readonly #documents = new Map<string, TextDocument>();
	readonly skipped = new Map<string, string>();
	readonly #log: (message: string) => void;

	/** Extractions from earlier sessions, and workers for new ones (set once the workspace is known). */
	cache: ExtractionCache | undefined;
	pool: ExtractionPool | undefined;
	/** Per-article limits; part of the cache key, since the extraction depends on them. */
	limits: ExtractionLimits = defaultLimits;

	constructor(service: ICorroborateService, log: (message: string) => void) {
		this.#service = service;
		this.#log = log;
	}

	/** Limits for the articles read from now on, here and in the core (the `corroborate.limits.*` settings). */
	applyLimits(limits: ExtractionLimits): void {
		this.limits = limits;
		this.#service.setLimits(limits);
	}

	/** Sets an article's text (from disk or an editor buffer), with its extraction when it is already known. */
	set(uri: string, text: string, version = 0, extraction?: ArticleExtraction): void {
		this.#documents.set(uri, TextDocument.create(uri, 'plaintext', version, text));
		this.#service.setArticle(uri, text, extraction);
		this.skipped.delete(uri);
	}

	delete(uri: string): void {
		this.#documents.delete(uri);
		this.#service.deleteArticle(uri);
		this.skipped.delete(uri);
	}

	document(uri: string): TextDocument | undefined {
		return this.#documents.get(uri);
	}

	uris(): string[] {
		return [...this.#documents.keys()];
	}

	/** Reads one file into the index; a file that cannot be read is skipped with a message, never thrown. */
	async load(uri: string, maxBytes: number): Promise<boolean> {
		const read = await readArticle(fileURLToPath(uri), { maxBytes });
		if (!read.ok) {
			if (this.#documents.has(uri)) { this.delete(uri); }
			this.skipped.set(uri, read.reason);
			this.#log(`skipped ${uri}: ${read.reason}`);
			return false;
		}
		const hash = this.cache ? extractionKey(read.text, this.limits) : '';
		let extraction = this.cache?.get(hash);
		if (!extraction && this.pool) {
			extraction = await this.pool.extract(read.text, this.limits);
			this.cache?.set(hash, extraction);
		}
		this.set(uri, read.text, 0, extraction);
		return true;
	}

	/** Lists the articles of a workspace folder. */
	async list(folderUri: string, globs: ArticleGlobs): Promise<string[]> {
		const files = await findArticles(fileURLToPath(folderUri), globs, (f, why) => this.#log(`skipped ${f}: ${why}`));
		return files.map(f => pathToFileURL(f).href);
	}
}
