import type { ActorMention, ActorType, Span } from '../types';
import type { Token } from '../text/scan';
import { capitalOf, GIVEN_NAMES, GROUP_NOUNS, GROUP_STARTS, lookupKnown, lookupPlace, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS } from '../vocabulary/lexicon';
import { alternation, VOCABULARY, wordSet } from '../vocabulary';
import { isAcronymOf, normalizeName } from './nameForms';

/** What the actor finder needs to know about the article besides its tokens. */
export interface ActorContext {
	readonly text: string;
	readonly tokens: readonly Token[];
	/** Sentences written in title case (headlines), where capitals prove nothing. */
	readonly titleSentences: ReadonlySet<number>;
	/** Spans already taken by dates, times and numbers. */
	readonly taken: (span: Span) => boolean;
}


const names = VOCABULARY.names;
/** Head words of armed or political groups. */
export const GROUP_HEADS = wordSet(names.groupHeads);
/** Lower-case nouns that, right after a name, make it an organisation ("the Tasnim news agency"). */
const ORG_NOUNS = wordSet(names.organizationNounsAfter);
/** Words before "of" that make the following name a place ("the border town of al-Qaim"). */
const PLACE_OF = new RegExp(`\\b(?:${alternation(names.placeNounsBeforeOf)})\\s+of\\s+$`, 'i');
const LOCATIVE = wordSet(names.locatives);
/** Words that, before "the" and a name, make it a place as the locatives do ("on the Marktplatz", "along the Corniche"). */
const ON_THE = wordSet(names.placePrepositionsBeforeThe);
/** Kinds of province that end a place's name ("Mexico State", "Kalu region"). */
export const ADMIN_NOUNS = wordSet(names.adminNouns);

/** A token's text in lower case ('' past the end). */
export function lower(t: Token | undefined): string {
	return t ? t.lower : '';
}


/**
 * "US Central Command (Centcom)", "the Lagoon Transit Authority, LTA", "the
 * Frente Azul, or Blue Front, gang": the short form or other name right
 * after a name names the same actor.
 */
export function withAcronyms(ctx: ActorContext, mentions: ActorMention[]): ActorMention[] {
	return mentions.map((m, i) => {
		const next = mentions[i + 1];
		if (!next || m.name.split(/\s+/).length < 2 || !isOtherName(ctx.text, m, next)) { return m; }
		mentions[i + 1] = { ...next, type: m.type, aliases: [...next.aliases, m.name] };
		return { ...m, aliases: [...m.aliases, next.name] };
	});
}

function isOtherName(text: string, m: ActorMention, next: ActorMention): boolean {
	// Most names are followed by neither a bracket nor a comma: decide that without slicing.
	let c = m.span.end;
	while (text[c] === ' ') { c++; }
	if (text[c] !== '(' && text[c] !== ',') { return false; }
	const between = text.slice(m.span.end, next.span.start);
	if (/^\s*\(\s*$/.test(between)) { return /^\s*\)/.test(text.slice(next.span.end, next.span.end + 3)) && /^[\p{Lu}][\p{L}.]{1,11}$/u.test(next.name); }
	if (/^\s*,\s*$/.test(between)) { return /^[\p{Lu}.]{2,8}$/u.test(next.name) && isAcronymOf(next.name, normalizeName(m.name).split(' ')); }
	return /^\s*,\s*or\s+(?:the\s+)?$/i.test(between) && /^\s*,/.test(text.slice(next.span.end, next.span.end + 2)) && next.name.includes(' ');
}


