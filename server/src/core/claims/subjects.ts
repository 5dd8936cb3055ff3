import type { ActorMention, NumberMention } from '../types';
import { EVENT_WORDS, OCCURRENCE_VERBS } from '../vocabulary/events';
import { headClass, OF_NAMED_EVENT, SUBJECT_PREPOSITIONS } from '../vocabulary/facts';
import type { FrameContext } from './frames';
import { mentionOfKind, RELATIVE_PRONOUNS as RELATIVE } from './tokenView';
import { memoisedBy } from '../util/memo';
import { AUXILIARIES } from '../vocabulary/lexicon';
import { DETERMINERS } from '../mentions/actorPieces';

// A spaced hyphen is a dash ("LIMA (Reuters) - A court …"): the agency before it owns nothing after it.
const CLAUSE_END = new Set([';', ':', '.', '!', '?', '—', '–', '-']);

/**
 * Whose value a measured number is: a candidate's share, a person's age, a
 * company's amount. In order: a possessive right before it ("Smith's 47%"),
 * a preposition after it ("52% for Smith", "supported by"), for an age the
 * name right beside it ("a 67-year-old … Jane Smith", "Jane Smith, 63"), then
 * the nearest person or organisation before it in the clause ("Smith won 52%").
 * A fact of a named event ("the Elm Creek fire was 60% contained") is that name's.
 */
