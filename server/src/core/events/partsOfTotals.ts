import type { ResolvedClaim } from './placedClaims';

/**
 * "Seven people were killed … four people were killed at a farm": a smaller
 * figure said of a place ("at a farm", "in Oakland") when the article gives a
 * larger one for the same fact of the same event is a part of it, not another
 * total. Figures of other events the article mentions do not count.
 */
export function partsOfTotals(claims: readonly ResolvedClaim[]): ResolvedClaim[] {
	const key = (c: ResolvedClaim) => `${c.cluster}|${c.scope}|${c.draft.fact}|${c.draft.generic || !c.draft.head ? 'person' : c.draft.head}`;
	const largest = new Map<string, number>();
	for (const c of claims) {
		if (c.mention.kind === 'number' && c.mention.value.min !== null) { largest.set(key(c), Math.max(largest.get(key(c)) ?? 0, c.mention.value.min)); }
	}
	return claims.map(c => {
		const smaller = c.mention.kind === 'number' && c.mention.value.max !== null && c.mention.value.max < (largest.get(key(c)) ?? 0);
		const { status } = c.draft;
		return smaller && c.draft.located && !status.subset && !status.background ? { ...c, draft: { ...c.draft, status: { ...status, subset: true } } } : c;
	});
}
