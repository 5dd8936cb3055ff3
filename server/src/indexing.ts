import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { ClientSupport, InitOptions } from './capabilities';
import type { Documents } from './documentSync';
import { ExtractionCache, cacheFile } from './extractionCache';
import { ExtractionPool } from './extractionPool';
import type { WorkspaceFolders } from './folders';
import { globsOf, type SettingsCache } from './settings';
import type { StatusReporter } from './status';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the indexer reads into. */
export interface IndexingContext {
	readonly index: WorkspaceIndex;
	readonly documents: Documents;
	readonly folders: WorkspaceFolders;
	readonly settings: SettingsCache;
	readonly status: StatusReporter;
	readonly support: ClientSupport;
}

// Batches keep every worker busy while the main thread still answers requests between them.
const BATCH = 64;

/**
 * Reads every article of the workspace folders into the index at start, with
 * progress: extractions come from the content-hash cache of earlier sessions
 * or from worker threads, and the cache is saved afterwards.
 */
export class Indexer {
	readonly #connection: Connection;
	readonly #context: IndexingContext;
	#cacheSaved: Promise<void> = Promise.resolve();

	constructor(connection: Connection, context: IndexingContext, options: InitOptions) {
		this.#connection = connection;
		this.#context = context;
		if (options.cache) { context.index.cache = new ExtractionCache(cacheFile(options.storagePath, context.folders.uris)); }
	}

	/** Indexes the workspace folders (open documents keep their buffers). */
	async run(): Promise<void> {
		const { index, status, settings, folders } = this.#context;
		status.indexing = true;
		const progress = this.#context.support.workDoneProgress ? await this.#connection.window.createWorkDoneProgress() : undefined;
		progress?.begin('Corroborate: indexing articles', 0, undefined, false);
		const started = Date.now();
		const cached = await index.cache?.load() ?? 0;
		const pool = index.pool = new ExtractionPool();
		await this.applyLimits();
		try {
			await settings.loadWorkspaceFiles();
			for (const folder of folders.uris) { await this.#indexFolder(folder, progress); }
		} finally {
			status.indexing = false;
			progress?.done();
			await pool.dispose();
			index.pool = undefined;
		}
		this.#connection.console.log(`indexed ${index.uris().length} articles in ${Date.now() - started} ms (${index.others.size} other text files not recognised as articles, ${index.skipped.size} skipped, ${cached} cached extractions available)`);
		this.#cacheSaved = index.cache?.save().catch(e => this.#connection.console.log(`could not save the extraction cache: ${(e as Error).message}`)) ?? Promise.resolve();
	}

	/** Applies the `corroborate.limits.*` settings (window-wide, so the first folder's) to articles read from now on. */
	async applyLimits(): Promise<void> {
		const { index, settings, folders } = this.#context;
		index.applyLimits((await settings.get(folders.first)).limits);
	}

	/** Resolves once the extraction cache is written (at shutdown). */
	saved(): Promise<void> {
		return this.#cacheSaved;
	}

	async #indexFolder(folder: string, progress: WorkDoneProgressServerReporter | undefined): Promise<void> {
		const { index, documents, status } = this.#context;
		const settings = await this.#context.settings.get(folder);
		const uris = await index.list(folder, globsOf(settings));
		for (let i = 0; i < uris.length; i += BATCH) {
			await Promise.all(uris.slice(i, i + BATCH).map(uri => documents.isOpen(uri) ? undefined : index.load(uri, settings.maxFileSize)));
			const done = Math.min(uris.length, i + BATCH);
			progress?.report(Math.round(100 * done / uris.length), `${done} of ${uris.length} files`);
			status.send();
			await new Promise(r => setImmediate(r));
		}
	}
}
