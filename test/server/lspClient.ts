import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, createMessageConnection, StreamMessageReader, type DataCallback, type Disposable, type Message, type MessageConnection, type MessageWriter, type ResponseMessage } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

/** The repository root (tests run from out/test/server). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');
export const seedUri = (name: string) => pathToFileURL(path.join(seedsDir, name)).href;

/** Writes each message with its header in one write, so that several messages can go in one (see {@link LspClient.sendCancelledRequest}). */
class FrameWriter extends AbstractMessageWriter implements MessageWriter {
	readonly #stream: Writable;

	constructor(stream: Writable) {
		super();
		this.#stream = stream;
	}

	write(message: Message): Promise<void> {
		return this.writeAll([message]);
	}

	writeAll(messages: readonly Message[]): Promise<void> {
		const frames = messages.map(m => {
			const body = Buffer.from(JSON.stringify(m), 'utf8');
			return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
		});
		return new Promise((resolve, reject) => this.#stream.write(Buffer.concat(frames), e => e ? reject(e) : resolve()));
	}

	end(): void {
		this.#stream.end();
	}
}

/** Hands the responses to requests sent past the connection (string ids) to their waiters. */
class TapReader extends StreamMessageReader {
	readonly #waiters = new Map<string, (response: ResponseMessage) => void>();

	override listen(callback: DataCallback): Disposable {
		return super.listen(message => {
			const id = (message as ResponseMessage).id;
			const waiter = typeof id === 'string' ? this.#waiters.get(id) : undefined;
			if (waiter) { waiter(message as ResponseMessage); } else { callback(message); }
		});
	}

	response(id: string): Promise<ResponseMessage> {
		return new Promise(resolve => this.#waiters.set(id, resolve));
	}
}

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
	readonly #reader: TapReader;
	readonly #writer: FrameWriter;
	#cancelled = 0;

	/** `settings` answers the server's `workspace/configuration` requests for the `corroborate` section. */
	constructor(serverScript = path.join(repoRoot, 'server', 'out', 'server.js'), settings: unknown = null) {
		// Extraction caches of test runs go to a temporary folder, not the user's cache.
		const env = { ...process.env, XDG_CACHE_HOME: path.join(tmpdir(), 'corroborate-test-cache') };
		this.#child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
		this.#reader = new TapReader(this.#child.stdout!);
		this.#writer = new FrameWriter(this.#child.stdin!);
		this.connection = createMessageConnection(this.#reader, this.#writer);
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

	/**
	 * Sends a request and its `$/cancelRequest` in one write. The server reads
	 * both before it dispatches the request, so the handler starts with a
	 * cancelled token: what a client sees when it cancels a request still queued.
	 * The response is handed over as soon as it is read, maybe before
	 * notifications read just before it are handled.
	 */
	async sendCancelledRequest(method: string, params: unknown): Promise<ResponseMessage> {
		const id = `cancelled-${++this.#cancelled}`;
		const response = this.#reader.response(id);
		await this.#writer.writeAll([{ jsonrpc: '2.0', id, method, params } as Message, { jsonrpc: '2.0', method: '$/cancelRequest', params: { id } } as Message]);
		return response;
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
