import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultLimits, type ArticleExtraction, type ExtractionLimits, type ICorroborateService } from './core';
import { extractionKey, type ExtractionCache } from './extractionCache';
import type { ExtractionPool } from './extractionPool';
import { findArticles, readArticle, type ArticleGlobs } from './files';
import type { FileStateLog } from './fileLog';
import type { Decision, Recognition } from './recognition';

/** A file left out of the index, and why. */
export interface Skipped {
	readonly uri: string;
	readonly reason: string;
}

/**
 * The articles on disk that the service knows, with a text document per
 * article for converting offsets of files that are not open. Open documents
 * are owned by the server's document manager: their unsaved text wins.
 * Files that do not read as articles are kept apart, with the reason, and
 * never set into the service.
 */
export class WorkspaceIndex {
	readonly #service: ICorroborateService;
	readonly #recognition: Recognition;
	readonly #documents = new Map<string, TextDocument>();
	/** Files left out of the analysis (too large, binary, not UTF-8, unreadable), and why. */
	readonly skipped = new Map<string, string>();
	/** Skipped files whose bytes could not be read as text: an editor's decoding of them does not make them readable. */
	readonly #unreadable = new Set<string>();
	/** Text files that were not recognised as articles, and why. */
	readonly others = new Map<string, string>();
	/** Files that were articles and are no longer (their diagnostics are reported empty, for clients that pull them). */
	readonly demoted = new Set<string>();
	/** Articles taken for their shape, not forced: the rules that force cannot change that, only their text can. */
	readonly #byShape = new Set<string>();
	readonly #log: FileStateLog;

	/** Extractions from earlier sessions, and workers for new ones (set once the workspace is known). */
	cache: ExtractionCache | undefined;
	pool: ExtractionPool | undefined;
	/** Per-article limits; part of the cache key, since the extraction depends on them. */
	limits: ExtractionLimits = defaultLimits;

	constructor(service: ICorroborateService, recognition: Recognition, log: FileStateLog) {
		this.#service = service;
		this.#recognition = recognition;
		this.#log = log;
	}

	/** Limits for the articles read from now on, here and in the core (the `corroborate.limits.*` settings). */
	applyLimits(limits: ExtractionLimits): void {
		this.limits = limits;
		this.#service.setLimits(limits);
	}

	/**
	 * Sets a file's text (from disk or an editor buffer): an article goes into
	 * the service, another text file only into {@link others}. True for an article.
	 * An editor's buffer follows the rule of files read from disk: larger than
	 * `maxBytes`, or read from bytes that were no text, it stays skipped, unless
	 * the user chose to analyse it ({@link Recognition.chosen}).
	 */
	set(uri: string, text: string, version = 0, languageId?: string, maxBytes = Number.POSITIVE_INFINITY): boolean {
		const refused = this.#recognition.chosen(uri) ? undefined
			: this.#unreadable.has(uri) ? this.skipped.get(uri)
			: text.length > maxBytes / 3 ? tooLarge(Buffer.byteLength(text, 'utf8'), maxBytes) : undefined;
		if (refused) {
			this.#skip(uri, refused, this.#unreadable.has(uri));
			return false;
		}
		return this.#admit(uri, this.#recognition.decide(uri, text, languageId)) && this.#store(uri, text, version);
	}

	/** Decides an article again on its text, after the rules changed; true when it stopped being one. */
	recheck(uri: string, languageId?: string): boolean {
		const text = this.#documents.get(uri)?.getText();
		return text !== undefined && !this.#byShape.has(uri) && !this.#admit(uri, this.#recognition.decide(uri, text, languageId));
	}

	delete(uri: string): void {
		this.#documents.delete(uri);
		this.#service.deleteArticle(uri);
		this.skipped.delete(uri);
		this.#unreadable.delete(uri);
		this.#log.forget(uri);
		this.others.delete(uri);
		this.demoted.delete(uri);
		this.#byShape.delete(uri);
	}

	/** Records the decision; a file that is no article leaves the service. True for an article. */
	#admit(uri: string, decision: Decision): boolean {
		this.skipped.delete(uri);
		this.#unreadable.delete(uri);
		if (decision.article) {
			this.others.delete(uri);
			this.demoted.delete(uri);
			if (decision.forced) { this.#byShape.delete(uri); } else { this.#byShape.add(uri); }
			return true;
		}
		this.#leave(uri);
		this.others.set(uri, decision.reason);
		return false;
	}

	/** Takes a file out of the service; one that was an article until now is {@link demoted}. */
	#leave(uri: string): void {
		if (this.#documents.delete(uri)) { this.demoted.add(uri); }
		this.#byShape.delete(uri);
		this.#service.deleteArticle(uri);
	}

	#store(uri: string, text: string, version: number, extraction?: ArticleExtraction): boolean {
		this.#documents.set(uri, TextDocument.create(uri, 'plaintext', version, text));
		this.#log.analysed(uri, () => this.#service.setArticle(uri, text, extraction));
		return true;
	}

	/** Leaves a file out, with the reason its notice gives; it takes no part in comparisons meanwhile. */
	#skip(uri: string, reason: string, unreadable: boolean): void {
		this.#leave(uri);
		this.others.delete(uri);
		this.skipped.set(uri, reason);
		if (unreadable) { this.#unreadable.add(uri); } else { this.#unreadable.delete(uri); }
		this.#log.skipped(uri, reason);
	}

	document(uri: string): TextDocument | undefined {
		return this.#documents.get(uri);
	}

	isArticle(uri: string): boolean {
		return this.#documents.has(uri);
	}

	uris(): string[] {
		return [...this.#documents.keys()];
	}

	/**
	 * Reads one file into the index, as an article or another text file (true
	 * either way); a file that cannot be read is skipped with a message, never thrown.
	 */
	async load(uri: string, maxBytes: number): Promise<boolean> {
		// A file the user chose to analyse is read whatever its size; the per-article limits still bound the work.
		const read = await readArticle(fileURLToPath(uri), { maxBytes: this.#recognition.chosen(uri) ? Number.POSITIVE_INFINITY : maxBytes });
		if (!read.ok) {
			this.#skip(uri, read.tooLarge ? tooLarge(read.tooLarge, maxBytes) : read.reason, !read.tooLarge);
			return false;
		}
		const hash = this.cache ? extractionKey(read.text, this.limits) : '';
		// Decided before extracting: a licence or a log costs no extraction; a text cached as read by its shape is not read again.
		const decision = this.#recognition.decide(uri, read.text, undefined, this.cache?.byShape(hash));
		if (!this.#admit(uri, decision)) { return true; }
		let extraction = this.cache?.get(hash);
		if (!extraction && this.pool) {
			extraction = await this.pool.extract(read.text, this.limits);
			this.cache?.set(hash, extraction, !decision.forced);
		} else if (extraction && !decision.forced && !this.cache?.byShape(hash)) {
			this.cache?.set(hash, extraction, true);
		}
		return this.#store(uri, read.text, 0, extraction);
	}

	/** Lists the articles of a workspace folder. */
	async list(folderUri: string, globs: ArticleGlobs): Promise<string[]> {
		const files = await findArticles(fileURLToPath(folderUri), globs, (f, why) => this.#log.skipped(pathToFileURL(f).href, why));
		return files.map(f => pathToFileURL(f).href);
	}
}

/** Why a file too large is skipped, and how to analyse it all the same. */
function tooLarge(bytes: number, maxBytes: number): string {
	return `larger than the ${maxBytes} byte limit (${bytes} bytes); Corroborate: Analyse This File Anyway or a larger corroborate.maxFileSize includes it`;
}
