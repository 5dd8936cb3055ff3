import * as assert from 'node:assert';
import { resolveEntities, type NameSighting } from '../../server/src/core/mentions/entities';
import { isAcronymOf, nameSkeleton, normalizeName, placeCore } from '../../server/src/core/mentions/nameForms';
import { alikeByEar } from '../../server/src/core/mentions/personNames';
import { article, corpus, entityOf } from './helpers';

/**
 * Table-driven tests of entity resolution: which spellings, seen in different
 * articles, are one actor, and which look-alikes stay apart. Every name here
 * is invented for these tests.
 */

type Seen = readonly [article: string, name: string, type: NameSighting['type']];

interface ResolveCase {
	readonly rule: string;
	readonly seen: readonly Seen[];
	/** Pairs of [article, name] that must share an entity. */
	readonly same?: readonly (readonly [Seen[0], Seen[1]])[][];
	/** Pairs of [article, name] that must not. */
	readonly apart?: readonly (readonly [Seen[0], Seen[1]])[][];
}

const cases: ResolveCase[] = [
	// Persons
	{ rule: 'a two-part name written surname first', seen: [['a', 'Weiming Luo', 'person'], ['b', 'Luo Weiming', 'person']], same: [[['a', 'Weiming Luo'], ['b', 'Luo Weiming']]] },
	{ rule: 'middle names written or not, in any order', seen: [['a', 'Tunde Bello', 'person'], ['b', 'Tunde Kola Bello', 'person'], ['c', 'Kola Tunde Bello', 'person'], ['d', 'Kola Bello', 'person']], same: [[['a', 'Tunde Bello'], ['b', 'Tunde Kola Bello']], [['b', 'Tunde Kola Bello'], ['c', 'Kola Tunde Bello']], [['d', 'Kola Bello'], ['a', 'Tunde Bello']]] },
	{ rule: 'a surname with and without a final s or h', seen: [['a', 'Hadiza Garbas', 'person'], ['b', 'Hadiza Garba', 'person'], ['c', 'Ibrahim Danjumah', 'person'], ['d', 'Ibrahim Danjuma', 'person']], same: [[['a', 'Hadiza Garbas'], ['b', 'Hadiza Garba']], [['c', 'Ibrahim Danjumah'], ['d', 'Ibrahim Danjuma']]] },
	{ rule: 'names spelled by ear (w/v, l/n, m/n)', seen: [['a', 'Chidi Okonkwo', 'person'], ['b', 'Chidi Okonkvo', 'person'], ['c', 'Yakubu Jamal Tanko', 'person'], ['d', 'Yakubu Jaman Tanko', 'person'], ['e', 'Edet Ukpam', 'person'], ['f', 'Edet Ukpan', 'person']], same: [[['a', 'Chidi Okonkwo'], ['b', 'Chidi Okonkvo']], [['c', 'Yakubu Jamal Tanko'], ['d', 'Yakubu Jaman Tanko']], [['e', 'Edet Ukpam'], ['f', 'Edet Ukpan']]] },
	{ rule: 'a shortened given name', seen: [['a', 'Chris Ndlovu', 'person'], ['b', 'Christopher Ndlovu', 'person']], same: [[['a', 'Chris Ndlovu'], ['b', 'Christopher Ndlovu']]] },
	{ rule: 'initials for the given names', seen: [['a', 'T.K. Mensah', 'person'], ['b', 'Tawiah Kofi Mensah', 'person'], ['c', 'TK Mensah', 'person']], same: [[['a', 'T.K. Mensah'], ['b', 'Tawiah Kofi Mensah']], [['c', 'TK Mensah'], ['b', 'Tawiah Kofi Mensah']]] },
	{ rule: 'a name suffix written or not', seen: [['a', 'Tomas Alden Jr', 'person'], ['b', 'Tomas Alden', 'person']], same: [[['a', 'Tomas Alden Jr'], ['b', 'Tomas Alden']]] },
	{ rule: 'two people with one surname', seen: [['a', 'John Smith', 'person'], ['b', 'Jane Smith', 'person']], apart: [[['a', 'John Smith'], ['b', 'Jane Smith']]] },
	{ rule: 'two fuller names that a short one fits', seen: [['a', 'Ann Mary Lee', 'person'], ['b', 'Ann Jane Lee', 'person'], ['c', 'Ann Lee', 'person']], apart: [[['a', 'Ann Mary Lee'], ['b', 'Ann Jane Lee']], [['c', 'Ann Lee'], ['a', 'Ann Mary Lee']], [['c', 'Ann Lee'], ['b', 'Ann Jane Lee']]] },
	{ rule: 'short given names one letter apart', seen: [['a', 'Lina Osei', 'person'], ['b', 'Nina Osei', 'person']], apart: [[['a', 'Lina Osei'], ['b', 'Nina Osei']]] },
	{ rule: 'initials that do not fit', seen: [['a', 'P.K. Mensah', 'person'], ['b', 'Tawiah Mensah', 'person']], apart: [[['a', 'P.K. Mensah'], ['b', 'Tawiah Mensah']]] },
	{ rule: 'surnames alike by ear with other given names', seen: [['a', 'Musa Tanko', 'person'], ['b', 'Bala Tanka', 'person']], apart: [[['a', 'Musa Tanko'], ['b', 'Bala Tanka']]] },
	{ rule: 'different short names that differ in more than a last sound', seen: [['a', 'Nizar Haddad', 'person'], ['b', 'Nasir Haddad', 'person'], ['c', 'Farah Odeh', 'person'], ['d', 'Firas Odeh', 'person'], ['e', 'Tariq Salem', 'person'], ['f', 'Tariq Shami', 'person'], ['g', 'Anas Karim', 'person'], ['h', 'Amin Karim', 'person'], ['i', 'Leila Qurashi', 'person'], ['j', 'Louay Kouri', 'person']], apart: [[['a', 'Nizar Haddad'], ['b', 'Nasir Haddad']], [['c', 'Farah Odeh'], ['d', 'Firas Odeh']], [['e', 'Tariq Salem'], ['f', 'Tariq Shami']], [['g', 'Anas Karim'], ['h', 'Amin Karim']], [['i', 'Leila Qurashi'], ['j', 'Louay Kouri']]] },
	// One spelling, two guesses of its kind
	{ rule: 'a name guessed as a person in one article and a place in another', seen: [['a', 'Kalani Ridge', 'person'], ['b', 'Kalani Ridge', 'place']], same: [[['a', 'Kalani Ridge'], ['b', 'Kalani Ridge']]] },
	{ rule: 'a surname is not the organisation spelled like it', seen: [['a', 'Sandro Verde', 'person'], ['a', 'Verde', 'person'], ['b', 'Verde', 'organization']], same: [[['a', 'Verde'], ['a', 'Sandro Verde']]], apart: [[['b', 'Verde'], ['a', 'Sandro Verde']]] },
	{ rule: 'a country is not a person spelled like it', seen: [['a', 'Jordan', 'person'], ['b', 'Jordan', 'state']], apart: [[['a', 'Jordan'], ['b', 'Jordan']]] },
	// Places with and without the kind of place
	{ rule: 'a town with and without "town", "LGA", "Local Government Area"', seen: [['a', 'Ubeji town', 'place'], ['b', 'Ubeji', 'place'], ['c', 'the town of Ubeji', 'place'], ['d', 'Ubeji Local Government Area', 'organization'], ['e', 'Ubeji LGA', 'place'], ['f', 'Ubeji', 'person']], same: [[['a', 'Ubeji town'], ['b', 'Ubeji']], [['c', 'the town of Ubeji'], ['b', 'Ubeji']], [['d', 'Ubeji Local Government Area'], ['e', 'Ubeji LGA']], [['e', 'Ubeji LGA'], ['f', 'Ubeji']]] },
	{ rule: 'a province named after a country or city the gazetteer knows', seen: [['a', 'Mexico state', 'place'], ['b', 'Mexico', 'state'], ['c', 'Lisbon region', 'place'], ['d', 'Lisbon', 'place']], apart: [[['a', 'Mexico state'], ['b', 'Mexico']], [['c', 'Lisbon region'], ['d', 'Lisbon']]] },
	// Organisations
	{ rule: 'an organisation with a middle word left out', seen: [['a', 'Lagoon State Fire Command', 'organization'], ['b', 'Lagoon State Command', 'organization']], same: [[['a', 'Lagoon State Fire Command'], ['b', 'Lagoon State Command']]] },
	{ rule: 'a place and its police', seen: [['a', 'Lagoon County', 'place'], ['b', 'Lagoon County Police', 'organization'], ['c', 'Lagoon County', 'organization']], apart: [[['a', 'Lagoon County'], ['b', 'Lagoon County Police']], [['c', 'Lagoon County'], ['b', 'Lagoon County Police']]] },
	{ rule: 'a one-word name guessed a person and the one organisation that only adds head words to it', seen: [['a', 'Verdana', 'person'], ['b', 'Verdana Party', 'organization']], same: [[['a', 'Verdana'], ['b', 'Verdana Party']]] },
	{ rule: 'a surname and an organisation that adds head words to it', seen: [['a', 'Sandro Verde', 'person'], ['a', 'Verde', 'person'], ['b', 'Verde Group', 'organization']], same: [[['a', 'Verde'], ['a', 'Sandro Verde']]], apart: [[['b', 'Verde Group'], ['a', 'Sandro Verde']]] },
	{ rule: 'a one-word name that two organisations add head words to', seen: [['a', 'Verdana', 'person'], ['b', 'Verdana Party', 'organization'], ['c', 'Verdana Group', 'organization']], apart: [[['a', 'Verdana'], ['b', 'Verdana Party']], [['a', 'Verdana'], ['c', 'Verdana Group']]] },
	{ rule: 'an agency named with and without its head word', seen: [['a', 'Tasnimo', 'organization'], ['b', 'Tasnimo Agency', 'organization']], same: [[['a', 'Tasnimo'], ['b', 'Tasnimo Agency']]] },
	{ rule: 'words in another order', seen: [['a', 'Ministry of Fisheries', 'organization'], ['b', 'Fisheries Ministry', 'organization'], ['c', 'Blue Command', 'group'], ['d', 'Command Blue', 'organization']], same: [[['a', 'Ministry of Fisheries'], ['b', 'Fisheries Ministry']], [['c', 'Blue Command'], ['d', 'Command Blue']]] },
	{ rule: 'an acronym whose expansions differ in the head word only', seen: [['a', 'NRSA', 'organization'], ['b', 'National Road Safety Agency', 'organization'], ['c', 'National Road Safety Authority', 'organization']], same: [[['a', 'NRSA'], ['b', 'National Road Safety Agency']], [['a', 'NRSA'], ['c', 'National Road Safety Authority']]] },
	{ rule: 'an acronym that fits two different bodies', seen: [['a', 'NRSC', 'organization'], ['b', 'National Road Safety Council', 'organization'], ['c', 'National Rail Safety Council', 'organization']], apart: [[['a', 'NRSC'], ['b', 'National Road Safety Council']], [['b', 'National Road Safety Council'], ['c', 'National Rail Safety Council']]] },
	{ rule: 'acronyms one letter apart', seen: [['a', 'NRC', 'organization'], ['b', 'NRCC', 'organization'], ['c', 'National Rail Council', 'organization'], ['d', 'National Road Construction Company', 'organization']], same: [[['a', 'NRC'], ['c', 'National Rail Council']], [['b', 'NRCC'], ['d', 'National Road Construction Company']]], apart: [[['a', 'NRC'], ['b', 'NRCC']]] },
	{ rule: 'acronyms of one skeleton', seen: [['a', 'KCK', 'organization'], ['b', 'CK', 'organization']], apart: [[['a', 'KCK'], ['b', 'CK']]] },
	{ rule: 'a word that reads as long word prefixes', seen: [['a', 'Northstar', 'organization'], ['b', 'Northern Stars', 'group']], apart: [[['a', 'Northstar'], ['b', 'Northern Stars']]] },
	{ rule: 'a short form of two words that the longer name adds words to', seen: [['a', 'Lumen Dance', 'place'], ['b', 'Lumen Ballroom Dance Studio', 'place'], ['c', 'Lumen Ballroom', 'place']], same: [[['a', 'Lumen Dance'], ['b', 'Lumen Ballroom Dance Studio']], [['c', 'Lumen Ballroom'], ['b', 'Lumen Ballroom Dance Studio']]] },
	{ rule: 'two words whose last is a head word, inside a longer name', seen: [['a', 'Kalu Agency', 'organization'], ['b', 'Kalu Water Agency', 'organization']], apart: [[['a', 'Kalu Agency'], ['b', 'Kalu Water Agency']]] },
	{ rule: 'one hospital named with another word for its kind', seen: [['a', 'Marlow Hospital', 'place'], ['b', 'Marlow Medical Center', 'organization'], ['c', 'Marlow Children Hospital', 'place']], same: [[['a', 'Marlow Hospital'], ['b', 'Marlow Medical Center']]], apart: [[['c', 'Marlow Children Hospital'], ['a', 'Marlow Hospital']]] },
	{ rule: 'an office in lower case and the one named office it fits', seen: [['a', 'sheriff’s office', 'organization'], ['b', 'Marlow County Sheriff’s Office', 'organization']], same: [[['a', 'sheriff’s office'], ['b', 'Marlow County Sheriff’s Office']]] },
	{ rule: 'an office in lower case that fits two named offices', seen: [['a', 'sheriff’s office', 'organization'], ['b', 'Marlow County Sheriff’s Office', 'organization'], ['c', 'Dune County Sheriff’s Office', 'organization']], apart: [[['a', 'sheriff’s office'], ['b', 'Marlow County Sheriff’s Office']], [['a', 'sheriff’s office'], ['c', 'Dune County Sheriff’s Office']], [['b', 'Marlow County Sheriff’s Office'], ['c', 'Dune County Sheriff’s Office']]] },
	{ rule: 'a short form followed by what it is, and the full name', seen: [['a', 'KSB security service', 'organization'], ['b', 'Kalu Security Service', 'organization'], ['c', 'Ubeji Security Service', 'organization']], same: [[['a', 'KSB security service'], ['b', 'Kalu Security Service']]], apart: [[['a', 'KSB security service'], ['c', 'Ubeji Security Service']]] },
	{ rule: 'a short form followed by what it is, with two names it could stand for', seen: [['a', 'KSB security service', 'organization'], ['b', 'Kalu Security Service', 'organization'], ['c', 'Koro Security Service', 'organization']], apart: [[['a', 'KSB security service'], ['b', 'Kalu Security Service']], [['a', 'KSB security service'], ['c', 'Koro Security Service']]] },
	{ rule: 'two bodies whose short forms share their first letters', seen: [['a', 'UN', 'organization'], ['b', 'UNN', 'organization'], ['c', 'Union of Northern Nurses', 'organization'], ['d', 'UN', 'organization']], same: [[['b', 'UNN'], ['c', 'Union of Northern Nurses']], [['a', 'UN'], ['d', 'UN']]], apart: [[['a', 'UN'], ['b', 'UNN']], [['a', 'UN'], ['c', 'Union of Northern Nurses']]] },
	{ rule: 'the forces of two nations', seen: [['a', 'Peruvian army', 'organization'], ['b', 'Chilean army', 'organization'], ['c', 'Peruvian Army', 'organization']], same: [[['a', 'Peruvian army'], ['c', 'Peruvian Army']]], apart: [[['a', 'Peruvian army'], ['b', 'Chilean army']]] },
	{ rule: 'a nationality before a lone head word', seen: [['a', 'Islamic State', 'group'], ['b', 'Peruvian State', 'organization']], apart: [[['a', 'Islamic State'], ['b', 'Peruvian State']]] },
];

