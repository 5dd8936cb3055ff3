import type { Mention } from '../types';
import type { ClaimContext, ClaimDraft } from './extractClaims';
import { CLAUSE_END, type TokenView } from './tokenView';
import { headClass, SUBSET_MARKERS } from '../vocabulary/facts';
import { VOCABULARY, wordSet } from '../vocabulary';

/* How an article's figures relate to each other: a conversion of the one before, parts of a total, a rise restated. */

/** "winds of 120 miles per hour (195 km per hour)": a figure converted in brackets claims nothing the first one does not. */
export function convertsPrevious(text: string, prev: Mention | undefined, m: Mention): boolean {
	if (prev?.kind !== 'number' || m.kind !== 'number' || !prev.unit || !m.unit) { return false; }
	return prev.unit.dimension === m.unit.dimension && prev.unit.symbol !== m.unit.symbol && /^\s*\(\s*(?:or\s+)?$/.test(text.slice(prev.span.end, m.span.start));
}

/** "68 passengers and four crew": between two counts of different nouns, only the first noun and "and" (or "plus"). */
const PARTS_GAP = /^\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*,?\s+(?:and|plus)\s+$/u;

/**
 * "carrying 72 people … 68 passengers and four crew": counts listed as parts that add up to a total the article gives
 * for the same fact are its breakdown, not totals of their own. Without that total, each part keeps the sum of the
 * list (`listTotal`), which another account may give as its total.
 */
export function listedParts(ctx: ClaimContext, claims: ClaimDraft[]): ClaimDraft[] {
	const parts = new Set<number>();
	const sums = new Map<number, number>();
	const byMention = new Map(claims.map(c => [c.mention, c]));
	const value = (i: number) => { const m = ctx.mentions[i]; return m.kind === 'number' && m.value.min === m.value.max ? m.value.min : null; };
	for (const c of claims) {
		const m = ctx.mentions[c.mention];
		const next = ctx.mentions[c.mention + 1];
		const other = byMention.get(c.mention + 1);
		if (m.kind !== 'number' || next?.kind !== 'number' || !other || other.sentence !== c.sentence || !m.counted || !next.counted || c.head === other.head) { continue; }
		const gap = PARTS_GAP.exec(ctx.text.slice(m.span.end, next.span.start));
		const [a, b] = [value(c.mention), value(other.mention)];
		if (!gap || a === null || b === null || !m.counted.toLowerCase().endsWith(gap[1].toLowerCase())) { continue; }
		if (claims.some(t => t.fact === c.fact && t.mention !== c.mention && value(t.mention) === a + b)) { parts.add(c.mention).add(other.mention); } else { sums.set(c.mention, a + b).set(other.mention, a + b); }
	}
	if (!parts.size && !sums.size) { return claims; }
	return claims.map(c => parts.has(c.mention) && !c.status.subset ? { ...c, status: { ...c.status, subset: true } } : sums.has(c.mention) ? { ...c, listTotal: sums.get(c.mention) } : c);
}

/**
 * "The toll has risen to 86 … A total of 86 people have been confirmed dead": a figure the article states as a rise
 * is the risen figure wherever the article restates it.
 */
export function riseRestated(ctx: ClaimContext, claims: ClaimDraft[]): ClaimDraft[] {
	const key = (c: ClaimDraft) => {
		const m = ctx.mentions[c.mention];
		return m.kind === 'number' && !c.status.background && !c.status.subset && !c.status.superseded ? `${c.fact}|${m.value.min}|${m.value.max}` : '';
	};
	const risen = new Set(claims.filter(c => c.status.rising).map(key).filter(Boolean));
	return risen.size ? claims.map(c => !c.status.rising && risen.has(key(c)) ? { ...c, status: { ...c.status, rising: true } } : c) : claims;
}

/** Classes of people who carried out an attack (facts.json `perpetratorClasses`). */
const PERPETRATORS = wordSet(VOCABULARY.facts.perpetratorClasses);

/**
 * "Six people, including the gunman, are dead": how many of a figure's people are the attack's perpetrators (0 when it
 * does not say, or says "including the attackers" without a number).
 */
export function perpetratorsIncluded(ctx: ClaimContext, view: TokenView, b: number): number {
	const { words } = view;
	for (let k = b + 1; k < Math.min(words.length, b + 7) && !CLAUSE_END.has(words[k]); k++) {
		const hit = SUBSET_MARKERS.match(words, k);
		if (!hit) { continue; }
		let j = k + hit.length;
		if (words[j] === 'the' || words[j] === 'both') { j++; }
		const figure = view.mentionAt[j];
		const m = figure >= 0 ? ctx.mentions[figure] : undefined;
		const value = m?.kind === 'number' ? m.value.min : null;
		const noun = figure >= 0 ? words[view.last[figure] + 1] : words[j];
		const n = value ?? (words[j - 1] === 'both' ? 2 : /s$|men$/.test(noun ?? '') ? 0 : 1);
		return n > 0 && noun && PERPETRATORS.has(headClass(noun).id) ? n : 0;
	}
	return 0;
}
