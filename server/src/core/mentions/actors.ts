import type { ActorMention } from '../types';
import type { Token } from '../text/scan';
import { BOILERPLATE, GROUP_STARTS, MONTHS, NAME_JOINERS, ORG_HEADS, PLACE_HEADS, TITLES, WEEKDAYS, lookupDemonym, lookupKnown } from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { ADMIN_NOUNS, capitalPhrase, classify, lower, unifyTypes, withAcronyms, type ActorContext } from './actorTypes';
import { cleanRun, DETERMINERS, isOfficeOf, STOPWORDS, type Piece } from './actorPieces';
import { withDescribed } from './describedActors';

export type { ActorContext };
const names = VOCABULARY.names;
/** Heads after which "in <place>" is part of the name ("Islamic Resistance in Iraq", "Islamic State in Iraq"). */
const IN_NAMES = wordSet(names.namesWithIn);
const CONNECTORS = wordSet(names.connectors);
/** Name particles that are English words too ("as-Sadr" but not "Cedar Bay as Maine"): only joined by a hyphen. */
const ENGLISH_JOINERS = new Set([...NAME_JOINERS].filter(w => STOPWORDS.has(w) || DETERMINERS.has(w)));
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/**
 * Finds the actors in an article: capitalised runs joined over name particles
 * (al-, bin, Abu), initials, quoted nicknames and organisation connectors, then
 * cleaned of sentence-initial words, titles, months and possessives, and typed
 * from head words, lexicons and the words around them.
 */
export function extractActors(article: ActorContext): ActorMention[] {
	const { ctx, evidence } = readCapitals(article);
	const found: Found[] = [];
	const tokens = ctx.tokens;
	let i = 0;
	while (i < tokens.length) {
		const capital = capitalPhrase(ctx, i);
		if (capital) {
			found.push({ mention: capital });
			i += 2;
			continue;
		}
		const end = runEnd(ctx, i);
		if (end > i) {
			for (const piece of cleanRun(ctx, evidence, i, end)) {
				const mention = toMention(ctx, piece);
				if (mention) { found.push({ piece, mention }); }
			}
			i = end;
		} else {
			i++;
		}
	}
	return withDescribed(ctx, unifyTypes(ctx.text, withAcronyms(ctx, splitKnownPersons(ctx, found))));
}

interface Found {
	readonly piece?: Piece;
	readonly mention: ActorMention;
}

/**
 * "Tian Mo Cedar Bay gunman held": a headline run that starts with a
 * person's full name the article gives elsewhere, then another name, is two
 * names.
 */
function splitKnownPersons(ctx: ActorContext, found: readonly Found[]): ActorMention[] {
	const out = found.map(f => f.mention);
	let persons: Set<string> | undefined;
	for (let f = found.length - 1; f >= 0; f--) {
		const piece = found[f].piece;
		if (!piece || piece.to - piece.from < 4) { continue; }
		persons ??= new Set(out.filter(m => m.type === 'person' && /^\S+( \S+){1,2}$/.test(m.name)).map(m => m.name));
		const split = splitAfterPerson(ctx, piece, persons);
		if (split) { out.splice(f, 1, ...split); }
	}
	return out;
}

/** The two mentions of a run that starts with one of `persons` and goes on with two or more words, if it does. */
function splitAfterPerson(ctx: ActorContext, piece: Piece, persons: ReadonlySet<string>): ActorMention[] | undefined {
	const t = ctx.tokens;
	for (let n = 2; n <= 3 && piece.to - piece.from - n >= 2; n++) {
		if (persons.has(t.slice(piece.from, piece.from + n).map(x => x.text).join(' '))) {
			const split = [toMention(ctx, { from: piece.from, to: piece.from + n, titled: piece.titled }), toMention(ctx, { from: piece.from + n, to: piece.to, titled: false })];
			return split.filter((m): m is ActorMention => !!m);
		}
	}
	return undefined;
}

/** Prepositions and conjunctions, capitalised only in title case ("Victims Of The Flood Are Named"). */
const TITLE_CASE_WORDS = wordSet(VOCABULARY.text.headlineFunctionWords.filter(w => !DETERMINERS.has(w)));

