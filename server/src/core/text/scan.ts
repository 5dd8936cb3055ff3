import type { Span } from '../types';
import { VOCABULARY, wordSet } from '../vocabulary';
import { CharClass, charClass, classAt, widthAt } from './chars';

/**
 * A word, number or punctuation mark with its offsets. Hyphenated words are
 * split into parts; `joined` marks a part glued to the previous one by a hyphen.
 */
export interface Token {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** The text in lower case, made once: every stage asks word lists about it. */
	readonly lower: string;
	readonly kind: 'word' | 'num' | 'punct';
	/** Starts with an upper-case letter. */
	readonly cap: boolean;
	/** Glued to the previous token by a hyphen ("Iran-backed" -> "Iran", "backed"). */
	readonly joined: boolean;
	/** Index of the sentence it belongs to. */
	sentence: number;
}

/** Splits a text into tokens with offsets; sentences are numbered by {@link sentenceSpans}. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let prevEnd = -1;
	let prevHyphen = false;
	for (let i = 0; i < text.length;) {
		const cls = classAt(text, i);
		if (cls === CharClass.Space) {
			i += widthAt(text, i);
			continue;
		}
		if (cls !== CharClass.Letter && cls !== CharClass.Number) {
			const end = i + widthAt(text, i);
			// A hyphen between two words or figures glues them ("Iran-backed", "F-15E"): the next token is `joined`.
			if (text.charCodeAt(i) === 45 && i === prevEnd && i + 1 < text.length && isWordStart(charClass(text.charCodeAt(i + 1)))) {
				prevHyphen = true;
				prevEnd = i + 1;
				i = end;
				continue;
			}
			const t = text.slice(i, end);
			tokens.push({ start: i, end, text: t, lower: t, kind: 'punct', cap: false, joined: false, sentence: 0 });
		} else {
			const end = cls === CharClass.Letter ? wordEnd(text, i) : numberEnd(text, i);
			const t = text.slice(i, end);
			const word = cls === CharClass.Letter;
			tokens.push({ start: i, end, text: t, lower: word ? t.toLowerCase() : t, kind: word ? 'word' : 'num', cap: word && isUpper(t), joined: prevHyphen && i === prevEnd, sentence: 0 });
		}
		prevHyphen = false;
		prevEnd = tokens[tokens.length - 1].end;
		i = prevEnd;
	}
	return tokens;
}

function isWordStart(cls: CharClass): boolean {
	return cls === CharClass.Letter || cls === CharClass.Number;
}

/** Skips characters of one of two classes from `i`; returns where they end. */
function skip(text: string, i: number, a: CharClass, b = a): number {
	while (i < text.length) {
		const cls = classAt(text, i);
		if (cls !== a && cls !== b) { break; }
		i += widthAt(text, i);
	}
	return i;
}

/**
 * The end of a word starting at `i`: a letter, letters and marks, inner apostrophes each followed by letters
 * ("rock'n'roll", "O’Brien"), and the dots of an abbreviation of single letters ("U.S.", "p.m.").
 */
function wordEnd(text: string, i: number): number {
	let j = skip(text, i + widthAt(text, i), CharClass.Letter, CharClass.Mark);
	for (let c = text.charCodeAt(j); c === 39 || c === 0x2019; c = text.charCodeAt(j)) {
		const k = skip(text, j + 1, CharClass.Letter);
		if (k === j + 1) { break; }
		j = k;
	}
	if (text.charCodeAt(j) !== 46) { return j; }
	let p = j + 1;
	while (p < text.length && classAt(text, p) === CharClass.Letter && text.charCodeAt(p + widthAt(text, p)) === 46) { p += widthAt(text, p) + 1; }
	return p > j + 1 ? p : j;
}

/** The end of a figure starting at `i`: digits with inner separators ("27,000", "9:30", "1/2") and an ordinal or plural ending ("5th", "1990s"). */
function numberEnd(text: string, i: number): number {
	let j = skip(text, i, CharClass.Number);
	while (SEPARATORS.includes(text[j] ?? ' ') && j + 1 < text.length && classAt(text, j + 1) === CharClass.Number) { j = skip(text, j + 1, CharClass.Number); }
	const suffix = text.slice(j, j + 2);
	return ORDINALS.includes(suffix) ? j + 2 : suffix[0] === 's' ? j + 1 : j;
}

const SEPARATORS = '.,:/';
const ORDINALS = ['st', 'nd', 'rd', 'th'];

function isUpper(word: string): boolean {
	const c = word[0];
	return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = wordSet(VOCABULARY.text.abbreviations);

/**
 * Sentence spans: a line break ends a sentence (articles are one paragraph a
 * line), and so does `.`, `!` or `?` before a space and a capital, unless the
 * dot closes an abbreviation ("Gen.", "Jan.", "U.S.") or an initial ("S.").
 */
export function sentenceSpans(text: string, tokens: Token[]): Span[] {
	const spans: Span[] = [];
	let start = -1;
	let last = 0;
	const close = (end: number) => {
		if (start >= 0) { spans.push({ start, end }); }
		start = -1;
	};
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (start >= 0 && hasLineBreak(text, last, t.start)) { close(last); }
		if (start < 0) { start = t.start; }
		t.sentence = spans.length;
		last = t.end;
		if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?') && endsSentence(text, tokens, i)) {
			close(t.end);
		}
	}
	close(last);
	return spans;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) { return true; }
	}
	return false;
}

function endsSentence(text: string, tokens: Token[], i: number): boolean {
	const next = tokens[i + 1];
	if (!next) { return true; }
	if (next.start === tokens[i].end) { return false; }
	const prev = tokens[i - 1];
	if (tokens[i].text === '.' && prev && prev.kind === 'word' && prev.end === tokens[i].start) {
		const w = prev.lower;
		if (ABBREVIATIONS.has(w) || (prev.text.length === 1 && prev.cap)) { return false; }
	}
	return next.cap || next.kind === 'num' || /["“‘'(]/.test(next.text) || hasLineBreak(text, tokens[i].end, next.start);
}