suite('Entity resolution across spellings', () => {
	for (const c of cases) {
		test(`Should resolve ${c.rule}`, () => {
			const index = resolveEntities(c.seen.map(([a, name, type]) => ({ article: a, name, type, aliases: [] })));
			const id = ([a, name]: readonly [string, string]) => {
				const e = index.entityOf(a, name);
				assert.ok(e, `no entity for ${name} in ${a}`);
				return e.id;
			};
			for (const [x, y] of c.same ?? []) { assert.strictEqual(id(x), id(y), `${x[1]} and ${y[1]} should be one actor`); }
			for (const [x, y] of c.apart ?? []) { assert.notStrictEqual(id(x), id(y), `${x[1]} and ${y[1]} should stay apart`); }
		});
	}

	test('Should give the same result whatever the order of the sightings', () => {
		const seen = cases.flatMap(c => c.seen.map(([a, name, type]) => ({ article: `${c.rule}/${a}`, name, type, aliases: [] })));
		const ids = (list: NameSighting[]) => { const index = resolveEntities(list); return list.map(s => index.entityOf(s.article, s.name)?.id).join('\n'); };
		assert.strictEqual(ids([...seen].reverse()).split('\n').reverse().join('\n'), ids(seen));
	});
});

suite('Name forms', () => {
	const skeletons: [string, string, boolean][] = [
		['Kılınçoğlu', 'Kilincoglu', true],
		['Łapiński', 'Lapinski', true],
		['Kalun', 'Kalum', false],
	];
	for (const [a, b, same] of skeletons) {
		test(`Should ${same ? '' : 'not '}give ${a} and ${b} one skeleton`, () => {
			assert.strictEqual(nameSkeleton(a).join(' ') === nameSkeleton(b).join(' '), same);
		});
	}
	const cores: [string, string | undefined][] = [
		['Ubeji town', 'ubeji'],
		['the local government area of Ubeji', 'ubeji'],
		['Ubeji Local Government Area', 'ubeji'],
		['Kalu LGA', 'kalu'],
		['Gulf of Aden', undefined],
		['Ubeji', undefined],
		['City', undefined],
	];
	for (const [name, core] of cores) {
		test(`Should read the place in "${name}" as ${core ?? 'the name itself'}`, () => { assert.strictEqual(placeCore(name), core); });
	}
	test('Should drop a possessive s inside a name', () => {
		assert.strictEqual(normalizeName('Marlow County Attorney’s Office'), 'marlow county attorney office');
		assert.strictEqual(normalizeName("Ba'ana Musa"), 'baana musa');
	});
	const byEar: [string, string, string, string, boolean][] = [
		['vsnv', 'vsnw', 'vasnav', 'vasnaw', true],
		['grbs', 'grb', 'garbas', 'garba', true],
		['krm', 'krt', 'karim', 'karit', false],
		['nzr', 'nsr', 'nizar', 'nasir', false],
		['mnsr', 'nsr', 'mansour', 'nasir', false],
		['hsm', 'hsn', 'hussam', 'hussein', false],
	];
	for (const [a, b, wa, wb, alike] of byEar) {
		test(`Should ${alike ? '' : 'not '}hear ${wa} and ${wb} as one name`, () => { assert.strictEqual(alikeByEar(a, b, wa, wb), alike); });
	}
	test('Should read word prefixes of up to four letters as an acronym', () => {
		assert.ok(isAcronymOf('Socom', ['special', 'operations', 'command']));
		assert.ok(isAcronymOf('Eucom', ['european', 'command']));
		assert.ok(!isAcronymOf('Northstar', ['northern', 'stars']));
	});
});

