import type { Mention, Span } from '../types';
import { SCORE_AFTER, SCORE_BEFORE } from '../vocabulary/facts';
import type { TokenView } from './tokenView';

/** A score or tally written with a dash ("beat them 2-1", "a 7–2 ruling", "won 6-4, 3-6, 7-5"): its figures as one value. */
export interface ScoreClaim {
	/** The mention of its first figure. */
	readonly mention: number;
	/** The mentions of all its figures, the first included. */
	readonly figures: readonly number[];
	readonly span: Span;
	/** "2-1": the figures as written, in their order. */
	readonly name: string;
}

/** Tokens before the first figure in which a word of scoring may stand ("beat the visitors 2-1"). */
const REACH = 4;
/** Above this a pair of figures with a dash is a range or a model ("10-12 people", "737-800"), not a score. */
const MOST = 200;

/** The scores among a sentence's mentions (indices in order): two whole figures joined by a dash, with a word of scoring beside them. */
export function findScores(view: TokenView, text: string, mentions: readonly Mention[], indices: readonly number[]): ScoreClaim[] {
	const out: ScoreClaim[] = [];
	for (let k = 0; k + 1 < indices.length; k++) {
		const [i, j] = [indices[k], indices[k + 1]];
		const [a, b] = [mentions[i], mentions[j]];
		if (a.kind !== 'number' || b.kind !== 'number' || a.unit || b.unit || !whole(a) || !whole(b)) { continue; }
		if (!dashed(text, a, b) || !cued(view, view.first[i], view.last[j])) { continue; }
		// "won 3-6, 6-4, 7-5": the sets that follow make one score with the first.
		let last = k + 1;
		const sets = [`${a.value.min}-${b.value.min}`];
		while (last + 2 < indices.length) {
			const [x, y] = [mentions[indices[last + 1]], mentions[indices[last + 2]]];
			if (x.kind !== 'number' || y.kind !== 'number' || !nextSet(text, mentions[indices[last]], x, y)) { break; }
			sets.push(`${x.value.min}-${y.value.min}`);
			last += 2;
		}
		out.push({ mention: i, figures: indices.slice(k, last + 1), span: { start: a.span.start, end: mentions[indices[last]].span.end }, name: sets.join(', ') });
		k = last;
	}
	return out;
}

/** Two whole figures joined by a dash ("2-1", "6 – 4"). */
function dashed(text: string, a: Mention, b: Mention): boolean {
	return /^\s?[-–]\s?$/.test(text.slice(a.span.end, b.span.start));
}

/** The next set of a score: a pair of whole figures with a dash, after a comma, right after the set before it. */
function nextSet(text: string, before: Mention, a: Mention, b: Mention): boolean {
	return whole(a) && whole(b) && /^,\s?$/.test(text.slice(before.span.end, a.span.start)) && dashed(text, a, b);
}

function whole(m: Mention): boolean {
	return m.kind === 'number' && m.hedge === null && m.value.min !== null && m.value.min === m.value.max && Number.isInteger(m.value.min) && m.value.min <= MOST;
}

/** A word of scoring shortly before the figures, or a noun of one right after them. */
function cued(view: TokenView, first: number, last: number): boolean {
	if (SCORE_AFTER.has(view.words[last + 1] ?? '')) { return true; }
	for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
		if (/^[.;:!?]$/.test(view.words[k])) { return false; }
		if (SCORE_BEFORE.has(view.words[k])) { return true; }
	}
	return false;
}
