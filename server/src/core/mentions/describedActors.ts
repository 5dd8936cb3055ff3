import type { ActorMention, Span } from '../types';
import type { Token } from '../text/scan';
import { lookupDemonym, TITLES } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { lower, type ActorContext } from './actorTypes';
import { DETERMINERS, STOPWORDS } from './actorPieces';
import { overlaps } from '../util/intervals';

/**
 * Actors written partly in lower case, around a name or a title: a body of a
 * named place ("the Lagoon Region’s health ministry"), a nation's force
 * ("the Peruvian army"), the office of a title ("the sheriff’s office"),
 * and a short form followed by what it is ("the KSB security service").
 */

const names = VOCABULARY.names;
const BODY_NOUNS = wordSet(names.bodyNounsAfterPossessive);
const FORCE_NOUNS = wordSet(names.forcesAfterDemonym);
const OFFICE_NOUNS = wordSet(names.officeNouns);
const POSSESSIVE = /['’]s$/i;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The actors of {@link describedActor} that the mentions found so far leave out, added in text order. */
export function withDescribed(ctx: ActorContext, mentions: ActorMention[]): ActorMention[] {
	const t = ctx.tokens;
	const byEnd = new Map(mentions.map(m => [m.span.end, m]));
	const added: ActorMention[] = [];
	const replaced = new Set<ActorMention>();
	for (let i = 0; i < t.length; i++) {
		const m = describedActor(ctx, i, byEnd);
		const overlapping = m ? mentions.filter(x => overlaps(x.span, m.span)) : [];
		// "the KSB security service": the short form alone gives way to the short form with what it is.
		const short = overlapping.length === 1 && overlapping[0].span.start === t[i].start && overlapping[0].span.end === t[i].end;
		if (m && (!overlapping.length || short)) {
			added.push(m);
			if (short) { replaced.add(overlapping[0]); }
		}
	}
	return added.length ? [...mentions.filter(m => !replaced.has(m)), ...added].sort((a, b) => a.span.start - b.span.start) : mentions;
}

/** The described actor whose words start at token `i`, if one does. */
function describedActor(ctx: ActorContext, i: number, byEnd: ReadonlyMap<number, ActorMention>): ActorMention | undefined {
	const t = ctx.tokens;
	const u = t[i];
	const next = t[i + 1];
	if (u.kind !== 'word' || !next || next.kind !== 'word' || next.cap || next.joined || next.sentence !== u.sentence) { return undefined; }
	if (u.cap && FORCE_NOUNS.has(lower(next)) && lookupDemonym(u.text) && !u.joined) {
		return mention(ctx, { start: u.start, end: next.end }, `${u.text} ${next.text}`);
	}
	const owned = POSSESSIVE.test(u.text) ? u.cap ? byEnd.get(u.end - 2) : undefined : undefined;
	if (owned && (owned.type === 'place' || owned.type === 'state')) {
		const head = bodyEnd(t, i + 1);
		if (head > 0) { return mention(ctx, { start: next.start, end: t[head].end }, `${owned.name} ${ctx.text.slice(next.start, t[head].end)}`); }
	}
	if (ACRONYM.test(u.text)) {
		const head = bodyEnd(t, i + 1);
		if (head > 0) { return mention(ctx, { start: u.start, end: t[head].end }, ctx.text.slice(u.start, t[head].end)); }
	}
	if (!u.cap && POSSESSIVE.test(u.text) && TITLES.has(lower(u).slice(0, -2)) && OFFICE_NOUNS.has(lower(next))) {
		return mention(ctx, { start: u.start, end: next.end }, ctx.text.slice(u.start, next.end));
	}
	return undefined;
}

/**
 * "health ministry", "public health department": one or two lower-case
 * words of what a body does, then its head noun; the head's index, or -1.
 */
function bodyEnd(t: readonly Token[], from: number): number {
	for (let k = from; k < from + 3 && k < t.length; k++) {
		const w = lower(t[k]);
		if (t[k].kind !== 'word' || t[k].cap || t[k].sentence !== t[from].sentence || STOPWORDS.has(w) || DETERMINERS.has(w)) { return -1; }
		if (k > from && BODY_NOUNS.has(w)) { return k; }
	}
	return -1;
}

function mention(ctx: ActorContext, span: Span, name: string): ActorMention | undefined {
	if (ctx.taken(span)) { return undefined; }
	return { kind: 'actor', span, text: ctx.text.slice(span.start, span.end), type: 'organization', name, aliases: [] };
}
