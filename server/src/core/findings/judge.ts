import type { Interval, TimeMention } from '../types';
import { push } from '../util/collections';
import { utcMinutes, type ResolvedClaim } from '../events/placedClaims';
import { codeInfo, DiagnosticCode, type Severity } from './codes';
import type { Finding } from './finding';
import { toFinding } from './messages';

/** How a claim stands against another of the same fact. */
export type Verdict = 'agrees' | 'compatible' | 'tension' | 'contradicts';

export interface Pair { a: ResolvedClaim; b: ResolvedClaim; verdict: Verdict; code?: DiagnosticCode; severity?: Severity }

/** The verdicts of the corpus: findings, and comparisons on demand (for hovers). */
export interface Judgement {
	readonly findings: Finding[];
	/** The finding reported on each claim that has one. */
	readonly findingOf: ReadonlyMap<ResolvedClaim, Finding>;
	comparisons(claim: ResolvedClaim): { claim: ResolvedClaim; verdict: Verdict }[];
}

/**
 * Compares every claim with the others of the same fact about the same event.
 * Claims are bucketed by event and fact (never all pairs of articles), and
 * within a bucket, claims that say the same thing the same way are judged once
 * as a group, so a story repeated by a hundred outlets costs little.
 */
export function judgeClaims(claims: readonly ResolvedClaim[]): Judgement {
	const buckets = new Map<string, ResolvedClaim[]>();
	const bucketOf = new Map<ResolvedClaim, string>();
	for (const c of claims) {
		const keys = bucketKeys(c);
		for (const key of keys) { push(buckets, key, c); }
		if (keys.length) { bucketOf.set(c, keys[0]); }
	}
	const conflicts = new Map<ResolvedClaim, Pair[]>();
	const paired = new Map<ResolvedClaim, Set<ResolvedClaim>>();
	for (const bucket of buckets.values()) {
		const groups = new Map<string, ResolvedClaim[]>();
		for (const c of bucket) { push(groups, `${valueKey(c)}|${c.draft.attribution?.text.toLowerCase() ?? ''}|${c.draft.preliminary}|${c.draft.counted ?? ''}|${c.reference.borrowedFrom ?? ''}|${locationKey(c)}`, c); }
		const list = [...groups.values()];
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const pair = compare(list[i][0], list[j][0], true);
				if (!pair?.code) { continue; }
				for (const a of list[i]) {
					for (const b of list[j]) {
						if (a.article === b.article && sameSource(a, b)) { continue; }
						// Running counts sit in two overlapping buckets; judge each pair once.
						const seen = paired.get(a) ?? new Set();
						if (seen.has(b)) { continue; }
						seen.add(b);
						paired.set(a, seen);
						push(conflicts, a, { ...pair, a, b });
						push(conflicts, b, { ...pair, a: b, b: a });
					}
				}
			}
		}
	}
	const findings: Finding[] = [];
	const findingOf = new Map<ResolvedClaim, Finding>();
	// One finding per article, fact and value: a repeated "Wednesday" in the same article is the same statement.
	const reported = new Set<string>();
	const ordered = [...conflicts.keys()].sort((x, y) => x.article.uri < y.article.uri ? -1 : x.article.uri > y.article.uri ? 1 : x.draft.span.start - y.draft.span.start);
	for (const claim of ordered) {
		const key = `${claim.article.uri}|${bucketOf.get(claim)}|${valueKey(claim)}`;
		if (reported.has(key)) { continue; }
		reported.add(key);
		const finding = toFinding(claim, conflicts.get(claim)!);
		findings.push(finding);
		findingOf.set(claim, finding);
	}
	return {
		findings,
		findingOf,
		comparisons: claim => {
			const key = bucketOf.get(claim);
			if (!key) { return []; }
			return [...new Set(bucketKeys(claim).flatMap(k => buckets.get(k) ?? []))].flatMap(o => {
				const pair = o === claim ? undefined : compare(claim, o, false);
				return pair ? [{ claim: o, verdict: pair.verdict }] : [];
			});
		},
	};
}


function valueKey(c: ResolvedClaim): string {
	if (c.draft.fact === 'attacks' && c.since) { return `${c.since.iso}:${c.mention.kind === 'number' ? `${c.mention.value.min}-${c.mention.value.max}` : ''}`; }
	if (c.date) { return c.date.iso; }
	if (c.mention.kind === 'time') { return `${c.mention.hour}:${c.mention.minute}:${c.mention.zone}:${c.zone}`; }
	return c.mention.kind === 'number' ? `${c.mention.value.min}-${c.mention.value.max}` : c.mention.text;
}

/**
 * Running counts ("since Oct. 17") are compared with others counted from about
 * the same time: two grids of 30-day buckets, offset by 15 days, so any two
 * start dates up to 15 days apart share a bucket. The rest go by event and fact.
 */
export function bucketKeys(c: ResolvedClaim): string[] {
	if (c.draft.fact === 'attacks' && c.since) { return [`since:${Math.floor(c.since.first / 30)}`, `since+:${Math.floor((c.since.first + 15) / 30)}`]; }
	if (c.cluster < 0) { return []; }
	const fact = c.draft.fact === 'strikes' ? 'targets' : c.draft.fact;
	return [`${c.cluster}:${fact}`];
}

function locationKey(c: ResolvedClaim): string {
	return [...c.where].sort().join(',');
}

