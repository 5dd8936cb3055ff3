import type { Interval, NumberMention, Span, Unit } from '../types';
import type { Token } from '../text/scan';
import { alternation, capitalise, VOCABULARY, wordMap } from '../vocabulary';
import { applyHedge, exact, findHedge, hedgeKind, OPEN_AFTER, roundLoose, type HedgeKind, type Reading } from './hedges';
import { isDesignation, isFreeStanding } from './designations';
import { countedNoun } from './countedNoun';
import { isAge } from './ages';
import { isCountedClass } from '../vocabulary/facts';
import { ageAfter, countScale, currencyBefore, HOURS, isContinuous, isNonNegative, mayHaveUnitAfter, scaleSuffix, unitAfter, unitBefore, YEARS_OF_AGE } from './units';

const words = VOCABULARY.numbers;
/** Number words and their values (a map: "constructor" or "toString" in a text is not a number). */
const UNITS = wordMap(words.numberWords);
const SCALES = wordMap(words.scales);
/** Number words and articles as they may be written (lower case, capitalised, upper case), to their lower-case form. */
const WORD_FORMS = new Map([...Object.keys(words.numberWords), 'a', 'an'].flatMap(w => [w, capitalise(w), w.toUpperCase()].map(f => [f, w] as const)));

const interval = ([min, max]: (number | null)[]): Interval => ({ min, max });
/** Vague quantities as hard intervals (and looser ones where the hard one is open). */
const VAGUE: ReadonlyMap<string, Reading> = wordMap(Object.fromEntries(Object.entries(words.vague).map(([k, v]) => [k, { hard: interval(v.hard), loose: interval(v.loose) }])));
const VAGUE_RE = new RegExp(`\\b(${alternation(Object.keys(words.vague))})\\b`, 'gi');

/** A number as read: its value, where it is written (the unit and currency included) and its last token. */
interface Found {
	readonly value: number;
	readonly start: number;
	readonly end: number;
	readonly last: number;
	readonly unit?: Unit;
	/** Where the words before the number start when letters of a currency code were left out of the span ("US$5"). */
	readonly lead?: number;
}

/** Finds numbers (digits, words, compounds and vague quantities) with hedges and units, as intervals. */
export function extractNumbers(text: string, tokens: readonly Token[], taken: (span: Span) => boolean): NumberMention[] {
	const out: NumberMention[] = [];
	const vague = new Map<number, { end: number; phrase: string }>();
	VAGUE_RE.lastIndex = 0;
	for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
		vague.set(m.index, { end: m.index + m[0].length, phrase: m[0].toLowerCase() });
	}
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const v = vague.get(t.start);
		if (v && !taken({ start: t.start, end: v.end })) {
			let j = i;
			while (j + 1 < tokens.length && tokens[j + 1].end <= v.end) { j++; }
			const after = tokens[j + 1];
			if (after && (after.kind === 'num' || UNITS.has(after.lower) || vague.has(after.start))) { continue; }
			out.push(build(text, tokens, { value: 0, start: t.start, end: v.end, last: j }, VAGUE.get(v.phrase)!, v.phrase));
			i = j;
			continue;
		}
		const found = readNumber(text, tokens, i);
		if (!found || taken(found)) { continue; }
		const m = build(text, tokens, found, { hard: exact(found.value), loose: roundLoose(found.value) }, null, conversionOf(text, out[out.length - 1], found));
		const whole = out.length ? compound(text, out[out.length - 1], m) : undefined;
		if (whole) { out[out.length - 1] = whole; } else { out.push(m); }
		i = found.last;
	}
	return out;
}

/** Dimensions whose figures are written in parts of falling units: "20 years and six months", "5 ft 9 in", "2 hours 40 minutes". */
const COMPOUND_DIMENSIONS = new Set(['duration', 'length', 'mass']);
const COMPOUND_GAP = /^\s*,?\s*(?:and\s+)?$/;

/** "20 years and six months": a smaller unit of the same dimension right after a figure is part of it, read in its unit. */
function compound(text: string, first: NumberMention, second: NumberMention): NumberMention | undefined {
	const [a, b] = [first.unit, second.unit];
	if (!a || !b || a.dimension !== b.dimension || !COMPOUND_DIMENSIONS.has(a.dimension) || b.factor >= a.factor || second.hedge) { return undefined; }
	if (!COMPOUND_GAP.test(text.slice(first.span.end, second.span.start))) { return undefined; }
	const part = (second.value.min ?? 0) * b.factor / a.factor;
	const add = (v: Interval): Interval => ({ min: v.min === null ? null : v.min + part, max: v.max === null ? null : v.max + part });
	const span = { start: first.span.start, end: second.span.end };
	return { ...first, span, text: text.slice(span.start, span.end), value: add(first.value), loose: add(first.loose) };
}

