import type { ActorMention } from '../types';
import type { Token } from '../text/scan';
import {
	BOILERPLATE, COMMON_WORDS, GIVEN_NAMES, GROUP_STARTS, MONTHS, NAME_JOINERS, ORG_HEADS, PLACE_HEADS, TITLES, WEEKDAYS,
	lookupDemonym, lookupKnown, lookupPlace,
} from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { capitalPhrase, classify, GROUP_HEADS, lower, unifyTypes, withAcronyms, type ActorContext } from './actorTypes';

export type { ActorContext };
const names = VOCABULARY.names;
/** Heads after which "in <place>" is part of the name ("Islamic Resistance in Iraq", "Islamic State in Iraq"). */
const IN_NAMES = wordSet(names.namesWithIn);
const STOPWORDS = wordSet(names.stopwords);
const DETERMINERS = wordSet(names.determiners);
const CONNECTORS = wordSet(names.connectors);
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
