import * as chrono from 'chrono-node/en';
import type { DateExpr, DateMention, Span, TimeMention } from '../types';
import { lookupPlace } from '../vocabulary/lexicon';
import { alternation, VOCABULARY, wordMap, wordSet } from '../vocabulary';
import { dayNumber } from './dateValues';
import { cuedReader } from './chronoReader';

// chrono-node reads the formats; we keep only what the text states (its known
// values) and resolve relative dates ourselves against the article's date, so a
// new reference date never needs a second parse.
const FIXED_REFERENCE = new Date(Date.UTC(2001, 0, 1, 12));
/** chrono's casual English, each parser run only on a piece with a cue of it. */
const READER = cuedReader();
const REFERENCE_DAY = dayNumber(FIXED_REFERENCE.getFullYear(), FIXED_REFERENCE.getMonth() + 1, FIXED_REFERENCE.getDate());

const words = VOCABULARY.dates;
/**
 * "its chief said on Monday", "the trial, which opened on 14 September, will resume": a date right after a verb
 * in the past (a statement's, or a regular one not after "is" or "will") is past, whatever else the clause says.
 */
const SPOKE = new RegExp(`\\b(?:${alternation(VOCABULARY.attribution.speechVerbs.filter(w => /(?:ed|said|told)$/.test(w)))})\\s+(?:on\\s+)?$`, 'i');
const DONE = /(?:^|\s)(?!(?:is|are|be|been|being|will|would|to)\s)\S+\s+\w+ed\s+(?:on\s+)?$/i;
const PART = new RegExp(`\\b(${alternation(words.partsOfMonth)})[\\s-]+$`, 'i');

/** Tells whether the date at `[index, end)` of the piece is in a clause that speaks of the future. */
export type FutureTest = (index: number, end: number) => boolean;

/** The dates and times chrono finds in `piece`, which starts at `base` in the article. */
export function chronoMentions(text: string, base: number, piece: string, future: FutureTest): (DateMention | TimeMention)[] {
	return READER.parse(piece, FIXED_REFERENCE, { forwardDate: false }).flatMap(r => reparseNightOf(piece, r)).flatMap(r => fromChrono(text, base, piece, r, future));
}

/** "the night of Jan. 27": chrono keeps no values for the whole phrase; read the date after "of". */
function reparseNightOf(s: string, r: chrono.ParsedResult): chrono.ParsedResult[] {
	const m = /^(?:the\s+)?(?:night|morning|evening|afternoon|eve|weekend)\s+of\s+/i.exec(r.text);
	if (!m || r.start.isCertain('month') || r.start.isCertain('weekday')) { return [r]; }
	const at = r.index + m[0].length;
	return READER.parse(s.slice(at), FIXED_REFERENCE, { forwardDate: false }).slice(0, 1).map(x => Object.assign(Object.create(Object.getPrototypeOf(x)), x, { index: at + x.index }));
}

/**
 * What chrono says the words state, as a date expression: a calendar date as
 * far as written, a weekday, or, for casual words ("last night", "this
 * morning"), a day counted from the article's own day. Spans of clock time
 * ("20 minutes after") are not dates.
 */
/** Words of casual and counted days ("last night", "this morning", "a day later"): only then are chrono's tags read. */
const CASUAL_WORDS = /\b(?:night|morning|evening|afternoon|now|later|earlier|before|after|ago|from|within|sec|min|hour|hr|day|week|month|year)/i;

function exprOf(r: chrono.ParsedResult, known: chrono.ParsedResult['start'], part: 'early' | 'mid' | 'late' | undefined, future: boolean): DateExpr | undefined {
	const tags = CASUAL_WORDS.test(r.text) ? known.tags() : undefined;
	if (tags && (tags.has('result/relativeDate') || tags.has('parser/ENCasualDateParser') || (/^this\s/i.test(r.text) && tags.has('parser/ENCasualTimeParser')))) {
		if (/\b(?:sec|min|hour|hr)/i.test(r.text) || !/\b(?:night|morning|evening|afternoon|this)\b/i.test(r.text)) { return undefined; }
		const day = dayNumber(known.get('year') ?? 2001, known.get('month') ?? 1, known.get('day') ?? 1);
		return { type: 'offset', unit: 'day', amount: day - REFERENCE_DAY };
	}
	if (known.isCertain('month')) {
		return { type: 'absolute', year: known.isCertain('year') ? known.get('year') ?? undefined : undefined, month: known.get('month') ?? undefined, day: known.isCertain('day') ? known.get('day') ?? undefined : undefined, part, ...(future && !known.isCertain('year') ? { direction: 'future' as const } : {}) };
	}
	if (known.isCertain('year')) { return { type: 'absolute', year: known.get('year') ?? undefined }; }
	if (known.isCertain('weekday')) {
		const explicit = /\b(last|past|previous)\b/i.test(r.text) ? 'past' : /\b(next|coming)\b/i.test(r.text) ? 'future' : undefined;
		return { type: 'weekday', weekday: known.get('weekday') ?? 0, direction: explicit ?? (future ? 'future' : 'past') };
	}
	return undefined;
}

