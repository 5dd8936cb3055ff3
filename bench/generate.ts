/**
 * Deterministic generator of news articles for the benchmark. Each corpus holds
 * many distinct events (a strike, a bombing, an ambush) in real cities, each
 * reported by two to eight outlets in their own style, with hedged figures,
 * attributions, datelines, relative dates, clock times and a few planted
 * contradictions (a different death toll, a different date). All names of
 * people and armed groups are invented; institutions and outlets are real.
 * Nothing here is copied from seeds/. Besides the templates, each article
 * carries paragraphs of real news text when the caller gives some (the
 * benchmark takes them from seeds/ and, when it sits beside the project, the
 * labelled news corpus), so extraction meets real prose, real names and real
 * figures, and stories meet the background noise real coverage has.
 */

/** One generated article. */
export interface GeneratedArticle {
	readonly name: string;
	readonly text: string;
	/** Index of the event the article reports. */
	readonly event: number;
	readonly outlet: string;
	readonly style: Style;
}

/** A contradiction planted on purpose: `uri` reports `reported` where the other accounts of the event say `expected`. */
export interface PlantedContradiction {
	readonly kind: 'killed' | 'date';
	readonly event: number;
	/** Name of the article that deviates. */
	readonly name: string;
	/** Names of the other articles of the event. */
	readonly others: readonly string[];
	readonly expected: string;
	readonly reported: string;
}

export interface GeneratedCorpus {
	readonly articles: GeneratedArticle[];
	readonly contradictions: PlantedContradiction[];
	/** Number of distinct events. */
	readonly events: number;
}

type Style = 'wire' | 'broadcaster' | 'blog' | 'spun';

/** A small, fast, seeded PRNG (mulberry32). */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = (seed * 0x9e3779b9) >>> 0 || 1;
	}

	next(): number {
		let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[items[i], items[j]] = [items[j], items[i]];
		}
		return items;
	}

	hex(length: number): string {
		let s = '';
		while (s.length < length) { s += Math.floor(this.next() * 16).toString(16); }
		return s;
	}
}

// ---------------------------------------------------------------- lexicon

type Region = 'iraq' | 'syria' | 'lebanon' | 'gaza' | 'ukraine' | 'somalia' | 'afghanistan' | 'yemen' | 'libya';

interface City {
	readonly name: string;
	readonly country: string;
	readonly adjective: string;
	readonly region: Region;
	/** Hours from UTC. */
	readonly utc: number;
	readonly capital: boolean;
}

const CITIES: readonly City[] = [
	{ name: 'Baghdad', country: 'Iraq', adjective: 'Iraqi', region: 'iraq', utc: 3, capital: true },
	{ name: 'Erbil', country: 'Iraq', adjective: 'Iraqi', region: 'iraq', utc: 3, capital: false },
	{ name: 'Mosul', country: 'Iraq', adjective: 'Iraqi', region: 'iraq', utc: 3, capital: false },
	{ name: 'Basra', country: 'Iraq', adjective: 'Iraqi', region: 'iraq', utc: 3, capital: false },
	{ name: 'Kirkuk', country: 'Iraq', adjective: 'Iraqi', region: 'iraq', utc: 3, capital: false },
	{ name: 'Damascus', country: 'Syria', adjective: 'Syrian', region: 'syria', utc: 3, capital: true },
	{ name: 'Aleppo', country: 'Syria', adjective: 'Syrian', region: 'syria', utc: 3, capital: false },
	{ name: 'Idlib', country: 'Syria', adjective: 'Syrian', region: 'syria', utc: 3, capital: false },
	{ name: 'Beirut', country: 'Lebanon', adjective: 'Lebanese', region: 'lebanon', utc: 2, capital: true },
	{ name: 'Gaza', country: 'the Gaza Strip', adjective: 'Palestinian', region: 'gaza', utc: 2, capital: false },
	{ name: 'Kharkiv', country: 'Ukraine', adjective: 'Ukrainian', region: 'ukraine', utc: 2, capital: false },
	{ name: 'Kherson', country: 'Ukraine', adjective: 'Ukrainian', region: 'ukraine', utc: 2, capital: false },
	{ name: 'Mogadishu', country: 'Somalia', adjective: 'Somali', region: 'somalia', utc: 3, capital: true },
	{ name: 'Kabul', country: 'Afghanistan', adjective: 'Afghan', region: 'afghanistan', utc: 4.5, capital: true },
	{ name: 'Kandahar', country: 'Afghanistan', adjective: 'Afghan', region: 'afghanistan', utc: 4.5, capital: false },
	{ name: 'Herat', country: 'Afghanistan', adjective: 'Afghan', region: 'afghanistan', utc: 4.5, capital: false },
	{ name: 'Sanaa', country: 'Yemen', adjective: 'Yemeni', region: 'yemen', utc: 3, capital: true },
	{ name: 'Aden', country: 'Yemen', adjective: 'Yemeni', region: 'yemen', utc: 3, capital: false },
	{ name: 'Tripoli', country: 'Libya', adjective: 'Libyan', region: 'libya', utc: 2, capital: true },
];

