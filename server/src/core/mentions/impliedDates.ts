import type { DateExpr, DateMention, Span, TimeMention } from '../types';
import { alternation, VOCABULARY, wordMap } from '../vocabulary';

/**
 * Dates that the words give only in the light of the story told before them.
 * The day a clock time falls on when its words give none ("first reported at
 * 2:20 p.m."): news tells events in order, so it is the day of a date in the
 * same sentence, else of the nearest date written before it, else the
 * article's own day; each such time gets a {@link DateMention} marked
 * `implied`, with the time's span. And days counted from the story's last
 * date ("a day later", "one week before,"), which are shifted from it.
 */

/** The article's own day (its reference date). */
const TODAY: DateExpr = Object.freeze({ type: 'offset', unit: 'day', amount: 0 });

/** How far back a date is looked for. */
const LOOKBACK = 1500;

const dates = VOCABULARY.dates;
/** "a day later", "two weeks earlier", "one week before": counted from the story's last date, not the article's. */
const NARRATIVE = new RegExp(`\\b(${alternation(dates.narrativeWords)})$`, 'i');

/** True when some of a sentence's mentions need the text before them: times, and days counted from the story. */
export function needsContext(found: readonly (DateMention | TimeMention)[]): boolean {
	return found.some(m => m.kind === 'time' || isNarrative(m));
}

/** The sentence's mentions with narrative counts anchored, and an implied date for every time that has no date of its own. */
export function inContext(text: string, sentence: Span, found: (DateMention | TimeMention)[], future: boolean): (DateMention | TimeMention)[] {
	let before: DateMention | null | undefined;
	const anchor = () => before === undefined ? (before = anchorBefore(text, sentence.start, future) ?? null) : before;
	const told = found.flatMap((m): (DateMention | TimeMention)[] => isNarrative(m) ? anchored(text, m, found, anchor) : [m]);
	const dated = told.filter((m): m is DateMention => m.kind === 'date');
	const implied: DateMention[] = [];
	for (const t of told) {
		if (t.kind !== 'time' || dated.some(d => attached(text, d.span, t.span))) { continue; }
		const own = nearest(dated.filter(d => isDay(d.expr)), t.span);
		implied.push({ kind: 'date', span: t.span, text: t.text, expr: own?.expr ?? anchor()?.expr ?? TODAY, implied: true });
	}
	return implied.length ? [...told, ...implied].sort((a, b) => a.span.start - b.span.start) : told;
}

function isNarrative(m: DateMention | TimeMention): m is DateMention {
	return m.kind === 'date' && m.expr.type === 'offset' && (m.expr.unit === 'day' || m.expr.unit === 'week') && NARRATIVE.test(m.text);
}

/**
 * "was found a day later": the day before it in the sentence or the story,
 * shifted. Without one (the article's own date is none), counting would be a
 * guess, so they are left out; so are "before" and "after" followed by a noun
 * ("three days after the vote"), which name another anchor.
 */
function anchored(text: string, m: DateMention, found: readonly (DateMention | TimeMention)[], anchor: () => DateMention | null): DateMention[] {
	if (m.expr.type !== 'offset') { return [m]; }
	const word = NARRATIVE.exec(m.text)![1].toLowerCase();
	const standalone = /^\s*(?:[,.;:!?)—–]|$)/.test(text.slice(m.span.end, m.span.end + 3));
	if ((word === 'before' || word === 'after') && !standalone) { return []; }
	const earlier = found.filter((d): d is DateMention => d.kind === 'date' && d !== m && d.span.end <= m.span.start && isDay(d.expr) && !isNarrative(d));
	const told = earlier.length ? earlier[earlier.length - 1] : anchor();
	// "One week later" in a headline counts from the event, not from the article's date.
	const from = told && !isDateline(text, told) ? told.expr : undefined;
	if (!from) { return []; }
	const days = m.expr.amount * (m.expr.unit === 'week' ? 7 : 1);
	return [{ ...m, expr: { ...from, shift: (from.shift ?? 0) + days } }];
}

/** A date written right next to the time ("9:30 p.m. on Wednesday", "Friday at 2 a.m.") already dates it. */
function attached(text: string, d: Span, t: Span): boolean {
	const gap = d.end <= t.start ? text.slice(d.end, t.start) : text.slice(t.end, d.start);
	return gap.length < 16 && /^[\s,()]*(?:(?:on|of|at|the|about|around)\s+)*$/i.test(gap);
}

/** A date that names one day: a calendar day, a weekday, or a day counted from the article's. */
function isDay(e: DateExpr): boolean {
	return e.type === 'weekday' || (e.type === 'offset' && e.unit === 'day') || (e.type === 'absolute' && e.day !== undefined);
}

function nearest(dates: readonly DateMention[], t: Span): DateMention | undefined {
	let best: DateMention | undefined;
	for (const d of dates) {
		if (!best || Math.abs(d.span.start - t.start) < Math.abs(best.span.start - t.start)) { best = d; }
	}
	return best;
}

