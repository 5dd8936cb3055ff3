import type { DateExpr, DateMention, Span, TimeMention } from '../types';
import { alternation, VOCABULARY, wordMap } from '../vocabulary';
import { chronoMentions } from './chronoDates';
import { inContext, needsContext } from './impliedDates';
import { namedBefore } from './designations';
import { overlaps } from '../util/intervals';

const words = VOCABULARY.dates;
const DIRECTIONS = Object.values(words.relativeDirections).flat();
const STEP = { past: -1, next: 1, this: 0 } as const;
/** "last week" is one week back, "next month" one ahead, "this year" this one. */
const DIRECTION_AMOUNT = wordMap(Object.fromEntries((Object.keys(STEP) as (keyof typeof STEP)[]).flatMap(k => words.relativeDirections[k].map(w => [w, STEP[k]]))));
const AGO = wordMap(words.agoWords);
const DAYS = wordMap(words.relativeDays);
/** Words that make a sentence worth handing to chrono (it is the slowest step). */
const DATE_CUE = new RegExp([
	`\\b(?:${alternation(words.months)})\\b`,
	`\\b(?:${alternation(words.weekdayCues)})day`,
	`\\d[:.]\\d\\d|\\b[ap]\\.?m\\b|\\b(?:gmt|utc)\\b`,
	`\\b(?:${alternation(words.relativeCues)})\\b`,
	// "last week", "this morning", "the past two days", "next month": a direction word counts only before a period.
	`\\b(?:${alternation(DIRECTIONS)})\\s+(?:\\w+\\s+)?(?:${alternation(words.periodCues)})\\b`,
	`\\d{4}-\\d\\d-\\d\\d|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
].join('|'), 'gi');
/** "a day later", "two weeks before": read by {@link RELATIVE} alone, without chrono. */
const COUNTED_CUE = new RegExp(`\\b(?:days?|weeks?)\\s+(?:${alternation(words.narrativeWords)})\\b`, 'i');
const RELATIVE = new RegExp(`\\b(?:(${alternation(DIRECTIONS)})\\s+(week|month|year)|(\\w+)\\s+(days?|weeks?|months?|years?)\\s+(${alternation(Object.keys(words.agoWords))})|(${alternation(Object.keys(words.relativeDays))}))\\b`, 'gi');
// A year on its own ("in 2020,") or a range of years ("2022-2024 models", "the 2023-24 season"), dated by its first; not
// a figure ("2,024", "2020.5"), a clock ("2020 pm") or a count ("2000 people", "1999 votes").
const YEAR = /(?<![\d,.$£€-])\b(1[89]\d\d|20\d\d)(?:[-–](?:1[89]\d\d|20\d\d|\d\d))?\b(?![\d%-]|[,.]\d|\s*(?:p\.?m|a\.?m)\b)/g;
const COUNTED_AFTER = /^\s+(?:[a-z]{3,}s|people|men|women|children|police|staff|personnel)\b(?!['’])/;
const FUTURE = new RegExp(`\\b(?:${alternation(words.futureCues)})\\b`, 'i');
/** Where a clause (or a sentence of a longer span) ends: a future cue beyond it ("rose to 99 Monday but … will climb") says nothing of the date. */
// "filed for bankruptcy Tuesday and will close 150 stores": "and" before a future cue opens a clause of its own.
const CLAUSE_BREAK = new RegExp(`[;—–\\n]|[.!?]["”’]?\\s|\\s-\\s|\\b(?:but|while|whereas|although|though)\\b|\\band\\s+(?=(?:${alternation(words.futureCues)})\\b)`, 'gi');
const SMALL = wordMap(words.smallCounts);
/** "0215GMT", "1330 GMT", "at 0600 hrs": a clock time written as four digits. */
const FOUR_DIGIT_TIME = /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)\s?(GMT|UTC|Z|hrs|hours)\b/g;

/** The dates and times of one sentence, with spans in article offsets; a time without a date gets the day it falls on, and "a day later" counts from the date told before it. */
export function extractDatesAndTimes(text: string, sentence: Span): (DateMention | TimeMention)[] {
	const out = readSpan(text, sentence);
	return needsContext(out) ? inContext(text, sentence, out, FUTURE.test(text.slice(sentence.start, sentence.end))) : out;
}

function readSpan(text: string, sentence: Span): (DateMention | TimeMention)[] {
	const s = text.slice(sentence.start, sentence.end);
	const out: (DateMention | TimeMention)[] = [];
	const cues = dateCues(s);
	if (cues.length || COUNTED_CUE.test(s)) {
		RELATIVE.lastIndex = 0;
		for (let m = RELATIVE.exec(s); m; m = RELATIVE.exec(s)) {
			const expr = relativeExpr(m);
			const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
			if (expr) { out.push({ kind: 'date', span, text: m[0], expr }); }
		}
		const relative = out.slice();
		const future = FUTURE.test(s);
		for (const [chunk, chunkEnd] of cues.length && !onlyRelative(cues, sentence.start, relative) ? cueWindows(s, cues) : []) {
			const piece = s.slice(chunk, chunkEnd);
			const found = chronoMentions(text, sentence.start + chunk, piece, (a, b) => future && isFuture(s, chunk + a, chunk + b));
			out.push(...found.filter(d => !relative.some(x => overlaps(x.span, d.span))));
		}
	}
	out.push(...fourDigitTimes(text, sentence.start, s, out));
	YEAR.lastIndex = 0;
	for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
		const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
		const range = m[0].length > 4;
		if (!out.some(d => overlaps(d.span, span)) && (range || !COUNTED_AFTER.test(s.slice(m.index + 4, m.index + 24))) && !namedBefore(text, span.start)) {
			out.push({ kind: 'date', span, text: m[0], expr: { type: 'absolute', year: Number(m[1]) } });
		}
	}
	return inheritYears(out.sort((a, b) => a.span.start - b.span.start));
}

/** Where the date cues of a sentence are, in its own offsets: read once, for the three uses below. */
function dateCues(s: string): Span[] {
	const out: Span[] = [];
	DATE_CUE.lastIndex = 0;
	for (let m = DATE_CUE.exec(s); m; m = DATE_CUE.exec(s)) { out.push({ start: m.index, end: m.index + m[0].length }); }
	return out;
}

/**
 * True when every date cue of a sentence (at `base`) lies inside a relative date already read ("last month",
 * "two weeks ago", "yesterday"): chrono, the slowest step, would find nothing more there.
 */
function onlyRelative(cues: readonly Span[], base: number, relative: readonly (DateMention | TimeMention)[]): boolean {
	return relative.length > 0 && cues.every(c => relative.some(r => r.span.start <= base + c.start && base + c.end <= r.span.end));
}

/** True when a future cue ("will", "is expected") stands in the same clause as `[index, end)`. */
function isFuture(s: string, index: number, end: number): boolean {
	let from = 0;
	let to = s.length;
	CLAUSE_BREAK.lastIndex = 0;
	for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
		if (m.index + m[0].length <= index) { from = m.index + m[0].length; } else if (m.index >= end) { to = m.index; break; }
	}
	return FUTURE.test(s.slice(from, to));
}

