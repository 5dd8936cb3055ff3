import type { Span } from '../types';

/** How many of `spans` (in order of start) start before `offset`: the index of the first starting at or after it, by binary search. */
export function countStartingBefore(spans: readonly { readonly start: number }[], offset: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid].start < offset) { lo = mid + 1; } else { hi = mid; }
	}
	return lo;
}

/** A sorted set of spans answering "does this span overlap any of them" in logarithmic time. */
export class Intervals {
	readonly #sorted: readonly Span[];
	/** Largest end among the spans up to each index: spans may nest. */
	readonly #maxEnds: number[];
	constructor(spans: readonly Span[]) {
		this.#sorted = [...spans].sort((a, b) => a.start - b.start);
		let max = -Infinity;
		this.#maxEnds = this.#sorted.map(s => (max = Math.max(max, s.end)));
	}
	overlaps(span: Span): boolean {
		// The last span starting before `span` ends; any span up to it overlaps when the largest end reaches past span.start.
		const before = countStartingBefore(this.#sorted, span.end);
		return before > 0 && this.#maxEnds[before - 1] > span.start;
	}
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer` (both ends included). */
export function within(inner: Span, outer: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}
