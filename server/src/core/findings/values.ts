import type { Interval, NumberMention, TimeMention } from '../types';
import { utcMinutes, type ResolvedClaim } from '../events/placedClaims';

/** Two intervals share no value. */
export const disjoint = (x: Interval, y: Interval): boolean => (x.max !== null && y.min !== null && x.max < y.min) || (y.max !== null && x.min !== null && y.max < x.min);
/** Two intervals are the same. */
export const equal = (x: Interval, y: Interval): boolean => x.min === y.min && x.max === y.max;

/**
 * A number's hard and loose intervals in its dimension's base unit ("12 miles"
 * in metres). Figures written in different units are each widened by 6%: a
 * conversion is as rounded as the figure it converts ("12 miles" ≈ "20 km").
 */
export function baseValues(m: NumberMention, converted: boolean): { hard: Interval; loose: Interval } {
	const u = m.unit;
	if (!u || (!converted && u.factor === 1 && !u.offset)) { return { hard: m.value, loose: m.loose }; }
	const f = (x: number | null, k: number) => x === null ? null : (x * u.factor + (u.offset ?? 0)) * k;
	const lo = converted ? 0.94 : 1;
	const hi = converted ? 1.06 : 1;
	const scale = (v: Interval): Interval => ({ min: f(v.min, v.min !== null && v.min < 0 ? hi : lo), max: f(v.max, v.max !== null && v.max < 0 ? lo : hi) });
	return { hard: scale(m.value), loose: scale(m.loose) };
}

/** Numbers can be compared when both are plain counts, or measure the same dimension (money in one currency). */
export function comparableUnits(a: NumberMention, b: NumberMention): boolean {
	if (!a.unit || !b.unit) { return !a.unit && !b.unit; }
	if (a.unit.dimension !== b.unit.dimension) { return false; }
	return a.unit.dimension !== 'money' || a.unit.symbol === b.unit.symbol;
}

/** Minutes between two time claims in UTC (or as written when neither zone is known), or null when they cannot be compared. */
export function minutesApart(a: ResolvedClaim, b: ResolvedClaim): number | null {
	const ua = utcMinutes(a);
	const ub = utcMinutes(b);
	const ta = a.mention as TimeMention;
	const tb = b.mention as TimeMention;
	const local = (t: TimeMention) => t.zone === null || t.zone === 'local';
	// Two local times of one event are compared as written; a zone guessed from a place only converts against a stated one.
	const diff = local(ta) && local(tb) ? Math.abs((ta.hour - tb.hour) * 60 + ta.minute - tb.minute) : ua !== null && ub !== null ? Math.abs(ua - ub) : null;
	return diff === null ? null : Math.min(diff, 1440 - diff);
}
