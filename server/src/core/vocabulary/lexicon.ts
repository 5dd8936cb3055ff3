import type { ActorType } from '../types';
import gazetteer from './gazetteer.json';
import commonWordList from './commonWords.json';

/**
 * General lexicons for telling names from words in news text: titles,
 * organisation and place head words, well-known institutions, countries,
 * capitals and large cities. Nothing here is about any particular article.
 */

/** Lower-case English words (SCOWL levels 10-35): a capitalised one at a sentence start is probably not a name. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWordList as string[]);

/** Titles and honorifics that precede a person's name (lower case, without the dot). */
export const TITLES = new Set([
	'president', 'vice', 'prime', 'minister', 'secretary', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady',
	'gen', 'general', 'maj', 'major', 'lt', 'lieutenant', 'col', 'colonel', 'sgt', 'sergeant', 'capt', 'captain', 'cmdr', 'commander',
	'adm', 'admiral', 'brig', 'brigadier', 'marshal', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
	'sheikh', 'shaikh', 'ayatollah', 'imam', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'crown',
	'chancellor', 'judge', 'justice', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'deputy', 'director',
	'professor', 'prof', 'rev', 'reverend', 'father', 'cardinal', 'rabbi', 'pvt', 'cpl', 'corporal', 'private', 'sgt', 'chairman',
	'speaker', 'commissioner', 'attorney', 'foreign', 'defense', 'defence', 'interior',
]);

/** Words that end organisation names ("Central Command", "Associated Press"). */
export const ORG_HEADS = new Set([
	'command', 'ministry', 'department', 'corps', 'guard', 'guards', 'forces', 'force', 'army', 'navy', 'party', 'front', 'brigade', 'brigades',
	'council', 'institute', 'press', 'agency', 'company', 'inc', 'corp', 'corporation', 'committee', 'resistance', 'movement', 'organization',
	'organisation', 'university', 'bank', 'group', 'news', 'times', 'post', 'journal', 'service', 'services', 'office', 'court', 'parliament',
	'assembly', 'authority', 'administration', 'commission', 'embassy', 'mobilization', 'mobilisation', 'units', 'union', 'association',
	'foundation', 'center', 'centre', 'network', 'channel', 'police', 'militia', 'militias', 'network', 'coalition', 'alliance', 'agency',
	'house', 'congress', 'senate', 'cabinet', 'government', 'ministry', 'federation', 'league', 'fund', 'bureau', 'reserve', 'tribunal',
	'state', 'ltd', 'llc', 'plc', 'observatory', 'watch', 'international', 'cell', 'airlines', 'airways', 'police', 'crescent', 'media', 'broadcasting', 'television', 'radio', 'herald', 'tribune', 'gazette', 'telegraph', 'review', 'monitor',
]);

/** Arabic and Persian words that begin names of armed or political groups ("Kataib", "Harakat"). */
export const GROUP_STARTS = new Set([
	'kataib', 'kataeb', "kata'ib", 'katayib', 'harakat', 'haraqat', 'harakah', 'asaib', "asa'ib", 'saraya', 'liwa', 'jaish', 'jaysh', 'ansar',
	'ansarallah', 'hizb', 'jabhat', 'tahrir', 'hashd', 'fatah', 'fateh', 'hayat', "hay'at", 'tehreek', 'tehrik', 'lashkar', 'jamaat', "jama'at", 'ahrar',
	'al-shabaab', 'shabaab', 'sepah',
]);

/** Head words of place names ("Green Zone", "Tower 22", "Camp David"). */
export const PLACE_HEADS = new Set([
	'zone', 'street', 'square', 'province', 'governorate', 'district', 'base', 'airport', 'camp', 'tower', 'sea', 'gulf', 'river', 'mountains',
	'valley', 'bridge', 'port', 'region', 'strait', 'peninsula', 'desert', 'city', 'island', 'islands', 'bay', 'ocean', 'lake', 'county',
	'crossing', 'checkpoint', 'hill', 'hospital', 'heights', 'bank', 'strip', 'canal', 'station', 'road', 'highway', 'avenue', 'plaza', 'palace', 'field',
]);

/** Lower-case nouns that, right after a name, make it a place ("the Mashtal neighborhood"). */
export const PLACE_NOUNS = new Set([
	'neighborhood', 'neighbourhood', 'district', 'province', 'city', 'town', 'village', 'area', 'region', 'governorate', 'camp', 'base',
	'border', 'airport', 'suburb', 'quarter', 'street', 'county', 'state', 'capital', 'outpost', 'compound', 'crossing', 'checkpoint', 'refugee', 'district',
]);

