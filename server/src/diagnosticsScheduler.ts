import { CancellationToken, CodeLensRefreshRequest, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ICorroborateService } from './core';
import type { ClientSupport, InitOptions } from './capabilities';
import { toDiagnostic } from './convert';
import { DiagnosticsPublisher } from './diagnostics';
import type { Documents, IArticleChanges } from './documentSync';
import { workspaceFileUri, type WorkspaceFolders } from './folders';
import { defaultSettings, type Settings, type SettingsCache } from './settings';
import type { StatusReporter } from './status';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the diagnostics are computed from. */
export interface DiagnosticsContext {
	readonly service: ICorroborateService;
	readonly documents: Documents;
	readonly index: WorkspaceIndex;
	readonly folders: WorkspaceFolders;
	readonly settings: SettingsCache;
	readonly status: StatusReporter;
	readonly support: ClientSupport;
}

/**
 * Diagnostics for every article, pushed (debounced, see {@link DiagnosticsPublisher})
 * or, for clients that pull them, refreshed. After an edit they come first from
 * a provisional view (only the edited article re-placed); once the user pauses,
 * the view is recomputed in full and anything that changed is sent again.
 */
export class DiagnosticsScheduler implements IArticleChanges {
	readonly #connection: Connection;
	readonly #context: DiagnosticsContext;
	readonly #publisher: DiagnosticsPublisher;
	readonly #settleDelay: number;
	readonly #countDelay: number;
	#settleTimer: NodeJS.Timeout | undefined;
	#countTimer: NodeJS.Timeout | undefined;
	#viewsTimer: NodeJS.Timeout | undefined;

	constructor(connection: Connection, context: DiagnosticsContext, options: InitOptions) {
		this.#connection = connection;
		this.#context = context;
		this.#publisher = new DiagnosticsPublisher(connection, token => this.all(token), options.diagnosticsDelay);
		this.#settleDelay = options.settleDelay;
		this.#countDelay = options.diagnosticsDelay;
	}

	/** Articles or settings changed: every article's findings may have. */
	changed(): void {
		this.#refreshViewsLater();
		if (!this.#context.support.pullDiagnostics) {
			this.#publisher.schedule();
			return;
		}
		this.#context.status.send();
		this.#countLater();
		if (this.#context.support.diagnosticsRefresh) {
			this.#connection.languages.diagnostics.refresh().catch(e => this.#connection.console.log(`diagnostics refresh failed: ${(e as Error).message}`));
		}
	}

