import { push } from '../util/collections';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Interval } from '../types';
import { compareClaims, nameShape, type Pair, type Verdict } from './compare';
import { DiagnosticCode } from './codes';
import type { Finding } from './finding';
import { toFinding } from './messages';
import { disjoint } from './values';
import { factKind, isPersonHead, ownClass } from '../vocabulary/facts';

export type { Pair, Verdict };

/** The verdicts of the corpus: one finding per article and fact, and comparisons on demand (for hovers). */
export interface Judgement {
	/** The finding reported on each claim that has one. */
	readonly findingOf: ReadonlyMap<ResolvedClaim, Finding>;
	/** The claims of each bucket ({@link bucketKeys}), so that an edit finds the claims it touches without recomputing every key. */
	readonly buckets: ReadonlyMap<string, readonly ResolvedClaim[]>;
	comparisons(claim: ResolvedClaim): { claim: ResolvedClaim; verdict: Verdict }[];
}

/**
 * Compares every claim with the others of the same fact about the same event.
 * Claims are bucketed by event, fact and scope (never all pairs of articles);
 * within a bucket, statements that say the same thing the same way are judged
 * once as a group, so a story repeated by a hundred outlets costs little. Each
 * article gets at most one finding per bucket, on its most disputed claim.
 */
export function judgeClaims(claims: readonly ResolvedClaim[]): Judgement {
	const buckets = new Map<string, ResolvedClaim[]>();
	for (const c of claims) {
		for (const key of bucketKeys(c)) { push(buckets, key, c); }
	}
	const reported = new Map<string, Pair[]>();
	for (const [key, bucket] of buckets) {
		for (const pair of judgeBucket(key, bucket)) { push(reported, `${pair.a.article.uri}\u0000${key}`, pair); }
	}
	const findingOf = new Map<ResolvedClaim, Finding>();
	const done = new Set<ResolvedClaim>();
	const factsReported = new Set<string>();
	// Differently named groups ("*") are reported only for a fact the article has no finding of yet.
	const entries = [...reported].sort(([k1, x], [k2, y]) => Number(k1.endsWith('|*')) - Number(k2.endsWith('|*')) || order(x[0].a, y[0].a));
	for (const [key, pairs] of entries) {
		const fact = key.replace(/\|[^|]*$/, '');
		// A claim in two buckets (a running count's two windows) is reported once.
		if (done.has(pairs[0].a) || (key.endsWith('|*') && factsReported.has(fact))) { continue; }
		factsReported.add(fact);
		const finding = toFinding(pairs);
		findingOf.set(finding.claim, finding.finding);
		for (const p of pairs) { done.add(p.a); }
	}
	return {
		findingOf,
		buckets,
		comparisons: claim => [...new Set(bucketKeys(claim).flatMap(k => buckets.get(k) ?? []))].flatMap(o => {
			const pair = o === claim || o.draft.status.superseded || claim.draft.status.superseded ? undefined : compareClaims(claim, o);
			return pair ? [{ claim: o, verdict: pair.verdict }] : [];
		}),
	};
}

function order(x: ResolvedClaim, y: ResolvedClaim): number {
	return x.article.uri < y.article.uri ? -1 : x.article.uri > y.article.uri ? 1 : x.draft.span.start - y.draft.span.start;
}

/**
 * The buckets a claim is compared in: its event, scope, subject, unit, fact
 * and what it counts ("Death toll" of people apart from that of suspects); a
 * count of people also meets counts of differently named people (`*`, weak
 * evidence: "two commanders" and "three members"); a count of a named noun
 * meets bare counts of that noun ("five gunmen"); running counts ("since Oct.
 * 17") meet others counted from about the same time (two grids of 30-day
 * windows offset by 15 days).
 */
export function bucketKeys(c: ResolvedClaim): string[] {
	const d = c.draft;
	if (c.since && d.fact !== 'event-date' && d.fact !== 'event-time') { return [`since:${d.fact}:${Math.floor(c.since.first / 30)}`, `since+:${d.fact}:${Math.floor((c.since.first + 15) / 30)}`]; }
	if (c.cluster < 0) { return []; }
	const unit = c.mention.kind === 'number' ? c.mention.unit?.dimension ?? 'count' : c.mention.kind;
	const base = `${c.cluster}|${c.scope}|${c.subject ?? ''}|${unit}`;
	const head = headKey(c);
	const keys = d.fact === 'count' ? [] : [`${base}|${d.fact}|${head}`];
	// People of a named nation ("three American soldiers") are not a differently named group of the same people.
	if (unit === 'count' && d.fact !== 'count' && isPersonHead(head) && ownClass(head) === head) { keys.push(`${base}|${d.fact}|*`); }
	if (d.head && !d.generic && unit === 'count') { keys.push(`${base}|head:${d.head}`); }
	return keys;
}

/** What a claim counts, for bucketing: a class of people or things, "person" for people in general. */
export function headKey(c: ResolvedClaim): string {
	return c.draft.generic || !c.draft.head ? 'person' : c.draft.head;
}