/**
 * One pass over the capitalised words: headlines the layout missed (they end
 * with a full stop: a preposition capitalised between two capitalised words),
 * and the lower-case words seen capitalised away from a sentence start and
 * outside headlines: names, whatever the dictionary says.
 */
function readCapitals(article: ActorContext): { ctx: ActorContext; evidence: Set<string> } {
	const t = article.tokens;
	let headlines: Set<number> | undefined;
	const candidates: Token[] = [];
	for (let i = 1; i < t.length; i++) {
		const u = t[i];
		if (!u.cap || u.kind !== 'word' || u.joined || t[i - 1].sentence !== u.sentence || article.titleSentences.has(u.sentence)) { continue; }
		const w = lower(u);
		if (u.text.length <= 4 && t[i - 1].cap && t[i + 1]?.cap && TITLE_CASE_WORDS.has(w)) {
			(headlines ??= new Set(article.titleSentences)).add(u.sentence);
		} else if (t[i - 1].kind === 'word' && !STOPWORDS.has(w)) {
			candidates.push(u);
		}
	}
	const evidence = new Set<string>();
	for (const u of candidates) {
		if (!headlines?.has(u.sentence)) { evidence.add(lower(u)); }
	}
	return { ctx: headlines ? { ...article, titleSentences: headlines } : article, evidence };
}

function isNameWord(t: Token | undefined): boolean {
	return !!t && t.kind === 'word' && t.cap;
}