/**
 * The last day named in the text before the sentence (at most {@link LOOKBACK} characters back), read from its
 * words: the day of a statement ("Reuters reported on Sunday") dates the telling, not the story, and a day ahead
 * dates the story only when the sentence that needs it speaks of the future too.
 */
function anchorBefore(text: string, start: number, future: boolean): DateMention | undefined {
	// Read backwards in steps: the day is most often a sentence or two back.
	let end = start;
	for (const back of STEPS) {
		const from = Math.max(0, text.lastIndexOf(' ', start - back) + 1);
		if (from >= end) { continue; }
		const window = text.slice(from, end);
		const found: RegExpExecArray[] = [];
		DAY_WORDS.lastIndex = 0;
		for (let m = DAY_WORDS.exec(window); m; m = DAY_WORDS.exec(window)) { found.push(m); }
		for (let k = found.length - 1; k >= 0; k--) {
			const m = found[k];
			const at = from + m.index;
			const expr = dayOf(m.groups!, willBe(text, at));
			if (expr && (future || !isAhead(expr)) && !TOLD.test(text.slice(Math.max(0, at - 40), at))) {
				return { kind: 'date', span: { start: at, end: at + m[0].length }, text: m[0], expr };
			}
		}
		end = from;
	}
	return undefined;
}
const STEPS = [250, 700, LOOKBACK];

/** The ways a text names one day: a month and day (with its weekday and year), an ISO date, a weekday, a day counted from the article's. */
const DAY_WORDS = new RegExp([
	`\\b(?:(?:${alternation(dates.weekdays)}),?\\s+)?(?<month>${alternation(dates.months)})\\b\\.?\\s*(?<day>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?`,
	`\\b(?:(?:${alternation(dates.weekdays)}),?\\s+)?(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthAfter>${alternation(dates.months)})\\b(?:,?\\s+(?<yearAfter>(?:19|20)\\d\\d)\\b)?`,
	`\\b(?<isoYear>\\d{4})-(?<isoMonth>\\d\\d)-(?<isoDay>\\d\\d)\\b`,
	`\\b(?<next>(?:next|coming)\\s+)?(?<weekday>${alternation(dates.weekdays)})\\b`,
	`\\b(?<relative>${alternation(Object.keys(dates.relativeDays))}|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b`,
].join('|'), 'gi');
const FULL_MONTHS = dates.months.slice(0, 12);
const DAYS_FROM_TODAY = wordMap(dates.relativeDays);

/** Month 1-12 of a month name or abbreviation ("Sept" -> 9). */
const monthOf = (w: string) => FULL_MONTHS.findIndex(full => full.startsWith(w.toLowerCase())) + 1;

/** True when a future cue ("will", "is expected") comes before `at` in its clause. */
function willBe(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 80), at);
	return FUTURE.test(before.slice(before.search(/[^.;!?\n]*$/)));
}
const FUTURE = new RegExp(`\\b(?:${alternation(dates.futureCues)})\\b`, 'i');

function dayOf(g: Record<string, string | undefined>, ahead: boolean): DateExpr | undefined {
	if (g.weekday) { return { type: 'weekday', weekday: (dates.weekdays.indexOf(g.weekday.toLowerCase()) + 1) % 7, direction: g.next || ahead ? 'future' : 'past' }; }
	if (g.relative) {
		const w = g.relative.toLowerCase().replace(/\s+/g, ' ');
		return { type: 'offset', unit: 'day', amount: w === 'last night' ? -1 : w.startsWith('this ') ? 0 : DAYS_FROM_TODAY.get(w) ?? 0 };
	}
	const month = g.isoMonth ? Number(g.isoMonth) : monthOf(g.month ?? g.monthAfter ?? '');
	const day = Number(g.isoDay ?? g.day ?? g.dayFirst);
	const year = g.isoYear ?? g.year ?? g.yearAfter;
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { type: 'absolute', year: year ? Number(year) : undefined, month, day, ...(ahead && !year ? { direction: 'future' as const } : {}) } : undefined;
}

function isAhead(e: DateExpr): boolean {
	return e.type === 'offset' ? e.amount > 0 : e.direction === 'future';
}

/** Words right before the day of a statement: a past speech verb, or "a statement (issued) on". */
const TOLD = new RegExp(`\\b(?:(?:${alternation(VOCABULARY.attribution.speechVerbs.filter(w => /(?:ed|said|told)$/.test(w)))})(?:\\s+\\w+)?|statement(?:\\s+\\w+)?)\\s+(?:on\\s+)?$`, 'i');

/** A date on a line of its own, or after a place name in capitals ("date 2024-02-07", "LAGOS, Oct. 16 —"): the article's date. */
function isDateline(text: string, m: DateMention): boolean {
	const before = text.slice(text.lastIndexOf('\n', m.span.start - 1) + 1, m.span.start);
	const after = text.slice(m.span.end, m.span.end + 40).split('\n')[0];
	return (before + m.text + after).trim().length <= m.text.length + 12 || /^\s*\p{Lu}[\p{Lu}\s]+,\s*$/u.test(before);
}
