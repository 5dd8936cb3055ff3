import type { Span } from '../types';

/** A sorted set of spans answering "does this span overlap any of them" in logarithmic time. */
export class Intervals {
	readonly #starts: number[];
	/** Largest end among the spans up to each index: spans may nest. */
	readonly #maxEnds: number[];
	constructor(spans: readonly Span[]) {
		const sorted = [...spans].sort((a, b) => a.start - b.start);
		this.#starts = sorted.map(s => s.start);
		let max = -Infinity;
		this.#maxEnds = sorted.map(s => (max = Math.max(max, s.end)));
	}
	overlaps(span: Span): boolean {
		// The last span starting before `span` ends; any span up to it overlaps when the largest end reaches past span.start.
		let lo = 0;
		let hi = this.#starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#starts[mid] < span.end) { lo = mid + 1; } else { hi = mid; }
		}
		return lo > 0 && this.#maxEnds[lo - 1] > span.start;
	}
}
