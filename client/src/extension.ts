import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { reviewMiddleware, showComparison } from './commands';
import { registerCompareView } from './compareView';
import { registerFindingsView } from './findingsView';
import { StatusNotification, StatusParams } from '../../server/src/protocol';

let client: LanguageClient | undefined;

const documentSelector = [
	{ scheme: 'file', language: 'plaintext' },
	{ scheme: 'untitled', language: 'plaintext' },
	{ scheme: 'file', language: 'news-article' },
	{ scheme: 'untitled', language: 'news-article' },
];

/** Starts the Corroborate language server and wires the status item and commands to it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const serverModule = context.asAbsolutePath('server/out/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};

	const outputChannel = vscode.window.createOutputChannel('Corroborate', { log: true });
	// The server registers its own watchers dynamically; this one only helps clients that cannot.
	const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
	const clientOptions: LanguageClientOptions = {
		documentSelector,
		outputChannel,
		synchronize: { fileEvents: watcher },
		initializationOptions: { storagePath: context.storageUri?.fsPath ?? context.globalStorageUri.fsPath },
		middleware: reviewMiddleware,
	};

	const status = vscode.languages.createLanguageStatusItem('corroborate.status', documentSelector);
	status.name = 'Corroborate';
	status.text = 'Corroborate';
	status.command = { title: 'Show Output', command: 'corroborate.showOutput' };

	client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
	const findings = registerFindingsView(client);
	context.subscriptions.push(
		outputChannel,
		watcher,
		status,
		...findings.disposables,
		...registerCompareView(client),
		// One handler per notification method: a second onNotification would replace this one.
		client.onNotification(StatusNotification.method, (params: StatusParams) => {
			updateStatus(status, params);
			findings.provider.refresh();
		}),
		vscode.commands.registerCommand('corroborate.showOutput', () => outputChannel.show(true)),
		vscode.commands.registerCommand('corroborate.restartServer', () => client?.restart()),
		vscode.commands.registerCommand('corroborate.showComparison', showComparison),
	);
	await client.start();
}

/** Stops the server; VS Code waits for the returned promise before unloading the extension. */
export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}

function updateStatus(status: vscode.LanguageStatusItem, params: StatusParams): void {
	status.busy = params.indexing;
	status.text = params.indexing
		? `$(sync~spin) indexing ${plural(params.articles, 'article')}`
		: `${plural(params.articles, 'article')} · ${plural(params.contradictions, 'contradiction')}`;
	const details = [plural(params.findings, 'finding')];
	if (params.skipped > 0) {
		details.push(`${params.skipped} skipped`);
	}
	status.detail = details.join(', ');
	status.severity = params.skipped > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
