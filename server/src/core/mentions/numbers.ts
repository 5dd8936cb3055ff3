import type { Interval, NumberMention, Span } from '../types';
import type { Token } from '../text/scan';
import { alternation, VOCABULARY, wordMap, wordSet } from '../vocabulary';

const words = VOCABULARY.numbers;
/** Number words and their values (prototype-free: "constructor" or "toString" in a text is not a number). */
const UNITS = wordMap(words.numberWords);
const SCALES = wordMap(words.scales);

const interval = ([min, max]: (number | null)[]): Interval => ({ min, max });
/** Vague quantities as hard intervals (and looser ones where the hard one is open). */
const VAGUE: Record<string, { hard: Interval; loose: Interval }> = wordMap(Object.fromEntries(Object.entries(words.vague).map(([k, v]) => [k, { hard: interval(v.hard), loose: interval(v.loose) }])));
const VAGUE_RE = new RegExp(`\\b(${alternation(Object.keys(words.vague))})\\b`, 'gi');

type HedgeKind = 'above' | 'atLeast' | 'below' | 'atMost' | 'near' | 'about' | 'exact';

/** Hedges before a number, spun synonyms included ("greater than", "practically"), in the order they are tried. */
const HEDGES: [RegExp, HedgeKind][] = (Object.keys(words.hedges) as HedgeKind[]).map(kind => [new RegExp(`\\b(?:${alternation(words.hedges[kind])})\\s+$`, 'i'), kind]);

const COUNT_STOP = wordSet(words.countedNounStops);
/** "40 or more" leaves the interval open; "40 others" does not. */
const OPEN_AFTER = new RegExp(`^\\s+(${alternation([...words.openAfter, 'others'])})\\b`, 'i');

/** Finds numbers (digits, words, compounds and vague quantities) with hedges, as intervals. */
export function extractNumbers(text: string, tokens: readonly Token[], taken: (span: Span) => boolean): NumberMention[] {
	const out: NumberMention[] = [];
	const vague = new Map<number, { end: number; phrase: string }>();
	VAGUE_RE.lastIndex = 0;
	for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
		vague.set(m.index, { end: m.index + m[0].length, phrase: m[0].toLowerCase() });
	}
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (taken(t)) { continue; }
		const v = vague.get(t.start);
		if (v) {
			let j = i;
			while (j + 1 < tokens.length && tokens[j + 1].end <= v.end) { j++; }
			const after = tokens[j + 1];
			if (after && (after.kind === 'num' || UNITS[after.text.toLowerCase()] !== undefined || vague.has(after.start))) { continue; }
			out.push(build(text, tokens, { start: t.start, end: v.end }, j, VAGUE[v.phrase], 'vague', v.phrase));
			i = j;
			continue;
		}
		const parsed = readNumber(text, tokens, i);
		if (!parsed) { continue; }
		const span = { start: t.start, end: tokens[parsed.last].end };
		out.push(build(text, tokens, span, parsed.last, { hard: exact(parsed.value), loose: roundLoose(parsed.value) }, 'plain', null));
		i = parsed.last;
	}
	return out;
}

function exact(n: number): Interval {
	return { min: n, max: n };
}

/** The rounding step a written number suggests: 170 -> 10, 85 -> 5, 2,500 -> 100. */
function granularity(n: number): number {
	if (!Number.isInteger(n) || n < 10) { return 1; }
	// The largest of 1, 5, 10, 50, 100, … that divides n and is at most a quarter of it.
	let g = 1;
	for (let step = 5; step <= n / 4; step *= String(step)[0] === '5' ? 2 : 5) {
		if (n % step === 0) { g = step; }
	}
	return g;
}

function roundLoose(n: number): Interval {
	const g = granularity(n);
	return g > 1 && n >= 20 ? { min: n - g / 2, max: n + g / 2 } : exact(n);
}

