import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

/** The repository root (tests run from out/test/server). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');
export const seedUri = (name: string) => pathToFileURL(path.join(seedsDir, name)).href;

/**
 * Starts the bundled server (`server/out/server.js --stdio`) as a child process
 * and speaks JSON-RPC to it, as Neovim or Helix would.
 */
export class LspClient {
	readonly connection: MessageConnection;
	readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
	readonly notifications: { method: string; params: unknown }[] = [];
	readonly logs: string[] = [];
	readonly #child: ChildProcess;
	readonly #waiters: (() => void)[] = [];

	/** `settings` answers the server's `workspace/configuration` requests for the `corroborate` section. */
	constructor(serverScript = path.join(repoRoot, 'server', 'out', 'server.js'), settings: unknown = null) {
		// Extraction caches of test runs go to a temporary folder, not the user's cache.
		const env = { ...process.env, XDG_CACHE_HOME: path.join(tmpdir(), 'corroborate-test-cache') };
		this.#child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
		this.connection = createMessageConnection(new StreamMessageReader(this.#child.stdout!), new StreamMessageWriter(this.#child.stdin!));
		this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
			this.diagnostics.set(p.uri, p);
			this.#wake();
		});
		this.connection.onNotification((method, params) => {
			this.notifications.push({ method, params });
			this.#wake();
		});
		this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('window/workDoneProgress/create', () => null);
		this.connection.onNotification('window/logMessage', (p: { message: string }) => {
			this.logs.push(p.message);
			this.#wake();
		});
		this.connection.listen();
	}

	#wake(): void {
		for (const w of this.#waiters.splice(0)) { w(); }
	}

	/** Waits until `predicate` holds, re-checking after every notification; fails after `ms`. */
	async waitFor(predicate: () => boolean, what: string, ms = 15000): Promise<void> {
		const deadline = Date.now() + ms;
		while (!predicate()) {
			if (Date.now() > deadline) { throw new Error(`timed out after ${ms} ms waiting for ${what}`); }
			await new Promise<void>(resolve => {
				this.#waiters.push(resolve);
				setTimeout(resolve, 100);
			});
		}
	}

	async initialize(folder: string, capabilities: object = {}): Promise<{ capabilities: Record<string, unknown> }> {
		const result = await this.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: pathToFileURL(folder).href,
			workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
			capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true }, ...capabilities },
			initializationOptions: { diagnosticsDelay: 0, settleDelay: 200 },
		}) as { capabilities: Record<string, unknown> };
		await this.connection.sendNotification('initialized', {});
		return result;
	}

	async stop(): Promise<void> {
		try {
			await this.connection.sendRequest('shutdown');
			await this.connection.sendNotification('exit');
		} catch {
			// The server may already be gone; the kill below covers it.
		}
		this.connection.dispose();
		this.#child.kill();
	}
}
