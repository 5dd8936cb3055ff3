import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { extractArticle, type ArticleExtraction, type ExtractionLimits } from './core';
import type { WorkerJob } from './indexWorker';
import { loadArticle, type LoadedFile } from './loadArticle';

type Pending = { resolve: (result: unknown) => void; reject: (e: Error) => void; worker: Worker };

/**
 * Extracts articles on worker threads, one per spare core (at least one), so
 * cold indexing uses every core while the main thread keeps answering
 * requests. Falls back to the main thread when workers cannot start. Idle
 * workers do not keep the process alive; busy ones do, so a command-line run
 * waits for its extractions.
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
				worker.on('message', (m: { id: number; json?: string; error?: string }) => {
					const p = this.#pending.get(m.id);
					this.#pending.delete(m.id);
					if (!this.#pending.size) { this.#workers.forEach(w => w.unref()); }
					if (m.json !== undefined) { p?.resolve(JSON.parse(m.json)); } else { p?.reject(new Error(m.error ?? 'extraction failed')); }
				});
				worker.on('error', () => this.#drop(worker));
				worker.on('exit', () => this.#drop(worker));
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
		return this.#run({ kind: 'extract', text, limits }, () => extractArticle(text, limits));
	}

	/** Reads, recognises and extracts a file ({@link loadArticle}) on a worker, or here when there is none. */
	load(file: string, judgeShape: boolean, limits: ExtractionLimits): Promise<LoadedFile> {
		return this.#run({ kind: 'load', file, judgeShape, limits }, () => loadArticle(file, judgeShape, limits));
	}

	/** Runs a job on the next worker; when it fails there, or there is no worker, `here` does the work. */
	#run<T>(job: WorkerJob, here: () => T): Promise<T> {
		if (!this.#workers.length) { return Promise.resolve().then(here); }
		const id = ++this.#id;
		const worker = this.#workers[this.#next++ % this.#workers.length];
		return new Promise<unknown>((resolve, reject) => {
			if (!this.#pending.size) { this.#workers.forEach(w => w.ref()); }
			this.#pending.set(id, { resolve, reject, worker });
			worker.postMessage({ ...job, id });
		}).then(result => result as T, here);
	}

	#drop(worker: Worker): void {
		const i = this.#workers.indexOf(worker);
		if (i >= 0) { this.#workers.splice(i, 1); }
		// Its unanswered requests are done here instead (the fallback of #run).
		for (const [id, p] of this.#pending) {
			if (p.worker === worker) {
				this.#pending.delete(id);
				p.reject(new Error('extraction worker stopped'));
			}
		}
	}

	async dispose(): Promise<void> {
		await Promise.all(this.#workers.splice(0).map(w => w.terminate()));
	}
}
