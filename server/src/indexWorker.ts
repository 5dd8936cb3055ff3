import { parentPort } from 'node:worker_threads';
import { extractArticle, type ExtractionLimits } from './core';

/** A request from the server's main thread: extract one article's text. */
export interface ExtractRequest {
	readonly id: number;
	readonly text: string;
	readonly limits: ExtractionLimits;
}

// Runs extraction (the CPU-bound part of indexing) off the main thread; the
// corpus, which needs every article, stays on the main thread.
parentPort?.on('message', (request: ExtractRequest) => {
	try {
		parentPort!.postMessage({ id: request.id, extraction: extractArticle(request.text, request.limits) });
	} catch (e) {
		parentPort!.postMessage({ id: request.id, error: (e as Error).message });
	}
});