/** Reads a number starting at token `i`: digits ("27,000", "2.5 million") or words ("twenty-five", "three hundred"). */
function readNumber(text: string, tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
	const t = tokens[i];
	if (t.kind === 'num') {
		if (DESIGNATIONS.test(text.slice(Math.max(0, t.start - 14), t.start))) { return undefined; }
		if (!isFreeStanding(text, tokens, i) || /(?:st|nd|rd|th|s)$/i.test(t.text) || t.text.includes(':') || t.text.includes('/')) { return undefined; }
		let value = Number(t.text.replace(/,/g, ''));
		if (!Number.isFinite(value)) { return undefined; }
		let last = i;
		const scale = SCALES[tokens[i + 1]?.text.toLowerCase() ?? ''];
		if (scale) { value *= scale; last++; }
		return { value, last };
	}
	if (t.text.length > 9) { return undefined; }
	const word = t.text.toLowerCase();
	if (word === 'a' || word === 'an') {
		const after = tokens[i + 1]?.text.toLowerCase() ?? '';
		// "a thousand people", "a dozen rockets"
		return (SCALES[after] || after === 'dozen') && !tokens[i + 1].joined ? readScales(tokens, i + 1, SCALES[after] ?? 12) : undefined;
	}
	if (UNITS[word] === undefined || t.joined) { return undefined; }
	if (word === 'one' && /\bno\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) { return undefined; }
	let value = UNITS[word];
	let last = i;
	const next = tokens[i + 1];
	// "six-year effort", "three-day visit": a compound adjective, not a count.
	if (next?.joined && next.kind === 'word' && UNITS[next.text.toLowerCase()] === undefined) { return undefined; }
	if (value >= 20 && value % 10 === 0 && next?.joined && UNITS[next.text.toLowerCase()] !== undefined && UNITS[next.text.toLowerCase()] < 10) {
		value += UNITS[next.text.toLowerCase()];
		last++;
	}
	if (tokens[last + 1]?.text.toLowerCase() === 'dozen' && value < 12) {
		value *= 12;
		last++;
	}
	const scaled = readScales(tokens, last, value);
	value = scaled.value;
	last = scaled.last;
	if (word === 'one' && /^\s+(?:another|day|time|of those|way)\b/i.test(text.slice(tokens[last].end, tokens[last].end + 12))) { return undefined; }
	return { value, last };
}

/** Applies scale words after `last` ("hundred", "thousand"), with "and" compounds ("one hundred and twenty"). */
function readScales(tokens: readonly Token[], last: number, value: number): { value: number; last: number } {
	while (SCALES[tokens[last + 1]?.text.toLowerCase() ?? '']) {
		value *= SCALES[tokens[last + 1].text.toLowerCase()];
		last++;
		const and = tokens[last + 1]?.text.toLowerCase() === 'and' ? 1 : 0;
		const unit = UNITS[tokens[last + 1 + and]?.text.toLowerCase() ?? ''];
		if (unit !== undefined && unit < 100 && unit > 0) {
			value += unit;
			last += 1 + and;
			const next = tokens[last + 1];
			if (unit >= 20 && next?.joined && (UNITS[next.text.toLowerCase()] ?? 10) < 10) { value += UNITS[next.text.toLowerCase()]; last++; }
		}
	}
	return { value, last };
}

/** Words before a number that make it a designation, not a quantity ("Flight 752", "Resolution 2334"). */
const DESIGNATIONS = new RegExp(`\\b(?:${alternation(words.designations)})\\s+$`, 'i');

