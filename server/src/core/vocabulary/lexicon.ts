import type { ActorType } from '../types';
import gazetteer from './gazetteer.json';
import commonWordList from './commonWords.json';
import { VOCABULARY, wordMap, wordSet } from '.';
import { memoised } from '../util/memo';

/**
 * General lexicons for telling names from words in news text (names.json):
 * titles, organisation and place head words, well-known institutions,
 * countries, capitals, states and provinces, and large cities (gazetteer.json). Nothing here is about
 * any particular article.
 */
const names = VOCABULARY.names;

/**
 * Lower-case English words (SCOWL levels 10-35) and the descriptors news puts before names ("Embattled Smith"):
 * a capitalised one at a sentence start is probably not a name.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...commonWordList as string[], ...names.descriptors]);

/** Titles and honorifics that precede a person's name (lower case, without the dot). */
export const TITLES = wordSet(names.titles);

/** Words that end organisation names ("Central Command", "Associated Press"). */
export const ORG_HEADS = wordSet(names.organizationHeads);
/** Verbs that open a predicate ("has", "were"): after a comma they end an aside; after a word in the past they make it a noun. */
export const AUXILIARIES = wordSet(VOCABULARY.text.auxiliaries);
/** Acronyms of things ("IPO", "GDP"): never an actor's name on their own. */
export const THING_ACRONYMS = wordSet(names.thingAcronyms);

/** Words that begin names of armed or political groups ("Kataib", "Harakat"). */
export const GROUP_STARTS = wordSet(names.groupStarts);

/** Head words of place names ("Green Zone", "Camp David", "Camp 9"). */
export const PLACE_HEADS = wordSet(names.placeHeads);

/** Lower-case nouns that, right after a name, make it a place ("the Mashtal neighborhood"). */
export const PLACE_NOUNS = wordSet(names.placeNounsAfter);

/** Lower-case nouns that, right after a name, make it an armed or political group ("the Houthi rebels"). */
export const GROUP_NOUNS = wordSet(names.groupNounsAfter);

/** Well-known institutions, groups, media and regions that lack a telling head word. */
const KNOWN = wordMap(names.known as Record<string, ActorType>);

/** Acronyms standing for a country ("U.S." for the United States). */
export const STATE_ACRONYMS = wordMap(names.stateAcronyms as Record<string, string>);

interface GazCountry { name: string; alt: string[]; demonym: string | null; capital: string | null; code: string; zone: string | null; region: string }

/** A place known to the gazetteer, with its country and IANA zone. */
export interface Place {
	readonly name: string;
	readonly type: 'state' | 'place';
	readonly country: string;
	readonly zone: string | null;
}

const PLACES = new Map<string, Place>();
const DEMONYMS = new Map<string, Place>();
const CAPITALS = new Map<string, Place>();
for (const c of (gazetteer as { countries: GazCountry[] }).countries) {
	const country: Place = { name: c.name, type: 'state', country: c.code, zone: c.zone };
	for (const n of [c.name, ...c.alt]) { PLACES.set(n.toLowerCase(), country); }
	if (c.demonym) { DEMONYMS.set(c.demonym.toLowerCase(), country); }
	if (c.capital) {
		const capital: Place = { name: c.capital, type: 'place', country: c.code, zone: c.zone };
		PLACES.set(c.capital.toLowerCase(), capital);
		CAPITALS.set(c.code, capital);
	}
}
// States and provinces before cities: "Florida" is the US state, not a city of that name elsewhere.
const { regions, cities } = gazetteer as unknown as { regions: [string, string, string][]; cities: [string, string, string][] };
for (const [name, code, zone] of [...regions, ...cities]) {
	if (!PLACES.has(name.toLowerCase())) { PLACES.set(name.toLowerCase(), { name, type: 'place', country: code, zone }); }
}
// Common English spellings the gazetteer's names miss (it has "Arbil", "Tel Aviv-Yafo", "Kharkov").
for (const { name, country, zone } of names.placeSpellings) {
	if (!PLACES.has(name.toLowerCase())) { PLACES.set(name.toLowerCase(), { name, type: 'place', country, zone }); }
}
PLACES.set('united states', PLACES.get('united states') ?? { name: 'United States', type: 'state', country: 'US', zone: 'America/New_York' });
for (const [acronym, name] of STATE_ACRONYMS) {
	const p = PLACES.get(name.toLowerCase());
	if (p) { PLACES.set(acronym, p); }
}
for (const [demonym, code] of Object.entries(names.demonyms)) {
	const p = code ? PLACES.get(code) : undefined;
	DEMONYMS.set(demonym, p ?? { name: demonym, type: 'place', country: '', zone: null });
}

/** The place a name denotes, if the gazetteer knows it. */
export function lookupPlace(name: string): Place | undefined {
	return PLACES.get(name.toLowerCase());
}

/** The country a demonym or religious/ethnic adjective refers to ("Iraqi" -> Iraq); such words alone are not actors. */
export function lookupDemonym(word: string): Place | undefined {
	return DEMONYMS.get(word.toLowerCase());
}

/** The capital of the country a demonym or country name refers to ("Iraqi" -> Baghdad). */
export function capitalOf(word: string): Place | undefined {
	const country = DEMONYMS.get(word.toLowerCase()) ?? PLACES.get(word.toLowerCase());
	return country && country.type === 'state' ? CAPITALS.get(country.country) : undefined;
}

/** The type of a well-known actor, or '' (a remembered answer must not be undefined), by the name as written. */
const knownType = memoised((name: string): ActorType | '' => {
	const lower = name.toLowerCase();
	return KNOWN.get(lower) ?? PLACES.get(lower)?.type ?? '';
});

/** The type of a well-known actor, by its name in any case. */
export function lookupKnown(name: string): ActorType | undefined {
	return knownType(name) || undefined;
}

/** Given names common in news copy; enough to call a two-word name a person. */
export const GIVEN_NAMES = wordSet(names.givenNames);

/** Month names and abbreviations (lower case). */
export const MONTHS = wordSet(VOCABULARY.dates.months);

/** Weekday names (lower case). */
export const WEEKDAYS = wordSet(VOCABULARY.dates.weekdays);

/** Particles inside Arabic and other names ("al-Rashid", "bin Talal", "van der"). */
export const NAME_JOINERS = wordSet(names.nameJoiners);

/** Boilerplate lines and phrases that are never actors. */
export const BOILERPLATE = new RegExp(`^(${VOCABULARY.text.boilerplateWords.join('|')})$`, 'i');
