import * as assert from 'node:assert';
import { dayNumber, resolveDate } from '../../server/src/core/mentions/dateValues';
import { resolveEntities, type NameSighting } from '../../server/src/core/mentions/entities';
import { isAcronymOf, nameSkeleton } from '../../server/src/core/mentions/nameForms';
import { decodeArticle } from '../../server/src/files';

const ref = dayNumber(2024, 2, 7); // a Wednesday

suite('Date resolution', () => {
	const cases: [string, Parameters<typeof resolveDate>[0], string | null, number | null][] = [
		['a weekday resolves to the latest such day on or before the dateline', { type: 'weekday', weekday: 3, direction: 'past' }, '2024-02-07', ref],
		['Monday before a Wednesday dateline is two days earlier', { type: 'weekday', weekday: 1, direction: 'past' }, '2024-02-05', ref],
		['Friday leans to the past', { type: 'weekday', weekday: 5, direction: 'past' }, '2024-02-02', ref],
		['a future Friday is the next one', { type: 'weekday', weekday: 5, direction: 'future' }, '2024-02-09', ref],
		['a month without a year after the dateline month is last year', { type: 'absolute', month: 10, day: 7 }, '2023-10-07', ref],
		['a month without a year before the dateline is this year', { type: 'absolute', month: 1, day: 28 }, '2024-01-28', ref],
		['a month alone keeps month granularity', { type: 'absolute', month: 1 }, '2024-01', ref],
		['late January is its last third', { type: 'absolute', month: 1, part: 'late' }, '2024-01-21/2024-01-31', ref],
		['last month is the previous calendar month', { type: 'offset', unit: 'month', amount: -1 }, '2024-01', ref],
		['last week is the previous Monday to Sunday', { type: 'offset', unit: 'week', amount: -1 }, '2024-01-29/2024-02-04', ref],
		['three days ago counts back from the dateline', { type: 'offset', unit: 'day', amount: -3 }, '2024-02-04', ref],
		['a year alone', { type: 'absolute', year: 2014 }, '2014', ref],
		['a full date needs no reference', { type: 'absolute', year: 2021, month: 6, day: 28 }, '2021-06-28', null],
		['an undated article keeps relative dates unresolved', { type: 'weekday', weekday: 3, direction: 'past' }, null, null],
		['an undated article keeps yearless dates unresolved', { type: 'absolute', month: 1, day: 28 }, null, null],
	];
	for (const [name, expr, iso, reference] of cases) {
		test(`Should resolve: ${name}`, () => {
			assert.strictEqual(resolveDate(expr, reference)?.iso ?? null, iso);
		});
	}
});

suite('Name variants', () => {
	test('Should give transliteration variants one skeleton', () => {
		assert.deepStrictEqual(nameSkeleton('Abu Tariq al-Hashemi'), nameSkeleton('Abu Tareq Al-Hashimi'));
		assert.deepStrictEqual(nameSkeleton('Liwa Hezbollah al-Fajr'), nameSkeleton('Liwa Hizballah al-Fajr'));
		assert.deepStrictEqual(nameSkeleton('Kataib Ansar al-Haqq'), nameSkeleton('Kataeb Ansar al-Hak'));
		assert.deepStrictEqual(nameSkeleton('Haraqat al Fajr'), nameSkeleton('Harakat al-Fajr'));
	});
	test('Should keep look-alike names apart', () => {
		assert.notDeepStrictEqual(nameSkeleton('Iraq'), nameSkeleton('Iran'));
		assert.notDeepStrictEqual(nameSkeleton('Abu Tariq al-Hashimi'), nameSkeleton('Abu Salim al-Obeidi'));
	});
	test('Should read acronyms as initials or word prefixes', () => {
		assert.ok(isAcronymOf('IRGC', ['islamic', 'revolutionary', 'guard', 'corps']));
		assert.ok(isAcronymOf('Centcom', ['central', 'command']));
		assert.ok(!isAcronymOf('Centcom', ['central', 'intelligence']));
	});

	const sighting = (article: string, name: string, type: NameSighting['type'], aliases: string[] = []): NameSighting => ({ article, name, type, aliases });
	test('Should merge spellings, short forms and acronyms into one entity across articles', () => {
		const index = resolveEntities([
			sighting('a', 'Kataib Ansar al-Haqq', 'group'), sighting('b', 'Kataeb Ansar al-Haqq', 'group'), sighting('c', 'Kataib Ansar al-Fajr', 'group'),
			sighting('a', 'Joe Biden', 'person'), sighting('b', 'Biden', 'person'),
			sighting('a', 'U.S. Central Command', 'organization'), sighting('b', 'Centcom', 'organization'),
			sighting('a', 'Iraq', 'state'), sighting('b', 'Iran', 'state'),
		]);
		const id = (article: string, name: string) => index.entityOf(article, name)?.id;
		assert.strictEqual(id('a', 'Kataib Ansar al-Haqq'), id('b', 'Kataeb Ansar al-Haqq'));
		assert.notStrictEqual(id('a', 'Kataib Ansar al-Haqq'), id('c', 'Kataib Ansar al-Fajr'));
		assert.strictEqual(id('a', 'Joe Biden'), id('b', 'Biden'));
		assert.strictEqual(id('a', 'U.S. Central Command'), id('b', 'Centcom'));
		assert.notStrictEqual(id('a', 'Iraq'), id('b', 'Iran'));
	});
	test('Should not merge a surname shared by two people', () => {
		const index = resolveEntities([sighting('a', 'John Smith', 'person'), sighting('b', 'Jane Smith', 'person'), sighting('c', 'Smith', 'person')]);
		assert.notStrictEqual(index.entityOf('a', 'John Smith')?.id, index.entityOf('b', 'Jane Smith')?.id);
		assert.notStrictEqual(index.entityOf('c', 'Smith')?.id, index.entityOf('a', 'John Smith')?.id);
	});
});

suite('Decoding article files', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);
	test('Should read UTF-8 and drop a BOM', () => {
		const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Baghdad')]));
		assert.deepStrictEqual(r, { ok: true, text: 'Baghdad' });
	});
	test('Should read UTF-16 with a BOM', () => {
		const text = 'Erbil – أربيل';
		const le = new Uint8Array(2 + text.length * 2);
		le.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) { le[2 + 2 * i] = text.charCodeAt(i) & 0xff; le[3 + 2 * i] = text.charCodeAt(i) >> 8; }
		assert.deepStrictEqual(decodeArticle(le), { ok: true, text });
	});
	test('Should refuse binary files and invalid UTF-8 with a reason', () => {
		const binary = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
		assert.ok(!binary.ok && /binary/.test(binary.reason));
		const invalid = decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
		assert.ok(!invalid.ok && /UTF-8/.test(invalid.reason));
	});
});
