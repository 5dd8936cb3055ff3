import * as assert from 'node:assert';
import { extractArticle } from '../../server/src/core/claims/extractArticle';
import type { Dimension, NumberMention } from '../../server/src/core/types';
import { assertSpanOf, checkCase, describe, locate, negativeTests, overlaps, short, type Case, type Negative } from './helpers';

/**
 * Table-driven tests of what numbers measure: the unit a number is written in,
 * with the span covering it and the conversion to the dimension's base unit.
 * Sentences are written for these tests.
 */

type UnitCase = Case & {
	/** dimension, symbol, factor (and offset), or null for a plain count. */
	readonly unit: readonly [Dimension, string, number, number?] | null;
};

const row = (text: string, quote: string, value: [number | null, number | null], unit: UnitCase['unit'], contains = false): UnitCase =>
	({ text, quote, kind: 'number', value, unit, contains });

const units: UnitCase[] = [
	// percentages
	row('Turnout reached 63.4% in the capital.', '63.4%', [63.4, 63.4], ['percent', '%', 1]),
	row('The incumbent took 51.7 percent of the ballots.', '51.7 percent', [51.7, 51.7], ['percent', '%', 1]),
	row('Prices rose 7 per cent in a year.', '7 per cent', [7, 7], ['percent', '%', 1]),
	row('The challenger won 48,25% of the vote.', '48,25%', [48.25, 48.25], ['percent', '%', 1]),
	row('Inflation hit 12pc in the spring.', '12pc', [12, 12], ['percent', '%', 1]),
	row('Nearly 40% of homes lost power.', 'Nearly 40%', [35, 40], ['percent', '%', 1]),
	row('More than 94% of members backed the deal.', 'More than 94%', [94, null], ['percent', '%', 1]),
	row('Five percent of the budget went to schools.', 'Five percent', [5, 5], ['percent', '%', 1]),
	// money: symbols, codes, scale suffixes and words
	row('The bridge will cost £40m to repair.', '£40m', [40e6, 40e6], ['money', 'GBP', 1]),
	row('The group posted a loss of $2.5bn last year.', '$2.5bn', [2.5e9, 2.5e9], ['money', 'USD', 1]),
	row('The fund received €1.2 billion from donors.', '€1.2 billion', [1.2e9, 1.2e9], ['money', 'EUR', 1]),
	row('The county set aside Sh2.7 trillion for roads.', '2.7 trillion', [2.7e12, 2.7e12], ['money', 'KES', 1]),
	row('Each family was paid N5,000 in relief.', '5,000', [5000, 5000], ['money', 'NGN', 1]),
	row('The lender approved US$3 million for the clinic.', '$3 million', [3e6, 3e6], ['money', 'USD', 1]),
	row('They spent 40 million dollars on the stadium.', '40 million dollars', [40e6, 40e6], ['money', 'USD', 1]),
	row('The club paid 30 million pounds for the striker.', '30 million pounds', [30e6, 30e6], ['money', 'GBP', 1]),
	row('About $12,000 was stolen from the till.', 'About $12,000', [10800, 13200], ['money', 'USD', 1]),
	row('Rs 450 crore was allotted to the scheme.', '450 crore', [4.5e9, 4.5e9], ['money', 'INR', 1]),
	row('The new bridge will cost Rs. 1,200 crore, the minister said.', '1,200 crore', [1.2e10, 1.2e10], ['money', 'INR', 1]),
	// lengths, with a conversion in brackets as approximate as its figure
	row('The convoy stopped 12 miles from the border.', '12 miles', [12, 12], ['length', 'mi', 1609.344]),
	row('The village lies about 30 km (19 miles) north of the city.', 'about 30 km', [27, 33], ['length', 'km', 1000]),
	row('The village lies about 30 km (19 miles) north of the city.', '19 miles', [17, 21], ['length', 'mi', 1609.344]),
	row('Smoke was seen 80km away.', '80km', [80, 80], ['length', 'km', 1000]),
	row('The wave was 4 metres high.', '4 metres', [4, 4], ['length', 'm', 1]),
	row('The tunnel runs for 500 feet under the river.', '500 feet', [500, 500], ['length', 'ft', 0.3048]),
	row('Crews searched less than two kilometres of coast.', 'less than two kilometres', [0, 2], ['length', 'km', 1000]),
	row('The camp is about a mile from the river.', 'about a mile', [0, 2], ['length', 'mi', 1609.344]),
	// areas, volumes, masses
	row('The blaze scorched 3,400 acres of forest.', '3,400 acres', [3400, 3400], ['area', 'acre', 4046.8564224]),
	row('Floods covered 1,200 hectares of rice fields.', '1,200 hectares', [1200, 1200], ['area', 'ha', 10000]),
	row('The reserve spans 45 sq km of wetland.', '45 sq km', [45, 45], ['area', 'km²', 1e6]),
	row('The exclusion zone covers 12 square miles.', '12 square miles', [12, 12], ['area', 'mi²', 2589988.110336]),
	row('The truck carried 33,000 litres of diesel.', '33,000 litres', [33000, 33000], ['volume', 'l', 1]),
	row('Output fell by 200,000 barrels a day.', '200,000 barrels', [200000, 200000], ['volume', 'bbl', 158.987294928]),
	row('Customs seized 2.5 tonnes of cocaine.', '2.5 tonnes', [2.5, 2.5], ['mass', 't', 1000]),
	row('The parcel weighed 3kg when it was found.', '3kg', [3, 3], ['mass', 'kg', 1]),
	row('The bear weighed 600 pounds.', '600 pounds', [600, 600], ['mass', 'lb', 0.45359237]),
	// temperatures, with the offset to Celsius
	row('Temperatures reached 45°C in the shade.', '45°C', [45, 45], ['temperature', '°C', 1]),
	row('Thermometers showed 113 degrees Fahrenheit.', '113 degrees Fahrenheit', [113, 113], ['temperature', '°F', 5 / 9, -160 / 9]),
	row('Donors pledged 5 million US dollars.', '5 million US dollars', [5e6, 5e6], ['money', 'USD', 1]),
	row('The night fell to -12°C in the valley.', '-12°C', [-12, -12], ['temperature', '°C', 1]),
	row('It was 38C at noon in the city.', '38C', [38, 38], ['temperature', '°C', 1]),
	// speeds
	row('Winds gusted to 150 km/h on the coast.', '150 km/h', [150, 150], ['speed', 'km/h', 1]),
	row('The train was doing 80 mph when it left the rails.', '80 mph', [80, 80], ['speed', 'mph', 1.609344]),
	row('The ferry sailed at 18 knots.', '18 knots', [18, 18], ['speed', 'kn', 1.852]),
	row('Gusts of 90 miles per hour toppled trees.', '90 miles per hour', [90, 90], ['speed', 'mph', 1.609344]),
	// durations, in days
	row('The standoff lasted 57 days.', '57 days', [57, 57], ['duration', 'd', 1]),
	row('The operation took 40 minutes.', '40 minutes', [40, 40], ['duration', 'min', 1 / 1440]),
	row('He served three years in prison.', 'three years', [3, 3], ['duration', 'yr', 365.2425]),
	row('The talks went on for 36 hours.', '36 hours', [36, 36], ['duration', 'h', 1 / 24]),
	row('The judge sentenced him to 12 years and six months in prison.', '12 years and six months', [12.5, 12.5], ['duration', 'yr', 365.2425]),
	row('The search went on for 2 hours 30 minutes before it was called off.', '2 hours 30 minutes', [2.5, 2.5], ['duration', 'h', 1 / 24]),
	// earthquake magnitudes
	row('A magnitude 6.8 earthquake struck the coast.', 'magnitude 6.8', [6.8, 6.8], ['magnitude', 'M', 1]),
	row('The tremor measured 5.9 on the Richter scale, the observatory said.', '5.9 on the Richter scale', [5.9, 5.9], ['magnitude', 'M', 1]),
	row('The observatory put the magnitude at 6.1 and the depth at 10 km.', 'magnitude at 6.1', [6.1, 6.1], ['magnitude', 'M', 1]),
	row('A 7.1-magnitude quake shook the capital.', '7.1-magnitude', [7.1, 7.1], ['magnitude', 'M', 1]),
	// ages
	row('A 67-year-old man was arrested.', '67-year-old', [67, 67], ['age', 'year', 1]),
	row('The victim, Maria Ortega, 45, was a nurse.', '45', [45, 45], ['age', 'year', 1]),
	row('The driver, aged 52, was unhurt.', '52', [52, 52], ['age', 'year', 1]),
	row('The boy was 9 years old.', '9 years old', [9, 9], ['age', 'year', 1]),
	row('A six-month-old baby was rescued.', 'six-month-old', [6, 6], ['age', 'month', 1 / 12]),
	row('The 34-years-old suspect fled on foot.', '34-years-old', [34, 34], ['age', 'year', 1]),
	row('The court jailed the former minister, 58, for 12 years.', '58', [58, 58], ['age', 'year', 1]),
	row('The victims were named:\n• Rina Dahl, 47\n• Tomas Berg, 70', '47', [47, 47], ['age', 'year', 1]),
	row('Victims were named as Rina Dahl, female, 47; Tomas Berg, male, 70.', '47', [47, 47], ['age', 'year', 1]),
	row('Voters in 35, 47, 12 and 9 districts went to the polls.', '47', [47, 47], null),
	row('The victims, 12, were farm workers.', '12', [12, 12], null),
	// plain counts carry no unit
	row('Police arrested 81 people after the march.', '81', [81, 81], null),
	row('In Lagos, 24 people died in the floods.', '24', [24, 24], null),
	row('Rescuers found 20 more bodies under the rubble.', '20', [20, 20], null),
	row('The toll has climbed to 150 and counting.', '150', [150, null], null),
	row('The toll climbed up to 288 on the second day.', '288', [288, 288], null),
	row('Soldiers of the 3rd regiment carried 12 crates.', '12', [12, 12], null),
];

