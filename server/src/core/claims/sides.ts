import type { NumberMention } from '../types';
import { CHANGE_VERBS, factKind, RISE_VERBS, VOTE_WORDS } from '../vocabulary/facts';
import { VOCABULARY, wordSet } from '../vocabulary';
import type { FrameContext, Found } from './frames';
import { CLAUSE_END, mentionOfKind } from './tokenView';

/* Figures told against another: the change of a level ("cut by 0.5 points to 3.75%") and the two sides of a result ("195 votes to 106"). */

/** Tokens back from "by" in which the verb of a change may stand ("lowered its key interest rate by"). */
const CHANGE_REACH = 8;

/** A figure after "by" (or "up by", "down by") that follows a verb of change in its clause. */
export function changeAmount(ctx: FrameContext, a: number): boolean {
	const { words } = ctx.view;
	if (words[a - 1] !== 'by') { return false; }
	for (let k = a - 2; k >= Math.max(ctx.from, a - 1 - CHANGE_REACH); k--) {
		if (CLAUSE_END.has(words[k]) || words[k] === ',' || mentionOfKind(ctx.view, k, 'number') >= 0) { return false; }
		if (CHANGE_VERBS.has(words[k])) { return true; }
	}
	return false;
}

/** "voted 195 to 106", "by 195 votes to 106": the first figure is for, the second against. */
export function voteSide(ctx: FrameContext, a: number, b: number): Found | undefined {
	const { words } = ctx.view;
	const isNumber = (k: number) => mentionOfKind(ctx.view, k, 'number') >= 0;
	const to = VOTE_WORDS.has(words[b + 1]) ? b + 2 : b + 1;
	if (words[to] === 'to' && isNumber(to + 1) && (VOTE_WORDS.has(words[a - 1]) || VOTE_WORDS.has(words[a - 2]) || to === b + 2 || VOTE_WORDS.has(words[to + 2]))) { return { fact: factKind('votes-for'), at: a, distance: 0 }; }
	const first = firstOfPair(ctx, a);
	if (first >= 0 && (VOTE_WORDS.has(words[first - 1]) || VOTE_WORDS.has(words[first - 2]) || VOTE_WORDS.has(words[a - 2]))) { return { fact: factKind('votes-against'), at: a, distance: 0 }; }
	// "with 185 voting in favour and 93 against": a figure the word "against" closes, in a clause about a vote.
	if (words[to] === 'against' && (CLAUSE_END.has(words[to + 1]) || words[to + 1] === ',' || to + 1 > ctx.to) && votedBefore(ctx, a)) { return { fact: factKind('votes-against'), at: a, distance: 0 }; }
	return undefined;
}

/** Words between "to" or "at" and a level a change ended at ("to end at 5,612", "to close at"). */
const LEVEL_LEAD = wordSet(VOCABULARY.facts.levelLeads);

/** "fell 2.1% to 5,612.40", "rose 150 points to close at 39,410": a figure after "to" (or "to close at") ending a change in its clause. */
export function levelOfChange(ctx: FrameContext, a: number): boolean {
	const { words } = ctx.view;
	let k = a - 1;
	if (words[k] === 'at' && LEVEL_LEAD.has(words[k - 1])) { k -= words[k - 2] === 'to' ? 2 : 1; }
	if (words[k] !== 'to' && !(words[k + 1] === 'at' && LEVEL_LEAD.has(words[k]))) { return false; }
	for (let j = k - 1; j >= Math.max(ctx.from, k - CHANGE_REACH); j--) {
		if (CLAUSE_END.has(words[j])) { return false; }
		if (CHANGE_VERBS.has(words[j]) || RISE_VERBS.has(words[j])) { return true; }
	}
	return false;
}

/** A word of voting earlier in the sentence than token `a`. */
function votedBefore(ctx: FrameContext, a: number): boolean {
	for (let k = a - 1; k >= ctx.from; k--) {
		if (VOTE_WORDS.has(ctx.view.words[k])) { return true; }
	}
	return false;
}

/** For the second figure of "195 to 106" ("195 votes to 106"), the first token of the first; else -1. */
function firstOfPair(ctx: FrameContext, a: number): number {
	const { words, mentionAt } = ctx.view;
	if (words[a - 1] !== 'to') { return -1; }
	const before = VOTE_WORDS.has(words[a - 2]) ? a - 3 : a - 2;
	return mentionOfKind(ctx.view, before, 'number') >= 0 ? ctx.view.first[mentionAt[before]] : -1;
}

/**
 * "rejected by 73.9% to 26.1%", "approved the measure 61% to 39%": the second figure of a result by one figure to
 * another is the other side's, no figure of the fact (not "from 40 to 52", a figure and what it became).
 */
export function otherSide(ctx: FrameContext, a: number): boolean {
	const first = firstOfPair(ctx, a);
	if (first < 0) { return false; }
	const before = ctx.view.words[first - 1];
	const shares = [a, first].every(k => (ctx.mentions[ctx.view.mentionAt[k]] as NumberMention).unit?.dimension === 'percent');
	return (before === 'by' && !changeAmount(ctx, first)) || (shares && before !== 'from');
}

/** The whole a part is told against: "(412) of the 650 seats", "(four) of 10 wounded". */
export function poolOfPart(ctx: FrameContext, a: number): boolean {
	const { words } = ctx.view;
	const of = words[a - 1] === 'the' ? a - 2 : a - 1;
	return words[of] === 'of' && mentionOfKind(ctx.view, of - 1, 'number') >= 0;
}