const FIRST_NAMES: Record<Region, readonly string[]> = {
	iraq: ['Samir', 'Karim', 'Tariq', 'Hassan', 'Omar', 'Nabil', 'Faisal', 'Walid', 'Jamal', 'Haidar', 'Mustafa', 'Adel', 'Abbas', 'Raad', 'Qais'],
	syria: ['Bassam', 'Ziad', 'Rami', 'Fadi', 'Maher', 'Nizar', 'Ghassan', 'Wael', 'Anas', 'Hussam', 'Louay', 'Firas'],
	lebanon: ['Elias', 'Georges', 'Hadi', 'Imad', 'Nadim', 'Ramzi', 'Wissam', 'Khalil', 'Marwan', 'Joseph'],
	gaza: ['Yousef', 'Mahmoud', 'Ayman', 'Khaled', 'Iyad', 'Saleh', 'Ismail', 'Fathi', 'Basel', 'Mohammed'],
	ukraine: ['Oleksandr', 'Serhiy', 'Andriy', 'Mykola', 'Dmytro', 'Vasyl', 'Ihor', 'Taras', 'Yuriy', 'Bohdan'],
	somalia: ['Abdirahman', 'Abdullahi', 'Mahad', 'Farah', 'Hussein', 'Ilyas', 'Said', 'Jibril', 'Abdiwali', 'Yasin'],
	afghanistan: ['Ahmad', 'Nasir', 'Zabihullah', 'Habib', 'Rahmat', 'Qadir', 'Naqibullah', 'Sharif', 'Wahid', 'Fawad'],
	yemen: ['Abdulmalik', 'Fares', 'Hamoud', 'Nabeel', 'Mansour', 'Saleh', 'Tawfiq', 'Yahya', 'Ali', 'Amin'],
	libya: ['Osama', 'Mabrouk', 'Fathi', 'Hisham', 'Salem', 'Tarek', 'Mukhtar', 'Abdelbasit', 'Nouri', 'Moussa'],
};

const SURNAMES: Record<Region, readonly string[]> = {
	iraq: ['Haddad', 'al-Obeidi', 'al-Rubaie', 'al-Jaburi', 'al-Tamimi', 'al-Zubaidi', 'al-Shammari', 'al-Karbouli', 'al-Dulaimi', 'al-Hashimi', 'al-Maliki', 'Mahdawi'],
	syria: ['Khoury', 'Halabi', 'Darwish', 'al-Hamwi', 'Sabbagh', 'Qabbani', 'al-Masri', 'Barakat', 'Shami', 'Atassi'],
	lebanon: ['Haddad', 'Nassar', 'Frangieh', 'Saab', 'Harb', 'Karam', 'Salameh', 'Jaber', 'Moussawi', 'Fadlallah'],
	gaza: ['Abu Shamala', 'al-Najjar', 'Hamdan', 'Abu Zaid', 'al-Masri', 'Shurrab', 'Qudaih', 'al-Agha', 'Barhoum', 'Abu Daqqa'],
	ukraine: ['Kovalenko', 'Bondarenko', 'Tkachuk', 'Melnyk', 'Shevchuk', 'Lysenko', 'Horbenko', 'Marchenko', 'Savchuk', 'Hrytsenko'],
	somalia: ['Warsame', 'Abdi', 'Nur', 'Osman', 'Hirsi', 'Dualeh', 'Aden', 'Jama', 'Guled', 'Farah'],
	afghanistan: ['Nazari', 'Rahimi', 'Karimi', 'Stanekzai', 'Ahmadzai', 'Popal', 'Wardak', 'Safi', 'Mohmand', 'Hotak'],
	yemen: ['al-Hamdani', 'al-Awlaki', 'al-Sharabi', 'al-Maqtari', 'al-Ansi', 'al-Ahmar', 'Bahah', 'al-Yafei', 'al-Kibsi', 'al-Dhabi'],
	libya: ['al-Mismari', 'Bishari', 'al-Werfalli', 'Zintani', 'Ben Omar', 'al-Warfali', 'Gheriani', 'Shaladi', 'al-Obeidi', 'Dbeibah-Nouri'],
};

const GROUP_FIRST = ['Liwa', 'Saraya', 'Kataib', 'Harakat', 'Jaysh', 'Ansar', 'Asaib'];
const GROUP_SECOND = ['al-Fath', 'al-Nasr', 'al-Haqq', 'al-Wad', 'al-Karama', 'al-Thuwar', 'al-Mukhtar', 'al-Shuhada', 'Ahl al-Qura', 'al-Furqan', 'al-Rafidain', 'al-Jabal', 'al-Sabireen', 'al-Qiyam', 'Dir al-Watan', 'al-Ahrar', 'al-Tahrir', 'al-Wafa', 'al-Badiya', 'al-Zahra'];
const UKRAINE_UNITS = ['the Sever battalion', 'the Vostok-9 detachment', 'the Kalinov brigade', 'the Borei group', 'the Svarog unit', 'the Rodina detachment'];

