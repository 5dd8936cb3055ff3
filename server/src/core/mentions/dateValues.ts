import type { DateExpr } from '../types';

/** A resolved date: its ISO text at the granularity written, and the days it covers. */
export interface DateValue {
	/** "YYYY", "YYYY-MM", "YYYY-MM-DD", or "start/end" for a range. */
	readonly iso: string;
	/** First and last day covered, as days since 1970-01-01. */
	readonly first: number;
	readonly last: number;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
	return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function dayIso(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` into a day number. */
export function parseIsoDay(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return dayNumber(y, m, d);
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function monthValue(y: number, m: number, part?: 'early' | 'mid' | 'late'): DateValue {
	const last = daysInMonth(y, m);
	if (part) {
		const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
		return { iso: `${y}-${pad(m)}-${pad(a)}/${y}-${pad(m)}-${pad(b)}`, first: dayNumber(y, m, a), last: dayNumber(y, m, b) };
	}
	return { iso: `${y}-${pad(m)}`, first: dayNumber(y, m, 1), last: dayNumber(y, m, last) };
}

/**
 * Resolves a written date against the article's reference date (its dateline),
 * leaning to the past as news does: "Oct. 7" in a February article is last
 * October; "Wednesday" is the latest Wednesday on or before the reference.
 * Without a reference, only dates that state their year resolve.
 */
export function resolveDate(expr: DateExpr, reference: number | null): DateValue | null {
	if (expr.shift) {
		// A shift counts days from one day; from a week or a month it says nothing exact.
		const from = resolveDate({ ...expr, shift: 0 }, reference);
		const day = from && from.first === from.last ? from.first + expr.shift : null;
		return day === null ? null : { iso: dayIso(day), first: day, last: day };
	}
	if (expr.type === 'absolute') {
		if (expr.year === undefined) {
			if (reference === null || expr.month === undefined) { return null; }
			const ref = new Date(reference * DAY);
			let y = ref.getUTCFullYear();
			const candidate = expr.day ? dayNumber(y, expr.month, Math.min(expr.day, daysInMonth(y, expr.month))) : dayNumber(y, expr.month, 1);
			if (expr.direction === 'future' ? candidate < reference - 1 : candidate > reference + 7) { y += expr.direction === 'future' ? 1 : -1; }
			return resolveDate({ ...expr, year: y }, reference);
		}
		if (expr.month === undefined) {
			return { iso: String(expr.year), first: dayNumber(expr.year, 1, 1), last: dayNumber(expr.year, 12, 31) };
		}
		if (expr.day === undefined) { return monthValue(expr.year, expr.month, expr.part); }
		const day = dayNumber(expr.year, expr.month, expr.day);
		return { iso: dayIso(day), first: day, last: day };
	}
	if (reference === null) { return null; }
	if (expr.type === 'weekday') {
		const refWeekday = new Date(reference * DAY).getUTCDay();
		const back = (refWeekday - expr.weekday + 7) % 7;
		const day = expr.direction === 'past' ? reference - back : reference + ((expr.weekday - refWeekday + 7) % 7 || 7);
		return { iso: dayIso(day), first: day, last: day };
	}
	const ref = new Date(reference * DAY);
	switch (expr.unit) {
		case 'day': {
			const day = reference + expr.amount;
			return { iso: dayIso(day), first: day, last: day };
		}
		case 'week': {
			const monday = reference - ((ref.getUTCDay() + 6) % 7) + 7 * expr.amount;
			return { iso: `${dayIso(monday)}/${dayIso(monday + 6)}`, first: monday, last: monday + 6 };
		}
		case 'month': {
			const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + expr.amount, 1));
			return monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1);
		}
		default: {
			const y = ref.getUTCFullYear() + expr.amount;
			return { iso: String(y), first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
		}
	}
}
