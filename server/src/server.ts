import {
	CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, FileChangeType, InlayHintKind, SemanticTokensBuilder, TextDocuments, TextDocumentSyncKind,
	type Connection, type Diagnostic, type InitializeParams, type TextDocumentPositionParams, type InitializeResult, type WorkspaceFolder, type CancellationToken, type SemanticTokens,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { createCorroborateService, type Span } from './core';
import { toDiagnostic, toDocumentSymbol, toRange, codesUrl } from './convert';
import { SymbolKind } from 'vscode-languageserver';
import { DiagnosticsPublisher } from './diagnostics';
import { isArticlePath } from './files';
import { CompareRequest, FindingsRequest, StatusNotification, type CompareCell, type CompareResult, type StatusParams } from './protocol';
import { legend, modifierBits, tokenTypeOf } from './semanticLegend';
import { defaultSettings, globsOf, normalizeSettings, type Settings } from './settings';
import { WorkspaceIndex } from './workspaceIndex';
import { ExtractionCache, cacheFile } from './extractionCache';
import { ExtractionPool } from './extractionPool';
import { ReviewCommands, reviewActions, runReviewCommand } from './review';
import { readWorkspaceFile } from './workspaceFile';
import { WORKSPACE_FILE } from './core';

/** Options a client (or a test) may pass in `initializationOptions`. */
interface InitOptions {
	/** Debounce before diagnostics are recomputed, in ms (tests use 0). */
	diagnosticsDelay?: number;
	/** The editor's storage folder for this workspace; the extraction cache goes there. */
	storagePath?: string;
	/** Set false to index without the extraction cache. */
	cache?: boolean;
	/** Pause after the last edit before the cross-source view is recomputed in full, in ms. */
	settleDelay?: number;
}

/**
 * Wires the analysis core to an LSP connection: indexing of every article in
 * the workspace folders, document sync (unsaved buffers win), file watching,
 * semantic tokens, hover, document symbols and diagnostics for all articles.
 */
export function startServer(connection: Connection): void {
	const log = (message: string) => connection.console.log(message);
	const service = createCorroborateService({ logger: { log } });
	const index = new WorkspaceIndex(service, log);
	const documents = new TextDocuments(TextDocument);
	const settingsCache = new Map<string, Promise<Settings>>();
	let folders: WorkspaceFolder[] = [];
	let globalSettings = defaultSettings;
	let hasConfiguration = false;
	let hasWatcherRegistration = false;
	let hasConfigRegistration = false;
	let hasRelated = false;
	let hasRefresh = false;
	let hasProgress = false;
	let pullDiagnostics = false;
	let indexing = false;
	let publisher: DiagnosticsPublisher;
	let cacheSaved: Promise<void> = Promise.resolve();
	let settleDelay = 1500;

	const folderOf = (uri: string) => folders.filter(f => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`)).sort((a, b) => b.uri.length - a.uri.length)[0];
	const documentOf = (uri: string) => documents.get(uri) ?? index.document(uri);

	/** Editor settings for a resource, with the folder's workspace file globs taking precedence. */
	function getSettings(uri: string): Promise<Settings> {
		const scope = folderOf(uri)?.uri ?? uri;
		let result = settingsCache.get(scope);
		if (!result) {
			const editor = hasConfiguration ? connection.workspace.getConfiguration({ scopeUri: scope, section: 'corroborate' }).then(normalizeSettings, () => defaultSettings) : Promise.resolve(globalSettings);
			result = editor.then(s => {
				const file = service.getWorkspaceConfig(`${scope.endsWith('/') ? scope : `${scope}/`}x`);
				return { ...s, files: { include: file.include ?? s.files.include, exclude: file.exclude ? [...file.exclude] : s.files.exclude } };
			});
			settingsCache.set(scope, result);
		}
		return result;
	}

	const workspaceFileUri = (folder: string) => `${folder.endsWith('/') ? folder : `${folder}/`}${WORKSPACE_FILE}`;

	async function loadWorkspaceFile(folder: string): Promise<void> {
		service.setWorkspaceConfig(folder, await readWorkspaceFile(folder));
		settingsCache.clear();
	}

	// After an edit, diagnostics come first from a provisional view (only the edited article re-placed);
	// once the user pauses, the view is recomputed in full and anything that changed is published.
	let settleTimer: NodeJS.Timeout | undefined;
	function settleLater(): void {
		if (settleTimer) { clearTimeout(settleTimer); }
		settleTimer = setTimeout(() => {
			settleTimer = undefined;
			if (!service.isProvisional()) { return; }
			service.settle();
			diagnosticsChanged();
		}, settleDelay);
	}

	function diagnosticsChanged(): void {
		if (pullDiagnostics) {
			sendStatus();
			if (hasRefresh) { connection.languages.diagnostics.refresh().catch(e => log(`diagnostics refresh failed: ${(e as Error).message}`)); }
		} else {
			publisher.schedule();
		}
	}

	async function isArticle(uri: string): Promise<boolean> {
		const folder = folderOf(uri);
		if (!folder || !uri.startsWith('file:')) { return false; }
		return isArticlePath(path.relative(fileURLToPath(folder.uri), fileURLToPath(uri)), globsOf(await getSettings(uri)));
	}

	let lastCounts = { contradictions: 0, findings: 0 };
	function sendStatus(): void {
		// While indexing, only the article count moves: comparing the whole corpus after every batch would cost more than indexing it.
		if (!indexing) { lastCounts = service.getStatus(); }
		const status: StatusParams = { ...lastCounts, articles: index.uris().length, indexing, skipped: index.skipped.size };
		void connection.sendNotification(StatusNotification.method, status);
	}

	async function computeAll(): Promise<Map<string, Diagnostic[]>> {
		const all = new Map<string, Diagnostic[]>();
		// While the folder is still being indexed, open files come first; the rest is published when indexing ends.
		for (const uri of indexing ? documents.keys() : new Set([...index.uris(), ...documents.keys()])) {
			const settings = await getSettings(uri);
			const findings = service.computeDiagnostics(uri, { isCancellationRequested: false });
			all.set(uri, findings.flatMap(f => toDiagnostic(f, documentOf, settings, hasRelated) ?? []));
		}
		for (const folder of folders) {
			const uri = workspaceFileUri(folder.uri);
			const findings = service.computeDiagnostics(uri, { isCancellationRequested: false });
			const doc = documentOf(uri) ?? await configDocument(uri);
			if (doc) { all.set(uri, findings.flatMap(f => toDiagnostic(f, u => u === uri ? doc : documentOf(u), defaultSettings, hasRelated) ?? [])); }
		}
		for (const [uri, reason] of index.skipped) {
			if ((await getSettings(uri)).severity['input.skipped'] === 'off') { continue; }
			all.set(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, code: 'input.skipped', codeDescription: { href: codesUrl }, source: 'corroborate', message: `Corroborate skipped this file: ${reason}` }]);
		}
		sendStatus();
		if (service.isProvisional()) { settleLater(); }
		return all;
	}


	async function configDocument(uri: string): Promise<TextDocument | undefined> {
		const text = await readWorkspaceFile(uri.slice(0, uri.length - WORKSPACE_FILE.length));
		return text === null ? undefined : TextDocument.create(uri, 'json', 0, text);
	}

	async function indexFolders(): Promise<void> {
		indexing = true;
		const progress = hasProgress ? await connection.window.createWorkDoneProgress() : undefined;
		progress?.begin('Corroborate: indexing articles', 0, undefined, false);
		const started = Date.now();
		const cached = await index.cache?.load() ?? 0;
		index.pool = new ExtractionPool();
		const limits = (await getSettings(folders[0]?.uri ?? '')).limits;
		index.limits = limits;
		service.setLimits(limits);
		try {
			for (const folder of folders) { await loadWorkspaceFile(folder.uri); }
			for (const folder of folders) {
				const settings = await getSettings(folder.uri);
				const uris = await index.list(folder.uri, globsOf(settings));
				// Batches keep every worker busy while the main thread still answers requests between them.
				const batch = 64;
				for (let i = 0; i < uris.length; i += batch) {
					await Promise.all(uris.slice(i, i + batch).map(uri => documents.get(uri) ? undefined : index.load(uri, settings.maxFileSize)));
					progress?.report(Math.round(100 * Math.min(uris.length, i + batch) / uris.length), `${Math.min(uris.length, i + batch)} of ${uris.length} articles`);
					sendStatus();
					await new Promise(r => setImmediate(r));
				}
			}
		} finally {
			indexing = false;
			progress?.done();
			await index.pool.dispose();
			index.pool = undefined;
		}
		log(`indexed ${index.uris().length} articles in ${Date.now() - started} ms (${index.skipped.size} skipped, ${cached} cached extractions available)`);
		cacheSaved = index.cache?.save().catch(e => log(`could not save the extraction cache: ${(e as Error).message}`)) ?? Promise.resolve();
		if (pullDiagnostics) { diagnosticsChanged(); } else { publisher.schedule(0); }
	}

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		const caps = params.capabilities;
		hasConfiguration = !!caps.workspace?.configuration;
		hasConfigRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
		hasWatcherRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
		hasRelated = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
		hasRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
		hasProgress = !!caps.window?.workDoneProgress;
		pullDiagnostics = !!caps.textDocument?.diagnostic;
		folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
		const options = (params.initializationOptions ?? {}) as InitOptions;
		publisher = new DiagnosticsPublisher(connection, computeAll, typeof options.diagnosticsDelay === 'number' ? options.diagnosticsDelay : 400);
		if (typeof options.settleDelay === 'number') { settleDelay = options.settleDelay; }
		if (options.cache !== false) { index.cache = new ExtractionCache(cacheFile(typeof options.storagePath === 'string' ? options.storagePath : undefined, folders.map(f => f.uri))); }
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
				...(pullDiagnostics ? { diagnosticProvider: { identifier: 'corroborate', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'corroborate-language-server', version: '0.1.0' },
		};
	});

	connection.onInitialized(() => {
		if (hasConfigRegistration) { void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }); }
		if (hasWatcherRegistration) { void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }); }
		void indexFolders().catch(e => connection.console.error(`indexing failed: ${(e as Error).stack ?? e}`));
	});

	connection.onDidChangeConfiguration(change => {
		settingsCache.clear();
		if (!hasConfiguration) { globalSettings = normalizeSettings((change.settings as { corroborate?: unknown } | undefined)?.corroborate); }
		void getSettings(folders[0]?.uri ?? '').then(s => {
			index.limits = s.limits;
			service.setLimits(s.limits);
		});
		diagnosticsChanged();
	});

	documents.onDidChangeContent(e => {
		if (e.document.uri.endsWith(`/${WORKSPACE_FILE}`)) { return; }
		index.set(e.document.uri, e.document.getText(), e.document.version);
		diagnosticsChanged();
	});

	documents.onDidClose(e => {
		void (async () => {
			const uri = e.document.uri;
			if (uri.endsWith(`/${WORKSPACE_FILE}`)) { return; }
			if (await isArticle(uri) && await index.load(uri, (await getSettings(uri)).maxFileSize)) { return diagnosticsChanged(); }
			index.delete(uri);
			publisher.forget(uri);
			diagnosticsChanged();
		})();
	});

	connection.onDidChangeWatchedFiles(async params => {
		for (const change of params.changes) {
			const folder = folders.find(f => workspaceFileUri(f.uri) === change.uri);
			if (folder) {
				await loadWorkspaceFile(folder.uri);
				continue;
			}
			if (change.type === FileChangeType.Deleted) {
				if (!documents.get(change.uri)) {
					index.delete(change.uri);
					publisher.forget(change.uri);
				}
			} else if (!documents.get(change.uri) && await isArticle(change.uri)) {
				await index.load(change.uri, (await getSettings(change.uri)).maxFileSize);
			}
		}
		diagnosticsChanged();
	});

	connection.onHover((params, token) => {
		const document = documentOf(params.textDocument.uri);
		if (!document) { return null; }
		const card = service.getHover(params.textDocument.uri, document.offsetAt(params.position), token);
		return card ? { contents: { kind: 'markdown', value: card.markdown }, range: toRange(document, card.span) } : null;
	});

	connection.onDocumentSymbol((params, token) => {
		const document = documentOf(params.textDocument.uri);
		return document ? service.getDocumentSymbols(params.textDocument.uri, token).map(s => toDocumentSymbol(document, s)) : [];
	});

	async function semanticTokens(uri: string, token: CancellationToken, span?: Span): Promise<SemanticTokens> {
		const document = documentOf(uri);
		const builder = new SemanticTokensBuilder();
		if (!document) { return builder.build(); }
		const settings = await getSettings(uri);
		for (const t of service.getSemanticTokens(uri, settings.highlight, token, span)) {
			const type = tokenTypeOf(t.kind);
			const mods = modifierBits(t.modifiers);
			// A token may not cross a line break: emit one piece per line.
			let start = t.span.start;
			while (start < t.span.end) {
				const pos = document.positionAt(start);
				const lineEnd = document.offsetAt({ line: pos.line + 1, character: 0 });
				const end = Math.min(t.span.end, lineEnd > start ? lineEnd : t.span.end);
				const text = document.getText().slice(start, end).replace(/[\r\n]+$/, '');
				if (text.length) { builder.push(pos.line, pos.character, text.length, type, mods); }
				start = end;
			}
		}
		return builder.build();
	}

	connection.languages.semanticTokens.on((params, token) => semanticTokens(params.textDocument.uri, token));
	connection.languages.semanticTokens.onRange((params, token) => {
		const document = documentOf(params.textDocument.uri);
		const span = document ? { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) } : undefined;
		return semanticTokens(params.textDocument.uri, token, span);
	});

	const location = (l: { uri: string; span: Span }) => {
		const doc = documentOf(l.uri);
		return doc ? [{ uri: l.uri, range: toRange(doc, l.span) }] : [];
	};
	const at = (uri: string, position: { line: number; character: number }) => documentOf(uri)?.offsetAt(position);

	connection.onDefinition((params, token) => {
		const offset = at(params.textDocument.uri, params.position);
		const found = offset === undefined ? null : service.getDefinition(params.textDocument.uri, offset, token);
		return found ? location(found) : null;
	});

	connection.onReferences((params, token) => {
		const offset = at(params.textDocument.uri, params.position);
		return offset === undefined ? [] : service.getReferences(params.textDocument.uri, offset, token).flatMap(location);
	});

	connection.onDocumentHighlight((params, token) => {
		const document = documentOf(params.textDocument.uri);
		if (!document) { return []; }
		return service.getDocumentHighlights(params.textDocument.uri, document.offsetAt(params.position), token).map(span => ({ range: toRange(document, span) }));
	});

	connection.onWorkspaceSymbol((params, token) => service.getWorkspaceSymbols(params.query, token).flatMap(s => location(s.location).map(l => ({
		name: s.name, containerName: s.detail, kind: s.kind === 'actor' ? SymbolKind.Class : SymbolKind.Event, location: l,
	}))));

	connection.languages.inlayHint.on(async (params, token) => {
		const document = documentOf(params.textDocument.uri);
		if (!document || !(await getSettings(params.textDocument.uri)).inlayHints) { return []; }
		const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
		return service.getInlayHints(params.textDocument.uri, span, token).map(h => ({ position: document.positionAt(h.offset), label: h.label, tooltip: h.tooltip, kind: InlayHintKind.Type, paddingLeft: true }));
	});

	connection.onCodeLens((params, token) => {
		const document = documentOf(params.textDocument.uri);
		if (!document) { return []; }
		return service.getCodeLenses(params.textDocument.uri, token).map(lens => {
			const range = toRange(document, { start: lens.span.start, end: lens.span.start });
			// editor.action.showReferences is VS Code's peek view; other clients show the title and may ignore the command.
			return { range, command: { title: lens.title, command: 'corroborate.showComparison', arguments: [params.textDocument.uri, range.start, lens.locations.flatMap(location)] } };
		});
	});

	connection.onCodeAction(params => {
		const document = documentOf(params.textDocument.uri);
		return document ? reviewActions(params, document) : [];
	});

	connection.onExecuteCommand(async params => {
		const changed = await runReviewCommand(connection, params.command, params.arguments ?? [], uri => folderOf(uri)?.uri, uri => service.computeDiagnostics(uri, { isCancellationRequested: false }).some(f => f.code === 'config.malformed'));
		if (changed) {
			for (const folder of folders) { await loadWorkspaceFile(folder.uri); }
			diagnosticsChanged();
		}
	});

	connection.languages.diagnostics.on(async (params, token) => {
		const uri = params.textDocument.uri;
		const settings = await getSettings(uri);
		if (token.isCancellationRequested) { return { kind: DocumentDiagnosticReportKind.Full, items: [] }; }
		if (service.isProvisional()) { settleLater(); }
		const own = documentOf(uri) ?? (uri.endsWith(`/${WORKSPACE_FILE}`) ? await configDocument(uri) : undefined);
		const docs = (u: string) => u === uri ? own : documentOf(u);
		return { kind: DocumentDiagnosticReportKind.Full, items: service.computeDiagnostics(uri, token).flatMap(f => toDiagnostic(f, docs, settings, hasRelated) ?? []) };
	});

	connection.languages.diagnostics.onWorkspace(async (_params, token) => {
		const all = await computeAll();
		if (token.isCancellationRequested) { return { items: [] }; }
		return { items: [...all].map(([uri, items]) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: documents.get(uri)?.version ?? null, items })) };
	});

	connection.onRequest(CompareRequest.method, (params: TextDocumentPositionParams, token: CancellationToken): CompareResult | null => {
		const document = documentOf(params.textDocument.uri);
		const result = document ? service.getEventComparison(params.textDocument.uri, document.offsetAt(params.position), token) : null;
		if (!result) { return null; }
		const cellOf = (c: { uri: string; span: Span; quote: string; value: string; attribution: string | null; verdict: CompareCell['verdict'] }): CompareCell[] =>
			location(c).map(l => ({ ...l, quote: c.quote, value: c.value, attribution: c.attribution, verdict: c.verdict }));
		return {
			event: result.event, label: result.label, articles: result.articles.map(a => ({ ...a })),
			facts: result.facts.map(f => ({ fact: f.fact, label: f.label, cells: f.cells.flatMap(cellOf) })),
			timeline: result.timeline.flatMap(t => cellOf(t.cell).map(cell => ({ date: t.date, cell }))),
		};
	});

	// Registered by name: clients send this request with no params or with null, and the token comes last either way.
	connection.onRequest(FindingsRequest.method, (...args: unknown[]) => service.getFindingGroups(args[args.length - 1] as CancellationToken).map(g => ({
		event: g.event, label: g.label,
		facts: g.facts.map(f => ({ fact: f.fact, label: f.label, findings: f.findings.flatMap(x => location(x).map(l => ({ ...l, severity: x.severity, code: x.code, message: x.message }))) })),
	})));

	connection.onShutdown(async () => {
		await publisher?.idle();
		await cacheSaved;
	});

	documents.listen(connection);
	connection.listen();
}
