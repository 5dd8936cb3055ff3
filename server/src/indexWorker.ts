import { parentPort } from 'node:worker_threads';
import { extractArticle, type ExtractionLimits } from './core';
import { loadArticle } from './loadArticle';

/** A job for a worker: extract one article's text, or read, recognise and extract one file. */
export type WorkerJob =
	| { readonly kind: 'extract'; readonly text: string; readonly limits: ExtractionLimits }
	| { readonly kind: 'load'; readonly file: string; readonly judgeShape: boolean; readonly limits: ExtractionLimits };

/** A job as the main thread sends it, with the id its answer carries back. */
export type WorkerRequest = WorkerJob & { readonly id: number };

// Runs the per-article work (the CPU-bound part of indexing) off the main
// thread; the corpus, which needs every article, stays on the main thread.
parentPort?.on('message', (request: WorkerRequest) => {
	try {
		const result = request.kind === 'load' ? loadArticle(request.file, request.judgeShape, request.limits) : extractArticle(request.text, request.limits);
		// As JSON text: the main thread parses it into compact objects, where a structured clone would build each
		// object property by property (slower to use, and about a third more memory for thousands of articles).
		parentPort!.postMessage({ id: request.id, json: JSON.stringify(result) });
	} catch (e) {
		parentPort!.postMessage({ id: request.id, error: (e as Error).message });
	}
});
