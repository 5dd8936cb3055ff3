import type { ActorMention, ActorType, Span } from '../types';
import type { Token } from '../text/scan';
import {
	BOILERPLATE, COMMON_WORDS, GIVEN_NAMES, GROUP_NOUNS, GROUP_STARTS, MONTHS, NAME_JOINERS, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, TITLES, WEEKDAYS,
	capitalOf, lookupDemonym, lookupKnown, lookupPlace,
} from '../vocabulary/lexicon';
import { alternation, VOCABULARY, wordSet } from '../vocabulary';

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
/** Heads after which "in <place>" is part of the name ("Islamic Resistance in Iraq", "Islamic State in Iraq"). */
const IN_NAMES = wordSet(names.namesWithIn);
/** Head words of armed or political groups. */
const GROUP_HEADS = wordSet(names.groupHeads);
/** Lower-case nouns that, right after a name, make it an organisation ("the Tasnim news agency"). */
const ORG_NOUNS = wordSet(names.organizationNounsAfter);
/** Words before "of" that make the following name a place ("the border town of al-Qaim"). */
const PLACE_OF = new RegExp(`\\b(?:${alternation(names.placeNounsBeforeOf)})\\s+of\\s+$`, 'i');
const STOPWORDS = wordSet(names.stopwords);
const DETERMINERS = wordSet(names.determiners);
const CONNECTORS = wordSet(names.connectors);
const LOCATIVE = wordSet(names.locatives);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/**
 * Finds the actors in an article: capitalised runs joined over name particles
 * (al-, bin, Abu), initials, quoted nicknames and organisation connectors, then
 * cleaned of sentence-initial words, titles, months and possessives, and typed
 * from head words, lexicons and the words around them.
 */
export function extractActors(ctx: ActorContext): ActorMention[] {
	const evidence = capitalEvidence(ctx);
	const out: ActorMention[] = [];
	const tokens = ctx.tokens;
	let i = 0;
	while (i < tokens.length) {
		const capital = capitalPhrase(ctx, i);
		if (capital) {
			out.push(capital);
			i += 2;
			continue;
		}
		const end = runEnd(ctx, i);
		if (end > i) {
			for (const piece of cleanRun(ctx, evidence, i, end)) {
				const mention = toMention(ctx, piece);
				if (mention) { out.push(mention); }
			}
			i = end;
		} else {
			i++;
		}
	}
	return unifyTypes(withAcronyms(ctx, out));
}

/** "US Central Command (Centcom)": the bracketed short form names the same actor. */
function withAcronyms(ctx: ActorContext, mentions: ActorMention[]): ActorMention[] {
	return mentions.map((m, i) => {
		const after = /^\s*\(\s*([\p{Lu}][\p{L}.]{1,11})\s*\)/u.exec(ctx.text.slice(m.span.end, m.span.end + 20));
		const next = mentions[i + 1];
		if (!after || !next || next.name !== after[1] || m.name.split(/\s+/).length < 2) { return m; }
		mentions[i + 1] = { ...next, type: m.type, aliases: [...next.aliases, m.name] };
		return { ...m, aliases: [...m.aliases, after[1]] };
	});
}

/** Lower-case words seen capitalised away from a sentence start: names, whatever the dictionary says. */
function capitalEvidence(ctx: ActorContext): Set<string> {
	const seen = new Set<string>();
	const t = ctx.tokens;
	for (let i = 1; i < t.length; i++) {
		if (t[i].cap && t[i].kind === 'word' && t[i - 1].sentence === t[i].sentence && t[i - 1].kind === 'word' && !ctx.titleSentences.has(t[i].sentence) && !t[i].joined && !STOPWORDS.has(lower(t[i]))) {
			seen.add(t[i].text.toLowerCase());
		}
	}
	return seen;
}

function isNameWord(t: Token | undefined): boolean {
	return !!t && t.kind === 'word' && t.cap;
}

function lower(t: Token | undefined): string {
	return t ? t.text.toLowerCase() : '';
}