	/** Indexing ended: publish at once rather than after the debounce. */
	indexed(): void {
		if (this.#context.support.pullDiagnostics) { this.changed(); } else { this.#refreshViewsLater(); this.#publisher.schedule(0); }
	}

	forget(uri: string): void {
		this.#publisher.forget(uri);
	}

	/** Resolves once no push is waiting or running. */
	idle(): Promise<void> {
		return this.#publisher.idle();
	}

	/** One document's diagnostics (an article or a workspace file), for a pull. */
	async document(uri: string, token: CancellationToken): Promise<Diagnostic[]> {
		const settings = await this.#context.settings.get(uri);
		if (token.isCancellationRequested || this.#context.index.others.has(uri)) { return []; }
		const skipped = this.#context.index.skipped.get(uri);
		if (skipped !== undefined) { return this.#skippedDiagnostics(uri, skipped, settings); }
		this.#settleIfProvisional();
		return this.#diagnosticsOf(uri, await this.#context.documents.getOrReadWorkspaceFile(uri), settings, token);
	}

	/**
	 * The diagnostics of every article, workspace file and skipped file (none
	 * for files that are not articles); while the folders are still being
	 * indexed, of the open articles only (the rest follows when indexing ends).
	 * Undefined when cancelled.
	 */
	async all(token: CancellationToken): Promise<Map<string, Diagnostic[]> | undefined> {
		const all = new Map<string, Diagnostic[]>();
		const { documents, index, status, folders } = this.#context;
		const open = documents.openUris().filter(uri => !index.others.has(uri));
		for (const uri of status.indexing ? open : new Set([...index.uris(), ...open])) {
			const settings = await this.#context.settings.get(uri);
			if (token.isCancellationRequested) { return undefined; }
			all.set(uri, this.#diagnosticsOf(uri, documents.get(uri), settings, token));
		}
		for (const folder of folders.uris) {
			const uri = workspaceFileUri(folder);
			const document = await documents.getOrReadWorkspaceFile(uri);
			if (token.isCancellationRequested) { return undefined; }
			if (document) { all.set(uri, this.#diagnosticsOf(uri, document, defaultSettings, token)); }
		}
		// A file that stopped being an article gets an explicit empty report, so a pulling client drops what it had.
		for (const uri of index.demoted) { all.set(uri, []); }
		for (const [uri, reason] of index.skipped) { all.set(uri, this.#skippedDiagnostics(uri, reason, await this.#context.settings.get(uri))); }
		if (token.isCancellationRequested) { return undefined; }
		// The status counts what the client was just given, so they equal its Problems panel.
		if (this.#countTimer) { clearTimeout(this.#countTimer); this.#countTimer = undefined; }
		status.count(all);
		status.send();
		this.#settleIfProvisional();
		return all;
	}

	/**
	 * A pulling client asks for the diagnostics when it likes (VS Code pulls the
	 * workspace's every 2 s); one that never pulls them all still gets counts
	 * that follow the change, from a pass of our own.
	 */
	#countLater(): void {
		if (this.#countTimer) { clearTimeout(this.#countTimer); }
		this.#countTimer = setTimeout(() => {
			this.#countTimer = undefined;
			void this.all(CancellationToken.None);
		}, this.#countDelay);
	}

	/**
	 * The lenses and inlay hints of an open article count what other articles
	 * state, so they go stale when another article changes or indexing ends (an
	 * article opened while the folder is indexed got lenses that counted only
	 * what was indexed by then): ask the client, once the changes pause, to
	 * fetch them again.
	 */
	#refreshViewsLater(): void {
		const { codeLensRefresh, inlayHintRefresh } = this.#context.support;
		if (!codeLensRefresh && !inlayHintRefresh) { return; }
		if (this.#viewsTimer) { clearTimeout(this.#viewsTimer); }
		this.#viewsTimer = setTimeout(() => {
			this.#viewsTimer = undefined;
			const failed = (what: string) => (e: Error) => this.#connection.console.log(`${what} refresh failed: ${e.message}`);
			if (codeLensRefresh) { this.#connection.sendRequest(CodeLensRefreshRequest.type).catch(failed('code lens')); }
			if (inlayHintRefresh) { this.#connection.languages.inlayHint.refresh().catch(failed('inlay hint')); }
		}, this.#countDelay);
	}

	/** The notice on a file left out of the analysis, at the start of the file (whose text is not kept). */
	#skippedDiagnostics(uri: string, reason: string, settings: Settings): Diagnostic[] {
		const empty = TextDocument.create(uri, 'plaintext', 0, '');
		return this.#context.service.getSkippedDiagnostics(uri, reason, settings.severity).flatMap(f => toDiagnostic(f, () => empty, false) ?? []);
	}

	#diagnosticsOf(uri: string, own: TextDocument | undefined, settings: Settings, token: CancellationToken): Diagnostic[] {
		const documentOf = (u: string) => u === uri ? own : this.#context.documents.get(u);
		return this.#context.service.computeDiagnostics(uri, token, settings.severity).flatMap(f => toDiagnostic(f, documentOf, this.#context.support.relatedInformation) ?? []);
	}

	#settleIfProvisional(): void {
		if (!this.#context.service.isProvisional()) { return; }
		if (this.#settleTimer) { clearTimeout(this.#settleTimer); }
		this.#settleTimer = setTimeout(() => {
			this.#settleTimer = undefined;
			if (!this.#context.service.isProvisional()) { return; }
			this.#context.service.settle();
			this.changed();
		}, this.#settleDelay);
	}
}
