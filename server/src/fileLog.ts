import type { ILogger } from './core';

/**
 * The output channel's lines about single files, one per change of a file's
 * state (skipped, analysed in part, analysed in full again), not one per
 * edit: typing into a file past the character limit says so once.
 */
export class FileStateLog {
	readonly #log: (message: string) => void;
	/** A file's state, by URI; a file analysed in full has none. */
	readonly #states = new Map<string, string>();
	/** The file the core is analysing now, whose log lines describe its state. */
	#current: string | undefined;
	#captured: string[] = [];

	constructor(log: (message: string) => void) {
		this.#log = log;
	}

	/** The logger for the core: its lines about the file being set are kept as that file's state. */
	readonly core: ILogger = {
		log: message => {
			if (this.#current !== undefined && message.startsWith(`${this.#current}: `)) { this.#captured.push(message.slice(this.#current.length + 2)); } else { this.#log(message); }
		},
	};

	/** Runs `set` (which hands a file's text to the core) and logs the file's state when it changed. */
	analysed(uri: string, set: () => void): void {
		this.#current = uri;
		this.#captured = [];
		try {
			set();
		} finally {
			this.#current = undefined;
		}
		const notes = this.#captured.join('; ');
		if (notes) { this.#state(uri, `analysed in part: ${notes}`); } else if (this.#states.delete(uri)) { this.#log(`${uri}: analysed in full`); }
	}

	/** The file is left out (too large, binary, unreadable), and why. */
	skipped(uri: string, reason: string): void {
		this.#state(uri, `skipped: ${reason}`);
	}

	/** The file left the index: whatever comes next is new. */
	forget(uri: string): void {
		this.#states.delete(uri);
	}

	#state(uri: string, message: string): void {
		// The same state with other counts ("the first 999,874 of 1,950,012 characters") is no change.
		const kind = message.replace(/\d[\d,.]*/g, '#');
		if (this.#states.get(uri) === kind) { return; }
		this.#states.set(uri, kind);
		this.#log(`${uri}: ${message}`);
	}
}
