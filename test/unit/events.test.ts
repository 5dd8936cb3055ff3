import * as assert from 'node:assert';
import { uri, article, corpus, covers, summary, findingAt, findingsOf, assertConflict, assertNoFindings, hoverAt, entityOf, checkPair, type Pair } from './helpers';

/**
 * Cross-article claims: every test builds a small in-memory corpus of
 * synthetic wire, broadcast and blog articles about invented events, and
 * checks what a careful fact-checker would flag (or not) between them.
 */

suite('Claims across sources: events, running counts and actors', () => {

	// --- Different events with the same actors ---------------------------------------------------------
	const differentEvents: Pair[] = [
		{
			name: 'Should not connect a 2021 and a 2024 article about the same militia in Mogadishu',
			a: [' date 2021-06-28 ', 'A U.S. airstrike on a Jaysh al-Usra depot near Mogadishu on Sunday killed four fighters, the militia said.'],
			b: [' date 2024-02-08 ', 'A U.S. drone strike on a Jaysh al-Usra commander in Mogadishu on Wednesday killed two fighters.'],
			hover: ['b.txt', 'two', /No other article was matched to this event/],
		},
		{
			name: 'Should not connect two strikes in different countries in the same week',
			a: [' date 2024-02-05 ', 'A U.S. airstrike in Syria on Friday killed six fighters.'],
			b: [' date 2024-02-05 ', 'A U.S. airstrike in Iraq on Friday killed 16 fighters.'],
			hover: ['a.txt', 'six', /No other article was matched to this event/],
		},
		{
			name: 'Should not connect airstrikes on two different Syrian cities on the same day',
			a: [' date 2024-03-05 ', 'An airstrike in Aleppo on Monday killed three civilians.'],
			b: [' date 2024-03-05 ', 'An airstrike in Idlib on Monday killed seven civilians.'],
			hover: ['b.txt', 'seven', /No other article was matched to this event/],
		},
		{
			name: 'Should not connect attacks claimed by different armed groups in the same city on the same day',
			a: [' date 2024-03-15 ', 'Hamas gunmen carried out an attack in Nablus on Thursday that wounded two soldiers.'],
			b: [' date 2024-03-15 ', 'Hezbollah fighters carried out an attack in Nablus on Thursday that wounded six soldiers.'],
			hover: ['a.txt', 'two', /No other article was matched to this event/],
		},
		{
			name: 'Should keep a past collapse\'s toll, told as ", killing at least 40", apart from the new collapse\'s toll',
			a: [' date 2024-06-08 ', 'A block of flats collapsed in the Orlu district of Tamsworth early on Saturday, killing at least 9 people, the fire service said.', 'In March 2019, a school under construction in Tamsworth collapsed, killing at least 40 people.'],
			b: [' date 2024-06-09 ', 'The death toll from the collapse of a block of flats in the Orlu district of Tamsworth on Saturday has risen to 11, the fire service said.'],
			quiet: /\b40\b/,
		},
		{
			name: 'Should keep a roundup\'s other shooting, "killed after a gunman opened fire … in" another town, apart from the story\'s toll',
			a: [' date 2024-05-14 ', 'Gunman kills 6 at a farm in Brindlewood', 'A gunman killed 6 workers at a farm in Brindlewood on Monday, the sheriff said.'],
			b: [' date 2024-05-14 ', 'Two shootings in three days:', '• 11 people killed after a gunman opened fire at a ballroom in Ostrava Heights;', '• 6 people killed on Monday at a farm in Brindlewood.'],
			quiet: /\b11\b/,
		},
	];
	for (const p of differentEvents) { test(p.name, () => checkPair(p)); }

	test('Should read "drowned after a ferry capsized on Tuesday" under the headline "Ferry capsizes" as the headline\'s event', () => {
		const files = {
			'a.txt': article(' date 2024-08-07 ', 'Ferry capsizes on the Selva river', 'At least 14 people drowned after an overloaded ferry capsized on the Selva river near Puerto Lobo on Tuesday, police said.'),
			'b.txt': article(' date 2024-08-07 ', 'Selva ferry disaster', 'Nine people drowned when a ferry capsized on the Selva river near Puerto Lobo on Tuesday, the navy said.'),
			'c.txt': article(' date 2024-08-07 ', 'Puerto Lobo ferry accident', 'Nine people drowned when a crowded ferry overturned near Puerto Lobo on Tuesday, officials said.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'At least 14' }, { file: 'b.txt', at: 'Nine' }, 'claim.number-attributed', 'warning');
	});

	test('Should compare the figures of an article that names no event with the story it belongs to', () => {
		const files = {
			'a.txt': article(' date 2024-06-02 ', 'Greens win Varna regional election', 'The Greens won 41 seats in the 120-seat Varna regional assembly in Sunday\'s election, the electoral commission said.'),
			'b.txt': article(' date 2024-06-03 ', 'Greens take 44 seats in Varna', 'The Greens secured 44 seats in the Varna regional assembly, the electoral commission said on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '41' }, { file: 'b.txt', at: 'secured 44' }, 'claim.number-attributed', 'warning');
	});

	test('Should not chain bombings of one city in different years through an undated article about it', () => {
		const files = {
			'a.txt': article(' date 2019-03-04 ', 'A car bomb in Tarvik, Norland, on Monday killed six people, police said.'),
			'b.txt': article('Bomb blast in Tarvik', 'A bomb exploded at a market in Tarvik, Norland, killing nine people, the governor said.'),
			'c.txt': article(' date 2023-09-18 ', 'A car bomb in Tarvik, Norland, on Monday killed eleven people, police said.'),
		};
		const service = corpus(files);
		assert.deepStrictEqual(findingsOf(service, 'a.txt').filter(f => f.related.some(r => r.uri === uri('c.txt'))), [], summary(service, files).join(' | '));
		assert.deepStrictEqual(findingsOf(service, 'c.txt').filter(f => f.related.some(r => r.uri === uri('a.txt'))), [], summary(service, files).join(' | '));
	});

	test('Should keep two look-alike shootings a day apart in two towns apart, though one story names the other', () => {
		// The later story's accounts recall the earlier one; one of them names it in its lead, which once chained the two.
		const files = {
			'k1.txt': article(' date 2024-05-13 ', 'Gunman kills nine at Kestrel Bay dance hall', 'A gunman killed nine people at the Starlight dance hall in Kestrel Bay on Sunday night, police chief Mara Lenz said.'),
			'k2.txt': article(' date 2024-05-13 ', 'Kestrel Bay shooting: nine dead', 'Nine people were killed when a gunman opened fire at the Starlight dance hall in Kestrel Bay on Sunday, police chief Mara Lenz said.'),
			'k3.txt': article(' date 2024-05-13 ', 'Dance hall attack in Kestrel Bay', 'Police chief Mara Lenz said a gunman killed nine people at the Starlight dance hall in Kestrel Bay on Sunday night.'),
			'r1.txt': article(' date 2024-05-13 ', 'Seven killed at Ravenmoor farms', 'A farm worker shot dead seven people at two farms in Ravenmoor, Norland, on Monday, sheriff Tomas Reyes said.', 'It came a day after the dance hall shooting in Kestrel Bay.'),
			'r2.txt': article(' date 2024-05-13 ', 'Ravenmoor farm shootings leave seven dead', 'Seven people were killed at two farms in Ravenmoor, Norland, on Monday, sheriff Tomas Reyes said.'),
			'r3.txt': article(' date 2024-05-13 ', 'Norland reels from second shooting', 'A gunman killed seven people in Ravenmoor, Norland, on Monday, sheriff Tomas Reyes said, a day after nine people were killed at a dance hall in Kestrel Bay.'),
			'r4.txt': article(' date 2024-05-13 ', 'Ravenmoor mourns', 'Sheriff Tomas Reyes said seven people died in the Ravenmoor farm shootings in Norland on Monday.'),
		};
		const service = corpus(files);
		for (const r of ['r1.txt', 'r2.txt', 'r3.txt', 'r4.txt']) {
			const across = findingsOf(service, r).filter(f => f.related.some(x => /\/k\d\.txt$/.test(x.uri)));
			assert.deepStrictEqual(across.map(f => f.message), [], summary(service, files).join(' | '));
		}
	});

	test('Should not tie a story to an earlier event in another town that its articles recall in a sentence of their own', () => {
		const files = {
			'k1.txt': article(' date 2024-05-13 ', 'Nine killed in Kestrel Bay', 'A gunman killed nine people at the Starlight dance hall in Kestrel Bay on Sunday night, police said.'),
			'k2.txt': article(' date 2024-05-13 ', 'Kestrel Bay shooting', 'Nine people were killed when a gunman opened fire at the Starlight dance hall in Kestrel Bay on Sunday, police said.'),
			'r1.txt': article(' date 2024-05-13 ', 'Seven killed in Ravenmoor', 'A farm worker shot dead seven people at two farms in Ravenmoor on Monday, the sheriff said.', 'It came a day after the dance hall shooting in Kestrel Bay.'),
			'r2.txt': article(' date 2024-05-13 ', 'Ravenmoor farm shootings', 'Seven people were killed at two farms in Ravenmoor on Monday, the sheriff said.', 'The attack came a day after a shooting at a dance hall in Kestrel Bay.'),
		};
		const service = corpus(files);
		for (const r of ['r1.txt', 'r2.txt']) {
			const across = findingsOf(service, r).filter(f => f.related.some(x => /\/k\d\.txt$/.test(x.uri)));
			assert.deepStrictEqual(across.map(f => f.message), [], summary(service, files).join(' | '));
		}
	});

	test('Should keep a week of daily reports of one town\'s flood one story, its rising toll one timeline', () => {
		// Two reports a day for eight days, each quoting that day's official: few names link the first days to the last.
		const officials = ['Mayor Ada Quill', 'Governor Brann Tolve', 'Police chief Cora Vint'];
		const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'];
		const tolls = [12, 19, 27, 34, 41, 48, 55, 60];
		const files: Record<string, string> = {};
		for (let d = 0; d < 8; d++) {
			for (const k of [0, 1]) {
				files[`d${d}_${k}.txt`] = article(` date 2024-09-0${d + 2} `, `Flood toll in Marlow rises to ${tolls[d]}`,
					`The death toll from the floods in Marlow rose to ${tolls[d]} on ${weekdays[d]}, ${officials[Math.floor(d / 3)]} said. Rescue teams searched the river banks${k ? ' near the old bridge' : ''}.`,
					...(d % 3 === 0 ? ['The floods struck Marlow on Sept. 1 after days of heavy rain.'] : []));
			}
		}
		const service = corpus(files);
		const first = findingAt(service, files, 'd0_0.txt', 'rose to 12');
		assert.ok(first, summary(service, files).join(' | '));
		// Every later day's reports are in its timeline: 14 articles of the seven days after.
		assert.match(first.message, /; 14 later sources give /);
	});

	// --- Running counts "since" a date --------------------------------------------------------------
	const runningCounts: Pair[] = [
		{
			name: 'Should flag the same running total counted from Aug. 10 and from Aug. 9',
			a: [' date 2024-01-20 ', 'Rebels have carried out 140 attacks on army posts in Mali and Niger since Aug. 10, the defence ministry said.'],
			b: [' date 2024-01-20 ', 'Rebels have carried out 140 attacks on army posts in Mali and Niger since Aug. 9, officials said.'],
			at: ['Aug. 10', 'Aug. 9'], code: 'claim.count-window', severity: 'warning',
		},
		{
			name: 'Should flag the same running total counted from Nov. 18 and from Nov. 19',
			a: [' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on commercial ships in the Red Sea since Nov. 18, the Pentagon said.'],
			b: [' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on ships in the Red Sea since Nov. 19, officials said.'],
			at: ['Nov. 18', 'Nov. 19'], code: 'claim.count-window', severity: 'warning',
		},
		{
			name: 'Should accept "more than 240 times" and "nearly 250 attacks" since the same date',
			a: [' date 2024-02-07 ', 'Rebels have attacked army posts in Mali and Niger more than 240 times since Aug. 9.'],
			b: [' date 2024-02-07 ', 'Rebels have carried out nearly 250 attacks on army posts in Mali and Niger since Aug. 9.'],
			hover: ['b.txt', 'nearly 250', /a\.txt/],
		},
		{
			name: 'Should flag running totals since the same date that cannot both be true',
			a: [' date 2024-02-07 ', 'Rebels have carried out more than 240 attacks on army posts in Mali and Niger since Aug. 9.'],
			b: [' date 2024-02-07 ', 'Rebels have carried out about 60 attacks on army posts in Mali and Niger since Aug. 9.'],
			at: ['more than 240', 'about 60'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should not compare running totals of different campaigns (Red Sea shipping vs army posts in the Sahel)',
			a: [' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on commercial ships in the Red Sea since Oct. 19, the Pentagon said.'],
			b: [' date 2024-01-20 ', 'Rebels have carried out 30 attacks on army posts in Mali and Niger since Aug. 9, officials said.'],
		},
	];
	for (const p of runningCounts) { test(p.name, () => checkPair(p)); }

	test('Should not compare running totals counted from months apart', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'Rebels have carried out more than 240 attacks on army posts in Mali and Niger since Aug. 9.'),
			'b.txt': article(' date 2024-02-07 ', 'Rebels have carried out 20 attacks on army posts in Mali and Niger since Jan. 1.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.doesNotMatch(hoverAt(service, files, 'b.txt', '20 attacks'), /a\.txt/);
	});

	// --- Name variants ----------------------------------------------------------------------------

	test('Should give Jaysh al-Usra and Jaish al-Usra one entity id', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'A U.S. drone strike in Mogadishu on Wednesday killed a commander of Jaysh al-Usra.'),
			'b.txt': article(' date 2024-02-08 ', 'Jaish al-Usra confirmed that one of its commanders died in the strike in Mogadishu on Wednesday.'),
		};
		const service = corpus(files);
		const a = entityOf(service, 'a.txt', 'Jaysh al-Usra');
		assert.ok(a);
		assert.strictEqual(entityOf(service, 'b.txt', 'Jaish al-Usra'), a);
	});

	test('Should give Abu Karim al-Rasheed and Abu Karim al-Rashid one entity id', () => {
		const files = {
			'a.txt': article(' date 2024-05-14 ', 'The strike in Mosul on Tuesday killed Abu Karim al-Rasheed, a senior militia commander.'),
			'b.txt': article(' date 2024-05-14 ', 'Abu Karim al-Rashid was killed in the drone strike in Mosul on Tuesday.'),
		};
		const service = corpus(files);
		const a = entityOf(service, 'a.txt', 'Abu Karim al-Rasheed');
		assert.ok(a);
		assert.strictEqual(entityOf(service, 'b.txt', 'Abu Karim al-Rashid'), a);
	});

	test('Should keep Iraq and Iran, and Jaysh al-Usra and Asaib Ahl al-Haq, apart', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'Jaysh al-Usra, backed by Iran, claimed the drone attack in Iraq on Sunday.'),
			'b.txt': article(' date 2024-02-08 ', 'Asaib Ahl al-Haq, also close to Iran, denied any role in the attack in Iraq on Sunday.'),
		};
		const service = corpus(files);
		assert.notStrictEqual(entityOf(service, 'a.txt', 'Iran'), entityOf(service, 'a.txt', 'Iraq'));
		assert.notStrictEqual(entityOf(service, 'a.txt', 'Jaysh al-Usra'), entityOf(service, 'b.txt', 'Asaib Ahl al-Haq'));
		assert.strictEqual(entityOf(service, 'a.txt', 'Iraq'), entityOf(service, 'b.txt', 'Iraq'));
	});

	test('Should match the same strike across spellings of the group and flag its dates', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'Jaysh al-Usra said a U.S. strike in Mogadishu on Jan. 5 destroyed one of its depots.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. strike in Mogadishu on Jan. 9 destroyed a Jaish al-Usra depot.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 5' }, { file: 'b.txt', at: 'Jan. 9' }, 'claim.date-conflict', 'warning');
	});

	// --- Same-article contradictions -----------------------------------------------------------------

	test('Should note, once, an article that quotes two sources with different tolls', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'Gunmen attack village near Maiduguri', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'A local councillor said eleven civilians were killed in the attack.'),
		};
		const service = corpus(files);
		const all = findingsOf(service, 'a.txt');
		assert.strictEqual(all.length, 1, summary(service, files).join('\n'));
		const [f] = all;
		assert.strictEqual(f.code, 'claim.internal');
		assert.strictEqual(f.severity, 'information');
		assert.ok(covers(files, 'a.txt', f.span, 'two'), f.message);
		assert.ok(f.related.some(r => r.uri === uri('a.txt') && covers(files, 'a.txt', r.span, 'eleven')), JSON.stringify(f.related));
		assert.match(f.message, /^Death toll given twice in this article: here 2 \([^)]*The army\); this article also gives 11 \(A local councillor\)$/);
	});

	test('Should not flag one source repeating its own toll in the same article', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'Later the army said two civilians were killed and the attackers fled.'),
			'b.txt': article(' date 2023-11-20 ', 'Two civilians were killed in an attack near Maiduguri on Sunday.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'Two'), /✓ agrees/);
	});

	test('Should flag an article whose two sources disagree while another article agrees with one of them', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'A local councillor said eleven civilians were killed in the attack.'),
			'b.txt': article(' date 2023-11-20 ', 'Eleven civilians were killed in an attack near Maiduguri on Sunday.'),
		};
		const service = corpus(files);
		const b = findingAt(service, files, 'b.txt', 'Eleven');
		assert.ok(b, summary(service, files).join('\n'));
		assert.ok(b.related.some(r => r.uri === uri('a.txt') && covers(files, 'a.txt', r.span, 'two')));
		assert.ok(!b.related.some(r => covers(files, 'a.txt', r.span, 'eleven')), 'b agrees with the councillor');
		assert.match(hoverAt(service, files, 'b.txt', 'Eleven'), /✓ agrees/);
	});
});
