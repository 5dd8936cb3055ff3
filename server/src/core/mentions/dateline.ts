import type { DateMention, Span, TimeMention } from '../types';
import { dayIso, dayNumber } from './dateValues';

/** The publication date an article states near its top. */
export interface Dateline {
	/** `YYYY-MM-DD`. */
	readonly value: string;
	readonly span: Span;
}

const ISO_DATELINE = /^\s*(?:date|published|updated|posted)?[:\s]*(\d{4})-(\d\d)-(\d\d)\b/i;

/** The first full date (with a year) written on a line of its own near the top, or an ISO date line. */
export function findDateline(text: string, sentences: readonly Span[], dates: readonly (DateMention | TimeMention)[]): Dateline | null {
	for (const s of sentences.slice(0, 6)) {
		const line = text.slice(s.start, s.end);
		const iso = ISO_DATELINE.exec(line);
		const d = dates.find(m => m.kind === 'date' && m.span.start >= s.start && m.span.end <= s.end) as DateMention | undefined;
		const full = d && d.expr.type === 'absolute' && d.expr.year && d.expr.month && d.expr.day;
		if (full && d.expr.type === 'absolute' && (iso || line.trim().length <= d.text.length + 12 || /^\s*\p{Lu}[\p{Lu}\s]+[,—–-]/u.test(line))) {
			const value = dayIso(dayNumber(d.expr.year!, d.expr.month!, d.expr.day!));
			const span = iso ? { start: s.start + line.search(/\S/), end: d.span.end } : d.span;
			return { value, span };
		}
	}
	return null;
}
