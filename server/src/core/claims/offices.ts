import type { Mention } from '../types';
import { VOCABULARY, wordSet } from '../vocabulary';
import { RELATIVE_PRONOUNS, type TokenView } from './tokenView';

/** The nouns that end the name of a public office ("Energy Minister", "deputy prime minister", "Interior Secretary"). */
const OFFICE_TITLES = wordSet(VOCABULARY.facts.officeTitles);
/** Words that make an office one held before ("former", "previously", "outgoing"): not the person's office now. */
const PAST = wordSet(VOCABULARY.facts.pastOfficeWords);
/** Words that only say an office is now held ("new", "incoming"): left out of its name. */
const NOW = wordSet(VOCABULARY.facts.currentOfficeWords);
/** Words an office's name is made of before its title ("deputy", "prime", "foreign", "energy"); others end it. */
const OFFICE_WORDS = wordSet(VOCABULARY.facts.officeWords);
/** How many words an office's name may have ("Deputy Prime Minister for European Integration" is cut at its title). */
const MAX_WORDS = 4;

/** A public office a sentence gives a person, as lower-case words: "energy minister", "deputy prime minister". */
export interface Office { readonly office: string; readonly start: number; readonly end: number }

/**
 * The office written right before a person ("Russian Deputy Prime Minister Ivan Petrov", "Kasaria's Energy Minister,
 * Ivan Petrov,"): an office's title and the capitalised words offices are made of before it, so not the country's
 * name or demonym; none after "former" or "and" (one of two offices).
 */
export function officeBefore(view: TokenView, mentions: readonly Mention[], i: number, from: number): Office | undefined {
	const person = mentions[view.mentionAt[i]];
	let end = i - 1;
	// "Energy Minister Prince Faisal": the person's own title ("Prince") stands between the office and the name.
	if (person?.kind === 'actor' && person.title && view.words[end] === person.title.toLowerCase() && !OFFICE_TITLES.has(view.words[end])) { end--; }
	if (view.words[end] === ',') { end--; }
	if (end < from || !OFFICE_TITLES.has(view.words[end]) || !isOfficeWord(view, end, true) || hyphenated(view, end)) { return undefined; }
	let start = end;
	while (start - 1 >= from && end - start + 1 < MAX_WORDS && isOfficeWord(view, start - 1, false)) { start--; }
	// "Deputy Prime Minister and Foreign Minister Ann Lee": one of two offices would contradict the other.
	if (view.words[start - 1] === 'and' || view.words[start - 1] === '&') { return undefined; }
	return named(view, start, end, PAST.has(view.words[start - 1] ?? ''));
}

/** ", Kasaria's deputy prime minister," or ", the interior minister,": the office written in an aside after a person. */
export function officeAfter(view: TokenView, mentions: readonly Mention[], k: number, to: number): Office | undefined {
	if (view.words[k] !== ',' || k + 2 > to) { return undefined; }
	let j = k + 1;
	const owner = view.mentionAt[j];
	// "Kasaria's deputy prime minister", "the interior minister", "Kasarian interior minister".
	if (owner >= 0 && !isOffice(view, owner) && mentions[owner].kind === 'actor' && (mentions[owner].type === 'state' || /['’]s$/.test(view.tokens[view.last[owner]].text))) { j = view.last[owner] + 1; }
	else if (view.words[j] === 'the' || (view.tokens[j]?.cap && !OFFICE_WORDS.has(view.words[j]) && !OFFICE_TITLES.has(view.words[j]))) { j++; }
	if (/^['’]s$/.test(view.words[j] ?? '')) { j++; }
	const start = j;
	while (j <= to && j - start < MAX_WORDS && !OFFICE_TITLES.has(view.words[j]) && (OFFICE_WORDS.has(view.words[j]) || PAST.has(view.words[j]) || NOW.has(view.words[j])) && (view.mentionAt[j] < 0 || isOffice(view, view.mentionAt[j]))) { j++; }
	// ", who was foreign minister": a clause about the person, not an office in apposition.
	if (j > to || !OFFICE_TITLES.has(view.words[j]) || !/^[,.;]$/.test(view.words[j + 1] ?? '.') || RELATIVE_PRONOUNS.has(view.words[start]) || hyphenated(view, j)) { return undefined; }
	return named(view, start, j, false);
}

/** The office in words `start`…`end`, without words that say it is now held; none when it was held before. */
function named(view: TokenView, start: number, end: number, past: boolean): Office | undefined {
	const words = view.words.slice(start, end + 1);
	if (past || words.some(w => PAST.has(w))) { return undefined; }
	return { office: words.filter(w => !NOW.has(w)).join(' '), start: view.tokens[start].start, end: view.tokens[end].end };
}

/**
 * A capitalised word of an office's name (its title, or one of the words offices are made of), not part of a name,
 * unless the name is the office itself read as one ("Energy Minister").
 */
function isOfficeWord(view: TokenView, k: number, title: boolean): boolean {
	const t = view.tokens[k];
	const m = view.mentionAt[k];
	return t.kind === 'word' && t.cap && (m < 0 || isOffice(view, m)) && (title || OFFICE_WORDS.has(view.words[k]));
}

/** A mention that is an office read as a name ("Energy Minister"): it ends in an office's title. */
function isOffice(view: TokenView, m: number): boolean {
	return OFFICE_TITLES.has(view.words[view.last[m]]);
}

/** "Secretary-General", "Attorney-General": the title goes on past a hyphen, into an office this list does not know. */
function hyphenated(view: TokenView, k: number): boolean {
	return !!view.tokens[k + 1]?.joined || view.words[k + 1] === '-';
}
