import type { Span } from '../types';
import type { Token } from './scan';
import { alternation, VOCABULARY, wordSet } from '../vocabulary';

/** Per-article limits that keep the work on one article bounded. */
export interface ExtractionLimits {
	/** Characters analysed; the rest of a longer article is left out. */
	readonly maxChars: number;
	/** Lines longer than this (minified dumps, base64) are left out. */
	readonly maxLineLength: number;
	/** Mentions kept per article. */
	readonly maxMentions: number;
}

export const defaultLimits: ExtractionLimits = { maxChars: 1_000_000, maxLineLength: 20_000, maxMentions: 20_000 };

/** The text to analyse: cut to the size limit and with over-long lines blanked, offsets unchanged. */
export function boundedText(text: string, limits: ExtractionLimits, notes: string[]): string {
	let analysed = text;
	if (analysed.length > limits.maxChars) {
		const cut = analysed.lastIndexOf('\n', limits.maxChars);
		analysed = analysed.slice(0, cut > limits.maxChars / 2 ? cut : limits.maxChars);
		notes.push(`only the first ${analysed.length.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters were analysed (limit ${limits.maxChars.toLocaleString('en-US')})`);
	}
	let long = 0;
	analysed = analysed.replace(/[^\r\n]+/g, line => {
		if (line.length <= limits.maxLineLength) { return line; }
		long++;
		return ' '.repeat(line.length);
	});
	if (long) { notes.push(`${long} line${long === 1 ? '' : 's'} longer than ${limits.maxLineLength.toLocaleString('en-US')} characters left out`); }
	return analysed;
}

const BYLINE = new RegExp(`^\\s*(?:${alternation(VOCABULARY.text.bylineOpeners)})\\s+\\p{Lu}`, 'iu');

/** "By Jane Doe | The Daily": a byline names the writer and the outlet, not who the story is about. */
export function isByline(line: string): boolean {
	return BYLINE.test(line);
}

/** The headline: the first short line without closing punctuation, skipping the dateline and a byline. */
export function findTitle(text: string, sentences: readonly Span[], dateline: Span | null): Span | null {
	for (const s of sentences.slice(0, 4)) {
		if (dateline && s.start <= dateline.start && dateline.start < s.end) { continue; }
		const line = text.slice(s.start, s.end);
		if (BYLINE.test(line)) { continue; }
		return line.length <= 160 && !/[.!?]["”]?\s*$/.test(line) ? s : null;
	}
	return null;
}

const FUNCTION_WORDS = wordSet(VOCABULARY.text.headlineFunctionWords);

/** Sentences in headline case, where most longer words are capitalised. */
export function findTitleSentences(text: string, tokens: readonly Token[], sentences: readonly Span[]): Set<number> {
	const result = new Set<number>();
	const counts = sentences.map(() => ({ cap: 0, all: 0 }));
	for (const t of tokens) {
		if (t.kind === 'word' && !FUNCTION_WORDS.has(t.lower)) {
			counts[t.sentence].all++;
			if (t.cap) { counts[t.sentence].cap++; }
		}
	}
	counts.forEach((c, i) => {
		if (c.all >= 2 && c.cap / c.all >= 0.75 && !/[.!?]["”]?\s*$/.test(text.slice(sentences[i].start, sentences[i].end))) { result.add(i); }
	});
	return result;
}

// A copyright line with its year is furniture as a whole.
const BOILERPLATE = new RegExp(`\\b(?:${alternation(VOCABULARY.text.boilerplatePhrases)}|copyright(?:\\s+(?:©\\s*)?\\d{4})?)\\b`, 'gi');

/** Site furniture ("All rights reserved", "Add Comment") that is never an actor. */
export function findBoilerplate(text: string): Span[] {
	const spans: Span[] = [];
	BOILERPLATE.lastIndex = 0;
	for (let m = BOILERPLATE.exec(text); m; m = BOILERPLATE.exec(text)) {
		spans.push({ start: m.index, end: m.index + m[0].length });
	}
	return spans;
}

/** Words and numbers among the tokens (for statistics and benchmarks). */
export function countWords(tokens: readonly Token[]): number {
	let n = 0;
	for (const t of tokens) {
		if (t.kind !== 'punct') { n++; }
	}
	return n;
}
