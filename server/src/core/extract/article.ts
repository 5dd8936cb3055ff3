import type { ActorMention, DateMention, Mention, NumberMention, Span, TimeMention } from '../types';
import { sentenceSpans, tokenize, type Token } from '../text/scan';
import { extractActors } from './actors';
import { extractDatesAndTimes } from './dates';
import { extractNumbers } from './numbers';
import { dayIso, dayNumber } from '../claims/resolveDate';
import { extractClaims, type ClaimDraft, type EventDraft } from '../claims/extractClaims';

/** Everything the core learns from one article's text alone, before it meets the rest of the corpus. */
export interface ArticleExtraction {
	/** The dateline's date (`YYYY-MM-DD`) and where it is written, when the article gives one. */
	readonly published: { readonly value: string; readonly span: Span } | null;
	/** The headline, when the article starts with one. */
	readonly title: Span | null;
	readonly sentences: readonly Span[];
	/** Every mention, sorted by start offset. */
	readonly mentions: readonly Mention[];
	readonly events: readonly EventDraft[];
	readonly claims: readonly ClaimDraft[];
	/** Number of words read (for statistics and benchmarks). */
	readonly words: number;
	/** What was left out because a limit was reached, for the user to see. */
	readonly notes: readonly string[];
}

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
function boundedText(text: string, limits: ExtractionLimits, notes: string[]): string {
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

const ISO_DATELINE = /^\s*(?:date|published|updated|posted)?[:\s]*(\d{4})-(\d\d)-(\d\d)\b/i;
const BYLINE = /^\s*(?:by|write to|written by)\s+\p{Lu}/iu;

/** Finds the dateline, title, sentences, mentions, events and claims of an article. */
export function extractArticle(original: string, limits: ExtractionLimits = defaultLimits): ArticleExtraction {
	const notes: string[] = [];
	const text = boundedText(original, limits, notes);
	const tokens = tokenize(text);
	const sentences = sentenceSpans(text, tokens);
	const titleSentences = findTitleSentences(text, tokens, sentences);
	const timeline: (DateMention | TimeMention)[] = [];
	for (const s of sentences) {
		timeline.push(...extractDatesAndTimes(text, s));
	}
	const published = findDateline(text, sentences, timeline);
	const dated = published ? timeline.map(m => m.kind === 'date' && m.span.start === published.span.start ? { ...m, role: 'dateline' as const } : m) : timeline;
	const takenBy = new Intervals(dated.map(d => d.span));
	const boilerplate = new Intervals(findBoilerplate(text));
	const numbers = extractNumbers(text, tokens, span => takenBy.overlaps(span));
	const actors = extractActors({ text, tokens, titleSentences, taken: span => takenBy.overlaps(span) || boilerplate.overlaps(span) });
	const numbersOutsideActors = dropOverlapping(numbers, new Intervals(actors.map(a => a.span)));
	let mentions: Mention[] = [...dated, ...numbersOutsideActors, ...actors].sort((a, b) => a.span.start - b.span.start);
	if (mentions.length > limits.maxMentions) {
		notes.push(`only the first ${limits.maxMentions.toLocaleString('en-US')} of ${mentions.length.toLocaleString('en-US')} mentions were kept`);
		mentions = mentions.slice(0, limits.maxMentions);
	}
	const { events, claims } = extractClaims({ text, tokens, sentences, mentions, titleSentences });
	return { published, title: findTitle(text, sentences, published), sentences, mentions, events, claims, words: countWords(tokens), notes };
}

const BOILERPLATE = /\b(?:all rights reserved|add comment|copyright(?:\s+(?:©\s*)?\d{4})?|click here|sign up|read more|subscribe now)\b/gi;

/** Site furniture ("All rights reserved", "Add Comment") that is never an actor. */
function findBoilerplate(text: string): Span[] {
	const spans: Span[] = [];
	BOILERPLATE.lastIndex = 0;
	for (let m = BOILERPLATE.exec(text); m; m = BOILERPLATE.exec(text)) {
		spans.push({ start: m.index, end: m.index + m[0].length });
	}
	return spans;
}

function countWords(tokens: readonly Token[]): number {
	let n = 0;
	for (const t of tokens) {
		if (t.kind !== 'punct') { n++; }
	}
	return n;
}

function dropOverlapping(numbers: NumberMention[], actors: Intervals): NumberMention[] {
	return numbers.filter(n => !actors.overlaps(n.span));
}

/** The first full date (with a year) written on a line of its own near the top, or an ISO date line. */
function findDateline(text: string, sentences: readonly Span[], dates: readonly (DateMention | TimeMention)[]): ArticleExtraction['published'] {
	for (const s of sentences.slice(0, 6)) {
		const line = text.slice(s.start, s.end);
		const iso = ISO_DATELINE.exec(line);
		const d = dates.find(m => m.kind === 'date' && m.span.start >= s.start && m.span.end <= s.end) as DateMention | undefined;
		const full = d && d.expr.type === 'absolute' && d.expr.year && d.expr.month && d.expr.day;
		if (full && d.expr.type === 'absolute' && (iso || line.trim().length <= d.text.length + 12 || /^\s*\p{Lu}[\p{Lu}\s]+[,—–-]/u.test(line))) {
			const value = dayIso(dayNumber(d.expr.year, d.expr.month, d.expr.day));
			const span = iso ? { start: s.start + line.search(/\S/), end: d.span.end } : d.span;
			return { value, span };
		}
	}
	return null;
}

function findTitle(text: string, sentences: readonly Span[], published: ArticleExtraction['published']): Span | null {
	for (const s of sentences.slice(0, 4)) {
		if (published && s.start <= published.span.start && published.span.start < s.end) { continue; }
		const line = text.slice(s.start, s.end);
		if (BYLINE.test(line)) { continue; }
		return line.length <= 160 && !/[.!?]["”]?\s*$/.test(line) ? s : null;
	}
	return null;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'by', 'with', 'as', 'from']);

/** Sentences in headline case, where most longer words are capitalised. */
function findTitleSentences(text: string, tokens: readonly Token[], sentences: readonly Span[]): Set<number> {
	const result = new Set<number>();
	const counts = sentences.map(() => ({ cap: 0, all: 0 }));
	for (const t of tokens) {
		if (t.kind === 'word' && !FUNCTION_WORDS.has(t.text.toLowerCase())) {
			counts[t.sentence].all++;
			if (t.cap) { counts[t.sentence].cap++; }
		}
	}
	counts.forEach((c, i) => {
		if (c.all >= 2 && c.cap / c.all >= 0.75 && !/[.!?]["”]?\s*$/.test(text.slice(sentences[i].start, sentences[i].end))) { result.add(i); }
	});
	return result;
}

/** A sorted set of spans answering "does this span overlap any of them" in logarithmic time. */
export class Intervals {
	readonly #starts: number[];
	/** Largest end among the spans up to each index: spans may nest. */
	readonly #maxEnds: number[];
	constructor(spans: readonly Span[]) {
		const sorted = [...spans].sort((a, b) => a.start - b.start);
		this.#starts = sorted.map(s => s.start);
		let max = -Infinity;
		this.#maxEnds = sorted.map(s => (max = Math.max(max, s.end)));
	}
	overlaps(span: Span): boolean {
		// The last span starting before `span` ends; any span up to it overlaps when the largest end reaches past span.start.
		let lo = 0;
		let hi = this.#starts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#starts[mid] < span.end) { lo = mid + 1; } else { hi = mid; }
		}
		return lo > 0 && this.#maxEnds[lo - 1] > span.start;
	}
}

export type { ActorMention };
