import type { ClaimContext, ClaimDraft, SentenceGroup } from './extractClaims';
import type { EventDraft } from './eventMentions';
import { tieToEvent } from './eventTies';

/** The sentences an article opens with (its headline and lead), where it says what it reports. */
const LEAD = 3;

/**
 * "ANC gets 159 seats, DA 84", "The central bank lowered its key rate to 3.75%": an article whose lead states a
 * figure before it names any event of the vocabulary still reports one. The figures of its first lines stated before
 * any event word are tied to an event implied by those lines (their places, dates and people), put first, so that
 * they meet other accounts of the same story; an article without any event word gets it for all its figures.
 */
export function impliedLead(ctx: ClaimContext, bySentence: readonly SentenceGroup[], events: readonly EventDraft[], claims: readonly ClaimDraft[]): { events: EventDraft[]; claims: ClaimDraft[] } {
	const first = bySentence.findIndex(g => g.from <= g.to);
	const leadEnd = first + LEAD;
	const inLead = (c: ClaimDraft) => !events.length || c.sentence < leadEnd;
	// A figure in the body's first lines stated before any event word is named says what the article reports.
	const headline = (k: number) => ctx.titleSentences.has(k) || (k === first && !/[.!?]["”’]?\s*$/.test(ctx.text.slice(ctx.sentences[k].start, ctx.sentences[k].end)));
	const unnamed = (c: ClaimDraft) => c.event < 0 && (!events.length || (c.sentence < leadEnd && !headline(c.sentence) && !events.some(e => e.sentence <= c.sentence)));
	if (first < 0 || !claims.some(unnamed)) { return { events: [...events], claims: [...claims] }; }
	const t = ctx.tokens[bySentence[first].from];
	const e: EventDraft = { sentence: first, trigger: { start: t.start, end: t.end }, word: 'report', kind: null, places: [], actors: [], dates: [], times: [], anaphoric: false, implicit: true, prior: false };
	for (const g of bySentence.slice(first, leadEnd)) {
		for (const idx of g.mentions) { tieToEvent(ctx.text, e, ctx.mentions[idx], idx); }
	}
	return { events: [e, ...events], claims: claims.map(c => c.event >= 0 ? { ...c, event: c.event + 1 } : inLead(c) ? { ...c, event: 0 } : c) };
}
