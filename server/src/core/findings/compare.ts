import type { ResolvedClaim } from '../events/placedClaims';
import { factKind, isPersonHead, VAGUE_PHRASES } from '../vocabulary/facts';
import { nameSkeleton } from '../mentions/nameForms';
import { codeInfo, DiagnosticCode, type Severity } from './codes';
import { baseValues, comparableUnits, disjoint, equal, minutesApart, roundsTo } from './values';
import type { Interval } from '../types';
import { intersects } from '../util/collections';

/** How a claim stands against another of the same fact. */
export type Verdict = 'agrees' | 'compatible' | 'update' | 'tension' | 'contradicts';

/** The verdict on two claims, with the code and severity when it is reported. */
export interface Pair {
	readonly a: ResolvedClaim;
	readonly b: ResolvedClaim;
	readonly verdict: Verdict;
	readonly code?: DiagnosticCode;
	readonly severity?: Severity;
}

/** Minutes two times of one event may differ before they conflict. */
const TIME_TOLERANCE = 30;

/** Compares two claims of one bucket (same event, fact and scope); undefined when they say nothing about each other. */
export function compareClaims(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	if (a.article === b.article && headRelation(a, b) !== 'same' && a.mention.kind === 'number') { return undefined; }
	if (a.draft.fact === 'event-date') { return compareDates(a, b); }
	if (a.draft.fact === 'event-time') { return compareTimes(a, b); }
	if (a.draft.name !== undefined || b.draft.name !== undefined) { return compareNames(a, b); }
	if (a.since || b.since) { return compareRunningCounts(a, b); }
	return compareNumbers(a, b);
}

/** A reported pair with the code's default severity, or information when the match is uncertain. */
function flag(a: ResolvedClaim, b: ResolvedClaim, verdict: Verdict, code: DiagnosticCode, weak = false): Pair {
	return { a, b, verdict, code, severity: weak ? 'information' : codeInfo(code).severity };
}

/** The counts are of groups that may differ: a part and a whole, or differently named groups. */
function headRelation(a: ResolvedClaim, b: ResolvedClaim): 'same' | 'weak' | 'apart' {
	const [x, y] = [a.draft, b.draft];
	// No counted noun ("at least 10 were killed") counts people in general.
	const generic = (d: typeof x) => d.generic || d.head === null;
	// Two parts may be different parts ("four at the farm", "three at the depot"): compared only as weak evidence.
	if (x.status.subset && y.status.subset) { return 'weak'; }
	if (x.head === y.head && !generic(x)) { return 'same'; }
	if (x.head === y.head || (generic(x) && generic(y))) { return x.status.subset !== y.status.subset ? 'apart' : 'same'; }
	if (x.status.subset || y.status.subset || x.fact === 'count' || y.fact === 'count') { return x.fact === 'count' || y.fact === 'count' ? 'weak' : 'apart'; }
	// Differently named people may be the same victims ("two commanders", "three members"); different things are not ("weapons", "rifles").
	return isPersonHead(generic(x) ? 'person' : x.head!) && isPersonHead(generic(y) ? 'person' : y.head!) ? 'weak' : 'apart';
}

