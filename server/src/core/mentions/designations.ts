import type { Token } from '../text/scan';
import { alternation, VOCABULARY } from '../vocabulary';
import { unitAfter } from './units';

/**
 * Digits that name rather than count: designations ("Flight 752", "Boeing
 * 737-800"), codes glued to letters ("F-16s", "MQ-9", hashes), telephone
 * numbers. Dates and clock times are taken before numbers are read.
 */

/** Words before a number that make it a designation, not a quantity ("Flight 752", "Resolution 2334", "Boeing 737"). */
const DESIGNATIONS = new RegExp(`\\b(?:${alternation(VOCABULARY.numbers.designations)})\\s+$`, 'i');

/** True when a designation word stands right before `start` ("Flight 1824", "Route 1960"): digits there name, they count no years. */
export function namedBefore(text: string, start: number): boolean {
	return DESIGNATIONS.test(text.slice(Math.max(0, start - 14), start));
}

/** A digit token glued to letters ("F-15E", "F-16s", a hash) is a designation, unless the letters are a currency or a unit. */
export function isFreeStanding(text: string, tokens: readonly Token[], i: number, prefixed: boolean, suffixed: boolean): boolean {
	const t = tokens[i];
	const before = text[t.start - 1] ?? ' ';
	const after = text[t.end] ?? ' ';
	if ((!prefixed && /[\p{L}\p{N}_#@]/u.test(before)) || (!suffixed && /[\p{L}\p{N}_]/u.test(after))) { return false; }
	if (t.joined && tokens[i - 1]?.kind === 'word') { return false; }
	if (tokens[i + 1]?.joined && tokens[i + 1].kind === 'word' && /^[A-Z]/.test(tokens[i + 1].text) && !/^(?:year|month|day|week)/i.test(tokens[i + 1].text)) { return false; }
	return !(before === '-' && /[A-Za-z]/.test(text[t.start - 2] ?? ''));
}

/** "+234 803 555 0199", "(555) 010-4477", "0800 123 456": digit groups of a telephone number. */
function isPhoneNumber(text: string, t: Token): boolean {
	let a = t.start;
	while (a > 0 && t.start - a < 20 && /[\d\s().+-]/.test(text[a - 1]) && text[a - 1] !== '\n') { a--; }
	let b = t.end;
	while (b < text.length && b - t.end < 20 && /[\d\s().-]/.test(text[b]) && text[b] !== '\n') { b++; }
	const run = text.slice(a, b).trim();
	return /^(?:\+\d|\(?0\d|\(\d{3}\)|\d{3}-\d{3}-\d{4})/.test(run) && (run.match(/\d/g)?.length ?? 0) >= 8 && /\d[\s().-]+\d[\s\S]*\d[\s().-]+\d/.test(run);
}

/** "737-800", "777-200": a type and its variant, not a range or a tally. */
function isModelNumber(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	const next = tokens[i + 1];
	const prev = tokens[i - 1];
	const pair = next?.joined && next.kind === 'num' ? [t.text, next.text] : t.joined && prev?.kind === 'num' ? [prev.text, t.text] : undefined;
	return !!pair && pair.every(p => /^\d{3}$/.test(p)) && Number(pair[1]) % 100 === 0 && Number(pair[0]) % 10 !== 0;
}

/**
 * True when the digits at token `i` are a designation: a word before them, unless a unit of time follows ("from the
 * upper stage 63 minutes after liftoff"), a model number or a telephone number.
 */
export function isDesignation(text: string, tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	const named = namedBefore(text, t.start) && unitAfter(text, t.end, false)?.unit?.dimension !== 'duration';
	return named || isPhoneNumber(text, t) || isModelNumber(tokens, i);
}