/** "about 20 miles (34 km)": a conversion in brackets is as approximate as the figure it converts. */
function conversionOf(text: string, prev: NumberMention | undefined, found: Found): HedgeKind | undefined {
	if (!prev?.hedge || !prev.unit || found.unit?.dimension !== prev.unit.dimension) { return undefined; }
	return /^\s*\(\s*$/.test(text.slice(prev.span.end, found.start)) ? hedgeKind(prev.hedge) : undefined;
}

/** Hours (under ten), minutes and seconds written as a clock that no time of day took: a time taken ("won in 2:04:37"). */
const ELAPSED = /^(0?\d):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;

/** Reads a number starting at token `i`: digits ("27,000", "2.5 million", "£40m") or words ("twenty-five", "three hundred"). */
function readNumber(text: string, tokens: readonly Token[], i: number): Found | undefined {
	const t = tokens[i];
	if (t.kind === 'num') { return readDigits(text, tokens, i); }
	const word = WORD_FORMS.get(t.text);
	if (word === undefined) { return undefined; }
	if (word === 'a' || word === 'an') { return readArticle(text, tokens, i); }
	if (t.joined) { return undefined; }
	if (word === 'one' && /\bno\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) { return undefined; }
	let value = UNITS.get(word)!;
	let last = i;
	const next = tokens[i + 1];
	// "three-storey building": a compound adjective, not a count; "a six-year-old" is an age, and "a seven-year
	// sentence", "a two-day strike" a measure, as "a 10-year sentence" is.
	if (next?.joined && next.kind === 'word' && !UNITS.has(next.lower)) {
		const measure = ageAfter(text, t.end) ?? unitAfter(text, t.end, false);
		return measure?.unit ? withUnit(text, tokens, { value, start: t.start, end: measure.end, last: i, unit: measure.unit }) : undefined;
	}
	if (value >= 20 && value % 10 === 0 && next?.joined && (UNITS.get(next.lower) ?? 10) < 10) {
		value += UNITS.get(next.lower)!;
		last++;
	}
	if (tokens[last + 1]?.lower === 'dozen' && value < 12) {
		value *= 12;
		last++;
	}
	const scaled = readScales(tokens, last, value);
	if (word === 'one' && /^\s+(?:another|day|time|of those|way)\b/i.test(text.slice(tokens[scaled.last].end, tokens[scaled.last].end + 12))) { return undefined; }
	return withUnit(text, tokens, { value: scaled.value, start: t.start, end: tokens[scaled.last].end, last: scaled.last }, scaled.last > last);
}

/** "a thousand people", "a dozen rockets"; after a hedge, "about a mile". */
function readArticle(text: string, tokens: readonly Token[], i: number): Found | undefined {
	const next = tokens[i + 1];
	const after = next?.lower ?? '';
	if ((SCALES.get(after) || after === 'dozen') && !next.joined) {
		const r = readScales(tokens, i + 1, SCALES.get(after) ?? 12);
		return { value: r.value, start: tokens[i].start, end: tokens[r.last].end, last: r.last };
	}
	const u = next && next.kind === 'word' ? unitAfter(text, tokens[i].end, false) : undefined;
	if (!u?.unit || !/^(?:length|area|volume|mass)$/.test(u.unit.dimension) || !findHedge(text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start))) { return undefined; }
	return { value: 1, start: tokens[i].start, end: u.end, last: lastBefore(tokens, i, u.end), unit: u.unit };
}

/** Digits with what is glued to them: a currency before ("£40m", "Sh2.7"), a scale or unit after ("2.5bn", "129km", "52,16%"). */
function readDigits(text: string, tokens: readonly Token[], i: number): Found | undefined {
	const t = tokens[i];
	const clock = ELAPSED.exec(t.text);
	if (clock) { return { value: Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3]) / 3600, start: t.start, end: t.end, last: i, unit: HOURS }; }
	if (/(?:st|nd|rd|th|s)$/i.test(t.text) || /[:/]/.test(t.text) || isDesignation(text, tokens, i)) { return undefined; }
	let currency = currencyBefore(text, t.start);
	const suffix = /\p{L}/u.test(text[t.end] ?? '') ? scaleSuffix(text, t.end, !!currency) ?? (currency ? undefined : countScale(text, t.end, isCountedClass)) : undefined;
	if (currency?.weak && !suffix && !/[.,]/.test(t.text) && !SCALES.get(tokens[i + 1]?.lower ?? '')) { currency = undefined; }
	const glued = suffix ?? (/[\p{L}°º]/u.test(text[t.end] ?? '') ? unitAfter(text, t.end, false) : undefined);
	if (!isFreeStanding(text, tokens, i, !!currency, !!glued)) { return undefined; }
	let value = parseDigits(t.text);
	if (!Number.isFinite(value) || (currency && glued?.unit)) { return undefined; }
	let end = glued?.end ?? t.end;
	const scale = suffix?.scale ?? SCALES.get(tokens[i + 1]?.lower ?? '');
	if (scale) {
		value *= scale;
		end = suffix ? suffix.end : tokens[i + 1].end;
	}
	// Letters of a currency code stay out of the span: the actor finder may read "US" or "Sh" as a name.
	const start = currency ? currency.start + /^[\p{L}.\s]*/u.exec(text.slice(currency.start, t.start))![0].length : t.start;
	const found = { value, start, end, last: lastBefore(tokens, i, end), unit: currency?.unit ?? glued?.unit, lead: currency?.start };
	return withUnit(text, tokens, found, !!scale);
}

