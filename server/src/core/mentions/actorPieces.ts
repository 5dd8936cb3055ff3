import type { Token } from '../text/scan';
import { BULLETS } from '../text/fileShapes';
import {
	BOILERPLATE, COMMON_WORDS, GIVEN_NAMES, GROUP_STARTS, MONTHS, ORG_HEADS, PLACE_HEADS, THING_ACRONYMS, TITLES, WEEKDAYS,
	lookupDemonym, lookupKnown, lookupPlace,
} from '../vocabulary/lexicon';
import { VOCABULARY, wordSet } from '../vocabulary';
import { ADMIN_NOUNS, GROUP_HEADS, lower, type ActorContext } from './actorTypes';

/**
 * Cleaning a capitalised run into the names it holds: sentence-initial and
 * headline words, titles ("Lagoon Governor", "Minister for Fisheries"),
 * possessives, and a place unit before the place it lies in.
 */

const names = VOCABULARY.names;
export const STOPWORDS = wordSet(names.stopwords);
export const DETERMINERS = wordSet(names.determiners);
const SUFFIXES = wordSet(names.nameSuffixes);
const PLACE_UNITS = wordSet(names.placeSuffixes.flatMap(s => s.split(' ')));
/** A list's bullet ("• Twelve people died"), which opens a sentence when it is the sentence's first mark. */
const BULLET = new RegExp(`^[${BULLETS}]$`);

/** A run of tokens `[from, to)` with what the cleaning learned about it. */
export interface Piece {
	from: number;
	to: number;
	titled: boolean;
}