function compareNumbers(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	const [ma, mb] = [a.mention, b.mention];
	if (ma.kind !== 'number' || mb.kind !== 'number' || !comparableUnits(ma, mb)) { return undefined; }
	const heads = headRelation(a, b);
	if (heads === 'apart') { return undefined; }
	const converted = !!ma.unit && ma.unit.symbol !== mb.unit?.symbol;
	const [va, vb] = [baseValues(ma, converted), baseValues(mb, converted)];
	const weak = heads === 'weak' || a.draft.status.weak || b.draft.status.weak;
	// Weak evidence a tenfold apart ("$22" a share and "$1.2 billion" raised, both only sums of one company) is of two things.
	if (weak && (tenfold(va.loose, vb.loose) || tenfold(vb.loose, va.loose))) { return undefined; }
	if (!disjoint(va.hard, vb.hard)) {
		if (disjoint(va.loose, vb.loose) && likelyApart(a, b)) { return flag(a, b, 'tension', DiagnosticCode.numberTension); }
		if (heads === 'weak' && a.draft.head && b.draft.head && !a.draft.generic && !b.draft.generic && !(a.draft.status.subset && b.draft.status.subset) && equal(ma.value, mb.value)) { return flag(a, b, 'compatible', DiagnosticCode.reworded); }
		return { a, b, verdict: equal(ma.value, mb.value) ? 'agrees' : 'compatible' };
	}
	if (boundMeetsRound(a, va, vb) || (!converted && roundsTo(ma, mb)) || sumOfParts(a, b) || sumOfParts(b, a) || withoutPerpetrators(a, b) || withoutPerpetrators(b, a)) { return { a, b, verdict: 'compatible' }; }
	if (isUpdate(a, b)) { return flag(a, b, 'update', DiagnosticCode.updated); }
	const attributed = !!(a.draft.attribution || b.draft.attribution) || a.draft.status.preliminary || b.draft.status.preliminary;
	return flag(a, b, 'contradicts', attributed || heads === 'weak' ? DiagnosticCode.numberAttributed : DiagnosticCode.numberMismatch, weak);
}

/** True when every likely reading of `a` is less than a tenth of every likely reading of `b`. */
function tenfold(a: Interval, b: Interval): boolean {
	return a.max !== null && b.min !== null && a.max >= 0 && a.max * 10 < b.min;
}

/**
 * "More than 900" and "900 injured": a bound next to a round figure of a
 * changing count is the same report rounded, when the round figure's likely
 * reading reaches the bound.
 */
function boundMeetsRound(a: ResolvedClaim, va: { hard: Interval; loose: Interval }, vb: { hard: Interval; loose: Interval }): boolean {
	if (factKind(a.draft.fact).change === 'fixed') { return false; }
	const open = (v: Interval) => v.min === null || v.max === null;
	const round = (v: { hard: Interval; loose: Interval }) => v.hard.min === v.hard.max && (v.loose.min !== v.hard.min || v.loose.max !== v.hard.max);
	return (open(va.hard) && round(vb) && !disjoint(va.hard, vb.loose)) || (open(vb.hard) && round(va) && !disjoint(vb.hard, va.loose));
}

/** Likely readings apart mean tension only for a value that does not change, or two figures given the same day, not both bounds. */
function likelyApart(a: ResolvedClaim, b: ResolvedClaim): boolean {
	if (factKind(a.draft.fact).change === 'fixed') { return true; }
	// Two lower bounds ("at least 5", "at least 23") never strain each other; a bound against a figure may.
	// A vague quantity ("dozens", "hundreds") is no bound: its likely reading has a ceiling.
	const bounded = (c: ResolvedClaim) => c.mention.kind === 'number' && ((c.mention.value.min !== null && c.mention.value.max !== null) || (c.mention.hedge !== null && VAGUE_PHRASES.has(c.mention.hedge)));
	return a.asOf === b.asOf && (bounded(a) || bounded(b));
}

/**
 * Two different figures are an update, not a contradiction, when the fact
 * changes over time (a toll, people in hospital) and they were given on
 * different days, or stated as a rise or as preliminary, or by the same
 * source on one day; two accounts that differ on the same day disagree. A
 * fixed value (a vote, an age) is updated only from a preliminary figure.
 */
function isUpdate(a: ResolvedClaim, b: ResolvedClaim): boolean {
	const [sa, sb] = [a.draft.status, b.draft.status];
	// A figure of another, past event ("the 2018 fire killed 85") no longer moves.
	if (factKind(a.draft.fact).change === 'fixed' || a.scope.startsWith('bg')) {
		// A provisional figure against a later final one ("official results") is an update of the count.
		const [early, late] = (a.asOf ?? 0) <= (b.asOf ?? 0) ? [sa, sb] : [sb, sa];
		return sa.preliminary !== sb.preliminary || (late.final && !early.final && a.asOf !== b.asOf);
	}
	if (a.asOf === null || b.asOf === null || a.asOf !== b.asOf || sa.rising || sb.rising || sa.preliminary || sb.preliminary) { return true; }
	// The same source moving its own figure within a day updates it; two accounts giving different figures that day disagree.
	const [x, y] = [a.draft.attribution?.text.toLowerCase(), b.draft.attribution?.text.toLowerCase()];
	return !!x && x === y;
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
		// A date resolved from a weekday or "yesterday", or estimated from another article's dateline, is less sure than one written out.
		const written = (c: ResolvedClaim) => c.mention.kind === 'date' && c.mention.expr.type === 'absolute' && !c.reference.borrowedFrom;
		// A day apart is often a night event dated by the day before or after it, or a time zone.
		const nextDay = Math.abs(a.date.first - b.date.first) <= 1;
		return flag(a, b, 'contradicts', DiagnosticCode.dateConflict, !written(a) || !written(b) || nextDay);
	}
	return { a, b, verdict: a.date.iso === b.date.iso ? 'agrees' : 'compatible' };
}