/** "Sept. 6, 2008, … agreement on Nov. 1": a day written without its year takes the year of a date before it in the sentence. */
function inheritYears(found: (DateMention | TimeMention)[]): (DateMention | TimeMention)[] {
	let year: number | undefined;
	let month = 0;
	if (found.length < 2) { return found; }
	return found.map(m => {
		if (m.kind !== 'date' || m.expr.type !== 'absolute' || m.expr.month === undefined) { return m; }
		if (m.expr.year !== undefined) {
			year = m.expr.year;
			month = m.expr.month;
			return m;
		}
		if (year === undefined) { return m; }
		const { month: own, day, part } = m.expr;
		return { ...m, expr: { type: 'absolute' as const, year: own < month ? year + 1 : year, month: own, day, part } };
	});
}

/** Clock times written as four digits with a zone or "hours" ("1330 GMT", "0600 hrs"), which chrono does not read. */
function fourDigitTimes(text: string, base: number, s: string, found: readonly (DateMention | TimeMention)[]): TimeMention[] {
	const out: TimeMention[] = [];
	FOUR_DIGIT_TIME.lastIndex = 0;
	for (let m = FOUR_DIGIT_TIME.exec(s); m; m = FOUR_DIGIT_TIME.exec(s)) {
		const span = { start: base + m.index, end: base + m.index + m[0].length };
		const hours = /^h/i.test(m[3]);
		if (found.some(d => overlaps(d.span, span)) || (hours && !/\b(?:at|by|from|until|till|before|after|since|around|about)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index)))) { continue; }
		out.push({ kind: 'time', span, text: text.slice(span.start, span.end), hour: Number(m[1]), minute: Number(m[2]), zone: hours ? null : 0 });
	}
	return out;
}

/** chrono's work grows faster than the text; a run-on "sentence" is read in pieces split at spaces. */
const CHUNK = 2000;
/** How far either side of a date cue chrono reads: a date phrase and the words its reading looks at ("early", "said on"). */
const MARGIN = 40;

/**
 * The stretches of `s` around its date cues, widened to whole words and joined where they meet: chrono, the
 * slowest step, reads only these instead of the whole sentence.
 */
function cueWindows(s: string, cues: readonly Span[]): [number, number][] {
	const out: [number, number][] = [];
	for (const cue of cues) {
		const from = cue.start - MARGIN <= 0 ? 0 : s.lastIndexOf(' ', cue.start - MARGIN) + 1;
		const space = s.indexOf(' ', cue.end + MARGIN);
		const to = space < 0 ? s.length : space;
		const last = out[out.length - 1];
		if (last && from <= last[1]) { last[1] = Math.max(last[1], to); } else { out.push([from, to]); }
	}
	return out.flatMap(([from, to]) => chunks(s.slice(from, to)).map(([a, b]) => [from + a, from + b] as [number, number]));
}

function chunks(s: string): [number, number][] {
	const out: [number, number][] = [];
	let from = 0;
	while (s.length - from > CHUNK) {
		const space = s.lastIndexOf(' ', from + CHUNK);
		const next = space > from + CHUNK / 2 ? space + 1 : from + CHUNK;
		out.push([from, next]);
		from = next;
	}
	out.push([from, s.length]);
	return out;
}

function relativeExpr(m: RegExpExecArray): DateExpr | undefined {
	if (m[1]) {
		const amount = DIRECTION_AMOUNT.get(m[1].toLowerCase())!;
		return { type: 'offset', unit: m[2].toLowerCase() as 'week' | 'month' | 'year', amount };
	}
	if (m[3]) {
		const n = SMALL.get(m[3].toLowerCase()) ?? Number(m[3]);
		if (!Number.isFinite(n)) { return undefined; }
		const unit = m[4].toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
		return { type: 'offset', unit, amount: AGO.get(m[5].toLowerCase())! * n };
	}
	return { type: 'offset', unit: 'day', amount: DAYS.get(m[6].toLowerCase())! };
}
