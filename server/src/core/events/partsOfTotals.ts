import type { ResolvedClaim } from './placedClaims';
import type { Interval } from '../types';
import { push } from '../util/collections';
import { VAGUE_PHRASES } from '../vocabulary/facts';

/**
 * "Seven people were killed … four people were killed at a farm": a smaller
 * figure said of a place ("at a farm", "in Oakland") when the article gives a
 * larger one for the same fact of the same event is a part of it, not another
 * total. Figures of other events the article mentions do not count.
 *
 * "Ten were killed … one more died of his wounds on Monday", with eleven in
 * the headline: the smaller figure that those added since bring up to the
 * larger one is the earlier count, superseded by the article itself.
 *
 * "Fire kills 9, injures 30" over "injuring about 30", "thousands displaced"
 * over "nearly 20,000": a headline's figure that the body gives again, within
 * its own figure or made precise, is superseded by the body's words (their
 * hedge and source).
 */
export function partsOfTotals(claims: readonly ResolvedClaim[]): ResolvedClaim[] {
	const key = (c: ResolvedClaim) => `${c.cluster}|${c.scope}|${c.draft.fact}|${c.draft.generic || !c.draft.head ? 'person' : c.draft.head}`;
	// Those added since may be named by what they were ("one of the workers"): counted with the fact's whole toll.
	const factKey = (c: ResolvedClaim) => `${c.cluster}|${c.scope}|${c.draft.fact}`;
	const largest = new Map<string, number>();
	const added = new Map<string, number[]>();
	const inBody = new Map<string, Interval[]>();
	for (const c of claims) {
		if (c.mention.kind !== 'number' || c.mention.value.min === null) { continue; }
		largest.set(key(c), Math.max(largest.get(key(c)) ?? 0, c.mention.value.min));
		if (!inTitle(c)) { push(inBody, factKey(c), c.mention.value); }
		if (c.draft.status.added && c.mention.value.min === c.mention.value.max) { push(added, factKey(c), c.mention.value.min); }
	}
	return claims.map(c => {
		if (c.mention.kind !== 'number') { return c; }
		const { status } = c.draft;
		const superseded = () => ({ ...c, draft: { ...c.draft, status: { ...status, superseded: true } } });
		if (inTitle(c) && restatedIn(c.mention.value, c.mention.hedge, inBody.get(factKey(c)) ?? [])) { return superseded(); }
		const { min, max } = c.mention.value;
		if (max === null) { return c; }
		const top = largest.get(key(c)) ?? 0;
		const smaller = max < top;
		if (smaller && c.draft.located && !status.subset && !status.background) { return { ...c, draft: { ...c.draft, status: { ...status, subset: true } } }; }
		const earlier = smaller && !status.subset && min === max && (added.get(factKey(c)) ?? []).some(d => max + d === top);
		return earlier ? superseded() : c;
	});
}

/** A headline's value that one of the body's figures holds (a bound's start counts as its value), or a vague quantity the body makes precise. */
function restatedIn(value: Interval, hedge: string | null, body: readonly Interval[]): boolean {
	if (hedge !== null && VAGUE_PHRASES.has(hedge)) { return body.length > 0; }
	const { min, max } = value;
	return min !== null && max !== null && body.some(v => v.min !== null && v.min <= min && max <= (v.max ?? v.min));
}

/** True when a claim is stated in its article's headline. */
export function inTitle(c: ResolvedClaim): boolean {
	const title = c.article.extraction.title;
	return !!title && c.draft.span.start >= title.start && c.draft.span.end <= title.end;
}