function fromChrono(text: string, base: number, s: string, r: chrono.ParsedResult, future: FutureTest): (DateMention | TimeMention)[] {
	const known = r.start;
	const out: (DateMention | TimeMention)[] = [];
	let start = base + r.index;
	// A range ("April 14 to today") keeps only its start here; a written end ("Oct 23 – Oct 26, 2002") is read below.
	const startText = r.end ? r.text.split(/\s+(?:to|until|through|and)\s+|\s*[-–]\s*(?=\D)/)[0] : r.text;
	const end = base + r.index + startText.replace(/[\s).,]+$/, '').length;
	const lowerText = r.text.toLowerCase();
	// "Theresa May said": a bare month name right after a capitalised name is part of the name.
	if (known.isCertain('month') && /^[A-Z][a-z]+$/.test(r.text) && !known.isCertain('day') && !known.isCertain('year') && /\b(?!(?:In|On|By|Since|Until|Last|Next|Early|Late|Mid|Of|From|Through|During|Before|After|This|That|Since)\b)[A-Z][a-z]+\s+$/.test(s.slice(Math.max(0, r.index - 20), r.index))) { return out; }
	if (lowerText === 'now' || /^(?:today|tonight|yesterday|tomorrow)$/.test(lowerText)) { return out; }
	const prefix = PART.exec(s.slice(0, r.index));
	let part: 'early' | 'mid' | 'late' | undefined;
	if (prefix && !known.isCertain('day')) {
		part = prefix[1].toLowerCase() as 'early' | 'mid' | 'late';
		start -= prefix[0].length;
	}
	const expr = exprOf(r, known, part, future(r.index, r.index + r.text.length) && !isPast(s.slice(Math.max(0, r.index - 30), r.index)));
	// The clock's words are no part of the date even when they are a time taken, not a time of day.
	const timeAt = known.isCertain('hour') ? timeSpan(r) : undefined;
	const timeOfDay = timeAt && !elapsed(s, r.index + timeAt.start, r.text.slice(timeAt.start, timeAt.end));
	if (expr) {
		const date = dateSpan(text, base + r.index, start, end, timeAt);
		if (date) { out.push({ kind: 'date', span: date, text: text.slice(date.start, date.end), expr }); }
	}
	if (timeAt && timeOfDay) {
		const tStart = base + r.index + timeAt.start;
		const tEnd = base + r.index + timeAt.end;
		const zone = known.isCertain('timezoneOffset') ? known.get('timezoneOffset') ?? null : zoneAfter(s, r.index + timeAt.end);
		const zoneEnd = zone !== null && typeof zone !== 'number' ? zoneWordsEnd(s, r.index + timeAt.end) : 0;
		const spanEnd = zoneEnd ? base + zoneEnd : tEnd;
		out.push({ kind: 'time', span: { start: tStart, end: spanEnd }, text: text.slice(tStart, spanEnd), hour: known.get('hour') ?? 0, minute: known.get('minute') ?? 0, zone });
	}
	const rangeEnd = r.end && endOfRange(text, base, r, future);
	return rangeEnd ? [...out, rangeEnd] : out;
}

/** "finished in 2:04:37": hours, minutes and seconds without a zone, a.m. or p.m., or "at" before them, are a time taken. */
function elapsed(s: string, index: number, clock: string): boolean {
	return /^\d{1,2}:\d\d:\d\d(?:\.\d+)?$/.test(clock) && !/\b(?:at|by|from|until|till|around|about|before|after|since)\s+$/i.test(s.slice(Math.max(0, index - 12), index));
}

function isPast(before: string): boolean {
	return SPOKE.test(before) || DONE.test(before);
}

const FIGURE_BEFORE = new RegExp(`^(?:\\d{1,4}(?:[-–]\\d{1,4})?\\s+(?=on\\s|(?:${alternation(words.weekdays)})\\b))?(?:(?:on|in|at|by)\\s+)?`, 'i');