suite('Entities from article text', () => {
	const files = {
		'a.txt': article('KUMASI — The Lagoon State Police Command said DSP. Musa Garba confirmed the toll.', 'Lagoon State Governor Ada Obi visited the site of the crash in Ubeji Local Government Area.', 'According to the Lagoon Region’s health ministry, 30 were hurt; the Peruvian army flew them out.'),
		'b.txt': article('TAMALE — Police spokesperson Musa Garbah said 12 people died near Ubeji.', 'Governor Ada Obi of Lagoon State ordered an inquiry, the Lagoon State Command said.', 'The Lagoon Region Ministry of Health counted 30 injured, and the Peruvian Army sent aid.'),
	};
	const service = corpus(files);
	const pairs: [string, string, string][] = [
		['a titled person across spellings', 'Musa Garba', 'Musa Garbah'],
		['a governor named before and after the state', 'Ada Obi', 'Ada Obi'],
		['a command with and without a middle word', 'Lagoon State Police Command', 'Lagoon State Command'],
		['a town with and without "Local Government Area"', 'Ubeji Local Government Area', 'Ubeji'],
		['a ministry after its region’s possessive and the same ministry by name', 'health ministry', 'Lagoon Region Ministry of Health'],
		['a nation’s army written with and without a capital', 'Peruvian army', 'Peruvian Army'],
	];
	for (const [what, inA, inB] of pairs) {
		test(`Should make one entity of ${what}`, () => {
			const a = entityOf(service, 'a.txt', inA);
			assert.ok(a);
			assert.strictEqual(entityOf(service, 'b.txt', inB), a);
		});
	}
});
