import type { CorpusView } from '../corpus/view';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import { valueText } from '../findings/messages';
import { memoisedBy } from '../util/memo';
import { addTo } from '../util/collections';

/** How another statement stands in time against this one. */
export type When = 'same day' | 'earlier' | 'later' | 'undated';

/** Other articles' statements of one value, with how they stand against the claim a card is about. */
export interface ValueGroup {
	readonly value: string;
	readonly verdict: Verdict;
	readonly when: When;
	/** The statements giving this value, at most one per article, oldest first. */
	readonly claims: readonly ResolvedClaim[];
}

const RANK: Record<Verdict, number> = { contradicts: 0, tension: 1, update: 2, compatible: 3, agrees: 4 };

/** When another claim's figure was given, against this one's. */
export function whenOf(c: ResolvedClaim, other: ResolvedClaim): When {
	if (c.asOf === null || other.asOf === null) { return 'undated'; }
	return other.asOf === c.asOf ? 'same day' : other.asOf > c.asOf ? 'later' : 'earlier';
}

/**
 * The other articles' statements of a claim's fact, grouped by value: each
 * value with its verdict against the claim and its sources, contradictions
 * of the same day first, then other contradictions, updates, agreements.
 */
export function valueGroups(view: CorpusView, claim: ResolvedClaim): ValueGroup[] {
	const groups = new Map<string, { value: string; verdict: Verdict; when: When; claims: ResolvedClaim[]; articles: Set<string> }>();
	for (const { claim: o, verdict } of view.comparisons(claim)) {
		if (o.article === claim.article) { continue; }
		const value = valueText(o);
		const key = `${value}|${verdict}`;
		const g = groups.get(key) ?? { value, verdict, when: whenOf(claim, o), claims: [], articles: new Set<string>() };
		groups.set(key, g);
		if (!g.articles.has(o.article.uri)) { g.articles.add(o.article.uri); g.claims.push(o); }
	}
	const whenRank = (w: When) => w === 'same day' ? 0 : w === 'undated' ? 1 : 2;
	return [...groups.values()]
		.map(g => ({ value: g.value, verdict: g.verdict, when: g.when, claims: g.claims.sort((x, y) => (x.asOf ?? 0) - (y.asOf ?? 0)) }))
		.sort((x, y) => RANK[x.verdict] - RANK[y.verdict] || whenRank(x.when) - whenRank(y.when) || y.claims.length - x.claims.length);
}

/** The articles with claims about each event and each fact, built once per derived view (a hover must not scan every claim). */
const articlesIndex = memoisedBy((claims: readonly ResolvedClaim[]) => {
	const index = { cluster: new Map<number, Set<string>>(), fact: new Map<string, Set<string>>() };
	for (const c of claims) {
		addTo(index.cluster, c.cluster, c.article.uri);
		addTo(index.fact, c.draft.fact, c.article.uri);
	}
	return index;
});

/** How many of `uris` are not `own`. */
function others(uris: ReadonlySet<string> | undefined, own: string): number {
	return uris ? uris.size - (uris.has(own) ? 1 : 0) : 0;
}

/** Why a claim has no other statement to compare with, in the user's words. */
export function unmatchedReason(view: CorpusView, claim: ResolvedClaim): string {
	if (claim.cluster < 0) { return 'Corroborate could not tie this statement to an event, so it is compared with nothing.'; }
	const index = articlesIndex(view.claims);
	const own = claim.article.uri;
	const n = others(index.cluster.get(claim.cluster), own);
	if (!n) {
		const elsewhere = others(index.fact.get(claim.draft.fact), own);
		return elsewhere
			? `No other article was matched to this event (${view.eventLabel(claim.cluster)}); ${elsewhere} other article${elsewhere === 1 ? ' states' : 's state'} this fact about other events.`
			: `No other article was matched to this event (${view.eventLabel(claim.cluster)}).`;
	}
	return `${n} other article${n === 1 ? ' tells' : 's tell'} of this event, but none states this fact in words Corroborate matches${claim.scope.startsWith('bg') ? ' for the same earlier time' : ''}.`;
}
