import type { NumberMention } from '../types';
import { ALONE_WORDS, headClass, LATER_PHRASES, REMAINING_WORDS, SCENE_PHRASES } from '../vocabulary/facts';
import { CLAUSE_END } from './tokenView';
import type { FrameContext, Found } from './frames';

/*
 * Figures that are a part of a larger one the article gives: those still in
 * hospital, those who died since, those who died at the scene, "killing one"
 * after a larger count of the same people.
 */

/** "97 people still in hospital", "the remaining 30 patients": a figure of those left between the number and its fact word. */
export function remaining(ctx: FrameContext, a: number, headEnd: number, found: Found | undefined): boolean {
	const [from, to] = found ? [Math.min(a - 1, found.at), Math.max(headEnd, found.at)] : [a - 1, headEnd];
	for (let k = Math.max(0, from); k <= to && k < ctx.view.words.length; k++) {
		if (REMAINING_WORDS.has(ctx.view.words[k])) { return true; }
	}
	return false;
}

/** "Six died on Thursday alone", "40 in the capital alone": "alone" later in the figure's clause makes it a part. */
export function alone(ctx: FrameContext, headEnd: number): boolean {
	const { words } = ctx.view;
	for (let k = headEnd; k <= ctx.to && !CLAUSE_END.has(words[k]) && words[k] !== ','; k++) {
		if (ALONE_WORDS.has(words[k])) { return true; }
	}
	return false;
}

/** "one died from his injuries", "two later died": those added to a count since it was given. */
export function addedLater(ctx: FrameContext, a: number, found: Found | undefined): boolean {
	if (!found || found.at < a) { return false; }
	const { words } = ctx.view;
	return !!LATER_PHRASES.match(words, found.at + 1) || (found.at - 1 > a && LATER_PHRASES.match(words, found.at - 1)?.length === 1);
}

/** "shot four protesters, killing one": a participle after a larger figure of the same sentence tells a part of it. */
export function participleOfLarger(ctx: FrameContext, m: NumberMention, a: number, found: Found | undefined): boolean {
	const { words, mentionAt } = ctx.view;
	if (!found || found.at !== a - 1 || words[a - 2] !== ',' || !words[a - 1].endsWith('ing')) { return false; }
	for (let k = a - 3; k >= ctx.from; k--) {
		const other = ctx.mentions[mentionAt[k]];
		if (mentionAt[k] >= 0 && other.kind === 'number' && !other.unit && (other.value.min ?? 0) > (m.value.max ?? Infinity)) {
			// Only a count of the same people: "shot four protesters, killing one", not "2,500 police …, arresting 81".
			const [x, y] = [other.counted ? headClass(other.counted) : null, m.counted ? headClass(m.counted) : null];
			return (!x || x.generic) && (!y || y.generic) || x?.id === y?.id;
		}
	}
	return false;
}

/** "ten were pronounced dead at the scene": those of a toll who died in one place. */
export function atScene(ctx: FrameContext, a: number, found: Found | undefined): boolean {
	return !!found && found.at > a && !!SCENE_PHRASES.match(ctx.view.words, found.at + 1);
}
