import type { DateMention, Span } from '../types';
import { alternation, VOCABULARY } from '../vocabulary';
import { EVENT_WORDS } from '../vocabulary/events';
import { ACROSS_WORDS, BACKGROUND_CUES, factKind, ONE_EVENT_WORDS, FINAL_WORDS, PARTIAL_COUNT_UNITS, PARTIAL_COUNT_VERBS, PRELIMINARY_WORDS, STATUS_NOUNS, SUPERSEDED_MARKERS } from '../vocabulary/facts';
import type { ClaimContext } from './extractClaims';
import type { Frame } from './frames';
import { mentionOfKind, tokenAtOrAfter, type TokenView } from './tokenView';

/** How a claim stands: preliminary or final, an update, a figure the article replaced, a part, about another time. */
export interface ClaimStatus {
	/** "preliminary evaluation", "initial count", "provisional results". */
	readonly preliminary: boolean;
	/** "official results", "final toll". */
	readonly final: boolean;
	/** Stated as a rise: "rose to", "climbed to". */
	readonly rising: boolean;
	/** A figure the article itself has replaced: "earlier reported", "up from 40". */
	readonly superseded: boolean;
	/** A part of a figure given before: "including three children". */
	readonly subset: boolean;
	/** Those added to a count since it was given: "one died of his wounds". */
	readonly added?: boolean;
	/** About another time than the event: "last year", "in 2018". */
	readonly background: boolean;
	/** Matched on weak evidence (an open predicate, a bare count of a noun). */
	readonly weak: boolean;
}

const SINCE = new RegExp(`\\b(?:${alternation(VOCABULARY.facts.sinceWords)})\\s+(?:the\\s+)?$`, 'i');

/** The status of a claim of `fact` at `span` in its sentence. */
export function claimStatus(view: TokenView, sentence: Span, span: Span, fact: string, frame: Frame | undefined, background: boolean): ClaimStatus {
	const { preliminary, final } = statusWords(view, sentence);
	return {
		// "Smith, 38, won 53.8% with 98% of ballots counted": the count is preliminary, her age is not.
		preliminary: preliminary && !factKind(fact).settled, final, background, rising: frame?.rising ?? false, subset: frame?.subset ?? false, weak: frame?.weak ?? false,
		superseded: isSuperseded(view, sentence, span), ...(frame?.added ? { added: true } : {}),
	};
}

/** "with 98% of the ballots counted": a share of ballots, polling stations or precincts, and a word that says the count goes on. */
function partialCount(view: TokenView, sentence: Span): boolean {
	let share = false;
	let going = false;
	for (let i = tokenAtOrAfter(view, sentence.start); i < view.tokens.length && view.tokens[i].start < sentence.end; i++) {
		// "98% of ballots counted", "turnout in the votes counted so far".
		share ||= countProgress(view, i) || (i > 0 && !!PARTIAL_COUNT_UNITS.match(view.words, i) && view.words[i - 1] === 'the');
		going ||= !!PARTIAL_COUNT_VERBS.match(view.words, i);
	}
	return share && going;
}

/** "98 percent| of the ballots": a share (a number in percent ending at `unitAt`) followed by what is being counted. */
export function countProgress(view: TokenView, unitAt: number): boolean {
	const share = view.mentionAt[unitAt];
	const m = share >= 0 ? view.mentions[share] : undefined;
	if (m?.kind !== 'number' || m.unit?.dimension !== 'percent' || view.last[share] !== unitAt) { return false; }
	const k = view.words[unitAt + 1] === 'of' ? (view.words[unitAt + 2] === 'the' ? unitAt + 3 : unitAt + 2) : -1;
	return k > 0 && !!PARTIAL_COUNT_UNITS.match(view.words, k);
}

/** "preliminary evaluation", "official results" anywhere in the sentence. */
function statusWords(view: TokenView, sentence: Span): { preliminary: boolean; final: boolean } {
	let preliminary = false;
	let final = false;
	for (let i = tokenAtOrAfter(view, sentence.start); i < view.tokens.length && view.tokens[i].start < sentence.end; i++) {
		const w = view.words[i];
		if (!PRELIMINARY_WORDS.has(w) && !FINAL_WORDS.has(w)) { continue; }
		if (!STATUS_NOUNS.has(view.words[i + 1]) && !STATUS_NOUNS.has(view.words[i + 2])) { continue; }
		if (PRELIMINARY_WORDS.has(w)) { preliminary = true; } else { final = true; }
	}
	return { preliminary: preliminary || partialCount(view, sentence), final };
}