/** The end (exclusive) of the capitalised run starting at `i`, or `i` when none starts there. */
function runEnd(ctx: ActorContext, i: number): number {
	const t = ctx.tokens;
	const startsName = isNameWord(t[i]) || (NAME_JOINERS.has(lower(t[i])) && isNameWord(t[i + 1]) && t[i + 1].sentence === t[i].sentence && t[i + 1].joined);
	if (!startsName || ctx.taken(t[i])) { return i; }
	let j = i + 1;
	let sawHead = ORG_HEADS.has(lower(t[i])) || PLACE_HEADS.has(lower(t[i])) || GROUP_STARTS.has(lower(t[i]));
	while (j < t.length && t[j].sentence === t[i].sentence && !ctx.taken(t[j])) {
		const u = t[j];
		const next = t[j + 1];
		if (u.kind === 'word' && u.text.length === 1 && next?.joined && next.kind === 'num') {
			break;
		} else if (u.kind === 'word' && u.cap) {
			if (/['’]s$/i.test(t[j - 1].text)) { break; }
			sawHead ||= ORG_HEADS.has(lower(u)) || PLACE_HEADS.has(lower(u)) || GROUP_STARTS.has(lower(u));
			j++;
		} else if (u.kind === 'word' && NAME_JOINERS.has(lower(u)) && isNameWord(next) && next.sentence === u.sentence) {
			j += 2;
		} else if (u.kind === 'word' && u.joined && !u.cap) {
			break;
		} else if (u.text === '.' && u.start === t[j - 1].end && (t[j - 1].text.length === 1 || TITLES.has(lower(t[j - 1])) || lower(t[j - 1]) === 'jr') && isNameWord(next)) {
			j++;
		} else if (lower(u) === 'of' && TITLES.has(lower(t[j - 1])) && isNameWord(next) && isNameWord(t[j + 2])) {
			j += 2;
		} else if (CONNECTORS.has(lower(u)) && (sawHead || u.text === '&') && (lower(u) !== 'in' || IN_NAMES.has(lower(t[j - 1]))) && isNameWord(next) && !lookupDemonym(next.text) && !MONTHS.has(lower(next)) && !WEEKDAYS.has(lower(next))) {
			j++;
		} else if (u.kind === 'num' && j === i + 1 && PLACE_HEADS.has(lower(t[i])) && u.start > t[i].end) {
			j++;
			break;
		} else if (OPEN_QUOTES.has(u.text) && u.start > t[j - 1].end) {
			const close = nicknameEnd(t, j);
			if (close < 0) { break; }
			j = close + 1;
		} else {
			break;
		}
	}
	return j;
}

/** Where a quoted nickname inside a name closes (“Abu Bakr” followed by a name part), or -1. */
function nicknameEnd(t: readonly Token[], open: number): number {
	let k = open + 1;
	while (k < t.length && k < open + 5 && (isNameWord(t[k]) || NAME_JOINERS.has(lower(t[k])))) { k++; }
	if (k === open + 1 || !CLOSE_QUOTES.has(t[k]?.text ?? '')) { return -1; }
	const after = t[k + 1];
	return after && (isNameWord(after) || NAME_JOINERS.has(lower(after))) && after.sentence === t[open].sentence ? k : -1;
}

/** A run of tokens `[from, to)` with what the cleaning learned about it. */
interface Piece {
	from: number;
	to: number;
	titled: boolean;
}

function isSentenceInitial(ctx: ActorContext, i: number): boolean {
	const t = ctx.tokens;
	// A sentence start, or a clause opened by a colon or a dateline dash ("BEIRUT (AP) — Three …").
	for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) {
		if (t[k].kind === 'punct' && /^[:—–-]$/.test(t[k].text)) { return true; }
		if (t[k].kind !== 'punct' || !/^[“"‘'(\[]$/.test(t[k].text)) { return false; }
	}
	return true;
}

/** True for a capitalised word that is only capitalised by position (sentence start, headline). */
function isPlainWord(ctx: ActorContext, evidence: Set<string>, i: number, atStart: boolean): boolean {
	const t = ctx.tokens[i];
	const w = lower(t).replace(/['’]s$/, '');
	if (MONTHS.has(w) || WEEKDAYS.has(w)) { return true; }
	if ((DETERMINERS.has(w) || STOPWORDS.has(w)) && !t.joined) { return true; }
	if (BOILERPLATE.test(w)) { return true; }
	if (lookupKnown(w) || GIVEN_NAMES.has(w) || GROUP_STARTS.has(w)) { return false; }
	if (t.text.length > 1 && t.text === t.text.toUpperCase()) { return COMMON_WORDS.has(w) && w.length <= 3; }
	const positional = atStart || ctx.titleSentences.has(t.sentence);
	return positional && COMMON_WORDS.has(w) && !evidence.has(w) && !PLACE_HEADS.has(w) && !headedName(ctx, i);
}

/** "Human Rights Watch", "Air Force": a capitalised run ending in an organisation or place head word is a name from its first word. */
function headedName(ctx: ActorContext, i: number): boolean {
	const t = ctx.tokens;
	let k = i + 1;
	while (k < t.length && t[k].sentence === t[i].sentence && t[k].kind === 'word' && t[k].cap && !(k > i && TITLES.has(lower(t[k])))) { k++; }
	const last = lower(t[k - 1]);
	return k > i + 1 && !ctx.titleSentences.has(t[i].sentence) && (ORG_HEADS.has(last) || GROUP_HEADS.has(last)) && !TITLES.has(lower(t[i]));
}

/** Splits a raw run into the names it holds. */
function cleanRun(ctx: ActorContext, evidence: Set<string>, from: number, to: number): Piece[] {
	const t = ctx.tokens;
	const pieces: Piece[] = [];
	let start = from;
	let titled = false;
	const flush = (end: number) => {
		if (end > start) { pieces.push({ from: start, to: end, titled }); }
		titled = false;
	};
	for (let k = from; k < to; k++) {
		const atStart = k === start && isSentenceInitial(ctx, k);
		const inTitle = ctx.titleSentences.has(t[k].sentence);
		if (k === start && lookupDemonym(t[k].text) && TITLES.has(lower(t[k + 1])) && k + 2 < to && !hasOrgHead(t, k, to)) {
			start = k + 1;
		} else if (k === start && TITLES.has(lower(t[k])) && k + 1 < to && !hasOrgHead(t, k, to)) {
			titled = true;
			start = t[k + 1]?.text === '.' ? k + 2 : lower(t[k + 1]) === 'of' ? k + 3 : k + 1;
			k = start - 1;
		} else if (t[k].kind === 'word' && t[k].cap && (!t[k].joined || inTitle) && isPlainWord(ctx, evidence, k, atStart) && (k === start || inTitle || (isDateWord(t[k]) && (ctx.taken(t[k]) || WEEKDAYS.has(lower(t[k])))) || DETERMINERS.has(lower(t[k])))) {
			flush(k);
			start = k + 1;
		} else if (k > start && TITLES.has(lower(t[k])) && ORG_HEADS.has(lower(t[k - 1])) && k + 1 < to) {
			// "Air Force Brig. Gen. Pat Ryder": an organisation, then a titled person.
			flush(k);
			start = k;
			k--;
		} else if (k > start && isShouting(t[k - 1]) && !isShouting(t[k]) && t[k].cap) {
			flush(k);
			start = k;
		} else if (k > start && t[k].joined && t[k].cap && lookupKnown(t[k].text) && lookupKnown(t[k - 1].text)) {
			flush(k);
			start = k;
		} else if (/['’]s$/i.test(t[k].text) && k + 1 < to) {
			flush(k + 1);
			start = k + 1;
		}
	}
	flush(to);
	return pieces.filter(p => !isDemonymOnly(t, p));
}

/** "Iraqi", "Palestinians", "Syrian-Iraqi": adjectives and peoples, not actors. */
function isDemonymOnly(t: readonly Token[], p: Piece): boolean {
	for (let k = p.from; k < p.to; k++) {
		const w = t[k].text.replace(/['’]s$/, '');
		if (k > p.from && !t[k].joined) { return false; }
		if (lookupPlace(w) || !(lookupDemonym(w) || lookupDemonym(w.replace(/s$/, '')))) { return false; }
	}
	return true;
}

function isShouting(t: Token): boolean {
	return t.kind === 'word' && t.text.length > 3 && t.text === t.text.toUpperCase() && !t.text.includes('.');
}

function isDateWord(t: Token): boolean {
	const w = t.text.toLowerCase();
	return MONTHS.has(w) || WEEKDAYS.has(w);
}

/** Organisation names end with their head word ("State Department"); "Secretary of State Antony Blinken" does not. */
function hasOrgHead(t: readonly Token[], _from: number, to: number): boolean {
	const last = lower(t[to - 1]);
	return ORG_HEADS.has(last) && !TITLES.has(last);
}

/** Builds the mention for a cleaned piece, or nothing when it is not a name after all. */
function toMention(ctx: ActorContext, piece: Piece): ActorMention | undefined {
	const t = ctx.tokens;
	let { from, to } = piece;
	while (to > from && (t[to - 1].kind === 'punct' || NAME_JOINERS.has(t[to - 1].text.toLowerCase()))) { to--; }
	while (from < to && (t[from].kind === 'punct' || (!t[from].cap && !NAME_JOINERS.has(lower(t[from]))))) { from++; }
	if (to <= from) { return undefined; }
	const span = { start: t[from].start, end: stripPossessive(ctx.text, t[from].start, t[to - 1].end) };
	const text = ctx.text.slice(span.start, span.end);
	if (BOILERPLATE.test(text) || text.length < 2 || (to - from === 1 && ORG_HEADS.has(lower(t[from])) && !lookupKnown(text))) { return undefined; }
	const { name, aliases } = splitNickname(text);
	const type = classify(ctx, from, to, name, piece.titled);
	return { kind: 'actor', span, text, type, name, aliases, ...(piece.titled ? { title: ctx.text.slice(t[piece.from - 1]?.start ?? span.start, span.start).trim() || undefined } : {}) };
}

function stripPossessive(text: string, start: number, end: number): number {
	const s = text.slice(start, end);
	const m = /['’]s$/i.exec(s);
	return m ? end - 2 : end;
}

/** "Wissam Mohammed “Abu Bakr” al-Saadi" -> name without the nickname, alias nickname + family name. */
function splitNickname(text: string): { name: string; aliases: string[] } {
	const m = /^(.*?)\s*[“"‘]([^”"’]+)[”"’]\s*(.*)$/.exec(text);
	if (!m) { return { name: text, aliases: [] }; }
	const family = m[3].split(/\s+/).filter(Boolean);
	return { name: `${m[1]} ${m[3]}`.trim(), aliases: [`${m[2]} ${family.slice(-1).join(' ')}`.trim()] };
}

/** Types a name from the lexicons, its head words and its neighbours. */
function classify(ctx: ActorContext, from: number, to: number, name: string, titled: boolean): ActorType {
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
	if (ORG_HEADS.has(last) || (words.length > 1 && lookupKnown(words.slice(-2).join(' ')) === 'organization')) { return 'organization'; }
	if (PLACE_HEADS.has(last) || PLACE_HEADS.has(first) || PLACE_NOUNS.has(next)) { return 'place'; }
	if (words.length === 1 && name.length > 1 && name === name.toUpperCase()) { return 'organization'; }
	if (LOCATIVE.has(lower(t[from - 1])) && !GIVEN_NAMES.has(first)) { return 'place'; }
	return 'person';
}

/** "the Iraqi capital" names a place: the capital of that country. */
function capitalPhrase(ctx: ActorContext, i: number): ActorMention | undefined {
	const t = ctx.tokens;
	if (!t[i].cap || lower(t[i + 1]) !== 'capital' || t[i + 1].sentence !== t[i].sentence) { return undefined; }
	const capital = capitalOf(t[i].text.replace(/['’]s$/, ''));
	if (!capital) { return undefined; }
	const span = { start: t[i].start, end: t[i + 1].end };
	return { kind: 'actor', span, text: ctx.text.slice(span.start, span.end), type: 'place', name: capital.name, aliases: [] };
}

/**
 * A one-word name takes the type its fuller or titled mentions have in the same
 * article ("Biden" after "President Biden"), and a guessed person becomes a
 * place when the article also names it as one ("Jenin" after "in Jenin").
 */
function unifyTypes(mentions: ActorMention[]): ActorMention[] {
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
		if (/\s/.test(m.name) || lookupKnown(m.name)) { return m; }
		const key = m.name.toLowerCase();
		const type = byAlias.get(key) ?? byWord.get(key) ?? (m.type === 'person' && !m.title && places.has(key) ? 'place' : undefined);
		return type && type !== m.type ? { ...m, type } : m;
	});
}
