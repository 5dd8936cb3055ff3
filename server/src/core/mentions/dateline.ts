import type { DateMention, Span, TimeMention } from '../types';
import { dayIso, dayNumber } from './dateValues';
import { alternation, VOCABULARY } from '../vocabulary';
import { within } from '../util/intervals';

/** The publication date an article states near its top. */
export interface Dateline {
	/** `YYYY-MM-DD`. */
	readonly value: string;
	readonly span: Span;
}

/** "date 2024-02-07", "Published: 2024-02-07": an ISO date after one of the labels of a dateline (shape.json). */
const ISO_DATELINE = new RegExp(`^\\s*(?:${alternation(VOCABULARY.shape.datelineLabels)})?[:\\s]*(\\d{4})-(\\d\\d)-(\\d\\d)\\b`, 'i');
/** A line that opens with a place in capitals ("MOSUL, …", "LIMA —"): its first full date is the dateline. */
const CAPITAL_PLACE = /^\s*\p{Lu}[\p{Lu}\s]+[,—–-]/u;
/** Before the date of a wire dateline: a place in capitals ("MOSUL,") or in title case with an agency ("Lyon (AFP)", "Lyon,"). */
const WIRE_BEFORE = /^\s*\p{Lu}[\p{L}.'’-]*(?:[\s,]+\p{Lu}[\p{L}.'’-]*)*(?:\s*\(\p{L}[^()]{0,30}\))?[\s,]*$/u;
/** After it: an agency in brackets, then the dash or colon that opens the story. */
const WIRE_AFTER = /^\s*(?:\(\p{L}[^()]{0,30}\)\s*)?[-—–:]/u;
/** After a date that opens the line, the agency and the dash: "Aug 6 (Reuters) -", a dateline without a place. */
const AGENCY_AFTER = /^\s*\(\p{L}[^()]{0,30}\)\s*[-—–:]/u;

/** Before a date that ends its line: a byline or section and a separator ("Staff Reporter | October 14, 2024", "By Ann Lee · 5 June 2025"). */
const BYLINE_BEFORE = /^[^.!?]{1,60}\s[|•·]\s*$/u;

/** After a full date that opens a line: the dash that opens the story. */
const OPENING_DASH = /^\s*[-—–]\s/;

/** True when the text before and after a date makes it a wire dateline ("LIMA, March 12 (Reuters) -", "Aug 6 (Reuters) -"). */
function wireAround(before: string, after: string): boolean {
	return (WIRE_BEFORE.test(before) && WIRE_AFTER.test(after)) || (!before.trim() && AGENCY_AFTER.test(after));
}

/** How many sentences at the end are read for a publication date when none stands at the top ("Published March 5, 2024"). */
const TAIL = 3;

/**
 * The first full date (with a year) written on a line of its own near the top, an ISO date line, or a wire
 * dateline ("MOSUL, Feb. 7, 2024 —", "Lyon (AFP) March 4, 2024 -"); failing those, a date on a line of its own
 * among the last lines, where many sites print it.
 */
export function findDateline(text: string, sentences: readonly Span[], dates: readonly (DateMention | TimeMention)[]): Dateline | null {
	for (const s of sentences.slice(0, 6)) {
		const found = datelineIn(text, s, dates, true);
		if (found) { return found; }
	}
	for (const s of sentences.slice(Math.max(6, sentences.length - TAIL))) {
		const found = datelineIn(text, s, dates, false);
		if (found) { return found; }
	}
	return null;
}

function datelineIn(text: string, s: Span, dates: readonly (DateMention | TimeMention)[], top: boolean): Dateline | null {
	const line = text.slice(s.start, s.end);
	const iso = ISO_DATELINE.exec(line);
	const d = dates.find(m => m.kind === 'date' && within(m.span, s)) as DateMention | undefined;
	if (!d || d.expr.type !== 'absolute' || !d.expr.year || !d.expr.month || !d.expr.day) { return null; }
	const [before, after] = [text.slice(s.start, d.span.start), text.slice(d.span.end, s.end)];
	// "April 29, 2025 - The toll rose …": a full date that opens the story's first line, then a dash.
	const wire = top && (CAPITAL_PLACE.test(line) || wireAround(before, after) || (!before.trim() && OPENING_DASH.test(after)));
	// "Sep 09, 2025 10:40 PM IST": a clock time after the date on its line is part of the dateline.
	const clock = dates.find(m => m.kind === 'time' && within(m.span, { start: d.span.end, end: s.end }) && !text.slice(d.span.end, m.span.start).trim());
	const rest = line.trim().length - (clock ? clock.span.end - clock.span.start : 0);
	const byline = top && BYLINE_BEFORE.test(before) && !text.slice(clock?.span.end ?? d.span.end, s.end).trim();
	if (!iso && !wire && !byline && rest > d.text.length + 12) { return null; }
	const value = dayIso(dayNumber(d.expr.year, d.expr.month, d.expr.day));
	const span = iso ? { start: s.start + line.search(/\S/), end: d.span.end } : d.span;
	return { value, span };
}

/** The day of a wire dateline written without its year ("LIMA, March 12 (Reuters) -"): the folder's dates complete it. */
export interface DatelineDay {
	readonly month: number;
	readonly day: number;
	readonly span: Span;
}

/** A wire dateline near the top whose date has a month and a day but no year, or null. */
export function findDatelineDay(text: string, sentences: readonly Span[], dates: readonly (DateMention | TimeMention)[]): DatelineDay | null {
	for (const s of sentences.slice(0, 6)) {
		const d = dates.find(m => m.kind === 'date' && within(m.span, s)) as DateMention | undefined;
		if (!d || d.expr.type !== 'absolute' || d.expr.year !== undefined || !d.expr.month || !d.expr.day) { continue; }
		if (wireAround(text.slice(s.start, d.span.start), text.slice(d.span.end, s.end))) { return { month: d.expr.month, day: d.expr.day, span: d.span }; }
	}
	return null;
}