const notNumbers: Negative[] = [
	{ text: 'The airline flies the Boeing 737-800 on that route.', quote: '737-800', kind: 'number' },
	{ text: 'The carrier lost a 777-200 over the sea.', quote: '777-200', kind: 'number' },
	{ text: 'Call the hotline on +44 20 7946 0958 for details.', quote: '7946', kind: 'number' },
	{ text: 'For help, dial 0800 123 456 any time.', quote: '123', kind: 'number' },
	{ text: 'The blast happened at 0215GMT near the depot.', quote: '0215GMT', kind: 'number' },
	{ text: 'Nurses asked for more N95 masks.', quote: 'N95', kind: 'number' },
	{ text: 'The crew flew an Mi-17 helicopter to the site.', quote: 'Mi-17', kind: 'number' },
	{ text: 'The checksum 5kg9b2e71f did not match.', quote: '5kg9b2e71f', kind: 'number' },
	{ text: 'Traffic was diverted to Route 9 for the night.', quote: '9', kind: 'number' },
	{ text: 'Workers at the plant build the Airbus 320 family.', quote: '320', kind: 'number' },
];

function mentionAt(c: UnitCase): NumberMention | undefined {
	const start = locate(c.text, c.quote);
	const quote = { start, end: start + c.quote.length };
	return extractArticle(c.text).mentions.find((m): m is NumberMention => m.kind === 'number' && overlaps(m.span, quote));
}