function isSentenceInitial(ctx: ActorContext, i: number): boolean {
	const t = ctx.tokens;
	// A sentence start, or a clause opened by a colon, a dateline dash ("BEIRUT (AP) — Three …") or a list's bullet.
	for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) {
		if (t[k].kind === 'punct' && (/^[:—–-]$/.test(t[k].text) || (BULLET.test(t[k].text) && t[k - 1]?.sentence !== t[k].sentence))) { return true; }
		if (t[k].kind !== 'punct' || !/^[“"‘'(\[]$/.test(t[k].text)) { return false; }
	}
	return true;
}

/** True for a capitalised word that is only capitalised by position (sentence start, headline). */
function isPlainWord(ctx: ActorContext, evidence: Set<string>, i: number, atStart: boolean, inTitle: boolean): boolean {
	const t = ctx.tokens[i];
	const w = lower(t).replace(/['’]s$/, '');
	if (MONTHS.has(w) || WEEKDAYS.has(w)) { return true; }
	if ((DETERMINERS.has(w) || STOPWORDS.has(w)) && !t.joined) { return true; }
	if (BOILERPLATE.test(w)) { return true; }
	if (lookupKnown(w) || GIVEN_NAMES.has(w) || GROUP_STARTS.has(w)) { return false; }
	// "NEW YORK", "THE HAGUE": a short word in capitals that opens a known name is part of it.
	if (t.text.length > 1 && t.text === t.text.toUpperCase()) { return THING_ACRONYMS.has(w) || (COMMON_WORDS.has(w) && w.length <= 3 && !opensKnownName(ctx.tokens, i)); }
	return (atStart || inTitle) && COMMON_WORDS.has(w) && !evidence.has(w) && !PLACE_HEADS.has(w) && !headedName(ctx, i);
}

/** True when the word at `i` and the next make a name the lexicon knows ("NEW YORK"). */
function opensKnownName(t: readonly Token[], i: number): boolean {
	const next = t[i + 1];
	return !!next && next.kind === 'word' && next.sentence === t[i].sentence && !!(lookupKnown(`${lower(t[i])} ${lower(next)}`) || lookupPlace(`${lower(t[i])} ${lower(next)}`));
}

/** "Human Rights Watch", "Air Force": a capitalised run ending in an organisation or place head word is a name from its first word. */
function headedName(ctx: ActorContext, i: number): boolean {
	const t = ctx.tokens;
	let k = i + 1;
	while (k < t.length && t[k].sentence === t[i].sentence && t[k].kind === 'word' && t[k].cap && !(k > i && TITLES.has(lower(t[k])))) { k++; }
	const last = lower(t[k - 1]);
	return k > i + 1 && !ctx.titleSentences.has(t[i].sentence) && (ORG_HEADS.has(last) || GROUP_HEADS.has(last)) && !TITLES.has(lower(t[i]));
}

/** "Attorney’s Office", "Prosecutor’s Office": a title's office is an organisation's name, not a possessive. */
export function isOfficeOf(t: readonly Token[], k: number): boolean {
	const m = /^(.*)['’]s$/i.exec(t[k - 1]?.text ?? '');
	return !!m && TITLES.has(m[1].toLowerCase()) && ORG_HEADS.has(lower(t[k])) && t[k].cap;
}

/**
 * A name after the titles at `k` ("Governor Ada Obi", "Gov. Ada Obi"),
 * not a suffix ("Martin Luther King Jr."); or an abbreviated title that ends
 * the run where its full stop was read as a sentence end ("Brig. Gen. ...").
 */
function titledNameFollows(t: readonly Token[], k: number, to: number): boolean {
	let j = k;
	while (j < to && (TITLES.has(lower(t[j])) || t[j].text === '.')) { j++; }
	return j < to ? t[j].cap && !SUFFIXES.has(lower(t[j])) : t[to - 1].text === '.' || t[to]?.text === '.';
}

/** A title inside a run before a titled name ("Lagoon Governor Ada Obi"), or before "of" and the body the office is of ("Press Officer of Lagoon Command"). */
function splitsBeforeTitle(t: readonly Token[], k: number, to: number): boolean {
	return hasOrgHead(t, k, to) ? lower(t[k + 1]) === 'of' && !titledNameFollows(t, k, to) : titledNameFollows(t, k, to);
}

/** Words that only say what an office is about ("Public Works", "Inland Waterways"): not an actor of their own. */
function isRoleWords(t: readonly Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const w = lower(t[k]);
		if (t[k].kind === 'word' && (!COMMON_WORDS.has(w) || lookupKnown(w))) { return false; }
	}
	const last = lower(t[to - 1]);
	return !ORG_HEADS.has(last) && !PLACE_HEADS.has(last);
}

/**
 * "Kalu Local Government Area of Lagoon State", "the Peruvian State of ...":
 * a place unit, then the place it lies in or that names it; "City of London"
 * and a name the lexicon knows are one name.
 */
function isPlaceUnitOf(t: readonly Token[], from: number, of: number): boolean {
	const before = t.slice(from, of).map(lower);
	return before.length > 1 && PLACE_UNITS.has(before[before.length - 1]) && !lookupKnown(before.join(' '));
}

/** A place unit with a name of its own ("Kalu Local Government Area"), not a nationality and a kind ("Peruvian State"). */
function isNamedUnit(t: readonly Token[], from: number, to: number): boolean {
	return t.slice(from, to).some(x => !PLACE_UNITS.has(lower(x)) && !COMMON_WORDS.has(lower(x)) && !lookupDemonym(x.text));
}

/**
 * Where the name after a title at `k` starts: after a full stop ("Gov."), or
 * after "of"/"for" and what the office is of: a place or body, returned as
 * `body` ("Governor of Lagoon State Ada Obi": "Lagoon State"), or a subject
 * ("Minister for Fisheries", "Secretary of Homeland Security").
 */
function titleEnd(t: readonly Token[], k: number, to: number): { start: number; body?: [number, number]; titled: boolean } {
	if (t[k + 1]?.text === '.') { return { start: k + 2, titled: true }; }
	const connector = lower(t[k + 1]);
	if (connector !== 'of' && connector !== 'for') { return { start: k + 1, titled: true }; }
	for (let h = k + 2; h < to - 1; h++) {
		const w = lower(t[h]);
		if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || ADMIN_NOUNS.has(w)) { return { start: h + 1, body: [k + 2, h + 1], titled: true }; }
	}
	let j = k + 2;
	while (j < to - 1 && t[j].cap && COMMON_WORDS.has(lower(t[j])) && !GIVEN_NAMES.has(lower(t[j]))) { j++; }
	return j > k + 2 ? { start: j, titled: true } : { start: k + 2, titled: false };
}

/** "Kim Wing Fan, 66": a name in a list with ages, capitalised like a headline without being one. */
function isListedName(t: readonly Token[], to: number): boolean {
	return t[to]?.text === ',' && t[to + 1]?.kind === 'num' && t[to + 1].sentence === t[to].sentence;
}

/** Splits a raw run into the names it holds. */
export function cleanRun(ctx: ActorContext, evidence: Set<string>, from: number, to: number): Piece[] {
	const t = ctx.tokens;
	const pieces: Piece[] = [];
	let start = from;
	let titled = false;
	const flush = (end: number, keep = true) => {
		if (end > start && keep) { pieces.push({ from: start, to: end, titled }); }
		titled = false;
	};
	const headline = ctx.titleSentences.has(t[from].sentence) && !isListedName(t, to);
	for (let k = from; k < to; k++) {
		const atStart = k === start && isSentenceInitial(ctx, k);
		const w = lower(t[k]);
		if (k === start && lookupDemonym(t[k].text) && TITLES.has(lower(t[k + 1])) && k + 2 < to && !hasOrgHead(t, k, to)) {
			start = k + 1;
		} else if (k === start && TITLES.has(w) && k + 1 < to && !hasOrgHead(t, k, to)) {
			const after = titleEnd(t, k, to);
			if (after.body) { pieces.push({ from: after.body[0], to: after.body[1], titled: false }); }
			titled = after.titled;
			start = after.start;
			k = start - 1;
		} else if (k === start && TITLES.has(w) && lower(t[k + 1]) === 'of' && k + 2 < to) {
			// "Officer of the Lagoon State Command": the body the office belongs to.
			start = k + 2;
			k = start - 1;
		} else if (t[k].kind === 'word' && t[k].cap && (!t[k].joined || headline) && isPlainWord(ctx, evidence, k, atStart, headline) && (k === start || headline || (isDateWord(t[k]) && (ctx.taken(t[k]) || WEEKDAYS.has(w))) || DETERMINERS.has(w))) {
			flush(k);
			start = k + 1;
		} else if (k > start && TITLES.has(w) && splitsBeforeTitle(t, k, to)) {
			// "Lagoon Governor Ada Obi", "Air Force Brig. Gen. Ana Lind": a place or body, then a titled person;
			// "Press Officer of the Lagoon Command": a role, then the body it belongs to.
			flush(k, !isRoleWords(t, start, k));
			start = k;
			k--;
		} else if (k > start && w === 'of' && isPlaceUnitOf(t, start, k)) {
			flush(k, isNamedUnit(t, start, k));
			start = k + 1;
		} else if (k > start && (isShouting(t[k - 1]) && !isShouting(t[k]) && t[k].cap || (t[k].joined && t[k].cap && lookupKnown(t[k].text) && lookupKnown(t[k - 1].text)))) {
			flush(k);
			start = k;
		} else if (/['’]s$/i.test(t[k].text) && k + 1 < to && !isOfficeOf(t, k + 1)) {
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
	const w = t.lower;
	return MONTHS.has(w) || WEEKDAYS.has(w);
}

/** Organisation names end with their head word ("State Department"); "Secretary of State Antony Blinken" does not. */
export function hasOrgHead(t: readonly Token[], _from: number, to: number): boolean {
	const last = lower(t[to - 1]);
	return ORG_HEADS.has(last) && !TITLES.has(last);
}
