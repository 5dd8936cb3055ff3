import type { Span } from '../types';
import { VOCABULARY, wordSet } from '../vocabulary';

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

// Words: letters with inner apostrophes and dots of abbreviations ("U.S.", "p.m.");
// numbers: digits with inner separators ("27,000", "9:30", "2024-02-07", "F-15E" parts).
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:\.(?:\p{L}\.)+)?)|(\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?)|([^\s\p{L}\p{N}])/gu;

/** Splits a text into tokens with offsets; sentences are numbered by {@link sentenceSpans}. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	let prevEnd = -1;
	let prevHyphen = false;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		const t = m[0];
		if (m[3] !== undefined) {
			if (t === '-' && m.index === prevEnd && /[\p{L}\p{N}]/u.test(text[m.index + 1] ?? '')) {
				prevHyphen = true;
				prevEnd = m.index + 1;
				continue;
			}
			tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t, kind: 'punct', cap: false, joined: false, sentence: 0 });
		} else {
			const kind = m[1] !== undefined ? 'word' : 'num';
			const joined = prevHyphen && m.index === prevEnd;
			tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: kind === 'word' ? t.toLowerCase() : t, kind, cap: kind === 'word' && isUpper(t), joined, sentence: 0 });
		}
		prevHyphen = false;
		prevEnd = m.index + t.length;
	}
	return tokens;
}

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