export function subjectOf(ctx: FrameContext, index: number, fact?: string): number {
	const m = ctx.mentions[index] as NumberMention;
	const { words, mentionAt } = ctx.view;
	const a = ctx.view.first[index];
	const b = ctx.view.last[index];
	if (fact && OF_NAMED_EVENT.has(fact)) { return namedEvent(ctx, a); }
	const before = mentionAt[a - 1];
	if (before >= 0 && isParty(ctx, before) && /['’]s$/.test(ctx.view.tokens[a - 1].text)) { return before; }
	// "Tunde Okafor, 23, has signed for the club": an age between commas is the person's it follows.
	if (m.unit?.dimension === 'age') {
		const beside = besidePerson(ctx, a, b);
		if (beside >= 0) { return beside; }
		// "handed the treasury to a 41-year-old junior minister": "a" brings in someone new, not a name said before.
		if (INDEFINITE.has(words[a - 1] ?? '')) { return -1; }
	}
	for (let k = b + 1; k <= Math.min(ctx.to, b + 6) && !CLAUSE_END.has(words[k]); k++) {
		if (SUBJECT_PREPOSITIONS.has(words[k]) && mentionAt[k + 1] >= 0 && isParty(ctx, mentionAt[k + 1]) && !ownsFigure(ctx, mentionAt[k + 1])) { return mentionAt[k + 1]; }
	}
	if (m.unit?.dimension === 'length') { return placeOf(ctx, a, b); }
	for (let k = a - 1; k >= ctx.from && !CLAUSE_END.has(words[k]); k--) {
		k = asideOpening(words, k, ctx.from);
		if (mentionAt[k] >= 0 && isParty(ctx, mentionAt[k])) { return mentionAt[k]; }
	}
	// "The 29-year-old died on Thursday": an age with no name is the age of the person the article is about, but not
	// that of "a 72-year-old gunman" or "a 30-year-old officer", someone the article may not name at all (nor "a
	// 45-year-old man", left above), nor any age where the article gives several (victims, a suspect).
	const named = headClass(words[b + 1] ?? '');
	return m.unit?.dimension === 'age' && !(named.person && !named.generic) && !severalAges(ctx.mentions) ? mainPerson(ctx.mentions) : -1;
}

const INDEFINITE = new Set(['a', 'an', 'another']);
/** Whether the article gives more than one age: then an age without a name is not known to be its main person's. */
const severalAges = memoisedBy((mentions: FrameContext['mentions']): boolean =>
	new Set(mentions.flatMap(m => m.kind === 'number' && m.unit?.dimension === 'age' ? [m.value.min] : [])).size > 1);

/**
 * At the comma closing an aside, the comma opening it; else `k`. An aside is a relative clause ("The gang, which listed
 * Acme on its site, demanded $5 million") or whatever stands between a name and its verb ("Ann Lee, the star of Harbour
 * Lights, has died at the age of 84").
 */
function asideOpening(words: readonly string[], k: number, from: number): number {
	if (words[k] !== ',') { return k; }
	for (let j = k - 1; j >= from && !CLAUSE_END.has(words[j]); j--) {
		// "Ann Lee, the star of Harbour Lights, who died": a noun phrase between the name and "who" is an aside; "beating Bo Ek, who took 41%" is not.
		if (words[j] === ',') { return RELATIVE.has(words[j + 1]) || AUXILIARIES.has(words[k + 1]) || (RELATIVE.has(words[k + 1]) && DETERMINERS.has(words[j + 1])) ? j : k; }
	}
	return k;
}

/** The name of the nearest event word before a figure in its sentence: "the Elm Creek fire" (Elm Creek); -1 for "two other fires" or an unnamed one. */
function namedEvent(ctx: FrameContext, a: number): number {
	const { words, mentionAt } = ctx.view;
	for (let k = a - 1; k >= ctx.from && words[k] !== ';'; k--) {
		if (!EVENT_WORDS.match(words, k) || OCCURRENCE_VERBS.match(words, k)) { continue; }
		const named = mentionAt[k - 1];
		return named >= 0 && ctx.mentions[named].kind === 'actor' ? named : -1;
	}
	return -1;
}

/** The person an article names most often (at least twice), by family name; -1 when none stands out. */
const mainPerson = memoisedBy((mentions: FrameContext['mentions']): number => {
	const counts = new Map<string, { n: number; first: number }>();
	mentions.forEach((m, i) => {
		if (m.kind !== 'actor' || m.type !== 'person') { return; }
		const words = m.name.toLowerCase().split(/\s+/);
		for (const w of new Set(words.length > 1 ? [words[0], words[words.length - 1]] : words)) {
			const c = counts.get(w) ?? { n: 0, first: i };
			c.n++;
			counts.set(w, c);
		}
	});
	const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
	return ranked.length && ranked[0].n >= 2 && (ranked.length === 1 || ranked[0].n > ranked[1].n || ranked[0].first === ranked[1].first) ? ranked[0].first : -1;
});

/** The place a distance is measured from or to: "30 miles south of San Francisco", "20 miles away in Dunmore", "in Dunmore, about 34 km". */
function placeOf(ctx: FrameContext, a: number, b: number): number {
	const { words, mentionAt } = ctx.view;
	for (let k = b + 1; k <= Math.min(ctx.to, b + 6) && !CLAUSE_END.has(words[k]); k++) {
		if (/^(?:of|from|in|to|near)$/.test(words[k]) && mentionAt[k + 1] >= 0 && isPlace(ctx, mentionAt[k + 1])) { return mentionAt[k + 1]; }
	}
	for (let k = a - 1; k >= Math.max(ctx.from, a - 5) && !CLAUSE_END.has(words[k]); k--) {
		if (mentionAt[k] >= 0 && isPlace(ctx, mentionAt[k]) && /^(?:in|at|to)$/.test(words[ctx.view.first[mentionAt[k]] - 1] ?? '')) { return mentionAt[k]; }
	}
	return -1;
}

function isPlace(ctx: FrameContext, i: number): boolean {
	const m = ctx.mentions[i];
	return m.kind === 'actor' && (m.type === 'place' || m.type === 'state');
}

/** A person named within a few words after an age ("a 66-year-old resident Jane Doe"), or just before it ("Jane Doe, 63"). */
function besidePerson(ctx: FrameContext, a: number, b: number): number {
	const { words, mentionAt } = ctx.view;
	for (let k = b + 1; k <= Math.min(ctx.to, b + 6) && !CLAUSE_END.has(words[k]) && words[k] !== ','; k++) {
		if (mentionAt[k] >= 0 && isPerson(ctx, mentionAt[k])) { return mentionAt[k]; }
	}
	// "Jane Doe, 63", "Jane Doe, a 24-year-old …", "Doe Jane, female, 63".
	for (let k = a - 1; k >= Math.max(ctx.from, a - 5) && !CLAUSE_END.has(words[k]); k--) {
		if (mentionAt[k] >= 0 && isPerson(ctx, mentionAt[k])) { return words[ctx.view.last[mentionAt[k]] + 1] === ',' ? mentionAt[k] : -1; }
		if (mentionAt[k] >= 0 || ctx.view.tokens[k].cap) { return -1; }
	}
	return -1;
}

/** "52% to Smith's 47%": a name in the possessive before a figure of its own is that figure's, not the one before. */
function ownsFigure(ctx: FrameContext, i: number): boolean {
	const last = ctx.view.last[i];
	return /['’]s$/.test(ctx.view.tokens[last].text) && mentionOfKind(ctx.view, last + 1, 'number') >= 0;
}

function isParty(ctx: FrameContext, i: number): boolean {
	const m = ctx.mentions[i];
	return m.kind === 'actor' && (m.type === 'person' || m.type === 'organization' || m.type === 'group');
}

function isPerson(ctx: FrameContext, i: number): boolean {
	const m = ctx.mentions[i] as ActorMention;
	return m.kind === 'actor' && m.type === 'person';
}
