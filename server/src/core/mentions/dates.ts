import * as chrono from 'chrono-node/en';
import type { DateExpr, DateMention, Span, TimeMention } from '../types';
import { lookupPlace } from '../vocabulary/lexicon';
import { alternation, VOCABULARY, wordMap, wordSet } from '../vocabulary';

// chrono-node reads the formats; we keep only what the text states (its known
// values) and resolve relative dates ourselves against the article's date, so a
// new reference date never needs a second parse.
const FIXED_REFERENCE = new Date(Date.UTC(2001, 0, 1, 12));

/** Words that make a sentence worth handing to chrono (it is the slowest step). */
const words = VOCABULARY.dates;
const DIRECTIONS = Object.values(words.relativeDirections).flat();
const STEP = { past: -1, next: 1, this: 0 } as const;
/** "last week" is one week back, "next month" one ahead, "this year" this one. */
const DIRECTION_AMOUNT = wordMap(Object.fromEntries((Object.keys(STEP) as (keyof typeof STEP)[]).flatMap(k => words.relativeDirections[k].map(w => [w, STEP[k]]))));
const AGO = wordMap(words.agoWords);
const DAYS = wordMap(words.relativeDays);
const DATE_CUE = new RegExp(`\\b(?:${alternation(words.monthCues)})[a-z]*\\b|\\b(?:${alternation(words.weekdayCues)})day|\\d[:.]\\d\\d|\\b[ap]\\.?m\\b|\\b(?:gmt|utc)\\b|\\b(?:${alternation(words.relativeCues)})\\b|\\d{4}-\\d\\d-\\d\\d`, 'i');
const RELATIVE = new RegExp(`\\b(?:(${alternation(DIRECTIONS)})\\s+(week|month|year)|(\\w+)\\s+(days?|weeks?|months?|years?)\\s+(${alternation(Object.keys(words.agoWords))})|(${alternation(Object.keys(words.relativeDays))}))\\b`, 'gi');
const YEAR = /(?<![\d,.$£€-])\b(1[89]\d\d|20\d\d)\b(?![\d,.%-]|\s*(?:p\.?m|a\.?m)\b)/g;
const FUTURE = new RegExp(`\\b(?:${alternation(words.futureCues)})\\b`, 'i');
const PART = new RegExp(`\\b(${alternation(words.partsOfMonth)})[\\s-]+$`, 'i');
const SMALL = wordMap(words.smallCounts);

