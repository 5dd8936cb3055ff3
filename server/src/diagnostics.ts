import { CancellationTokenSource, type CancellationToken, type Connection, type Diagnostic } from 'vscode-languageserver';

/** Computes the diagnostics of every article; undefined when cancelled part-way. */
export type ComputeAll = (token: CancellationToken) => Promise<Map<string, Diagnostic[]> | undefined>;

/**
 * Publishes diagnostics for every indexed article, not only open ones, after a
 * debounce; a change to one article can change the findings of every article
 * that reports the same event, so each pass compares all of them with what was
 * last published and sends only what changed. A newer pass supersedes an older
 * one: the older one is cancelled, whether it is still waiting or running, and
 * publishes nothing more.
 */
export class DiagnosticsPublisher {
	readonly #connection: Connection;
	readonly #compute: ComputeAll;
	readonly #delay: number;
	readonly #published = new Map<string, string>();
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<void> = Promise.resolve();
	#current = new CancellationTokenSource();

	constructor(connection: Connection, compute: ComputeAll, delayMs: number) {
		this.#connection = connection;
		this.#compute = compute;
		this.#delay = delayMs;
	}

	/** Schedules a pass; a newer request supersedes one still waiting or running. */
	schedule(delay = this.#delay): void {
		this.#current.cancel();
		this.#current.dispose();
		const source = this.#current = new CancellationTokenSource();
		if (this.#timer) { clearTimeout(this.#timer); }
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#running = this.#running.then(() => this.#pass(source.token));
		}, delay);
	}

	/** Resolves once no pass is waiting or running (used by tests and at shutdown). */
	async idle(): Promise<void> {
		while (this.#timer) { await new Promise(r => setTimeout(r, 10)); }
		await this.#running;
	}

	/** Clears the diagnostics of an article that left the index. */
	forget(uri: string): void {
		if (this.#published.delete(uri)) { void this.#connection.sendDiagnostics({ uri, diagnostics: [] }); }
	}

	async #pass(token: CancellationToken): Promise<void> {
		if (token.isCancellationRequested) { return; }
		let all: Map<string, Diagnostic[]> | undefined;
		try {
			all = await this.#compute(token);
		} catch (e) {
			this.#connection.console.error(`diagnostics failed: ${(e as Error).stack ?? e}`);
			return;
		}
		if (!all || token.isCancellationRequested) { return; }
		for (const [uri, diagnostics] of all) {
			// What was sent stays recorded per file, so a pass stopped here leaves the next one to send the rest.
			if (token.isCancellationRequested) { return; }
			const key = JSON.stringify(diagnostics);
			if (this.#published.get(uri) === key) { continue; }
			this.#published.set(uri, key);
			await this.#connection.sendDiagnostics({ uri, diagnostics });
		}
		for (const uri of [...this.#published.keys()]) {
			if (!all.has(uri)) { this.forget(uri); }
		}
	}
}
