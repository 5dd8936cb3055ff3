import type { ResolvedClaim } from './placedClaims';
import { push } from '../util/collections';

/**
 * "Seven people were killed … four people were killed at a farm": a smaller
 * figure said of a place ("at a farm", "in Oakland") when the article gives a
 * larger one for the same fact of the same event is a part of it, not another
 * total. Figures of other events the article mentions do not count.
 *
 * "Ten were killed … one more died of his wounds on Monday", with eleven in
 * the headline: the smaller figure that those added since bring up to the
 * larger one is the earlier count, superseded by the article itself.
 */
export function partsOfTotals(claims: readonly ResolvedClaim[]): ResolvedClaim[] {
	const key = (c: ResolvedClaim) => `${c.cluster}|${c.scope}|${c.draft.fact}|${c.draft.generic || !c.draft.head ? 'person' : c.draft.head}`;
	// Those added since may be named by what they were ("one of the workers"): counted with the fact's whole toll.
	const factKey = (c: ResolvedClaim) => `${c.cluster}|${c.scope}|${c.draft.fact}`;
	const largest = new Map<string, number>();
	const added = new Map<string, number[]>();
	const inBody = new Map<string, number[]>();
	for (const c of claims) {
		if (c.mention.kind !== 'number' || c.mention.value.min === null) { continue; }
		largest.set(key(c), Math.max(largest.get(key(c)) ?? 0, c.mention.value.min));
		if (!inTitle(c)) { push(inBody, factKey(c), c.mention.value.min); }
		if (c.draft.status.added && c.mention.value.min === c.mention.value.max) { push(added, factKey(c), c.mention.value.min); }
	}
	return claims.map(c => {
		if (c.mention.kind !== 'number' || c.mention.value.max === null) { return c; }
		const { status } = c.draft;
		const { min, max } = c.mention.value;
		const top = largest.get(key(c)) ?? 0;
		const smaller = max < top;
		if (smaller && c.draft.located && !status.subset && !status.background) { return { ...c, draft: { ...c.draft, status: { ...status, subset: true } } }; }
		const earlier = smaller && !status.subset && min === max && (added.get(factKey(c)) ?? []).some(d => max + d === top);
		const restated = inTitle(c) && min === max && !!inBody.get(factKey(c))?.includes(max);
		return earlier || restated ? { ...c, draft: { ...c.draft, status: { ...status, superseded: true } } } : c;
	});
}

/** True when a claim is stated in its article's headline. */
export function inTitle(c: ResolvedClaim): boolean {
	const title = c.article.extraction.title;
	return !!title && c.draft.span.start >= title.start && c.draft.span.end <= title.end;
}