/**
 * A bare count of a noun ("at least five gunmen", "33,000 workers") meets
 * other bare counts of it, and figures of a state that varies ("33,000 on
 * strike"); not a running total or a fixed figure ("30 MPs" is no vote count),
 * nor a figure of a verb outside the vocabulary ("480 inmates" is not "62
 * inmates escaped").
 */
function bareCountsMeet(a: ResolvedClaim, b: ResolvedClaim): boolean {
	const bare = (c: ResolvedClaim) => c.draft.fact === 'count';
	if (bare(a) && bare(b)) { return true; }
	const other = bare(a) ? b : a;
	const kind = factKind(other.draft.fact);
	return (bare(a) || bare(b)) && kind.change === 'varies' && !kind.open;
}

/** The reported pairs of one bucket, both ways round. */
function judgeBucket(key: string, bucket: readonly ResolvedClaim[]): Pair[] {
	// Most buckets of a big folder hold one claim: nothing to compare.
	if (bucket.length < 2) { return []; }
	const groups = new Map<string, ResolvedClaim[]>();
	const unsure = ambiguous(bucket);
	for (const c of bucket) {
		if (!c.draft.status.superseded && !unsure.has(c)) { push(groups, statementKey(c), c); }
	}
	const list = [...groups.values()];
	const headBucket = key.includes('|head:');
	const crossBucket = key.endsWith('|*');
	const out: Pair[] = [];
	for (let i = 0; i < list.length; i++) {
		for (let j = i + 1; j < list.length; j++) {
			if (headBucket && !bareCountsMeet(list[i][0], list[j][0])) { continue; }
			if (crossBucket && headKey(list[i][0]) === headKey(list[j][0])) { continue; }
			const pair = compareClaims(list[i][0], list[j][0]);
			if (!pair?.code) { continue; }
			for (const a of list[i]) {
				for (const b of list[j]) { out.push(...both(pair, a, b)); }
			}
		}
	}
	return out;
}

/**
 * "winds of 115 mph … 60 mph by midday … moving at 14 mph": figures matched on weak evidence that one article gives
 * several different values of say nothing sure about any one of them, and are not compared with other articles; nor
 * are the names one article gives of one attribute ("the Ridgeview fire in Hale County … the Sespe fire in Dunmore County": the
 * story is of two places, and either may be the other article's).
 */
function ambiguous(bucket: readonly ResolvedClaim[]): Set<ResolvedClaim> {
	const weak = new Map<string, { claim: ResolvedClaim; value: Interval }[]>();
	const named = new Map<string, ResolvedClaim[]>();
	for (const c of bucket) {
		if (c.draft.status.superseded) { continue; }
		if (c.draft.status.weak && c.mention.kind === 'number') { push(weak, c.article.uri, { claim: c, value: c.mention.value }); }
		if (c.draft.name !== undefined) { push(named, c.article.uri, c); }
	}
	const out = new Set<ResolvedClaim>();
	for (const figures of weak.values()) {
		if (figures.some((x, i) => figures.some((y, j) => j > i && disjoint(x.value, y.value)))) { for (const x of figures) { out.add(x.claim); } }
	}
	for (const names of named.values()) {
		if (new Set(names.map(c => nameShape(c.draft.name!))).size > 1) { for (const c of names) { out.add(c); } }
	}
	return out;
}

/** The pair from each side; within one article, two current figures that cannot both hold are the article's own inconsistency. */
function both(pair: Pair, a: ResolvedClaim, b: ResolvedClaim): Pair[] {
	if (a.article !== b.article) { return [{ ...pair, a, b }, { ...pair, a: b, b: a }]; }
	const current = (c: ResolvedClaim) => !c.draft.status.subset && !c.draft.status.rising && !c.draft.status.background && !c.draft.status.weak;
	if (pair.verdict === 'tension' || !current(a) || !current(b) || a.mention.kind !== 'number' || b.mention.kind !== 'number' || !disjoint(a.mention.value, b.mention.value)) { return []; }
	const internal = { ...pair, verdict: 'contradicts' as const, code: DiagnosticCode.internal, severity: 'information' as const };
	return [{ ...internal, a, b }, { ...internal, a: b, b: a }];
}

/** Claims that say the same thing the same way: one verdict serves them all. */
function statementKey(c: ResolvedClaim): string {
	const d = c.draft;
	const value = d.name ?? (c.date ? c.date.iso : c.mention.kind === 'number' ? `${c.mention.value.min}-${c.mention.value.max}${c.mention.unit?.symbol ?? ''}` : c.mention.text);
	const s = d.status;
	// An estimated dateline, or a weekday for a written date, makes a claim less sure than the same value otherwise: judged apart.
	return [value, d.attribution?.text.toLowerCase() ?? '', d.head, d.fact, c.asOf, c.since?.iso, s.preliminary, s.rising, s.subset, s.weak, c.zone, !!c.reference.borrowedFrom, c.mention.kind === 'date' ? c.mention.expr.type : ''].join('|');
}
