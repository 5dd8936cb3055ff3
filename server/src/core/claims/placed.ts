import type { Mention, Span } from '../types';
import { closingComma, tokenAtOrAfter, type TokenView } from './tokenView';
import { EVENT_WORDS } from '../vocabulary/events';

/**
 * Where a figure is said to be: "in Oakland" after it, "In the hardest-hit province of Kessa," before it, or a place
 * that its clause is about ("Alabama reported six deaths"); a smaller figure placed so is a part of a larger one.
 */
export function placeOf(mentions: readonly Mention[], view: TokenView, sentence: Span, end: number, figure: number): { readonly place?: number } | null {
	return located(view, end) ?? frontedPlace(view, sentence, figure) ?? placeSubject(mentions, view, sentence, figure);
}

/**
 * "Alabama reported six deaths", "Mississippi was hardest hit, with 14 deaths": a sentence that opens with a named
 * place and its verb (not a dateline or a possessive: "Alabama's governor said") is about that place, up to the figure's clause.
 */
function placeSubject(mentions: readonly Mention[], view: TokenView, sentence: Span, figure: number): { readonly place: number } | null {
	const first = tokenAtOrAfter(view, sentence.start);
	const named = view.mentionAt[first];
	const m = named >= 0 ? mentions[named] : undefined;
	if (!m || m.kind !== 'actor' || (m.type !== 'place' && m.type !== 'state')) { return null; }
	// Its verb follows it: not a dateline ("ANKARA (Reuters) -", "LIMA, May 3"), a list or a possessive.
	let i = first + 1;
	while (i < figure && view.tokens[i].start < m.span.end) { i++; }
	if (i >= figure || view.tokens[i].kind !== 'word' || view.tokens[i].cap || view.tokens[i].start !== m.span.end + 1) { return null; }
	for (; i < figure; i++) {
		if (/^[;:.—–]$/.test(view.words[i])) { return null; }
	}
	return { place: named };
}

/**
 * A place named right after a claim: "at a farm", "at the first site", "in Oakland" (then the named place's mention);
 * null when there is none.
 */
function located(view: TokenView, end: number): { readonly place?: number } | null {
	let i = tokenAtOrAfter(view, end);
	for (let seen = 0; i < view.tokens.length && seen < 4; i++, seen++) {
		if (/^[,;:.—–]$/.test(view.words[i])) { return null; }
		if (view.words[i] === 'at' || view.words[i] === 'in') {
			const next = view.tokens[i + 1];
			// "at the farm", "in Oakland"; not "in the attack" (the event itself, not a part of it).
			const determined = /^(?:a|an|the|one|another|its|their|his|her)$/.test(view.words[i + 1]);
			if (determined && (EVENT_WORDS.match(view.words, i + 2) || EVENT_WORDS.match(view.words, i + 3))) { return null; }
			const named = view.mentionAt[i + 1] >= 0 && view.tokens[i + 1].cap ? view.mentionAt[i + 1] : -1;
			return !next || (!determined && named < 0) ? null : named >= 0 ? { place: named } : {};
		}
	}
	return null;
}

/** How many words a place opening its sentence may stand from its "in" ("In the hardest-hit province of Kessa,"). */
const FRONTED_REACH = 8;

/**
 * "In the hardest-hit province of Kessa, 31 people died": a named place in a phrase that opens the sentence, closed by
 * a comma before the figure, places the figure there (the named place's mention), as one named right after it does.
 */
function frontedPlace(view: TokenView, sentence: Span, figure: number): { readonly place: number } | null {
	const first = tokenAtOrAfter(view, sentence.start);
	if (view.words[first] !== 'in') { return null; }
	for (let i = first + 1; i < Math.min(figure, first + FRONTED_REACH); i++) {
		if (view.words[i] === ',') { return null; }
		const named = view.mentionAt[i];
		if (named >= 0 && view.tokens[i].cap) { return closingComma(view.words, i, figure - 1) >= 0 ? { place: named } : null; }
	}
	return null;
}