/** Adds the unit written around a number: after it ("12 miles", "40 million dollars", "24 years old"), before it ("magnitude 6.8", "aged 24"). */
function withUnit(text: string, tokens: readonly Token[], found: Found, scaled = false): Found {
	let r = found;
	const may = mayHaveUnitAfter(text, found.end);
	const age = found.unit || !may ? undefined : ageAfter(text, found.end);
	const after = may && (age || found.unit?.dimension === 'money' || !found.unit) ? age ?? unitAfter(text, found.end, scaled || found.unit?.dimension === 'money') : undefined;
	if (after?.unit && (!found.unit || after.unit.dimension === 'money')) {
		// "113 degrees Fahrenheit", "5 million US dollars": a capitalised unit word is the unit's, not a name (see extractMentions).
		r = { ...r, end: after.end, unit: found.unit ?? after.unit };
	} else if (!found.unit) {
		const before = unitBefore(text, found.start);
		if (before) { r = { ...r, start: before.start, unit: before.unit }; }
		if (!r.unit && isAge(text, found)) { r = { ...r, unit: YEARS_OF_AGE }; }
	}
	if (r.unit?.dimension === 'temperature') {
		const minus = /(?:\bminus\s+|[-−])$/i.exec(text.slice(Math.max(0, r.start - 6), r.start));
		if (minus) { r = { ...r, value: -r.value, start: r.start - minus[0].length }; }
	}
	return r.end === found.end ? r : { ...r, last: lastBefore(tokens, found.last, r.end) };
}

/** The index of the last token that ends at or before `end`. */
function lastBefore(tokens: readonly Token[], from: number, end: number): number {
	let last = from;
	while (tokens[last + 1] && tokens[last + 1].end <= end) { last++; }
	return last;
}

/** "27,000" and "2.5"; a comma before one or two digits is a decimal comma ("52,16%", "2,2 million"). */
function parseDigits(s: string): number {
	return Number(/^\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : s.replace(/,/g, ''));
}

/** Applies scale words after `last` ("hundred", "thousand"), with "and" compounds ("one hundred and twenty"). */
function readScales(tokens: readonly Token[], last: number, value: number): { value: number; last: number } {
	while (SCALES.get(tokens[last + 1]?.lower ?? '')) {
		value *= SCALES.get(tokens[last + 1].lower)!;
		last++;
		const and = tokens[last + 1]?.lower === 'and' ? 1 : 0;
		const unit = UNITS.get(tokens[last + 1 + and]?.lower ?? '');
		if (unit !== undefined && unit < 100 && unit > 0) {
			value += unit;
			last += 1 + and;
			const next = tokens[last + 1];
			if (unit >= 20 && next?.joined && (UNITS.get(next.lower) ?? 10) < 10) { value += UNITS.get(next.lower)!; last++; }
		}
	}
	return { value, last };
}

function build(text: string, tokens: readonly Token[], found: Found, base: Reading, phrase: string | null, inherited?: HedgeKind): NumberMention {
	const from = found.lead ?? found.start;
	const hedge = findHedge(text.slice(Math.max(0, from - 30), from));
	const kind = hedge && !(phrase && hedge.kind !== 'about' && hedge.kind !== 'exact' && hedge.kind !== 'above' && hedge.kind !== 'atLeast') ? hedge.kind : inherited;
	const scale = found.unit ? { continuous: isContinuous(found.unit), nonNegative: isNonNegative(found.unit) } : undefined;
	const { loose } = kind ? applyHedge(kind, base, scale) : base;
	let { hard } = kind ? applyHedge(kind, base, scale) : base;
	const start = kind && kind === hedge?.kind && from === found.start ? from - hedge.length : found.start;
	const trailing = OPEN_AFTER.exec(text.slice(found.end, found.end + 16));
	if (trailing && !phrase && hard.max !== null) { hard = { min: hard.min, max: null }; }
	const counted = found.unit?.dimension === 'age' ? null : countedNoun(tokens, found.last, !found.unit);
	const s = { start, end: found.end };
	return { kind: 'number', span: s, text: text.slice(s.start, s.end), value: hard, loose, hedge: hedge && kind === hedge.kind ? hedge.phrase : phrase, counted, ...(found.unit ? { unit: found.unit } : {}) };
}