/** Real institutions quoted as sources, by region. */
const AUTHORITIES: Record<Region, { health: string; security: string; foreign: string; spokesFor: string }> = {
	iraq: { health: 'the Iraqi health ministry', security: 'the Iraqi interior ministry', foreign: 'the Iraqi foreign ministry', spokesFor: 'the Iraqi security forces' },
	syria: { health: 'the Syrian health ministry', security: 'the Syrian Observatory for Human Rights', foreign: 'the Syrian foreign ministry', spokesFor: 'the Syrian army' },
	lebanon: { health: 'the Lebanese health ministry', security: 'the Lebanese army', foreign: 'the Lebanese foreign ministry', spokesFor: 'the Lebanese civil defence' },
	gaza: { health: 'the Gaza health ministry', security: 'the Palestinian Red Crescent', foreign: 'the Palestinian Authority', spokesFor: 'the Gaza civil defence' },
	ukraine: { health: 'the Ukrainian health ministry', security: 'the State Emergency Service', foreign: 'the Ukrainian foreign ministry', spokesFor: 'the regional military administration' },
	somalia: { health: 'the Somali health ministry', security: 'the Somali police', foreign: 'the Somali foreign ministry', spokesFor: 'the Somali National Army' },
	afghanistan: { health: 'the Afghan health ministry', security: 'the Afghan interior ministry', foreign: 'the Afghan foreign ministry', spokesFor: 'the provincial police' },
	yemen: { health: 'the Yemeni health ministry', security: 'the Yemeni interior ministry', foreign: 'the Yemeni foreign ministry', spokesFor: 'the Yemeni coast guard' },
	libya: { health: 'the Libyan health ministry', security: 'the Libyan interior ministry', foreign: 'the Libyan foreign ministry', spokesFor: 'the Libyan Red Crescent' },
};

/** Who carries out the attack, by kind of event. */
type EventKind = 'drone strike' | 'airstrike' | 'car bombing' | 'rocket attack' | 'ambush' | 'shelling' | 'suicide bombing' | 'raid';

const KINDS_BY_REGION: Record<Region, readonly EventKind[]> = {
	iraq: ['drone strike', 'airstrike', 'rocket attack', 'car bombing', 'ambush'],
	syria: ['airstrike', 'drone strike', 'shelling', 'car bombing', 'raid'],
	lebanon: ['airstrike', 'drone strike', 'shelling'],
	gaza: ['airstrike', 'shelling', 'raid'],
	ukraine: ['shelling', 'rocket attack', 'drone strike'],
	somalia: ['suicide bombing', 'car bombing', 'ambush', 'airstrike'],
	afghanistan: ['suicide bombing', 'car bombing', 'ambush'],
	yemen: ['airstrike', 'drone strike', 'rocket attack'],
	libya: ['shelling', 'car bombing', 'rocket attack'],
};

const TROOPS: Record<Region, { force: string; count: number } | null> = {
	iraq: { force: 'U.S. troops', count: 2500 }, syria: { force: 'U.S. troops', count: 900 }, lebanon: { force: 'U.N. peacekeepers', count: 10000 },
	gaza: null, ukraine: null, somalia: { force: 'African Union troops', count: 17000 }, afghanistan: null,
	yemen: null, libya: { force: 'foreign fighters', count: 7000 },
};

interface Outlet {
	readonly name: string;
	readonly style: Style;
	/** For wire datelines: "(Reuters)". */
	readonly tag?: string;
}

