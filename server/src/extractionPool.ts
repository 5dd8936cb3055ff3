import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { extractArticle, type ArticleExtraction, type ExtractionLimits } from './core';

type Pending = { resolve: (e: ArticleExtraction) => void; reject: (e: Error) => void };

/**
 * Extracts articles on worker threads, one per spare core (at least one), so
 * cold indexing uses every core while the main thread keeps answering
 * requests. Falls back to the main thread when workers cannot start.
 */
export class ExtractionPool {
	readonly #workers: Worker[] = [];
	readonly #pending = new Map<number, Pending>();
	#next = 0;
	#id = 0;

	constructor(size = Math.max(1, availableParallelism() - 1), script = path.join(__dirname, 'indexWorker.js')) {
		if (!existsSync(script)) { return; }
		for (let i = 0; i < size; i++) {
			try {
				const worker = new Worker(script);
				worker.on('message', (m: { id: number; extraction?: ArticleExtraction; error?: string }) => {
					const p = this.#pending.get(m.id);
					this.#pending.delete(m.id);
					if (m.extraction) { p?.resolve(m.extraction); } else { p?.reject(new Error(m.error ?? 'extraction failed')); }
				});
				worker.on('error', () => this.#drop(worker));
				worker.unref();
				this.#workers.push(worker);
			} catch {
				break;
			}
		}
	}

	get size(): number {
		return this.#workers.length;
	}

	/** Extracts on a worker (round robin), or here when there is none. */
	extract(text: string, limits: ExtractionLimits): Promise<ArticleExtraction> {
		if (!this.#workers.length) { return Promise.resolve(extractArticle(text, limits)); }
		const id = ++this.#id;
		const worker = this.#workers[this.#next++ % this.#workers.length];
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			worker.postMessage({ id, text, limits });
		}).then(e => e as ArticleExtraction, () => extractArticle(text, limits));
	}

	#drop(worker: Worker): void {
		const i = this.#workers.indexOf(worker);
		if (i >= 0) { this.#workers.splice(i, 1); }
	}

	async dispose(): Promise<void> {
		await Promise.all(this.#workers.splice(0).map(w => w.terminate()));
	}
}
