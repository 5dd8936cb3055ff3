import {
	DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind,
	type CancellationToken, type Connection, type Range, type SemanticTokens, type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { initializeResult } from './capabilities';
import { toCompareResult, toFindingsGroups } from './compare';
import { toDocumentSymbol, toRange } from './convert';
import { recheckAll, syncDocuments } from './documentSync';
import { workspaceFileUri } from './folders';
import { toCodeLens, toInlayHint, toWorkspaceSymbols } from './navigation';
import { CompareRequest, FindingsRequest, NonArticlesRequest, type CompareResult, type NonArticle } from './protocol';
import { reviewActions, runReviewCommand } from './review';
import { noSemanticTokens, toSemanticTokens } from './semanticTokens';
import { createSession, type Session } from './session';

/**
 * Wires the analysis core to an LSP connection: indexing of every article in
 * the workspace folders, document sync (unsaved buffers win), file watching,
 * the editor features and diagnostics for all articles. Each handler gets the
 * document (or answers empty), calls the core with the request's token and
 * converts the result; the state lives in the {@link Session}.
 */
export function startServer(connection: Connection): void {
	connection.onInitialize(params => {
		const session = createSession(connection, params);
		listenLifecycle(connection, session);
		listenDocumentFeatures(connection, session);
		listenWorkspaceFeatures(connection, session);
		listenDiagnostics(connection, session);
		syncDocuments(connection, session);
		return initializeResult(session.support);
	});
	connection.listen();
}

function listenLifecycle(connection: Connection, session: Session): void {
	const { support, settings, diagnostics, indexer } = session;
	connection.onInitialized(() => {
		if (support.configurationRegistration) { void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }); }
		if (support.watcherRegistration) { void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }); }
		void indexer.run().then(() => diagnostics.indexed()).catch(e => connection.console.error(`indexing failed: ${(e as Error).stack ?? e}`));
	});
	connection.onDidChangeConfiguration(change => {
		settings.changed(change.settings);
		void indexer.applyLimits();
		// corroborate.files.recognition or .articles may have changed which files are articles: every finding
		// may change once they are decided again (a pulling client would otherwise be asked to refresh twice).
		void recheckAll(connection, session).then(() => diagnostics.changed());
	});
	connection.onShutdown(async () => {
		await diagnostics.idle();
		await indexer.saved();
	});
}

function listenDocumentFeatures(connection: Connection, { service, documents, settings }: Session): void {
	connection.onHover((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) { return null; }
		const card = service.getHover(params.textDocument.uri, document.offsetAt(params.position), token);
		return card ? { contents: { kind: 'markdown', value: card.markdown }, range: toRange(document, card.span) } : null;
	});
	connection.onDocumentSymbol((params, token) => {
		const document = documents.get(params.textDocument.uri);
		return document ? service.getDocumentSymbols(params.textDocument.uri, token).map(s => toDocumentSymbol(document, s)) : [];
	});
	const semanticTokens = async (uri: string, token: CancellationToken, range?: Range): Promise<SemanticTokens> => {
		const document = documents.get(uri);
		if (!document) { return noSemanticTokens(); }
		const { highlight } = await settings.get(uri);
		// The core computes highlights whatever the token says; a request cancelled by now gets none.
		if (token.isCancellationRequested) { return noSemanticTokens(); }
		const span = range && { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
		return toSemanticTokens(document, service.getSemanticTokens(uri, highlight, token, span), token);
	};
	connection.languages.semanticTokens.on((params, token) => semanticTokens(params.textDocument.uri, token));
	connection.languages.semanticTokens.onRange((params, token) => semanticTokens(params.textDocument.uri, token, params.range));
	connection.onDocumentHighlight((params, token) => {
		const document = documents.get(params.textDocument.uri);
		return document ? service.getDocumentHighlights(params.textDocument.uri, document.offsetAt(params.position), token).map(span => ({ range: toRange(document, span) })) : [];
	});
	connection.languages.inlayHint.on(async (params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document || !(await settings.get(params.textDocument.uri)).inlayHints) { return []; }
		const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
		return service.getInlayHints(params.textDocument.uri, span, token).map(h => toInlayHint(document, h));
	});
	connection.onCodeLens((params, token) => {
		const document = documents.get(params.textDocument.uri);
		return document ? service.getCodeLenses(params.textDocument.uri, token).map(lens => toCodeLens(document, lens, documents.locate)) : [];
	});
}

function listenWorkspaceFeatures(connection: Connection, { service, documents, index }: Session): void {
	const { locate } = documents;
	connection.onDefinition((params, token) => {
		const document = documents.get(params.textDocument.uri);
		const found = document ? service.getDefinition(params.textDocument.uri, document.offsetAt(params.position), token) : null;
		return found ? locate(found) : null;
	});
	connection.onReferences((params, token) => {
		const document = documents.get(params.textDocument.uri);
		return document ? service.getReferences(params.textDocument.uri, document.offsetAt(params.position), token).flatMap(locate) : [];
	});
	connection.onWorkspaceSymbol((params, token) => service.getWorkspaceSymbols(params.query, token).flatMap(s => toWorkspaceSymbols(s, locate)));
	connection.onRequest(CompareRequest.method, (params: TextDocumentPositionParams, token: CancellationToken): CompareResult | null => {
		const document = documents.get(params.textDocument.uri);
		const comparison = document ? service.getEventComparison(params.textDocument.uri, document.offsetAt(params.position), token) : null;
		return comparison ? toCompareResult(comparison, locate) : null;
	});
	// Registered by name: clients send this request with no params or with null, and the token comes last either way.
	connection.onRequest(FindingsRequest.method, (...args: unknown[]) => toFindingsGroups(service.getFindingGroups(args[args.length - 1] as CancellationToken), locate));
	connection.onRequest(NonArticlesRequest.method, (): NonArticle[] => [...index.others].map(([uri, reason]) => ({ uri, reason })).sort((a, b) => a.uri < b.uri ? -1 : 1));
}

function listenDiagnostics(connection: Connection, session: Session): void {
	const { service, documents, folders, settings, diagnostics, recognition } = session;
	connection.languages.diagnostics.on(async (params, token) => ({ kind: DocumentDiagnosticReportKind.Full, items: await diagnostics.document(params.textDocument.uri, token) }));
	connection.languages.diagnostics.onWorkspace(async (_params, token) => {
		const all = await diagnostics.all(token);
		if (!all || token.isCancellationRequested) { return { items: [] }; }
		return { items: [...all].map(([uri, items]) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: documents.version(uri), items })) };
	});
	connection.onCodeAction(params => {
		const document = documents.get(params.textDocument.uri);
		return document ? reviewActions(params, document) : [];
	});
	connection.onExecuteCommand(async (params, token) => {
		const malformed = (configUri: string) => service.computeDiagnostics(configUri, token).some(f => f.code === 'config.malformed');
		if (await runReviewCommand(connection, params.command, params.arguments ?? [], uri => folders.folderOf(uri), malformed, token)) {
			await settings.loadWorkspaceFiles();
			// The command may have created a workspace file, which makes every file of its folder an article.
			for (const folder of folders.uris) { recognition.workspaceFileChanged(workspaceFileUri(folder)); }
			await recheckAll(connection, session);
			diagnostics.changed();
		}
	});
}