const OUTLETS: readonly Outlet[] = [
	{ name: 'Reuters', style: 'wire', tag: 'Reuters' },
	{ name: 'Agence France-Presse', style: 'wire', tag: 'AFP' },
	{ name: 'The Associated Press', style: 'wire', tag: 'AP' },
	{ name: 'Anadolu Agency', style: 'wire', tag: 'Anadolu' },
	{ name: 'Al Jazeera', style: 'broadcaster' },
	{ name: 'BBC News', style: 'broadcaster' },
	{ name: 'CNN', style: 'broadcaster' },
	{ name: 'France 24', style: 'broadcaster' },
	{ name: 'Sky News', style: 'broadcaster' },
	{ name: 'The Levant Ledger', style: 'blog' },
	{ name: 'Frontline Dispatch', style: 'blog' },
	{ name: 'Desert Signal', style: 'blog' },
	{ name: 'Conflict Notes', style: 'blog' },
	{ name: 'NewsFlash Hub', style: 'spun' },
	{ name: 'World Report Daily', style: 'spun' },
	{ name: 'Global Headlines Now', style: 'spun' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// ---------------------------------------------------------------- events

interface Person {
	readonly title: string;
	readonly name: string;
	readonly role: string;
}

interface Event {
	readonly id: number;
	readonly city: City;
	readonly kind: EventKind;
	/** Days since 1970-01-01 (UTC). */
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly killed: number;
	readonly injured: number;
	readonly group: string;
	readonly target: Person;
	readonly spokesman: Person;
	readonly official: Person;
	readonly attacks: { count: number; sinceDay: number } | null;
	readonly targets: { count: number; sites: number } | null;
	readonly previous: { city: City; killed: number; kind: EventKind };
	readonly neighborhood: string;
	readonly vehicle: string;
}

const START_DAY = Date.UTC(2019, 0, 1) / 86400000;
const DAY_SPAN = 6 * 365;

function makeEvent(rng: Random, id: number): Event {
	const city = rng.pick(CITIES);
	const region = city.region;
	const person = (title: string, role: string): Person => ({ title, role, name: `${rng.pick(FIRST_NAMES[region])} ${rng.pick(SURNAMES[region])}` });
	const group = region === 'ukraine' ? rng.pick(UKRAINE_UNITS) : `${rng.pick(GROUP_FIRST)} ${rng.pick(GROUP_SECOND)}`;
	const killed = rng.chance(0.3) ? rng.int(2, 12) : rng.chance(0.7) ? rng.int(13, 90) : rng.int(91, 240);
	const day = START_DAY + rng.int(0, DAY_SPAN);
	const kind = rng.pick(KINDS_BY_REGION[region]);
	const sameRegion = CITIES.filter(c => c.region === region);
	return {
		id, city, kind, day, killed,
		hour: rng.int(0, 23), minute: rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]),
		injured: killed + rng.int(2, killed * 2 + 5),
		group,
		target: person(rng.pick(['Col.', 'Brig. Gen.', 'Commander', 'Sheikh', 'Maj.']), 'a senior commander'),
		spokesman: person(rng.pick(['Maj. Gen.', 'Col.', 'Brig. Gen.', 'Lt. Col.', 'Capt.']), 'spokesman'),
		official: person(rng.pick(['Gov.', 'Dr.', 'Mayor', 'Deputy Minister']), rng.pick(['the provincial governor', 'a health official', 'the mayor', 'a deputy interior minister'])),
		attacks: rng.chance(0.6) ? { count: rng.int(20, 190), sinceDay: day - rng.int(30, 150) } : null,
		targets: kind === 'airstrike' || kind === 'drone strike' || kind === 'shelling' ? { count: rng.int(6, 90), sites: rng.int(2, 9) } : null,
		previous: { city: rng.pick(sameRegion), killed: rng.int(3, 60), kind: rng.pick(KINDS_BY_REGION[region]) },
		neighborhood: rng.pick(['eastern', 'western', 'northern', 'southern', 'central']),
		vehicle: rng.pick(['a pickup truck', 'a sedan', 'a minibus', 'an armoured SUV', 'a convoy of three vehicles']),
	};
}

function dateParts(day: number): { year: number; month: number; date: number; weekday: number } {
	const d = new Date(day * 86400000);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: d.getUTCDay() };
}