/** A digit token glued to letters ("F-15E", "F-16s", a hash) is a designation, not a quantity. */
function isFreeStanding(text: string, tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	const before = text[t.start - 1] ?? ' ';
	const after = text[t.end] ?? ' ';
	if (/[\p{L}\p{N}_#@]/u.test(before) || /[\p{L}\p{N}_]/u.test(after)) { return false; }
	if (t.joined && tokens[i - 1]?.kind === 'word') { return false; }
	if (tokens[i + 1]?.joined && tokens[i + 1].kind === 'word' && /^[A-Z]/.test(tokens[i + 1].text) && !/^(?:year|month|day|week)/i.test(tokens[i + 1].text)) { return false; }
	return !(before === '-' && /[A-Za-z]/.test(text[t.start - 2] ?? ''));
}

function build(text: string, tokens: readonly Token[], span: Span, last: number, base: { hard: Interval; loose: Interval }, kind: 'plain' | 'vague', phrase: string | null): NumberMention {
	const before = text.slice(Math.max(0, span.start - 30), span.start);
	let hedge: string | null = phrase;
	let start = span.start;
	let hard = base.hard;
	let loose = base.loose;
	for (const [re, k] of HEDGES) {
		const m = re.exec(before);
		if (!m) { continue; }
		if (kind === 'vague' && k !== 'about' && k !== 'exact' && k !== 'above' && k !== 'atLeast') { break; }
		hedge = m[0].trim().toLowerCase();
		start = span.start - m[0].length;
		({ hard, loose } = applyHedge(k, base));
		break;
	}
	const trailing = OPEN_AFTER.exec(text.slice(span.end, span.end + 12));
	if (trailing && trailing[1].toLowerCase() !== 'others' && kind === 'plain' && hard.max !== null) {
		hard = { min: hard.min, max: null };
	}
	const counted = countedNoun(tokens, last);
	const s = { start, end: span.end };
	return { kind: 'number', span: s, text: text.slice(s.start, s.end), value: hard, loose, hedge, counted };
}

function applyHedge(kind: HedgeKind, base: { hard: Interval; loose: Interval }): { hard: Interval; loose: Interval } {
	const n = base.hard.min ?? 0;
	const top = base.hard.max ?? n;
	const g = granularity(n);
	const tol = Math.max(1, Math.round(n * 0.1), Math.ceil(g / 2));
	const whole = Number.isInteger(n);
	switch (kind) {
		case 'above': return { hard: { min: whole ? n + 1 : n, max: null }, loose: { min: whole ? n + 1 : n, max: n + Math.max(g, Math.ceil(n / 2)) } };
		case 'atLeast': return { hard: { min: n, max: null }, loose: { min: n, max: n + Math.max(g, Math.ceil(n / 2)) } };
		case 'below': return { hard: { min: null, max: whole ? top - 1 : top }, loose: { min: Math.max(0, top - Math.max(g, Math.ceil(top / 2))), max: whole ? top - 1 : top } };
		case 'atMost': return { hard: { min: null, max: top }, loose: { min: Math.max(0, top - Math.max(g, Math.ceil(top / 2))), max: top } };
		case 'near': return { hard: { min: Math.max(0, n - tol), max: whole ? n - 1 : n }, loose: { min: Math.max(0, n - 2 * tol), max: n } };
		case 'about': return base.hard.max === base.hard.min
			? { hard: { min: Math.max(0, n - tol), max: n + tol }, loose: { min: Math.max(0, n - 2 * tol), max: n + 2 * tol } }
			: base;
		default: return base;
	}
}

/** The noun a number counts: "three U.S. service members" -> "U.S. service members". */
function countedNoun(tokens: readonly Token[], last: number): string | null {
	const words: string[] = [];
	let k = last + 1;
	if (tokens[k]?.text.toLowerCase() === 'of' && tokens[k + 1] && ['the', 'those', 'them', 'its', 'their', 'his', 'these'].includes(tokens[k + 1].text.toLowerCase())) {
		return null;
	}
	if (tokens[k]?.text.toLowerCase() === 'more' || tokens[k]?.text.toLowerCase() === 'other') { k++; }
	for (; k < tokens.length && words.length < 4; k++) {
		const t = tokens[k];
		if (t.sentence !== tokens[last].sentence) { break; }
		if (t.kind !== 'word' && !(t.kind === 'punct' && t.text === '.' && t.start === tokens[k - 1].end)) { break; }
		const w = t.text.toLowerCase();
		if (COUNT_STOP.has(w) || UNITS[w] !== undefined) { break; }
		if (t.kind === 'word') { words.push(t.joined && words.length ? `${words.pop()}-${t.text}` : t.text); }
		if (/[^s]s$|ren$|ople$|^(?:police|personnel|staff|troops|people|children|men|women)$/i.test(w) && !/ss$|ous$|us$/i.test(w)) { break; }
	}
	return words.length ? words.join(' ') : null;
}