/** The end (exclusive) of the capitalised run starting at `i`, or `i` when none starts there. */
function runEnd(ctx: ActorContext, i: number): number {
	const t = ctx.tokens;
	const first = lower(t[i]);
	const startsName = isNameWord(t[i]) || (NAME_JOINERS.has(first) && isNameWord(t[i + 1]) && t[i + 1].sentence === t[i].sentence && t[i + 1].joined);
	if (!startsName || ctx.taken(t[i])) { return i; }
	let j = i + 1;
	let sawHead = ORG_HEADS.has(first) || PLACE_HEADS.has(first) || GROUP_STARTS.has(first);
	while (j < t.length && t[j].sentence === t[i].sentence && !ctx.taken(t[j])) {
		const u = t[j];
		const next = t[j + 1];
		// Lower-cased once: most branches ask a word list about this token.
		const w = lower(u);
		if (u.kind === 'word' && u.text.length === 1 && next?.joined && next.kind === 'num') {
			break;
		} else if (u.kind === 'word' && u.cap) {
			if (/['’]s$/i.test(t[j - 1].text) && !isOfficeOf(t, j)) { break; }
			sawHead ||= ORG_HEADS.has(w) || PLACE_HEADS.has(w) || GROUP_STARTS.has(w);
			j++;
		} else if (u.kind === 'word' && NAME_JOINERS.has(w) && isNameWord(next) && next.sentence === u.sentence && (next.joined || !ENGLISH_JOINERS.has(w))) {
			j += 2;
		} else if (u.kind === 'word' && !u.cap && !u.joined && ADMIN_NOUNS.has(w) && isAdminNoun(t, i, j)) {
			j++;
		} else if (u.kind === 'word' && u.joined && !u.cap) {
			break;
		} else if (u.text === '.' && u.start === t[j - 1].end && (t[j - 1].text.length === 1 || TITLES.has(lower(t[j - 1])) || lower(t[j - 1]) === 'jr') && isNameWord(next)) {
			j++;
		} else if ((w === 'of' || w === 'for') && TITLES.has(lower(t[j - 1])) && isNameWord(next) && isNameWord(t[j + 2])) {
			j += 2;
		} else if (CONNECTORS.has(w) && (sawHead || u.text === '&') && (w !== 'in' || IN_NAMES.has(lower(t[j - 1]))) && isNameWord(next) && !lookupDemonym(next.text) && !MONTHS.has(lower(next)) && !WEEKDAYS.has(lower(next))) {
			j++;
		} else if (u.kind === 'num' && j === i + 1 && PLACE_HEADS.has(first) && u.start > t[i].end) {
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

/**
 * "Mexico state, ...", "the Lisbon region." : a lower-case administrative noun
 * after the name of a country or city the gazetteer knows is part of the name
 * (the province, not the country or the city) when a function word, a name
 * or punctuation follows; "Peru state media" and "the Peruvian state" are not
 * names, and "Kalu province" is Kalu.
 */
function isAdminNoun(t: readonly Token[], i: number, j: number): boolean {
	const u = t[j];
	// The caller has checked that u is a lower-case province noun.
	const before = t[j - 1];
	const after = t[j + 1];
	if (!before.cap || TITLES.has(lower(before)) || ORG_HEADS.has(lower(before)) || lookupDemonym(before.text) || /['’]s$/.test(before.text)) { return false; }
	const ends = !after || after.sentence !== u.sentence || (after.kind === 'punct' && after.text !== '-') || (after.kind === 'word' && !after.joined && (after.cap || STOPWORDS.has(lower(after)) || DETERMINERS.has(lower(after))));
	const known = lookupKnown(t.slice(i, j).map(x => x.text).join(' '));
	return ends && (known === 'place' || known === 'state');
}

/** Where a quoted nickname inside a name closes (“Abu Karim” followed by a name part), or -1. */
function nicknameEnd(t: readonly Token[], open: number): number {
	let k = open + 1;
	while (k < t.length && k < open + 5 && (isNameWord(t[k]) || NAME_JOINERS.has(lower(t[k])))) { k++; }
	if (k === open + 1 || !CLOSE_QUOTES.has(t[k]?.text ?? '')) { return -1; }
	const after = t[k + 1];
	return after && (isNameWord(after) || NAME_JOINERS.has(lower(after))) && after.sentence === t[open].sentence ? k : -1;
}

/** Builds the mention for a cleaned piece, or nothing when it is not a name after all. */
function toMention(ctx: ActorContext, piece: Piece): ActorMention | undefined {
	const t = ctx.tokens;
	let { from, to } = piece;
	// A trailing particle ("de", "da") is dropped; one in capitals is an acronym ("the DA won 84 seats").
	while (to > from && (t[to - 1].kind === 'punct' || (NAME_JOINERS.has(t[to - 1].lower) && !allCaps(t[to - 1])))) { to--; }
	while (from < to && (t[from].kind === 'punct' || (!t[from].cap && !NAME_JOINERS.has(lower(t[from]))))) { from++; }
	if (to <= from) { return undefined; }
	const span = { start: t[from].start, end: stripPossessive(ctx.text, t[from].start, t[to - 1].end) };
	const text = ctx.text.slice(span.start, span.end);
	if (BOILERPLATE.test(text) || text.length < 2 || (to - from === 1 && ORG_HEADS.has(lower(t[from])) && !lookupKnown(text)) || onlyTitles(t, from, to)) { return undefined; }
	const { name, aliases } = splitNickname(text);
	const type = classify(ctx, from, to, name, piece.titled);
	return { kind: 'actor', span, text, type, name, aliases, ...(piece.titled ? { title: ctx.text.slice(t[piece.from - 1]?.start ?? span.start, span.start).trim() || undefined } : {}) };
}

function allCaps(t: Token): boolean {
	return t.text.length > 1 && t.text === t.text.toUpperCase();
}

/** "CEO", "Governor": a title alone names nobody in particular. */
function onlyTitles(t: readonly Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		if (t[k].kind === 'word' && !TITLES.has(lower(t[k]))) { return false; }
	}
	return true;
}

function stripPossessive(text: string, start: number, end: number): number {
	const s = text.slice(start, end);
	const m = /['’]s$/i.exec(s);
	return m ? end - 2 : end;
}

/** "Samir Adel “Abu Karim” al-Rashid" -> name without the nickname, alias nickname + family name. */
function splitNickname(text: string): { name: string; aliases: string[] } {
	const m = /^(.*?)\s*[“"‘]([^”"’]+)[”"’]\s*(.*)$/.exec(text);
	if (!m) { return { name: text, aliases: [] }; }
	const family = m[3].split(/\s+/).filter(Boolean);
	return { name: `${m[1]} ${m[3]}`.trim(), aliases: [`${m[2]} ${family.slice(-1).join(' ')}`.trim()] };
}