/** The dates and times of one sentence, with spans in article offsets. */
export function extractDatesAndTimes(text: string, sentence: Span): (DateMention | TimeMention)[] {
	const s = text.slice(sentence.start, sentence.end);
	const out: (DateMention | TimeMention)[] = [];
	if (DATE_CUE.test(s)) {
		const future = FUTURE.test(s);
		RELATIVE.lastIndex = 0;
		for (let m = RELATIVE.exec(s); m; m = RELATIVE.exec(s)) {
			const expr = relativeExpr(m);
			const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
			if (expr) { out.push({ kind: 'date', span, text: m[0], expr }); }
		}
		const relative = out.slice();
		for (const [chunk, chunkEnd] of chunks(s)) {
			const piece = s.slice(chunk, chunkEnd);
			for (const r of chrono.parse(piece, FIXED_REFERENCE, { forwardDate: false }).flatMap(r => reparseNightOf(piece, r))) {
				const found = fromChrono(text, sentence.start + chunk, piece, r, future);
				out.push(...found.filter(d => !relative.some(x => overlaps(x.span, d.span))));
			}
		}
	}
	YEAR.lastIndex = 0;
	for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
		const span = { start: sentence.start + m.index, end: sentence.start + m.index + 4 };
		const after = s.slice(m.index + 4, m.index + 24);
		if (!out.some(d => overlaps(d.span, span)) && !/^\s+[a-z]+s\b(?!['’])/.test(after)) {
			out.push({ kind: 'date', span, text: m[0], expr: { type: 'absolute', year: Number(m[1]) } });
		}
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}

/** "the night of Jan. 27": chrono keeps no values for the whole phrase; read the date after "of". */
function reparseNightOf(s: string, r: chrono.ParsedResult): chrono.ParsedResult[] {
	const m = /^(?:the\s+)?(?:night|morning|evening|afternoon|eve|weekend)\s+of\s+/i.exec(r.text);
	if (!m || r.start.isCertain('month') || r.start.isCertain('weekday')) { return [r]; }
	const at = r.index + m[0].length;
	return chrono.parse(s.slice(at), FIXED_REFERENCE, { forwardDate: false }).slice(0, 1).map(x => Object.assign(Object.create(Object.getPrototypeOf(x)), x, { index: at + x.index }));
}

/** chrono's work grows faster than the text; a run-on "sentence" is read in pieces split at spaces. */
const CHUNK = 2000;

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

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

function fromChrono(text: string, base: number, s: string, r: chrono.ParsedResult, future: boolean): (DateMention | TimeMention)[] {
	const known = r.start;
	const out: (DateMention | TimeMention)[] = [];
	let start = base + r.index;
	// A range ("April 14 to today") keeps only its start; the end is read on its own.
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
	let expr: DateExpr | undefined;
	if (known.isCertain('month') || known.isCertain('year')) {
		expr = { type: 'absolute', year: known.isCertain('year') ? known.get('year') ?? undefined : undefined, month: known.get('month') ?? undefined, day: known.isCertain('day') ? known.get('day') ?? undefined : undefined, part, ...(future && !known.isCertain('year') ? { direction: 'future' as const } : {}) };
		if (!known.isCertain('month')) { expr = { type: 'absolute', year: known.get('year') ?? undefined }; }
	} else if (known.isCertain('weekday')) {
		const explicit = /\b(last|past|previous)\b/i.test(r.text) ? 'past' : /\b(next|coming)\b/i.test(r.text) ? 'future' : undefined;
		expr = { type: 'weekday', weekday: known.get('weekday') ?? 0, direction: explicit ?? (future ? 'future' : 'past') };
	}
	const timeAt = known.isCertain('hour') ? timeSpan(r) : undefined;
	if (expr) {
		let dateStart = start;
		let dateEnd = timeAt && timeAt.start > 0 ? base + r.index + timeAt.start : end;
		if (timeAt && timeAt.start === 0) {
			// "18:30 GMT) on Wednesday": the date is what follows the time.
			const rest = /[\s),]*(?:on\s+)?/i.exec(text.slice(base + r.index + timeAt.end, end))!;
			dateStart = base + r.index + timeAt.end + rest[0].length;
			dateEnd = end;
		}
		const lead = /^(?:on|in|at|by)\s+/i.exec(text.slice(dateStart, dateEnd));
		if (lead && dateEnd - dateStart > lead[0].length) { dateStart += lead[0].length; }
		const trimmed = text.slice(dateStart, dateEnd).replace(/[\s,;:]+$/, '').length + dateStart;
		if (trimmed > dateStart) { out.push({ kind: 'date', span: { start: dateStart, end: trimmed }, text: text.slice(dateStart, trimmed), expr }); }
	}
	if (timeAt) {
		const tStart = base + r.index + timeAt.start;
		const tEnd = base + r.index + timeAt.end;
		const zone = known.isCertain('timezoneOffset') ? known.get('timezoneOffset') ?? null : zoneAfter(s, r.index + timeAt.end);
		const zoneEnd = zone !== null && typeof zone !== 'number' ? zoneWordsEnd(s, r.index + timeAt.end) : 0;
		const spanEnd = zoneEnd ? base + zoneEnd : tEnd;
		out.push({ kind: 'time', span: { start: tStart, end: spanEnd }, text: text.slice(tStart, spanEnd), hour: known.get('hour') ?? 0, minute: known.get('minute') ?? 0, zone });
	}
	return out;
}

/** Where the clock time sits inside a chrono match ("Wednesday 9:30 p.m.", "18:30 GMT"). */
function timeSpan(r: chrono.ParsedResult): Span | undefined {
	const m = /(?<![\d-])\d{1,2}(?::\d\d)(?!\d)\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[A-Z]{2,4}T)\b)?|(?<![\d-])\d{1,2}\s*[ap]\.?m\.?(?:\s*(?:gmt|utc|[A-Z]{2,4}T)\b)?|\bnoon\b|\bmidnight\b/i.exec(r.text);
	return m ? { start: m.index, end: m.index + m[0].replace(/[\s)]+$/, '').length } : undefined;
}

// "local time", "Eastern time", "Baghdad time" (a capitalised word: a place), or an abbreviation ("EST").
const ZONE_WORDS = new RegExp(`^\\s*(?:\\(?\\s*)?(${alternation([...words.localTimeWords, ...Object.keys(words.zoneNames)])}|[A-Z][a-z]+)(?:\\s+(?:standard|daylight))?\\s+time\\b|^\\s*(${alternation(Object.keys(words.zoneAbbreviations))})\\b`);
const NAMED_ZONES: Record<string, string> = wordMap(Object.fromEntries([...Object.entries(words.zoneNames), ...Object.entries(words.zoneAbbreviations)].map(([k, v]) => [k.toLowerCase(), v])));
const LOCAL = wordSet(words.localTimeWords);

/** The zone named right after a time: "local time" (or a spun "native time"), "Eastern time", "Baghdad time". */
function zoneAfter(s: string, at: number): string | null {
	const m = ZONE_WORDS.exec(s.slice(at));
	if (!m) { return null; }
	const word = (m[1] ?? m[2]).toLowerCase();
	if (LOCAL.has(word)) { return 'local'; }
	return (Object.hasOwn(NAMED_ZONES, word) ? NAMED_ZONES[word] : undefined) ?? lookupPlace(word)?.zone ?? null;
}

function zoneWordsEnd(s: string, at: number): number {
	const m = ZONE_WORDS.exec(s.slice(at));
	return m ? at + m[0].length : 0;
}

function relativeExpr(m: RegExpExecArray): DateExpr | undefined {
	if (m[1]) {
		const amount = DIRECTION_AMOUNT[m[1].toLowerCase()];
		return { type: 'offset', unit: m[2].toLowerCase() as 'week' | 'month' | 'year', amount };
	}
	if (m[3]) {
		const n = Object.hasOwn(SMALL, m[3].toLowerCase()) ? SMALL[m[3].toLowerCase()] : Number(m[3]);
		if (!Number.isFinite(n)) { return undefined; }
		const unit = m[4].toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
		return { type: 'offset', unit, amount: AGO[m[5].toLowerCase()] * n };
	}
	return { type: 'offset', unit: 'day', amount: DAYS[m[6].toLowerCase()] };
}