/**
 * What a name is compared by: its skeleton ("al-Mansouri", "Al-Mansuri"), a designation by its digits ("PK8303", "8303"),
 * a score ("2-1") as written.
 */
export function nameShape(name: string): string {
	return !/\d/.test(name) ? nameSkeleton(name).join(' ') : /\p{L}/u.test(name) ? name.replace(/\D/g, '') : name;
}

/**
 * Names of one attribute (the event's district, a person's role) agree when they are spellings of one name; one that
 * only leaves words out of the other ("minister", "energy minister") says less, not otherwise.
 */
function compareNames(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	if (a.draft.name === undefined || b.draft.name === undefined) { return undefined; }
	const [x, y] = [nameShape(a.draft.name), nameShape(b.draft.name)];
	if (x === y) { return { a, b, verdict: 'agrees' }; }
	return wordsWithin(x, y) || wordsWithin(y, x) ? { a, b, verdict: 'compatible' } : flag(a, b, 'contradicts', DiagnosticCode.nameConflict);
}

/** Every word of `part` is a word of `whole`. */
function wordsWithin(part: string, whole: string): boolean {
	const words = new Set(whole.split(' '));
	return part.split(' ').every(w => words.has(w));
}

function compareTimes(a: ResolvedClaim, b: ResolvedClaim): Pair | undefined {
	const d = minutesApart(a, b);
	if (d === null) { return undefined; }
	if (d > TIME_TOLERANCE) { return flag(a, b, 'contradicts', DiagnosticCode.timeConflict); }
	return { a, b, verdict: d === 0 ? 'agrees' : 'compatible' };
}

/** "172 passengers and six crew" against "178 people aboard": the parts one account lists add up to the other's figure. */
function sumOfParts(a: ResolvedClaim, b: ResolvedClaim): boolean {
	const total = a.draft.listTotal;
	const v = b.mention.kind === 'number' ? b.mention.value : null;
	return total !== undefined && !!v && (v.min ?? -Infinity) <= total && total <= (v.max ?? Infinity);
}

/** "Six dead, including the gunman" against "five killed": the figure with its perpetrators taken out is the other's. */
function withoutPerpetrators(a: ResolvedClaim, b: ResolvedClaim): boolean {
	const p = a.draft.perpetrators ?? 0;
	if (!p || b.draft.perpetrators || a.mention.kind !== 'number' || b.mention.kind !== 'number' || a.mention.value.min === null) { return false; }
	const n = a.mention.value.min - p;
	return (b.mention.value.min ?? -Infinity) <= n && n <= (b.mention.value.max ?? Infinity);
}

/** Running counts are one count only when they are known to be about the same place. */
function unlocated(a: ResolvedClaim, b: ResolvedClaim): boolean {
	if (a.cluster >= 0 && a.cluster === b.cluster) { return false; }
	return !intersects(a.where, b.where);
}

/** Two running counts by different named groups are different counts. */
function otherGroups(a: ResolvedClaim, b: ResolvedClaim): boolean {
	return a.groups.size > 0 && b.groups.size > 0 && !intersects(a.groups, b.groups);
}

/** Two claims are about places that cannot be the same when both name places and share none. */
function elsewhere(a: ResolvedClaim, b: ResolvedClaim): boolean {
	return a.where.size > 0 && b.where.size > 0 && !intersects(a.where, b.where);
}
