import * as assert from 'node:assert';
import { noCancellation } from '../../server/src/core/index';
import { utcMinutes, type ResolvedClaim } from '../../server/src/core/events/placedClaims';
import { parseIsoDay } from '../../server/src/core/mentions/dateValues';
import { uri, article, corpus, offsetOf, summary, findingsOf, findingAt, assertConflict, assertNone, hoverAt, checkPair, DATE_CODES, TIME_CODES, type Pair } from './helpers';

/**
 * Cross-article claims: every test builds a small in-memory corpus of
 * synthetic wire, broadcast and blog articles about invented events, and
 * checks what a careful fact-checker would flag (or not) between them.
 */

suite('Claims across sources: dates and times', () => {
	// --- Dates --------------------------------------------------------------------------------------
	const dates: Pair[] = [
		{
			name: 'Should accept "in January" and "on January 4th" for the same strike',
			a: [' date 2024-01-20 ', 'A U.S. drone strike in Mogadishu in January killed a senior commander of Saraya al-Nour.'],
			b: [' date 2024-01-20 ', 'The drone strike in Mogadishu on January 4th targeted a Saraya al-Nour headquarters.'],
			none: DATE_CODES,
			hover: ['b.txt', 'January 4th', /≈ (?:is|are) compatible/],
		},
		{
			// 2024-02-07 was a Wednesday: "Monday" is Feb. 5.
			name: 'Should resolve "on Monday" against the dateline and accept "Feb. 5"',
			a: [' date 2024-02-07 ', 'An Israeli airstrike on a car in Nablus on Monday killed two members of the Lions\' Den.'],
			b: [' date 2024-02-09 ', 'The airstrike in Nablus on Feb. 5 hit a car carrying Lions\' Den members.'],
			none: DATE_CODES,
			hover: ['a.txt', 'Monday', /2024-02-05/, /b\.txt/],
		},
		{
			// 2024-02-07 was a Wednesday.
			name: 'Should resolve a weekday equal to the dateline\'s own day to that day',
			a: [' date 2024-02-07 ', 'A U.S. strike in Mogadishu on Wednesday killed a Jaysh al-Usra commander.'],
			b: [' date 2024-02-08 ', 'The U.S. strike in Mogadishu on Feb. 7 killed a Jaysh al-Usra commander, the Pentagon said.'],
			none: DATE_CODES,
			hover: ['a.txt', 'Wednesday', /2024-02-07/],
		},
		{
			name: 'Should resolve "yesterday" against the dateline and accept the explicit date',
			a: [' date 2024-06-15 ', 'Gunmen in a raid on a village near Maiduguri yesterday abducted dozens of farmers, Boko Haram fighters were blamed.'],
			b: [' date 2024-06-16 ', 'Boko Haram fighters carried out the raid near Maiduguri on June 14, residents said.'],
			none: DATE_CODES,
			hover: ['a.txt', 'yesterday', /2024-06-14/],
		},
		{
			name: 'Should not connect two Kharkiv shellings two days apart when no party is shared',
			a: [' date 2024-03-06 ', 'Russian shelling of a residential district in Kharkiv on March 3 killed four people.'],
			b: [' date 2024-03-06 ', 'Shelling in Kharkiv on March 5 killed nine people, the regional governor said.'],
			hover: ['a.txt', 'four', /No other article was matched to this event/],
		},
		{
			name: 'Should not connect strikes more than 30 days apart even with the same place and group',
			a: [' date 2024-03-01 ', 'A drone strike in Mogadishu on Jan. 5 killed two Saraya al-Nour commanders.'],
			b: [' date 2024-03-01 ', 'A drone strike in Mogadishu on Feb. 20 killed five Saraya al-Nour commanders.'],
			hover: ['b.txt', 'five', /No other article was matched to this event/],
		},
		{
			name: 'Should flag "in January" against "on Feb. 3" for the same strike',
			a: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu in January destroyed a Jaysh al-Usra command post.'],
			b: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu on Feb. 3 destroyed a Jaysh al-Usra command post.'],
			at: ['January', 'Feb. 3'], code: 'claim.date-conflict', severity: 'warning',
		},
		{
			name: 'Should accept "early January" and "Jan. 4" for the same strike',
			a: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu in early January destroyed a Jaysh al-Usra command post.'],
			b: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu on Jan. 4 destroyed a Jaysh al-Usra command post.'],
			none: DATE_CODES,
			hover: ['b.txt', 'Jan. 4', /a\.txt/],
		},
		{
			name: 'Should flag "late January" against "Jan. 4" for the same strike',
			a: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu in late January destroyed a Jaysh al-Usra command post.'],
			b: [' date 2024-02-20 ', 'The U.S. strike in Mogadishu on Jan. 4 destroyed a Jaysh al-Usra command post.'],
			at: ['January', 'Jan. 4'], code: 'claim.date-conflict', severity: 'warning',
		},
	];
	for (const p of dates) { test(p.name, () => checkPair(p)); }

	test('Should flag "on Jan. 5" against "on Jan. 9" for the same strike on a named group in a named city', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'A U.S. drone strike in Mogadishu on Jan. 5 hit a Saraya al-Nour headquarters.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. drone strike in Mogadishu on Jan. 9 destroyed a Saraya al-Nour headquarters.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 5' }, { file: 'b.txt', at: 'Jan. 9' }, 'claim.date-conflict', 'warning');
		const message = findingAt(service, files, 'a.txt', 'Jan. 5')!.message;
		assert.match(message, /2024-01-05/);
		assert.match(message, /2024-01-09/);
	});

	test('Should flag the same weekday word when two datelines put it in different weeks', () => {
		// Dated Wed 2024-02-07, "Tuesday" is Feb. 6; dated Wed 2024-02-14, "Tuesday" is Feb. 13.
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'A drone strike in Mogadishu on Tuesday hit a Jaysh al-Usra weapons depot.'),
			'b.txt': article(' date 2024-02-14 ', 'The drone strike in Mogadishu on Tuesday destroyed a Jaysh al-Usra weapons depot.'),
		};
		const service = corpus(files);
		// Weekdays are resolved against each article's own dateline, which may be when it was updated rather than
		// written: a conflict between two of them is information, not a warning.
		assertConflict(service, files, { file: 'a.txt', at: 'Tuesday' }, { file: 'b.txt', at: 'Tuesday' }, 'claim.date-conflict', 'information');
		const message = findingAt(service, files, 'a.txt', 'Tuesday')!.message;
		assert.match(message, /2024-02-06/);
		assert.match(message, /2024-02-13/);
	});

	test('Should lower a date conflict to information when one side\'s date is estimated from another dateline', () => {
		const files = {
			'a.txt': article(' date 2024-01-10 ', 'Israeli forces carried out a raid in Jenin on Jan. 7 against Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
			'b.txt': article('The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters, witnesses said.', 'Funerals were held in the camp on Jan. 9.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 7' }, { file: 'b.txt', at: 'Jan. 5' }, 'claim.date-conflict', 'information');
		assert.match(findingAt(service, files, 'b.txt', 'Jan. 5')!.message, /estimated from a\.txt/);
		const report = service.getReport(noCancellation);
		assert.deepStrictEqual(report.files.find(f => f.uri === uri('b.txt'))?.reference, { date: '2024-01-10', from: uri('a.txt') });
	});

	test('Should keep an estimated date at information even when a dated article says the same date', () => {
		const files = {
			'a.txt': article(' date 2024-01-10 ', 'Israeli forces carried out a raid in Jenin on Jan. 7 against Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
			'b.txt': article(' date 2024-01-10 ', 'The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters.'),
			'c.txt': article('The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
		};
		const service = corpus(files);
		const dated = findingAt(service, files, 'b.txt', 'Jan. 5', 'claim.date-conflict');
		const estimated = findingAt(service, files, 'c.txt', 'Jan. 5', 'claim.date-conflict');
		assert.ok(dated && estimated, summary(service, files).join('\n'));
		assert.strictEqual(dated.severity, 'warning', dated.message);
		assert.match(estimated.message, /estimated from a\.txt/);
		assert.strictEqual(estimated.severity, 'information', `c.txt's year is only estimated: ${estimated.message}`);
	});

	test('Should keep a town named first in a headline a place, so its raid still matches another account', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'Two fighters were killed in a raid in Jenin on Monday.'),
			'b.txt': article(' date 2024-07-09 ', 'Jenin raid: camp counts its dead', 'Five fighters were killed in the raid in Jenin on Monday.'),
		};
		const service = corpus(files);
		const file = service.getReport(noCancellation).files.find(f => f.uri === uri('b.txt'))!;
		const inJenin = file.mentions.find(m => m.kind === 'actor' && m.span.start === offsetOf(files, 'b.txt', 'Jenin', 1));
		assert.strictEqual(inJenin?.type, 'place', '"in Jenin" names a place');
		assertConflict(service, files, { file: 'a.txt', at: 'Two' }, { file: 'b.txt', at: 'Five' }, 'claim.number-mismatch', 'error');
	});

	test('Should report one date finding per article when the same wrong date is repeated', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'A U.S. drone strike in Mogadishu on Jan. 5 hit a Saraya al-Nour headquarters.', 'The strike on Jan. 5 was the first in the capital this year.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. drone strike in Mogadishu on Jan. 9 destroyed a Saraya al-Nour headquarters.'),
		};
		const service = corpus(files);
		const dates = findingsOf(service, 'a.txt').filter(f => f.code === 'claim.date-conflict');
		assert.strictEqual(dates.length, 1, summary(service, files).join('\n'));
	});

	// --- Dateline formats -------------------------------------------------------------------------------

	test('Should read "February 21, 2024" alone on a line as the dateline and resolve weekdays against it', () => {
		// 2024-02-21 was a Wednesday: "Tuesday" is Feb. 20.
		const files = {
			'a.txt': article('February 21, 2024', 'A drone attack on a fuel depot near Odesa on Tuesday set tanks ablaze.'),
			'b.txt': article(' date 2024-02-21 ', 'The drone attack near Odesa on Feb. 20 hit a fuel depot.'),
		};
		const service = corpus(files);
		const report = service.getReport(noCancellation);
		assert.strictEqual(report.files.find(f => f.uri === uri('a.txt'))?.published, '2024-02-21');
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'a.txt', 'Tuesday'), /2024-02-20/);
	});

	test('Should read "MOGADISHU, Feb. 7, 2024 —" as the dateline', () => {
		const files = {
			'a.txt': article('MOGADISHU, Feb. 7, 2024 — A U.S. drone strike in Mogadishu on Monday killed a Jaysh al-Usra commander.'),
			'b.txt': article(' date 2024-02-07 ', 'The U.S. drone strike in Mogadishu on Feb. 4 killed a Jaysh al-Usra commander.'),
		};
		const service = corpus(files);
		const report = service.getReport(noCancellation);
		assert.strictEqual(report.files.find(f => f.uri === uri('a.txt'))?.published, '2024-02-07');
		// Monday before Wed 2024-02-07 is Feb. 5, one day after the other account's Feb. 4: a date resolved from a
		// weekday is less sure than one written out, so it is information, not a warning.
		assertConflict(service, files, { file: 'a.txt', at: 'Monday' }, { file: 'b.txt', at: 'Feb. 4' }, 'claim.date-conflict', 'information');
	});

	// --- Times --------------------------------------------------------------------------------------
	const times: Pair[] = [
		{
			name: 'Should accept "9:30 p.m. local time" in Mogadishu and "18:30 GMT"',
			a: [' date 2024-02-07 ', 'The drone strike in Mogadishu on Wednesday came at 9:30 p.m. local time.'],
			b: [' date 2024-02-07 ', 'The strike in Mogadishu on Wednesday came at 18:30 GMT, a U.S. official said.'],
			none: TIME_CODES,
			hover: ['a.txt', '9:30', /18:30 UTC/, /b\.txt/],
		},
		{
			name: 'Should flag "20:00 GMT" against "9:30 p.m. local time" in Mogadishu',
			a: [' date 2024-02-07 ', 'The drone strike in Mogadishu on Wednesday came at 9:30 p.m. local time.'],
			b: [' date 2024-02-07 ', 'The strike in Mogadishu on Wednesday came at 20:00 GMT.'],
			at: ['9:30 p.m.', '20:00'], code: 'claim.time-conflict', severity: 'warning',
		},
		{
			name: 'Should treat an unzoned time as the local time of the event\'s place',
			a: [' date 2024-02-07 ', 'The drone strike in Mogadishu on Wednesday came at 9:30 p.m.'],
			b: [' date 2024-02-07 ', 'The strike in Mogadishu on Wednesday came at 18:30 GMT.'],
			none: TIME_CODES,
			hover: ['b.txt', '18:30', /a\.txt/],
		},
		{
			name: 'Should accept unzoned "10 p.m." and "10:20 p.m." for the same attack',
			a: [' date 2023-10-03 ', 'The attack on a police station in Peshawar on Monday began at 10 p.m.'],
			b: [' date 2023-10-03 ', 'The attack in Peshawar on Monday began at 10:20 p.m., police said.'],
			none: TIME_CODES,
			hover: ['a.txt', '10 p.m.', /b\.txt/],
		},
		{
			name: 'Should flag unzoned "2 a.m." against "4 a.m." for the same raid',
			a: [' date 2024-07-09 ', 'The raid in Jenin on Monday began at 2 a.m., residents said.'],
			b: [' date 2024-07-09 ', 'The raid in Jenin on Monday began at 4 a.m.'],
			at: ['2 a.m.', '4 a.m.'], code: 'claim.time-conflict', severity: 'warning',
		},
		{
			name: 'Should accept "11:50 p.m." and "midnight" across the day boundary',
			a: [' date 2024-07-09 ', 'The raid in Jenin on Monday began at 11:50 p.m.'],
			b: [' date 2024-07-09 ', 'The raid in Jenin on Monday began at midnight, witnesses said.'],
			none: TIME_CODES,
			hover: ['a.txt', '11:50', /b\.txt/],
		},
		{
			name: 'Should convert Kharkiv local time with winter time: "6:10 a.m. local time" equals "04:10 GMT" in January',
			a: [' date 2024-01-24 ', 'The missile attack in Kharkiv on Tuesday struck at 6:10 a.m. local time.'],
			b: [' date 2024-01-24 ', 'The missile attack in Kharkiv on Tuesday struck at 04:10 GMT.'],
			none: TIME_CODES,
			hover: ['a.txt', '6:10', /04:10 UTC/],
		},
		{
			name: 'Should convert Kharkiv local time with summer time: "6:10 a.m. local time" is not "04:10 GMT" in July',
			a: [' date 2024-07-17 ', 'The missile attack in Kharkiv on Tuesday struck at 6:10 a.m. local time.'],
			b: [' date 2024-07-17 ', 'The missile attack in Kharkiv on Tuesday struck at 04:10 GMT.'],
			at: ['6:10', '04:10'], code: 'claim.time-conflict', severity: 'warning',
		},
	];
	for (const p of times) { test(p.name, () => checkPair(p)); }
});

suite('Clock times in UTC', () => {
	/** A time claim of 12:47 without a zone, at an event whose place lies in `zone`, on `day` (or an unknown day). */
	const at1247 = (zone: string, day: string | null) => ({
		mention: { kind: 'time', span: { start: 0, end: 5 }, text: '12:47', hour: 12, minute: 47, zone: null },
		zone, date: null, reference: { day: day ? parseIsoDay(day) : null, borrowedFrom: null },
	}) as unknown as ResolvedClaim;

	test('Should convert a local time by the zone\'s offset on the article\'s day', () => {
		assert.strictEqual(utcMinutes(at1247('America/New_York', '2024-01-15')), 17 * 60 + 47);
		assert.strictEqual(utcMinutes(at1247('America/New_York', '2024-07-15')), 16 * 60 + 47);
	});

	test('Should convert the time of an undated article by the zone\'s rules of today (Istanbul: UTC+3, not the +2 of 1970)', () => {
		assert.strictEqual(utcMinutes(at1247('Europe/Istanbul', null)), 9 * 60 + 47);
	});

	test('Should not convert the time of an undated article where summer time makes the offset depend on the day', () => {
		assert.strictEqual(utcMinutes(at1247('America/New_York', null)), null);
	});
});
