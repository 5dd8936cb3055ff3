import * as assert from 'node:assert';
import * as chrono from 'chrono-node/en';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { casualParserNames, cuedReader } from '../../server/src/core/mentions/chronoReader';
import { VOCABULARY } from '../../server/src/core/vocabulary';

const REFERENCE = new Date(Date.UTC(2001, 0, 1, 12));

/** What a reading found, in a form two readings can be compared by. */
function found(reader: chrono.Chrono, text: string): string[] {
	return reader.parse(text, REFERENCE, { forwardDate: false }).map(r => `${r.index}:${r.text}:${r.start.date().toISOString()}`);
}

// One piece per kind of date chrono reads, each of them a match of the parser its cues gate.
const PIECES = [
	'the vote was held on 3/14/2024 in the capital',
	'records dated 2024-03-14 were released',
	'the ferry left port two days ago',
	'the bridge reopened three weeks later',
	'crews expect to finish within 48 hours',
	'the shelling began late last night',
	'the market opened this morning at 9',
	'the rally ended at noon',
	'officers arrived at 7:30 p.m. on Tuesday',
	'the report is due by the end of the month',
	'the plant closed in March 2024',
	'the plant closed in 2024 March',
	'the hearing on the 12th of May was adjourned',
	'prices will rise in the next week',
	'the permit expires 03/2024',
	'sales fell 4.5 per cent over the past year',
	'a referendum held on Sunday, 6 October',
	'talks resumed yesterday and continue tomorrow',
	'it happened at 0400 on Sept. 3rd',
	'the protest planned for the weekend went ahead',
	'no date at all is written in this line',
];

suite('chrono reader with parser cues', () => {
	test('every parser given cues is one of chrono\'s casual English parsers', () => {
		const names = new Set(casualParserNames());
		for (const name of Object.keys(VOCABULARY.dates.chronoParserCues)) {
			assert.ok(names.has(name), `dates.json chronoParserCues names "${name}", which chrono-node's casual reader does not have`);
		}
	});

	for (const piece of PIECES) {
		test(`reads what chrono reads: "${piece}"`, () => {
			assert.deepStrictEqual(found(cuedReader(), piece), found(chrono.casual, piece));
		});
	}

	test('reads what chrono reads on every line of the bundled articles', () => {
		const dir = path.join(__dirname, '..', '..', '..', 'seeds');
		const lines = readdirSync(dir).filter(f => f.endsWith('.txt')).flatMap(f => readFileSync(path.join(dir, f), 'utf8').split('\n'));
		assert.ok(lines.length > 100, `read ${lines.length} lines from ${dir}`);
		const differ = lines.filter(line => JSON.stringify(found(cuedReader(), line)) !== JSON.stringify(found(chrono.casual, line)));
		assert.deepStrictEqual(differ, []);
	});

	test('a parser is skipped on a piece without one of its cues', () => {
		const piece = 'officers arrived on Tuesday';
		assert.ok(found(chrono.casual, piece).length > 0, 'chrono reads the weekday');
		assert.deepStrictEqual(found(cuedReader({ ENWeekdayParser: ['no such cue'] }), piece), []);
	});
});
