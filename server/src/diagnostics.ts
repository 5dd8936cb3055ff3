import type { Connection, Diagnostic } from 'vscode-languageserver';

/**
 * Publishes diagnostics for every indexed article, not only open ones, after a
 * debounce; a change to one article can change the findings of every article
 * that reports the same event, so each pass compares all of them with what was
 * last published and sends only what changed.
 */
export class DiagnosticsPublisher {
	readonly #connection: Connection;
	readonly #compute: () => Promise<Map<string, Diagnostic[]>>;
	readonly #delay: number;
	readonly #published = new Map<string, string>();
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<void> = Promise.resolve();
	#generation = 0;

	constructor(connection: Connection, compute: () => Promise<Map<string, Diagnostic[]>>, delayMs: number) {
		this.#connection = connection;
		this.#compute = compute;
		this.#delay = delayMs;
	}

	/** Schedules a pass; a newer request supersedes one still waiting. */
	schedule(delay = this.#delay): void {
		this.#generation++;
		if (this.#timer) { clearTimeout(this.#timer); }
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#running = this.#running.then(() => this.#pass(this.#generation));
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

	async #pass(generation: number): Promise<void> {
		if (generation !== this.#generation) { return; }
		let all: Map<string, Diagnostic[]>;
		try {
			all = await this.#compute();
		} catch (e) {
			this.#connection.console.error(`diagnostics failed: ${(e as Error).stack ?? e}`);
			return;
		}
		for (const [uri, diagnostics] of all) {
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
