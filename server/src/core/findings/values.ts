import type { Interval, NumberMention, TimeMention } from '../types';
import { utcMinutes, type ResolvedClaim } from '../events/placedClaims';

/** Two intervals share no value. */
export const disjoint = (x: Interval, y: Interval): boolean => (x.max !== null && y.min !== null && x.max < y.min) || (y.max !== null && x.min !== null && y.max < x.min);
/** Two intervals are the same. */
export const equal = (x: Interval, y: Interval): boolean => x.min === y.min && x.max === y.max;

/**
 * The step a figure is written to: 1 for "54%", 0.1 for "53.8 percent", a hundred million for "$2.5bn", 0 for a figure
 * in parts ("20 years and six months"); null for a range, a bound or a figure in words.
 */
export function writtenStep(m: NumberMention): number | null {
	const v = m.value.min;
	const digits = /\d[\d,]*(?:\.(\d+))?/.exec(m.text);
	const written = digits ? Number(digits[0].replace(/,/g, '')) : 0;
	if (v === null || v !== m.value.max || !written) { return null; }
	// The figure as written times a scale ("2.5" billion); a figure in parts ("3 years and 4 months") is finer than any step.
	const scale = Math.abs(v / written);
	if (Math.abs(Math.log10(scale) - Math.round(Math.log10(scale))) > 1e-9) { return 0; }
	return scale * 10 ** -(digits![1]?.length ?? 0);
}

/** "54%" and "53.8%", "$2.5bn" and "$2.47bn": the finer figure rounds to the coarser one at the step it is written to. */
export function roundsTo(a: NumberMention, b: NumberMention): boolean {
	const [sa, sb] = [writtenStep(a), writtenStep(b)];
	if (sa === null || sb === null || Math.abs(sa - sb) <= 1e-9 * Math.max(sa, sb)) { return false; }
	// Half a step either way: "20 years" for 20 years and six months may round up or down.
	return Math.abs(a.value.min! - b.value.min!) <= Math.max(sa, sb) / 2 * (1 + 1e-9);
}

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
