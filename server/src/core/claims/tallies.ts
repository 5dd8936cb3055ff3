import { DIMENSION_FACTS, FACT_WORDS, factKind, LEVEL_VERBS, RISE_VERBS, SKIP_WORDS, TALLY_NOUNS, type FactKind } from '../vocabulary/facts';
import type { Frame, FrameContext, Found } from './frames';
import { mentionOfKind } from './tokenView';

/**
 * Tallies: a figure stated of a tally ("the death toll … has climbed to 60",
 * "the figure was 40") rather than with a fact word beside it.
 */

/** "The death toll from the blast … has climbed to 60": the fact named before a verb of the figure. */
export function tallyBefore(ctx: FrameContext, start: number): Found | undefined {
	const { words } = ctx.view;
	let k = beforeTarget(ctx, start);
	while (k > ctx.from && (SKIP_WORDS.has(words[k]) || words[k] === 'has' || words[k] === 'have')) {
		if (RISE_VERBS.has(words[k]) || LEVEL_VERBS.has(words[k])) { break; }
		k--;
	}
	if (!RISE_VERBS.has(words[k]) && !LEVEL_VERBS.has(words[k])) { return undefined; }
	// The figure's subject opens the clause ("The death toll in the derailment … has risen to"): the leftmost fact phrase,
	// past an aside between commas ("The toll, once put at 12, has risen to 19").
	let verb = k;
	while (verb > ctx.from && (words[verb - 1] === 'has' || words[verb - 1] === 'have' || words[verb - 1] === 'now')) { verb--; }
	let open = words[verb - 1] === ',' ? verb - 2 : -1;
	while (open > ctx.from && words[open] !== ',') { open--; }
	let subject: Found | undefined;
	for (let j = open > ctx.from ? open - 1 : k - 1; j >= ctx.from; j--) {
		if (words[j] === ';' || mentionOfKind(ctx.view, j, 'number') >= 0) { break; }
		const hit = FACT_WORDS.match(words, j);
		if (hit && j + hit.length <= k) { subject = { fact: hit.value, at: j, distance: start - j }; }
	}
	return subject;
}

/**
 * The token before "to" or "at" and the figure at `start` ("has climbed to| 60"), past a change stated with "by" ("has
 * risen by 12 to| 85"); the token right before the figure when there is no "to" or "at".
 */
export function beforeTarget(ctx: FrameContext, start: number): number {
	const { words } = ctx.view;
	if (words[start - 1] !== 'to' && words[start - 1] !== 'at') { return start - 1; }
	const change = words[start - 1] === 'to' ? mentionOfKind(ctx.view, start - 2, 'number') : -1;
	return change >= 0 && words[ctx.view.first[change] - 1] === 'by' ? ctx.view.first[change] - 2 : start - 2;
}

/** "the final count includes 115 …", "the figure was 40": a tally noun whose fact was said before. */
export function tallyOnly(ctx: FrameContext, start: number): boolean {
	for (let j = start - 1; j >= Math.max(ctx.from, start - 6); j--) {
		if (TALLY_NOUNS.match(ctx.view.words, j)) { return true; }
	}
	return false;
}

/** Facts of a measured value (an age, a distance, a share), which no later figure is a part or a total of. */
const MEASURES = new Set(DIMENSION_FACTS.values());

/**
 * The fact of the figure before, for a figure that only says "the figure" or "of them"; not when its own sentence
 * names that fact for another figure ("the casualty figure is 105 and the number of injured is 55").
 */
export function antecedentFact(antecedent: Frame | undefined, ctx: FrameContext, a: number): FactKind | undefined {
	// "a 34-year-old mother … A total of 86 lorries": only a count has parts and totals; an age or a distance has none.
	if (!antecedent || antecedent.fact === 'count' || MEASURES.has(antecedent.fact)) { return undefined; }
	const { words } = ctx.view;
	for (let k = a + 1; k <= ctx.to; k++) {
		const hit = FACT_WORDS.match(words, k);
		if (hit?.value.id !== antecedent.fact) { continue; }
		// The fact word states a figure of its own a few words on ("the number of injured is 55").
		for (let j = k + hit.length; j <= Math.min(ctx.to, k + hit.length + 3); j++) {
			if (mentionOfKind(ctx.view, j, 'number') >= 0) { return undefined; }
		}
	}
	return factKind(antecedent.fact);
}
