import * as vscode from 'vscode';
import { ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, type ErrorHandler } from 'vscode-languageclient/node';
import { ServerGate } from './articleGate';
import { reviewMiddleware, showComparison } from './commands';
import { registerCompareView } from './compareView';
import { registerFindingsView } from './findingsView';
import { analyseAnyway, showNonArticles } from './nonArticles';
import { createStatusItems, showWaiting, updateStatus } from './status';
import { ARTICLE_LANGUAGE, StatusNotification, StatusParams } from '../../server/src/protocol';

let client: LanguageClient | undefined;

const documentSelector = [
	{ scheme: 'file', language: 'plaintext' },
	{ scheme: 'untitled', language: 'plaintext' },
	{ scheme: 'file', language: ARTICLE_LANGUAGE },
	{ scheme: 'untitled', language: ARTICLE_LANGUAGE },
];

/**
 * Registers the commands and views, and starts the Corroborate language server
 * once the workspace holds articles (see {@link ServerGate}): on an ordinary
 * repository it stays quiet until a file reads as a news article.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const serverModule = context.asAbsolutePath('server/out/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};

	const outputChannel = vscode.window.createOutputChannel('Corroborate', { log: true });
	// The server registers its own watchers dynamically; this one only helps clients that cannot.
	const watcher = vscode.workspace.createFileSystemWatcher('**/{*.txt,.corroborate.json}');
	let restarts: ErrorHandler | undefined;
	const clientOptions: LanguageClientOptions = {
		documentSelector,
		outputChannel,
		synchronize: { fileEvents: watcher },
		initializationOptions: { storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath },
		middleware: reviewMiddleware,
		// The hover card links to Compare Sources; no other command runs from the server's markdown.
		markdown: { isTrusted: { enabledCommands: ['corroborate.compareSources'] } },
		// Messages written to a server that has just died fail, several at once on a busy folder; the default handler
		// shuts the client down after three and then never restarts it. Whether to restart is decided when the
		// connection closes, with the default policy (at most 4 restarts in 3 minutes).
		errorHandler: {
			error: () => ({ action: ErrorAction.Continue }),
			closed: () => (restarts ??= client!.createDefaultErrorHandler()).closed(),
		},
	};

	const status = createStatusItems(documentSelector);
	client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
	const gate = new ServerGate(client);
	// Commands that need the server start it first.
	const start = () => gate.start();
	const findings = registerFindingsView(client, start);
	context.subscriptions.push(
		outputChannel,
		watcher,
		status,
		gate,
		...findings.disposables,
		...registerCompareView(client, start),
		// One handler per notification method: a second onNotification would replace this one.
		client.onNotification(StatusNotification.method, (params: StatusParams) => {
			updateStatus(status, params);
			findings.provider.refresh();
		}),
		vscode.commands.registerCommand('corroborate.showOutput', () => outputChannel.show(true)),
		vscode.commands.registerCommand('corroborate.restartServer', () => gate.started ? client?.restart() : gate.start()),
		vscode.commands.registerCommand('corroborate.showComparison', showComparison),
		vscode.commands.registerCommand('corroborate.showNonArticles', async () => { await start(); await showNonArticles(client!); }),
		vscode.commands.registerCommand('corroborate.analyseAnyway', (uri?: vscode.Uri) => analyseAnyway(uri)),
	);
	if (!await gate.startIfArticles()) { showWaiting(status); }
}

/** Stops the server; VS Code waits for the returned promise before unloading the extension. */
export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