suite('Extraction: units of numbers', () => {
	units.forEach((c, i) => {
		const what = c.unit ? `${c.unit[0]} in ${c.unit[1]}` : 'a plain count';
		test(`Should read "${c.quote}" as ${what} in: ${short(c.text)} (#${i + 1})`, () => {
			checkCase(c);
			const m = mentionAt(c)!;
			if (!c.unit) {
				assert.strictEqual(m.unit, undefined, `unit of ${describe(m)}`);
				return;
			}
			const [dimension, symbol, factor, offset] = c.unit;
			assert.ok(m.unit, `no unit on ${describe(m)}`);
			assert.deepStrictEqual([m.unit.dimension, m.unit.symbol], [dimension, symbol], `unit of ${describe(m)}`);
			assert.ok(Math.abs(m.unit.factor - factor) < 1e-9 * factor, `factor ${m.unit.factor}, expected ${factor}`);
			assert.ok(Math.abs((m.unit.offset ?? 0) - (offset ?? 0)) < 1e-9, `offset ${m.unit.offset}, expected ${offset}`);
		});
	});

	test('Should convert to the base unit with value * factor + offset', () => {
		const m = mentionAt(row('Thermometers showed 212 degrees Fahrenheit.', '212 degrees', [212, 212], null))!;
		assert.ok(m.unit && m.value.min !== null);
		assert.ok(Math.abs(m.value.min * m.unit.factor + (m.unit.offset ?? 0) - 100) < 1e-9, 'boiling point in °C');
		const mile = mentionAt(row('The convoy stopped 12 miles from the border.', '12 miles', [12, 12], null))!;
		assert.ok(mile.unit);
		assert.ok(Math.abs(12 * mile.unit.factor - 19312.128) < 1e-6, '12 miles in metres');
	});

	test('Should keep unit spans exact after emoji, Arabic and CRLF', () => {
		const text = '🔥🙏 تبرعات\r\nDonors gave £40m and the fire burned 2,100 acres.\r\n';
		assertSpanOf(text, '£40m', 'number');
		assertSpanOf(text, '2,100 acres', 'number');
	});

	negativeTests(notNumbers, 'a number');
});