/** Lower-case nouns that, right after a name, make it an armed or political group ("the Houthi rebels"). */
export const GROUP_NOUNS = new Set(['militia', 'militias', 'group', 'groups', 'rebels', 'fighters', 'movement', 'faction', 'insurgents', 'militants']);

/** Well-known institutions, groups, media and regions that lack a telling head word. */
const KNOWN: Record<string, ActorType> = Object.assign(Object.create(null) as Record<string, ActorType>, {
	'pentagon': 'organization', 'white house': 'organization', 'kremlin': 'organization', 'congress': 'organization', 'state department': 'organization',
	'nato': 'organization', 'un': 'organization', 'united nations': 'organization', 'eu': 'organization', 'european union': 'organization',
	'cia': 'organization', 'fbi': 'organization', 'nsa': 'organization', 'who': 'organization', 'imf': 'organization', 'opec': 'organization',
	'red cross': 'organization', 'interpol': 'organization', 'knesset': 'organization', 'downing street': 'organization', 'élysée': 'organization',
	'associated press': 'organization', 'ap': 'organization', 'reuters': 'organization', 'afp': 'organization', 'bbc': 'organization', 'cnn': 'organization',
	'al jazeera': 'organization', 'nbc': 'organization', 'cbs': 'organization', 'abc': 'organization', 'fox news': 'organization', 'npr': 'organization',
	'hamas': 'group', 'hezbollah': 'group', 'hizballah': 'group', 'houthis': 'group', 'houthi': 'group', 'taliban': 'group', 'islamic state': 'group',
	'isis': 'group', 'isil': 'group', 'daesh': 'group', 'al-qaeda': 'group', 'al qaeda': 'group', 'al-shabab': 'group', 'boko haram': 'group', 'wagner': 'group',
	'pkk': 'group', 'ypg': 'group', 'sdf': 'group', 'irgc': 'organization', 'quds force': 'organization', 'peshmerga': 'group', 'mossad': 'organization',
	'middle east': 'place', 'near east': 'place', 'gaza': 'place', 'west bank': 'place', 'red sea': 'place', 'persian gulf': 'place', 'golan heights': 'place',
	'kurdistan': 'place', 'darfur': 'place', 'crimea': 'place', 'donbas': 'place', 'sahel': 'place', 'balkans': 'place', 'caucasus': 'place',
	'mediterranean': 'place', 'europe': 'place', 'asia': 'place', 'africa': 'place', 'latin america': 'place', 'north america': 'place', 'gulf': 'place',
	'green zone': 'place', 'strait of hormuz': 'place', 'black sea': 'place', 'arabian sea': 'place', 'gulf of aden': 'place', 'horn of africa': 'place',
	'washington': 'place', 'us': 'state', 'u.s.': 'state', 'usa': 'state', 'u.s.a.': 'state', 'uk': 'state', 'u.k.': 'state', 'america': 'state', 'britain': 'state', 'great britain': 'state',
});