/** "up from 40", "from 288" right before the number, or "earlier", "previously" before it in the sentence. */
function isSuperseded(view: TokenView, sentence: Span, span: Span): boolean {
	const at = tokenAtOrAfter(view, span.start);
	const near = SUPERSEDED_MARKERS.matchEnding(view.words, at, 2);
	if (near && /^(?:from|up|down)$/.test(view.words[near.start])) { return true; }
	// A marker stays with the figure of its own aside: in "the toll, once put at 12, rose to 19" only 12 is the earlier one.
	let marked = false;
	let figure = false;
	for (let i = tokenAtOrAfter(view, sentence.start); i < at; i++) {
		const m = SUPERSEDED_MARKERS.match(view.words, i);
		if (m && !/^(?:from|up|down|first|before)$/.test(view.words[i])) { marked = true; figure = false; }
		figure ||= marked && mentionOfKind(view, i, 'number') >= 0;
		if (figure && view.words[i] === ',') { marked = false; }
	}
	return marked;
}

/**
 * True when the claim's sentence is about another time: "last year", "compared with", or a year other than the
 * dateline's. `sentenceMentions` are the indexes of the sentence's mentions.
 */
export function isBackground(ctx: ClaimContext, view: TokenView, sentence: Span, span: Span, sentenceMentions: readonly number[]): boolean {
	// A cue before a figure sets the time of the sentence ("Last month, an ambush left 35 dead"); one after it only of its
	// own clause: "revenue of $22.1 billion, up 265% from a year earlier" is of now.
	// "rose to 78.4% from 76.2% four years ago": a cue after the figure is of the nearest figure before it.
	for (let i = tokenAtOrAfter(view, sentence.start); i < view.tokens.length && view.tokens[i].start < sentence.end; i++) {
		if (BACKGROUND_CUES.match(view.words, i) && (view.tokens[i].start < span.start || (!/[,;—–]/.test(ctx.text.slice(span.end, view.tokens[i].start)) && !figureBetween(ctx, sentenceMentions, span.end, view.tokens[i].start)))) { return true; }
	}
	const dates = sentenceMentions.map(i => ctx.mentions[i]).filter((m): m is DateMention => m.kind === 'date');
	if (sinceWhen(ctx, dates, sentence, span)) { return true; }
	const year = ctx.publishedYear;
	// A year after the figure speaks of it in its own clause ("killed 30 people in 2019"), not past a comma ("the
	// 23-year-old beat the record of 2:01:09, set in 2022").
	return dates.some(m => m.role !== 'dateline' && m.expr.type === 'absolute' && m.expr.year !== undefined && m.expr.month === undefined
		&& (year === null || m.expr.year !== year) && Math.abs(m.span.start - span.start) < 120
		&& (m.span.start < span.start || !/[,;—–]/.test(ctx.text.slice(span.end, m.span.start))));
}

/** True when a number other than the claim's stands between `from` and `to`. */
function figureBetween(ctx: ClaimContext, sentenceMentions: readonly number[], from: number, to: number): boolean {
	return sentenceMentions.some(i => ctx.mentions[i].kind === 'number' && ctx.mentions[i].span.start >= from && ctx.mentions[i].span.end <= to);
}

/** "the deadliest since May 24, when 21 people were killed": the figure of the earlier event the comparison names. */
function sinceWhen(ctx: ClaimContext, dates: readonly DateMention[], sentence: Span, span: Span): boolean {
	return dates.some(m => m.span.end <= span.start
		&& SINCE.test(ctx.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start))
		&& /^\s*,?\s*(?:when|where)\b[^;:.—–]*$/.test(ctx.text.slice(m.span.end, span.start)));
}

/** "19 people were killed in three shootings": a total over several events (their number), not a figure of one; else 0. */
export function acrossEvents(ctx: ClaimContext, view: TokenView, span: Span): number {
	const start = tokenAtOrAfter(view, span.end);
	for (let k = start; k < Math.min(view.tokens.length - 2, start + 10); k++) {
		if (view.tokens[k].kind === 'punct') { return 0; }
		const count = view.mentionAt[k + 1] >= 0 ? ctx.mentions[view.mentionAt[k + 1]] : undefined;
		if (!ACROSS_WORDS.has(view.words[k]) || count?.kind !== 'number' || count.unit || (count.value.min ?? 0) < 2) { continue; }
		const after = view.last[view.mentionAt[k + 1]] + 1;
		// "in two related shootings" is one event told in parts.
		if (ONE_EVENT_WORDS.has(view.words[after])) { return 0; }
		if (EVENT_WORDS.match(view.words, after) || EVENT_WORDS.match(view.words, after + 1)) { return count.value.min!; }
	}
	return 0;
}

/** The date a running count starts from: "more than 160 times since Oct. 17". */
export function sinceDate(ctx: ClaimContext, s: number, from: number, sentenceMentions: readonly number[]): number {
	const sentence = ctx.sentences[s];
	for (const i of sentenceMentions) {
		const m = ctx.mentions[i];
		// "160 times since Oct. 17": the start of a count follows it in the same clause, not "…, the highest toll since 1918".
		if (m.kind !== 'date' || m.span.start < from || m.span.start - from > 60 || /[,;—–]/.test(ctx.text.slice(from, m.span.start))) { continue; }
		if (SINCE.test(ctx.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start))) { return i; }
	}
	return -1;
}
