import type { NumberMention } from '../types';
import { EXPECTATION_MET, EXPECTATION_WORDS, FACT_WORDS, SKIP_WORDS } from '../vocabulary/facts';
import type { FrameContext } from './frames';
import { CLAUSE_END, mentionOfKind } from './tokenView';
import { isParticiple } from '../mentions/countedNoun';
import { EVENT_WORDS } from '../vocabulary/events';
import { DETERMINERS } from '../mentions/actorPieces';

/* Where a figure's predicate stands: after its counted noun, past the whole a part is taken from, or a verb before it. */

export { isParticiple } from '../mentions/countedNoun';

/**
 * Where a figure's predicate is looked for: after its counted noun, or after "of the" for a part ("three of the
 * wounded died"); past the whole a part is taken from when it is a figure ("36 of the 47 people underground escaped").
 */
export function predicateStart(ctx: FrameContext, headEnd: number, partitive: boolean): { at: number; pool: boolean } {
	if (!partitive) { return { at: headEnd, pool: false }; }
	const { view } = ctx;
	const k = view.words[headEnd + 1] === 'the' ? headEnd + 2 : headEnd + 1;
	const whole = mentionOfKind(view, k, 'number');
	if (whole < 0) { return { at: headEnd + 2, pool: false }; }
	// Past the whole's noun ("people", "wounded"), up to a fact word its counted words ran into ("wounded died").
	const counted = (ctx.mentions[whole] as NumberMention).counted;
	const end = counted ? countedEnd(ctx, counted, view.last[whole]) : view.last[whole] + 1;
	let at = Math.min(end, view.last[whole] + 2);
	while (at < end && !FACT_WORDS.match(view.words, at)) { at++; }
	return { at, pool: true };
}

/** The token after a figure's counted noun of `counted` (its words, hyphenated parts counted apart). */
export function countedEnd(ctx: FrameContext, counted: string, last: number): number {
	let k = last + 1;
	let words = counted.split(/[\s-]+/).length;
	while (k <= ctx.to && words > 0) {
		if (ctx.view.tokens[k].kind === 'word') { words--; }
		k++;
	}
	return k;
}

/**
 * A predicate the vocabulary lacks: the verb in the past right before the figure ("rescuers had recovered 71 bodies"),
 * not an adjective after a determiner ("an estimated 300"); else the participle right after the counted noun ("12 were
 * rescued").
 */
export function openPredicate(ctx: FrameContext, a: number, start: number): string | undefined {
	const { words } = ctx.view;
	const before = a - 1 >= ctx.from ? words[a - 1] : '';
	if (isParticiple(before) && !SKIP_WORDS.has(before) && !ctx.view.tokens[a - 1].cap && !DETERMINERS.has(words[a - 2] ?? '')) { return `~${before}`; }
	for (let k = start; k <= Math.min(ctx.to, start + 3); k++) {
		if (CLAUSE_END.has(words[k]) || words[k] === ',') { return undefined; }
		if (isParticiple(words[k]) && !SKIP_WORDS.has(words[k])) { return `~${words[k]}`; }
	}
	return undefined;
}

/** How far back in its clause a word of expectation is looked for. */
const EXPECTATION_REACH = 8;

/**
 * "Analysts had expected 240,000 jobs", "beating estimates of $17.9 billion", "is expected to rise to 50": a figure
 * someone expected or forecast is no fact of the event; "rose more than expected to 4%" is.
 */
export function expectedFigure(ctx: FrameContext, a: number): boolean {
	const { words } = ctx.view;
	for (let k = a - 1; k >= Math.max(ctx.from, a - EXPECTATION_REACH); k--) {
		if (CLAUSE_END.has(words[k]) || words[k] === ',') { return false; }
		if (EXPECTATION_WORDS.has(words[k])) { return !EXPECTATION_MET.has(words[k - 1]); }
	}
	return false;
}

/** "a five-day strike", "a magnitude 6.8 earthquake": a measure written right before an event word is that event's. */
export function measuresEvent(ctx: FrameContext, b: number): boolean {
	return !!EVENT_WORDS.match(ctx.view.words, b + 1);
}