function iso(day: number): string {
	return new Date(day * 86400000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- writing helpers

function withCommas(n: number): string {
	return n.toLocaleString('en-US');
}

function numeral(rng: Random, n: number): string {
	return n <= 12 && n > 1 && rng.chance(0.6) ? SMALL[n] : withCommas(n);
}

/** A hedged way of writing a count that stays true to `n`. */
function hedged(rng: Random, n: number): string {
	const options: (() => string | null)[] = [
		() => numeral(rng, n),
		() => `at least ${numeral(rng, Math.max(1, n - rng.int(0, Math.min(3, Math.floor(n / 5)))))}`,
		() => n > 12 ? `more than ${withCommas(n > 40 ? Math.floor((n - 1) / 10) * 10 : n - rng.int(1, 3))}` : null,
		() => n > 12 && n % 10 >= 6 ? `nearly ${withCommas(Math.ceil(n / 10) * 10)}` : null,
		() => n > 15 && Math.abs(Math.round(n / 5) * 5 - n) <= n * 0.08 ? `about ${withCommas(Math.round(n / 5) * 5)}` : null,
		() => n > 15 && Math.abs(Math.round(n / 5) * 5 - n) <= n * 0.08 ? `some ${withCommas(Math.round(n / 5) * 5)}` : null,
		() => n >= 24 && n <= 99 && rng.chance(0.4) ? 'dozens of' : null,
		() => n >= 200 && n <= 900 && rng.chance(0.4) ? 'hundreds of' : null,
	];
	for (;;) {
		const s = rng.pick(options)();
		if (s !== null) { return s; }
	}
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function titleCase(s: string): string {
	return s.split(' ').map(capitalise).join(' ');
}

/** "a strike", "an ambush". */
function article(s: string): string {
	return /^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`;
}

/** Month and day as an outlet writes them. */
function monthDay(rng: Random, day: number, style: Style): string {
	const p = dateParts(day);
	if (style === 'broadcaster' && rng.chance(0.5)) { return `${p.date} ${MONTHS[p.month]}`; }
	return style === 'wire' ? `${MONTHS_SHORT[p.month]} ${p.date}` : `${MONTHS[p.month]} ${p.date}`;
}

function clock(rng: Random, e: Event): string {
	if (rng.chance(0.35)) {
		const utc = ((e.hour - e.city.utc) * 60 + e.minute + 24 * 60) % (24 * 60);
		return `${String(Math.floor(utc / 60)).padStart(2, '0')}:${String(Math.round(utc % 60)).padStart(2, '0')} GMT`;
	}
	const h12 = e.hour % 12 === 0 ? 12 : e.hour % 12;
	const suffix = e.hour < 12 ? 'a.m.' : 'p.m.';
	return `${h12}:${String(e.minute).padStart(2, '0')} ${suffix} local time`;
}

const SPUN: readonly [RegExp, string][] = [
	[/\bmore than\b/g, 'greater than'],
	[/\bnearly\b/g, 'practically'],
	[/\bofficials said\b/g, 'officers stated'],
	[/\bsaid\b/g, 'stated'],
	[/\baccording to\b/g, 'in accordance with'],
	[/\battack\b/g, 'assault'],
	[/\bresidents\b/g, 'locals'],
	[/\bsenior\b/g, 'high-ranking'],
	[/\bcondemned\b/g, 'denounced'],
	[/\bgroup\b/g, 'outfit'],
	[/\bquickly\b/g, 'swiftly'],
];

/** Rewords a text the way article spinners do. */
function spin(rng: Random, text: string): string {
	let out = text;
	for (const [re, to] of SPUN) {
		if (rng.chance(0.8)) { out = out.replace(re, to); }
	}
	return out;
}

// ---------------------------------------------------------------- articles

interface Writing {
	readonly rng: Random;
	readonly e: Event;
	readonly outlet: Outlet;
	readonly style: Style;
	/** Publication day. */
	readonly published: number;
	/** The death toll this article reports (differs when planted). */
	readonly killed: number;
	/** The deviant account states its toll plainly, so that it cannot be read as a hedge. */
	readonly plainToll: boolean;
	/** The event day this article reports (differs when planted). */
	readonly day: number;
	/** Whether this article writes the event date absolutely (planted date contradictions always do). */
	readonly absoluteDate: boolean;
	/** Paragraphs of real news text to draw from. */
	readonly real: readonly string[];
}

/** How the article refers to the day of the event: "on Wednesday", "on March 3", "early Friday". */
function whenPhrase(w: Writing): string {
	const p = dateParts(w.day);
	const gap = w.published - w.day;
	if (!w.absoluteDate && gap >= 0 && gap < 6) {
		const weekday = WEEKDAYS[p.weekday];
		if (w.rng.chance(0.25)) { return w.e.hour < 12 ? `early ${weekday}` : `late ${weekday}`; }
		return `on ${weekday}`;
	}
	return `on ${monthDay(w.rng, w.day, w.style)}`;
}

function attribution(w: Writing): string {
	const a = AUTHORITIES[w.e.city.region];
	return w.rng.pick([
		'police said',
		`according to ${a.health}`,
		`${a.security} said`,
		'medical sources said',
		`hospital officials said`,
		`${w.e.official.title} ${w.e.official.name}, ${w.e.official.role}, said`,
		`according to a statement from ${a.health}`,
		'officials said',
	]);
}

function noun(kind: EventKind): string {
	return kind === 'shelling' ? 'shelling' : kind.split(' ').pop()!;
}

function place(w: Writing): string {
	const c = w.e.city;
	const where = w.rng.pick([
		`in ${c.name}`,
		`in ${w.e.neighborhood} ${c.name}`,
		`in an ${w.e.neighborhood === 'eastern' ? 'eastern' : 'outlying'} district of ${c.name}`,
		c.capital ? `in the ${c.adjective} capital, ${c.name}` : `in the ${c.adjective} city of ${c.name}`,
	]);
	return where;
}

function headline(w: Writing): string {
	const e = w.e;
	const k = w.killed;
	const n = k <= 12 ? capitalise(SMALL[k] ?? String(k)) : String(k);
	const kind = titleCase(e.kind);
	return w.rng.pick([
		`${kind} Kills ${n} in ${e.city.name}`,
		`${n} Dead After ${kind} Hits ${e.city.name}`,
		`${kind} in ${e.city.name} Leaves ${n} Dead, ${e.injured >= 24 ? 'Dozens' : 'Many'} Hurt`,
		`Deadly ${kind} Strikes ${e.city.name}; ${titleCase(e.group)} Commander Among Dead`,
	]);
}

function lead(w: Writing): string {
	const { rng, e } = w;
	const when = whenPhrase(w);
	const toll = w.plainToll ? withCommas(w.killed) : hedged(rng, w.killed);
	const people = toll.endsWith(' of') ? 'people' : rng.pick(['people', 'civilians', 'people, including children', 'fighters']);
	const where = place(w);
	const templates = [
		`${capitalise(article(e.kind))} ${where} ${when} killed ${toll} ${people} and wounded many more, ${attribution(w)}.`,
		`${capitalise(toll)} ${people} were killed ${when} when ${article(e.kind)} hit ${where.replace(/^in /, '')}, ${attribution(w)}.`,
		`${capitalise(article(e.kind))} ${where} ${when} left ${toll} people dead, ${attribution(w)}, in one of the deadliest incidents in the area this year.`,
	];
	if (w.style === 'blog') {
		templates.push(`So here we go again. ${capitalise(toll)} ${people} were killed ${when} in ${article(e.kind)} ${where}, and the numbers keep climbing.`);
	}
	return rng.pick(templates);
}

function paragraphs(w: Writing): string[] {
	const { rng, e } = w;
	const a = AUTHORITIES[e.city.region];
	const src = w.outlet.tag ?? w.outlet.name;
	const event = noun(e.kind);
	const spokes = `${e.spokesman.title} ${e.spokesman.name}`;
	const target = `${e.target.title} ${e.target.name}`;
	const out: string[] = [];
	out.push(rng.pick([
		`${capitalise(hedged(rng, e.injured))} others were wounded in the ${event}, ${attribution(w)}, and several were in critical condition at hospitals across the city.`,
		`The ${event} also injured ${hedged(rng, e.injured)} people, ${attribution(w)}. Ambulances ferried the wounded to two hospitals nearby.`,
		`Medical workers said ${hedged(rng, e.injured)} people were wounded. Several of them were children, ${attribution(w)}.`,
	]));
	out.push(rng.pick([
		`The ${event} took place at about ${clock(rng, e)}, when the streets were still busy, witnesses said.`,
		`Residents said they heard a loud explosion at around ${clock(rng, e)} followed by bursts of gunfire that lasted several minutes.`,
		`The first blast was heard at ${clock(rng, e)}, ${rng.pick(['a resident told ' + src, 'according to witnesses', 'a shopkeeper said'])}.`,
	]));
	out.push(rng.pick([
		`${a.security === 'the Syrian Observatory for Human Rights' ? 'A monitoring group' : 'Officials'} said the ${event} targeted ${target}, a senior commander of ${e.group}, who was travelling in ${e.vehicle} with two of his guards.`,
		`The apparent target was ${target}, ${e.target.role} of ${e.group}, according to two security officials who spoke on condition of anonymity because they were not authorized to brief reporters.`,
		`${e.group} confirmed in a statement that ${target}, one of its commanders, was among the dead, and vowed to respond.`,
	]));
	out.push(rng.pick([
		`"This was a cowardly act against innocent people and it will not go unpunished," said ${spokes}, a spokesman for ${a.spokesFor}, in a televised statement.`,
		`${spokes}, a spokesman for ${a.spokesFor}, said investigators were examining the remains of the ${event} and that "all those responsible will be held to account."`,
		`"We are still pulling people from the rubble," ${spokes} of ${a.spokesFor} told reporters at the scene, adding that the toll could rise.`,
	]));
	if (e.attacks) {
		const since = `since ${monthDay(rng, e.attacks.sinceDay, w.style)}`;
		out.push(rng.pick([
			`${e.group} has claimed ${hedged(rng, e.attacks.count)} attacks in the region ${since}, according to ${rng.pick(['the Pentagon', 'a United Nations monitoring team', 'U.S. Central Command', 'local officials'])}.`,
			`The group has carried out ${hedged(rng, e.attacks.count)} attacks on security forces and foreign bases ${since}, ${rng.pick(['the Pentagon said', 'officials said', 'a regional analyst said'])}.`,
		]));
	}
	if (e.targets) {
		out.push(rng.pick([
			`${rng.pick(['The military', 'U.S. Central Command', 'A military spokesman'])} said its aircraft struck ${hedged(rng, e.targets.count)} targets at ${numeral(rng, e.targets.sites)} sites during the operation, including command centres and weapons depots.`,
			`In all, ${hedged(rng, e.targets.count)} targets were hit across ${numeral(rng, e.targets.sites)} locations, ${rng.pick(['the military said', 'according to a defence official', 'officials said'])}.`,
		]));
	}
	const troops = TROOPS[e.city.region];
	if (troops && rng.chance(0.7)) {
		out.push(rng.pick([
			`There are ${hedged(rng, troops.count)} ${troops.force} in ${e.city.country}, and they have come under repeated fire over the past year.`,
			`Roughly ${withCommas(troops.count)} ${troops.force} remain deployed in ${e.city.country}, a presence that local factions have long demanded to end.`,
		]));
	}
	const prev = e.previous;
	out.push(rng.pick([
		`The ${event} came weeks after ${article(prev.kind)} in ${prev.city.name} last month killed ${numeral(rng, prev.killed)} people.`,
		`Last month, ${article(prev.kind)} in ${prev.city.name} left ${numeral(rng, prev.killed)} dead, an attack for which no group claimed responsibility.`,
	]));
	out.push(rng.pick([
		`Videos shared on social media showed ${e.vehicle} burning on a main road and crowds gathering as security forces sealed off the area.`,
		`Witnesses described scenes of chaos. "The ground shook and then there was smoke everywhere," said a man who gave his name only as ${rng.pick(FIRST_NAMES[e.city.region])}.`,
		`Photographs from the scene showed the charred frame of ${e.vehicle} and shattered shop windows along the street.`,
	]));
	out.push(rng.pick([
		`The United Nations condemned the ${event} and called on all sides to exercise restraint. The State Department said it was following the situation closely.`,
		`${capitalise(a.foreign)} condemned the ${event} as a violation of ${e.city.country === 'the Gaza Strip' ? 'international law' : `${e.city.adjective} sovereignty`} and said it would summon foreign diplomats.`,
		`The White House did not immediately respond to a request for comment. Human Rights Watch called for an independent investigation into the ${event}.`,
	]));
	return out;
}

const BACKGROUND: readonly ((w: Writing) => string)[] = [
	w => `${w.e.city.name} has seen a rise in violence over the past year, as rival factions compete for control of checkpoints, smuggling routes and local councils.`,
	w => `Analysts say ${w.e.group} has grown more assertive since its leadership was reshuffled, recruiting young men from poorer districts with promises of salaries and status.`,
	() => `The government has repeatedly promised to rein in armed groups operating outside the state's control, but critics say those promises have rarely been followed by action.`,
	w => `Security in the ${w.e.neighborhood} districts of ${w.e.city.name} has been tightened in recent weeks, with new checkpoints set up on the main roads leading into the city.`,
	() => `Diplomats in the region have warned that the cycle of strikes and reprisals risks drawing in neighbouring countries and undermining fragile ceasefires elsewhere.`,
	() => `Many families in the area have already been displaced more than once, and aid agencies say shelters are overcrowded and short of clean water and medicine.`,
	() => `Hospitals in the area have struggled with shortages of fuel and staff, and doctors said they had to treat some of the wounded in corridors.`,
	w => `Local leaders in ${w.e.city.name} called for calm and urged residents to avoid crowded places until the security situation becomes clearer.`,
	() => `Independent verification of casualty figures is difficult because access for journalists is restricted and communications are often cut after attacks.`,
	w => `A researcher who studies armed groups in ${w.e.city.country} said the ${noun(w.e.kind)} fit a pattern of escalation in which each side seeks to show it can strike the other at will.`,
	() => `The economy has been battered by years of conflict, and unemployment among young people is among the highest in the region, according to international lenders.`,
	w => `Officials in ${w.e.city.name} said schools and government offices would remain closed for a day of mourning, and flags were lowered to half-mast.`,
	() => `Negotiations mediated by regional powers have stalled in recent months, with each side accusing the other of violating previous understandings.`,
	w => `Funerals for several of the victims were held in ${w.e.city.name}, where mourners carried coffins draped in flags through the streets and chanted slogans.`,
	() => `Aid groups have warned that winter will make conditions worse for the thousands of people living in tents and unfinished buildings on the edge of the city.`,
	w => `${w.e.group} was formed several years ago from smaller factions and is believed to receive weapons and funding from abroad, a charge its leaders deny.`,
	() => `Residents said power cuts and rising food prices had already made daily life difficult before the latest violence, and many shops remained shuttered.`,
	() => `Military analysts said the attack showed a level of planning and intelligence that suggested help from inside the security services, though no evidence was offered.`,
];

function closing(w: Writing): string {
	switch (w.style) {
		case 'wire': return `${w.outlet.tag} could not independently verify the casualty figures. (Reporting by ${w.e.official.name.split(' ')[0]} ${w.rng.pick(['Salem', 'Morgan', 'Keller', 'Duarte', 'Novak'])}; Editing by ${w.rng.pick(['Peter Hale', 'Ana Ruiz', 'Tom Becker', 'Lina Park'])})`;
		case 'broadcaster': return `${w.outlet.name} has contacted the authorities for further comment. This story is developing and will be updated.`;
		case 'blog': return `We will keep following this story. If you have information from the ground, write to us, and share this post if you found it useful.`;
		case 'spun': return `Stay tuned for more updates on this developing story.`;
	}
}

function header(w: Writing): string[] {
	const p = dateParts(w.published);
	const full = `${MONTHS[p.month]} ${p.date}, ${p.year}`;
	const lines: string[] = [];
	const dateline = w.rng.pick(['iso', 'full', 'none', 'iso', 'full']);
	if (w.style === 'wire') {
		if (dateline === 'iso') { lines.push(` date ${iso(w.published)} `, ''); }
		return lines;
	}
	if (dateline === 'iso' || w.absoluteDate && dateline === 'none') { lines.push(` date ${iso(w.published)} `, ''); }
	lines.push(headline(w));
	if (dateline === 'full') { lines.push(full); }
	if (w.style !== 'spun') { lines.push(`By ${w.rng.pick(['Nadia', 'James', 'Leila', 'Marco', 'Sara', 'Daniel'])} ${w.rng.pick(['Harris', 'Qureshi', 'Lindqvist', 'Okafor', 'Moretti', 'Brennan'])} | ${w.outlet.name}`); }
	return lines;
}

function writeArticle(w: Writing): string {
	const body: string[] = [];
	let first = lead(w);
	if (w.style === 'wire') {
		const place = w.e.city.name.toUpperCase();
		const md = monthDay(w.rng, w.published, 'wire');
		first = w.outlet.tag === 'AP' ? `${place} (AP) — ${first}` : `${place}, ${md} (${w.outlet.tag}) — ${first}`;
	}
	body.push(first);
	const rest = paragraphs(w);
	const keep = rest.slice(0, 2);
	body.push(...keep, ...w.rng.shuffle(rest.slice(2)));
	const pool = w.rng.shuffle([...BACKGROUND]);
	let words = body.join(' ').split(/\s+/).length;
	// Real paragraphs (up to four) after the lead until the article has REAL_UNTIL_WORDS words; templates fill the rest.
	for (let k = 0; w.real.length && words < REAL_UNTIL_WORDS && k < 4; k++) {
		const para = w.real[w.rng.int(0, w.real.length - 1)];
		body.splice(w.rng.int(3, body.length), 0, para);
		words += para.split(/\s+/).length;
	}
	while (words < 560 && pool.length) {
		const para = [pool.pop()!(w), pool.length ? pool.pop()!(w) : ''].join(' ').trim();
		body.splice(w.rng.int(3, body.length), 0, para);
		words += para.split(/\s+/).length;
	}
	body.push(closing(w));
	const text = [...header(w), ...body].join('\n') + '\n';
	return w.style === 'spun' ? spin(w.rng, text) : text;
}

/** Real paragraphs are added until an article has this many words, templates fill the rest. */
const REAL_UNTIL_WORDS = 380;

/**
 * The paragraphs of real articles worth mixing in: lines of at least 15 words
 * after an article's first three lines (its headline, dateline and byline).
 */
export function realParagraphs(texts: readonly string[]): string[] {
	const out = new Set<string>();
	for (const text of texts) {
		for (const line of text.split(/\r?\n/).slice(3)) {
			const para = line.trim();
			if (para.split(/\s+/).length >= 15) { out.add(para); }
		}
	}
	return [...out];
}

/** Generates `n` articles about about n / 5 events, with their planted contradictions; `real` paragraphs are mixed in. */
export function generateCorpusWithTruth(n: number, seed = 1, real: readonly string[] = []): GeneratedCorpus {
	const rng = new Random(seed);
	const drafts: { event: number; outlet: Outlet; text: string; planted?: Omit<PlantedContradiction, 'name' | 'others'> }[] = [];
	let events = 0;
	while (drafts.length < n) {
		const e = makeEvent(rng, events++);
		const count = Math.min(rng.int(2, 8), n - drafts.length);
		const outlets = rng.shuffle([...OUTLETS]).slice(0, count);
		const plant = count >= 3 && rng.chance(0.25) ? rng.pick(['killed', 'date'] as const) : null;
		const deviant = plant ? rng.int(0, count - 1) : -1;
		const lag = rng.chance(0.6) ? 0 : 1;
		outlets.forEach((outlet, k) => {
			const wrongToll = plant === 'killed' && k === deviant;
			const wrongDay = plant === 'date' && k === deviant;
			const killed = wrongToll ? e.killed + Math.max(9, Math.round(e.killed * 0.8)) + rng.int(0, 5) : e.killed;
			const day = wrongDay ? e.day - rng.int(2, 4) : e.day;
			const w: Writing = { rng, e, outlet, style: outlet.style, published: e.day + lag, killed, plainToll: wrongToll, day, absoluteDate: plant === 'date' || rng.chance(0.4), real };
			const text = writeArticle(w);
			drafts.push({
				event: e.id, outlet, text,
				planted: wrongToll ? { kind: 'killed', event: e.id, expected: String(e.killed), reported: String(killed) }
					: wrongDay ? { kind: 'date', event: e.id, expected: iso(e.day), reported: iso(day) } : undefined,
			});
		});
	}
	const order = rng.shuffle(drafts.map((_, i) => i));
	const articles: GeneratedArticle[] = [];
	order.forEach((d, i) => {
		const draft = drafts[d];
		articles.push({ name: `${String(i).padStart(5, '0')}_${rng.hex(16)}.txt`, text: draft.text, event: draft.event, outlet: draft.outlet.name, style: draft.outlet.style });
	});
	const byEvent = new Map<number, string[]>();
	for (const a of articles) { byEvent.set(a.event, [...byEvent.get(a.event) ?? [], a.name]); }
	const contradictions: PlantedContradiction[] = [];
	order.forEach((d, i) => {
		const p = drafts[d].planted;
		if (p) { contradictions.push({ ...p, name: articles[i].name, others: byEvent.get(p.event)!.filter(x => x !== articles[i].name) }); }
	});
	return { articles, contradictions, events };
}

/** Generates `n` articles deterministically from `seed` (and the `real` paragraphs). */
export function generateCorpus(n: number, seed = 1, real: readonly string[] = []): { name: string; text: string }[] {
	return generateCorpusWithTruth(n, seed, real).articles;
}
