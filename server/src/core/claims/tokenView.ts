import { countStartingBefore } from '../util/intervals';
import type { Mention } from '../types';
import type { Token } from '../text/scan';
import { VOCABULARY, wordSet } from '../vocabulary';

/** An article's tokens as the claim finders read them: lower-case texts, and which mention covers each token. */
export interface TokenView {
	readonly tokens: readonly Token[];
	/** The article's mentions, which `mentionAt`, `first` and `last` index. */
	readonly mentions: readonly Mention[];
	/** Lower-case token texts. */
	readonly words: readonly string[];
	/** Index of the mention covering each token, or -1. */
	readonly mentionAt: Int32Array;
	/** First and last token (inclusive) of each mention, -1 when it covers none. */
	readonly first: Int32Array;
	readonly last: Int32Array;
}

/** Indexes tokens against mentions (both sorted by offset) in one pass. */
export function tokenView(tokens: readonly Token[], mentions: readonly Mention[]): TokenView {
	const mentionAt = new Int32Array(tokens.length).fill(-1);
	const first = new Int32Array(mentions.length).fill(-1);
	const last = new Int32Array(mentions.length).fill(-1);
	let t = 0;
	mentions.forEach((m, i) => {
		while (t < tokens.length && tokens[t].end <= m.span.start) { t++; }
		for (let k = t; k < tokens.length && tokens[k].start < m.span.end; k++) {
			if (first[i] < 0) { first[i] = k; }
			last[i] = k;
			if (mentionAt[k] < 0) { mentionAt[k] = i; }
		}
	});
	return { tokens, mentions, words: tokens.map(x => x.lower), mentionAt, first, last };
}

/** Punctuation that ends a clause for the frame finders (a comma does not). */
/** "which", "who", "that": words that open a relative clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = wordSet(VOCABULARY.text.relativePronouns);
export const CLAUSE_END: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '(', ')', '—', '–', '•']);

/** The mention of `kind` covering token `k`, or -1 ("is a figure here?", "is a name here?"). */
export function mentionOfKind(view: TokenView, k: number, kind: Mention['kind']): number {
	const m = view.mentionAt[k] ?? -1;
	return m >= 0 && view.mentions[m].kind === kind ? m : -1;
}

/** The first token starting at or after an offset (the token count when none does), by binary search. */
export function tokenAtOrAfter(view: TokenView, offset: number): number {
	return countStartingBefore(view.tokens, offset);
}

/** The figure ending at token `b` is glued to a noun before another ("the 149-car train", "a 12-member panel"). */
export function describesNoun(view: TokenView, b: number): boolean {
	const [glued, after] = [view.tokens[b + 1], view.tokens[b + 2]];
	return !!glued?.joined && glued.kind === 'word' && after?.kind === 'word';
}

/** The comma that closes an aside opened before `from`, within its clause up to `to`; -1 when the clause ends first. */
export function closingComma(words: readonly string[], from: number, to: number): number {
	for (let j = from; j <= to; j++) {
		if (words[j] === ',') { return j; }
		if (CLAUSE_END.has(words[j])) { return -1; }
	}
	return -1;
}