/** The words of the date in a chrono match, without the clock time and the preposition ("on", "at", "by"). */
function dateSpan(text: string, matchStart: number, start: number, end: number, timeAt: Span | undefined): Span | undefined {
	let dateStart = start;
	// "at 6am on Saturday": only a preposition before the time, so the date is what follows it.
	const after = timeAt && /^\s*(?:at|by|from|around|about|until|till|before|after)?\s*$/i.test(text.slice(matchStart, matchStart + timeAt.start));
	let dateEnd = timeAt && !after ? matchStart + timeAt.start : end;
	if (timeAt && after) {
		// "18:30 GMT) on Wednesday": the date is what follows the time.
		const rest = /[\s),]*(?:on\s+)?/i.exec(text.slice(matchStart + timeAt.end, end))!;
		dateStart = matchStart + timeAt.end + rest[0].length;
		dateEnd = end;
	}
	// "rose to 11 on Monday", "rose to 23 Tuesday", "won 2–1 on Sunday": a figure before "on" or a weekday is not part of the date.
	const lead = FIGURE_BEFORE.exec(text.slice(dateStart, dateEnd));
	if (lead && lead[0].length && dateEnd - dateStart > lead[0].length) { dateStart += lead[0].length; }
	// "this morning, at 12:01 am": the words before the clock time end at the date.
	const trimmed = text.slice(dateStart, dateEnd).replace(/(?:[\s,;:]+(?:at|on|by|around|about|from)?)+$/i, '').length + dateStart;
	return trimmed > dateStart ? { start: dateStart, end: trimmed } : undefined;
}

/** The written end of a range of calendar dates ("Oct 23 – Oct 26, 2002", "from May 3 to May 9"); relative ends are read on their own. */
function endOfRange(text: string, base: number, r: chrono.ParsedResult, future: FutureTest): DateMention | undefined {
	const sep = /\s+(?:to|until|through|and)\s+|\s*[-–]\s*(?=\D)/.exec(r.text);
	const e = r.end;
	if (!sep || !e || !e.isCertain('month') || !e.isCertain('day')) { return undefined; }
	const offset = sep.index + sep[0].length;
	const endText = r.text.slice(offset).replace(/[\s).,]+$/, '');
	if (!/\d/.test(endText)) { return undefined; }
	const start = base + r.index + offset;
	const expr: DateExpr = { type: 'absolute', year: e.isCertain('year') ? e.get('year') ?? undefined : undefined, month: e.get('month') ?? undefined, day: e.get('day') ?? undefined, ...(future(offset, r.text.length) && !e.isCertain('year') ? { direction: 'future' as const } : {}) };
	return { kind: 'date', span: { start, end: start + endText.length }, text: text.slice(start, start + endText.length), expr };
}

/** Where the clock time sits inside a chrono match ("Wednesday 9:30 p.m.", "18:30 GMT", "7.20 pm"). */
function timeSpan(r: chrono.ParsedResult): Span | undefined {
	const m = /(?<![\d-])\d{1,2}(?::\d\d(?::\d\d(?:\.\d+)?)?|\.\d\d(?=\s*[ap]\.?m))(?!\d)\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[A-Z]{2,4}T)\b)?|(?<![\d-])\d{1,2}\s*[ap]\.?m\.?(?:\s*(?:gmt|utc|[A-Z]{2,4}T)\b)?|\bnoon\b|\bmidnight\b/i.exec(r.text);
	return m ? { start: m.index, end: m.index + m[0].replace(/[\s)]+$/, '').length } : undefined;
}

// "local time", "Eastern time", "Baghdad time" (a capitalised word: a place), or an abbreviation ("EST").
const ZONE_WORDS = new RegExp(`^\\s*(?:\\(?\\s*)?(${alternation([...words.localTimeWords, ...Object.keys(words.zoneNames)])}|[A-Z][a-z]+)(?:\\s+(?:standard|daylight))?\\s+time\\b|^\\s*(${alternation(Object.keys(words.zoneAbbreviations))})\\b`);
const NAMED_ZONES = wordMap(Object.fromEntries([...Object.entries(words.zoneNames), ...Object.entries(words.zoneAbbreviations)].map(([k, v]) => [k.toLowerCase(), v])));
const LOCAL = wordSet(words.localTimeWords);

/** The zone named right after a time: "local time" (or a spun "native time"), "Eastern time", "Baghdad time". */
function zoneAfter(s: string, at: number): string | null {
	const m = ZONE_WORDS.exec(s.slice(at));
	if (!m) { return null; }
	const word = (m[1] ?? m[2]).toLowerCase();
	if (LOCAL.has(word)) { return 'local'; }
	return NAMED_ZONES.get(word) ?? lookupPlace(word)?.zone ?? null;
}

function zoneWordsEnd(s: string, at: number): number {
	const m = ZONE_WORDS.exec(s.slice(at));
	return m ? at + m[0].length : 0;
}
