import type { ActorMention, NumberMention } from '../types';
import { SUBJECT_PREPOSITIONS } from '../vocabulary/facts';
import type { FrameContext } from './frames';

const CLAUSE_END = new Set([';', ':', '.', '!', '?', '—', '–']);

/**
 * Whose value a measured number is: a candidate's share, a person's age, a
 * company's amount. In order: a possessive right before it ("Smith's 47%"),
 * a preposition after it ("52% for Smith", "supported by"), for an age the
 * name right beside it ("a 67-year-old … Jane Smith", "Jane Smith, 63"), then
 * the nearest person or organisation before it in the clause ("Smith won 52%").
 */
export function subjectOf(ctx: FrameContext, index: number): number {
	const m = ctx.mentions[index] as NumberMention;
	const { words, mentionAt } = ctx.view;
	const a = ctx.view.first[index];
	const b = ctx.view.last[index];
	const before = mentionAt[a - 1];
	if (before >= 0 && isParty(ctx, before) && /['’]s$/.test(ctx.view.tokens[a - 1].text)) { return before; }
	for (let k = b + 1; k <= Math.min(ctx.to, b + 6) && !CLAUSE_END.has(words[k]); k++) {
		if (SUBJECT_PREPOSITIONS.has(words[k]) && mentionAt[k + 1] >= 0 && isParty(ctx, mentionAt[k + 1])) { return mentionAt[k + 1]; }
	}
	if (m.unit?.dimension === 'age') {
		const beside = besidePerson(ctx, a, b);
		if (beside >= 0) { return beside; }
	}
	for (let k = a - 1; k >= ctx.from && !CLAUSE_END.has(words[k]); k--) {
		if (mentionAt[k] >= 0 && isParty(ctx, mentionAt[k])) { return mentionAt[k]; }
	}
	return -1;
}

/** A person named within a few words after an age ("a 66-year-old resident Jane Doe"), or just before it ("Jane Doe, 63"). */
function besidePerson(ctx: FrameContext, a: number, b: number): number {
	const { words, mentionAt } = ctx.view;
	for (let k = b + 1; k <= Math.min(ctx.to, b + 6) && !CLAUSE_END.has(words[k]) && words[k] !== ','; k++) {
		if (mentionAt[k] >= 0 && isPerson(ctx, mentionAt[k])) { return mentionAt[k]; }
	}
	if (words[a - 1] === ',' && mentionAt[a - 2] >= 0 && isPerson(ctx, mentionAt[a - 2])) { return mentionAt[a - 2]; }
	return -1;
}

function isParty(ctx: FrameContext, i: number): boolean {
	const m = ctx.mentions[i];
	return m.kind === 'actor' && (m.type === 'person' || m.type === 'organization' || m.type === 'group');
}

function isPerson(ctx: FrameContext, i: number): boolean {
	const m = ctx.mentions[i] as ActorMention;
	return m.kind === 'actor' && m.type === 'person';
}
