import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult, type WorkspaceFolder } from 'vscode-languageserver';
import { ReviewCommands } from './review';
import { legend } from './semanticLegend';

/** What the client supports, read once from `initialize`. */
export interface ClientSupport {
	/** Settings are pulled per resource with `workspace/configuration`. */
	readonly configuration: boolean;
	readonly configurationRegistration: boolean;
	readonly watcherRegistration: boolean;
	/** Diagnostics may carry related locations (otherwise they go into the message). */
	readonly relatedInformation: boolean;
	readonly diagnosticsRefresh: boolean;
	/** The client fetches semantic tokens again on `workspace/semanticTokens/refresh`. */
	readonly semanticTokensRefresh: boolean;
	/** The client asks for code lenses and inlay hints again on `workspace/codeLens/refresh` and `workspace/inlayHint/refresh`. */
	readonly codeLensRefresh: boolean;
	readonly inlayHintRefresh: boolean;
	readonly workDoneProgress: boolean;
	/** The client pulls diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
	readonly pullDiagnostics: boolean;
}

/** Options a client (or a test) may pass in `initializationOptions`. */
export interface InitOptions {
	/** Debounce before diagnostics are recomputed, in ms (tests use 0). */
	readonly diagnosticsDelay: number;
	/** The editor's storage folder for this workspace; the extraction cache goes there. */
	readonly storagePath: string | undefined;
	/** Set false to index without the extraction cache. */
	readonly cache: boolean;
	/** Pause after the last edit before the cross-source view is recomputed in full, in ms. */
	readonly settleDelay: number;
}

export function clientSupport(params: InitializeParams): ClientSupport {
	const caps = params.capabilities;
	return Object.freeze({
		configuration: !!caps.workspace?.configuration,
		configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
		watcherRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
		relatedInformation: !!caps.textDocument?.publishDiagnostics?.relatedInformation,
		diagnosticsRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
		semanticTokensRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
		codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
		inlayHintRefresh: !!caps.workspace?.inlayHint?.refreshSupport,
		workDoneProgress: !!caps.window?.workDoneProgress,
		pullDiagnostics: !!caps.textDocument?.diagnostic,
	});
}

/** The `initializationOptions`, with defaults for what is missing or of the wrong type. */
export function initOptions(params: InitializeParams): InitOptions {
	const raw = (params.initializationOptions ?? {}) as Record<string, unknown>;
	return Object.freeze({
		diagnosticsDelay: typeof raw.diagnosticsDelay === 'number' ? raw.diagnosticsDelay : 400,
		storagePath: typeof raw.storagePath === 'string' ? raw.storagePath : undefined,
		cache: raw.cache !== false,
		settleDelay: typeof raw.settleDelay === 'number' ? raw.settleDelay : 1500,
	});
}

/** The workspace folders, or the root as the only folder for clients that send just `rootUri`. */
export function workspaceFoldersOf(params: InitializeParams): WorkspaceFolder[] {
	return params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
}

/** The server's answer to `initialize`, gated on what the client supports. */
export function initializeResult(support: ClientSupport): InitializeResult {
	return {
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
			hoverProvider: true,
			documentSymbolProvider: true,
			semanticTokensProvider: { legend, full: true, range: true },
			definitionProvider: true,
			referencesProvider: true,
			documentHighlightProvider: true,
			workspaceSymbolProvider: true,
			inlayHintProvider: true,
			codeLensProvider: { resolveProvider: false },
			codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
			executeCommandProvider: { commands: Object.values(ReviewCommands) },
			...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'corroborate', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
			workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
		},
		serverInfo: { name: 'corroborate-language-server', version: '0.1.0' },
	};
}