/** Acronyms standing for a country ("U.S." for the United States). */
export const STATE_ACRONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { 'us': 'United States', 'u.s.': 'United States', 'usa': 'United States', 'u.s.a.': 'United States', 'america': 'United States', 'uk': 'United Kingdom', 'u.k.': 'United Kingdom', 'britain': 'United Kingdom', 'great britain': 'United Kingdom' });

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
for (const [name, code, zone] of (gazetteer as unknown as { cities: [string, string, string][] }).cities) {
	if (!PLACES.has(name.toLowerCase())) { PLACES.set(name.toLowerCase(), { name, type: 'place', country: code, zone }); }
}
// Common English spellings the gazetteer's names miss (it has "Arbil", "Tel Aviv-Yafo", "Kharkov").
const SPELLINGS: [string, string, string][] = [
	['Erbil', 'IQ', 'Asia/Baghdad'], ['Najaf', 'IQ', 'Asia/Baghdad'], ['Karbala', 'IQ', 'Asia/Baghdad'], ['Kirkuk', 'IQ', 'Asia/Baghdad'], ['Fallujah', 'IQ', 'Asia/Baghdad'],
	['Ramadi', 'IQ', 'Asia/Baghdad'], ['Tel Aviv', 'IL', 'Asia/Jerusalem'], ['Rafah', 'PS', 'Asia/Gaza'], ['Khan Younis', 'PS', 'Asia/Gaza'], ['Jenin', 'PS', 'Asia/Hebron'],
	['Nablus', 'PS', 'Asia/Hebron'], ['Hebron', 'PS', 'Asia/Hebron'], ['Idlib', 'SY', 'Asia/Damascus'], ['Deir ez-Zor', 'SY', 'Asia/Damascus'], ['Kharkiv', 'UA', 'Europe/Kyiv'],
	['Kherson', 'UA', 'Europe/Kyiv'], ['Donetsk', 'UA', 'Europe/Kyiv'], ['Luhansk', 'UA', 'Europe/Kyiv'], ['Mariupol', 'UA', 'Europe/Kyiv'], ['Bakhmut', 'UA', 'Europe/Kyiv'],
	['Avdiivka', 'UA', 'Europe/Kyiv'], ['Kyiv', 'UA', 'Europe/Kyiv'], ['Sanaa', 'YE', 'Asia/Aden'], ['Hodeidah', 'YE', 'Asia/Aden'], ['Mogadishu', 'SO', 'Africa/Mogadishu'],
	['Kabul', 'AF', 'Asia/Kabul'], ['Gaza City', 'PS', 'Asia/Gaza'],
];
for (const [name, country, zone] of SPELLINGS) {
	if (!PLACES.has(name.toLowerCase())) { PLACES.set(name.toLowerCase(), { name, type: 'place', country, zone }); }
}
PLACES.set('united states', PLACES.get('united states') ?? { name: 'United States', type: 'state', country: 'US', zone: 'America/New_York' });
for (const [acronym, name] of Object.entries(STATE_ACRONYMS)) {
	const p = PLACES.get(name.toLowerCase());
	if (p) { PLACES.set(acronym, p); }
}
for (const [demonym, code] of [['american', 'united states'], ['british', 'united kingdom'], ['iranian', 'iran'], ['syrian', 'syria'], ['israeli', 'israel'], ['palestinian', 'palestine'], ['saudi', 'saudi arabia'], ['emirati', 'united arab emirates'], ['shiite', ''], ['sunni', ''], ['kurdish', ''], ['arab', ''], ['western', ''], ['islamic', '']] as const) {
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

/** The type of a well-known actor, by its lower-case name. */
export function lookupKnown(name: string): ActorType | undefined {
	const lower = name.toLowerCase();
	return KNOWN[lower] ?? PLACES.get(lower)?.type;
}

/** Given names common in news copy; enough to call a two-word name a person. */
export const GIVEN_NAMES = new Set(('john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua ' +
	'kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel ' +
	'gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian ' +
	'keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne ' +
	'elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy ' +
	'betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela ' +
	'shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce ' +
	'virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn ' +
	'janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori ' +
	'lloyd antony boris vladimir sergei dmitry olaf emmanuel angela rishi keir justin narendra xi recep benjamin yoav kamala hillary nancy chuck mitch ' +
	'mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein hossein omar umar abdul abdullah abdel khalid khaled mahmoud mustafa ibrahim ebrahim ' +
	'yusuf youssef hamid hamed hamza tariq saddam qassem qasem qassim kassem nouri nuri haider hadi hasan jafar jaafar faisal fadel fadhil majid ' +
	'nasser nasrallah walid karim kareem rashid salman sultan yahya yasser zaid ziad osama usama amir ammar anwar bashar bassam fouad hisham ' +
	'ismail jamal kamal mahdi mehdi masoud massoud moqtada muqtada nabil rami saad saeed said salah sami adel ayman ashraf hosni').split(' '));

/** Month names and abbreviations (lower case). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Weekday names (lower case). */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Particles inside Arabic and other names ("al-Saadi", "bin Salman", "van der"). */
export const NAME_JOINERS = new Set(['al', 'el', 'al-', 'bin', 'ibn', 'bint', 'abu', 'umm', 'abd', 'ul', 'ad', 'as', 'ash', 'at', 'an', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'du', 'la', 'le', 'bou']);

/** Boilerplate lines and phrases that are never actors. */
export const BOILERPLATE = /^(all rights reserved|add comment|copyright|related|share|advertisement|read more|sign up|subscribe|photos?|videos?|watch|listen)$/i;