/** Running counts are one count only when they are known to be about the same place. */
function unlocated(a: ResolvedClaim, b: ResolvedClaim): boolean {
	if (a.cluster >= 0 && a.cluster === b.cluster) { return false; }
	for (const x of a.where) { if (b.where.has(x)) { return false; } }
	return true;
}

/** Two running counts by different named groups are different counts. */
function otherGroups(a: ResolvedClaim, b: ResolvedClaim): boolean {
	if (!a.groups.size || !b.groups.size) { return false; }
	for (const g of a.groups) { if (b.groups.has(g)) { return false; } }
	return true;
}

/** Two claims are about places that cannot be the same when both name places and share none. */
function elsewhere(a: ResolvedClaim, b: ResolvedClaim): boolean {
	if (!a.where.size || !b.where.size) { return false; }
	for (const x of a.where) { if (b.where.has(x)) { return false; } }
	return true;
}

function compare(a: ResolvedClaim, b: ResolvedClaim, acrossGroups: boolean): Pair | undefined {
	if (!acrossGroups && a.article === b.article && sameSource(a, b)) { return undefined; }
	switch (a.draft.fact) {
		case 'event-date': return compareDates(a, b);
		case 'event-time': return compareTimes(a, b);
		default: return a.draft.fact === 'attacks' && (a.since || b.since) ? compareRunningCounts(a, b) : compareNumbers(a, b);
	}
}

function sameSource(a: ResolvedClaim, b: ResolvedClaim): boolean {
	return (a.draft.attribution?.text.toLowerCase() ?? '') === (b.draft.attribution?.text.toLowerCase() ?? '');
}

/** A pair that is reported, with the code's default severity unless a documented exception applies. */
function flag(a: ResolvedClaim, b: ResolvedClaim, verdict: Verdict, code: DiagnosticCode, severity?: Severity): Pair {
	return { a, b, verdict, code, severity: severity ?? codeInfo(code).severity };
}

const disjoint = (x: Interval, y: Interval) => (x.max !== null && y.min !== null && x.max < y.min) || (y.max !== null && x.min !== null && y.max < x.min);
const equal = (x: Interval, y: Interval) => x.min === y.min && x.max === y.max;

function compareNumbers(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	if (a.mention.kind !== 'number' || b.mention.kind !== 'number') { return undefined; }
	if (a.draft.fact !== b.draft.fact) {
		return equal(a.mention.value, b.mention.value) ? flag(a, b, 'compatible', DiagnosticCode.reworded) : undefined;
	}
	if (disjoint(a.mention.value, b.mention.value)) {
		const attributed = !!(a.draft.attribution || b.draft.attribution) || a.draft.preliminary || b.draft.preliminary || differentGroups(a, b);
		return flag(a, b, 'contradicts', attributed ? DiagnosticCode.numberAttributed : DiagnosticCode.numberMismatch);
	}
	if (disjoint(a.mention.loose, b.mention.loose)) { return flag(a, b, 'tension', DiagnosticCode.numberTension); }
	return { a, b, verdict: equal(a.mention.value, b.mention.value) ? 'agrees' : 'compatible' };
}

/** "two commanders" and "three members" may count different groups of the dead. */
function differentGroups(a: ResolvedClaim, b: ResolvedClaim): boolean {
	const head = (c: ResolvedClaim) => (c.draft.counted?.toLowerCase().split(/\s+/).pop() ?? '').replace(/(?:es|s)$/, '');
	return head(a) !== '' && head(b) !== '' && head(a) !== head(b);
}

function compareRunningCounts(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	if (!a.since || !b.since || a.mention.kind !== 'number' || b.mention.kind !== 'number' || elsewhere(a, b) || otherGroups(a, b) || unlocated(a, b)) { return undefined; }
	const looseAgree = !disjoint(a.mention.loose, b.mention.loose) || !disjoint(a.mention.value, b.mention.value);
	if (a.since.iso !== b.since.iso) {
		// Start dates a few days apart for the same total: one count, dated differently. Further apart: different windows.
		return looseAgree && Math.abs(a.since.first - b.since.first) <= 3 ? flag(a, b, 'tension', DiagnosticCode.countWindow) : undefined;
	}
	return compareNumbers(a, b);
}

function compareDates(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	if (!a.date || !b.date) { return undefined; }
	if (a.date.last < b.date.first || b.date.last < a.date.first) {
		const estimated = !!(a.reference.borrowedFrom || b.reference.borrowedFrom);
		return flag(a, b, 'contradicts', DiagnosticCode.dateConflict, estimated ? 'information' : undefined);
	}
	return { a, b, verdict: a.date.iso === b.date.iso ? 'agrees' : 'compatible' };
}

function compareTimes(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	const ua = utcMinutes(a);
	const ub = utcMinutes(b);
	const ta = a.mention as TimeMention;
	const tb = b.mention as TimeMention;
	const diff = ua !== null && ub !== null ? Math.abs(ua - ub) : (ta.zone === null || ta.zone === 'local') && (tb.zone === null || tb.zone === 'local') ? Math.abs((ta.hour - tb.hour) * 60 + ta.minute - tb.minute) : null;
	if (diff === null) { return undefined; }
	const d = Math.min(diff, 1440 - diff);
	if (d > 30) { return flag(a, b, 'contradicts', DiagnosticCode.timeConflict); }
	return { a, b, verdict: d === 0 ? 'agrees' : 'compatible' };
}