/** Types a name from the lexicons, its head words and its neighbours. */
export function classify(ctx: ActorContext, from: number, to: number, name: string, titled: boolean): ActorType {
	const t = ctx.tokens;
	const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
	const known = lookupKnown(name);
	if (known) { return known; }
	if (titled) { return 'person'; }
	const connector = words.findIndex(w => w === 'of' || w === 'for' || w === 'in' || w === 'on' || w === '&');
	if (connector > 0) {
		const head = words.slice(0, connector);
		const last = head[head.length - 1];
		return lookupKnown(head.join(' ')) ?? (PLACE_HEADS.has(last) ? 'place' : GROUP_STARTS.has(head[0]) || GROUP_HEADS.has(last) ? 'group' : 'organization');
	}
	const first = words[0];
	const last = words[words.length - 1];
	const next = lower(t[to]);
	const next2 = lower(t[to + 1]);
	const before = ctx.text.slice(Math.max(0, t[from].start - 30), t[from].start);
	if (GROUP_STARTS.has(first) || GROUP_NOUNS.has(next) || (GROUP_HEADS.has(last) && last !== 'army')) { return 'group'; }
	if (ORG_NOUNS.has(next) || (next === 'news' && ORG_NOUNS.has(next2))) { return 'organization'; }
	if (PLACE_OF.test(before) || PLACE_NOUNS.has(next) || (next === 'air' && next2 === 'base')) { return 'place'; }
	// "Kano State", "Hubei province": a known state, province or city and its administrative noun is that place.
	if (words.length > 1 && ADMIN_NOUNS.has(last) && lookupPlace(words.slice(0, -1).join(' '))?.type === 'place') { return 'place'; }
	if (ORG_HEADS.has(last) || (words.length > 1 && lookupKnown(words.slice(-2).join(' ')) === 'organization')) { return 'organization'; }
	if (PLACE_HEADS.has(last) || PLACE_HEADS.has(first) || PLACE_NOUNS.has(next)) { return 'place'; }
	if (words.length === 1 && name.length > 1 && name === name.toUpperCase()) { return 'organization'; }
	if (GIVEN_NAMES.has(first)) { return 'person'; }
	if (LOCATIVE.has(lower(t[from - 1]))) { return 'place'; }
	// "on the Marktplatz", "along the Corniche": a name after a locative and "the" is a place, not a person.
	if (lower(t[from - 1]) === 'the' && (LOCATIVE.has(lower(t[from - 2])) || ON_THE.has(lower(t[from - 2])))) { return 'place'; }
	return 'person';
}

/** "the Iraqi capital" names a place: the capital of that country. */
export function capitalPhrase(ctx: ActorContext, i: number): ActorMention | undefined {
	const t = ctx.tokens;
	if (!t[i].cap || lower(t[i + 1]) !== 'capital' || t[i + 1].sentence !== t[i].sentence) { return undefined; }
	const capital = capitalOf(t[i].text.replace(/['’]s$/, ''));
	if (!capital) { return undefined; }
	const span = { start: t[i].start, end: t[i + 1].end };
	return { kind: 'actor', span, text: ctx.text.slice(span.start, span.end), type: 'place', name: capital.name, aliases: [] };
}

/** A locative ("in", "near", "from") right before `at`. */
function afterLocative(text: string, at: number): boolean {
	const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 16), at));
	return !!before && LOCATIVE.has(before[1].toLowerCase());
}

/**
 * A one-word name takes the type its fuller or titled mentions have in the same
 * article ("Biden" after "President Biden"), and a guessed person becomes a
 * place when the article also names it as one ("Tarvik" after "in Tarvik").
 */
export function unifyTypes(text: string, mentions: ActorMention[]): ActorMention[] {
	const byWord = new Map<string, ActorType>();
	const byAlias = new Map<string, ActorType>();
	const places = new Set<string>();
	for (const m of mentions) {
		for (const alias of m.aliases) {
			if (!/\s/.test(alias)) { byAlias.set(alias.toLowerCase(), m.type); }
		}
		const words = m.name.split(/\s+/);
		if (m.type === 'person' && (words.length > 1 || m.title)) { byWord.set(words[words.length - 1].toLowerCase(), 'person'); }
		if (m.type === 'place' && words.length === 1) { places.add(m.name.toLowerCase()); }
	}
	return mentions.map(m => {
		const key = m.name.toLowerCase();
		// "Ramon Cordoba … Judges found Cordoba guilty": a city's name is the surname of the person the article names, except
		// where it is a place ("in Cordoba").
		if (/\s/.test(m.name) || (lookupKnown(m.name) && !(m.type === 'place' && byWord.has(key) && !afterLocative(text, m.span.start)))) { return m; }
		const type = byAlias.get(key) ?? byWord.get(key) ?? (m.type === 'person' && !m.title && places.has(key) ? 'place' : undefined);
		return type && type !== m.type ? { ...m, type } : m;
	});
}

