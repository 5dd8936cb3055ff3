import * as assert from 'node:assert';
import fc from 'fast-check';
import { createCorroborateService, extractArticle, noCancellation } from '../../server/src/core';

// Pieces of news copy, unicode and noise that generated texts are made of.
const SENTENCES = [
	'A drone strike in Aden on Friday killed four members of Liwa al-Fajr, officials said.',
	'More than 40 people were injured, according to the Health Ministry.',
	'The attack came at 11:15 p.m. local time (20:15 GMT) on March 3.',
	'Brig. Gen. Anna K. Morrow said nearly 240 incidents had been logged since Sept. 9.',
	'Khaled Yusuf “Abu Tariq” al-Hashimi, known as Abu Tareq, was among the dead.',
	'BEIRUT (AP) — Dozens of rockets hit the Golan Heights last month.',
	'قال مسؤولون عراقيون إن ثلاثة قتلوا', '🔥🔥 Breaking: F-16s and F-15E jets struck Depot 9 🚀', 'Copyright 2024. All rights reserved.',
];
const NOISE = ['\r\n', '\n', '\r', '\t', '\u0000', '\u001b[31m', '\u2028', '\ufeff', '  ', '—', '"', '’s', '(', ')', '12,345', '2024-02-07'];

const piece = fc.oneof(
	fc.constantFrom(...SENTENCES),
	fc.constantFrom(...NOISE),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 10 }),
);
const article = fc.array(piece, { maxLength: 30 }).map(parts => parts.join(' '));

suite('Properties over generated texts', () => {
	test('Should report every mention inside the text, covering exactly its words, within a time bound (10,000 texts)', () => {
		fc.assert(fc.property(article, text => {
			const started = Date.now();
			const extraction = extractArticle(text);
			assert.ok(Date.now() - started < 2000, 'analysis of a short text finishes within 2 s');
			for (const m of extraction.mentions) {
				assert.ok(0 <= m.span.start && m.span.start < m.span.end && m.span.end <= text.length, `span ${m.span.start}-${m.span.end} inside ${text.length}`);
				assert.strictEqual(text.slice(m.span.start, m.span.end), m.text);
			}
			for (const c of extraction.claims) {
				assert.ok(0 <= c.span.start && c.span.start <= c.span.end && c.span.end <= text.length);
			}
		}), { numRuns: 10_000, seed: 20261122 });
	});

	test('Should keep findings inside their articles across a generated corpus', () => {
		fc.assert(fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), texts => {
			const service = createCorroborateService();
			texts.forEach((t, i) => service.setArticle(`file:///ws/${i}.txt`, t));
			texts.forEach((t, i) => {
				for (const f of service.computeDiagnostics(`file:///ws/${i}.txt`, noCancellation)) {
					assert.ok(f.span.start >= 0 && f.span.end <= t.length);
					for (const r of f.related) {
						const other = texts[Number(/(\d+)\.txt$/.exec(r.uri)![1])];
						assert.ok(r.span.start >= 0 && r.span.end <= other.length);
					}
				}
			});
		}), { numRuns: 300, seed: 7 });
	});
});

suite('Words that are also JavaScript property names', () => {
	test('Should not read "constructor", "toString" or "__proto__" as numbers, actors, places or zones', () => {
		const text = 'The constructor said toString hasOwnProperty valueOf __proto__ killed Constructor people at 9 p.m. Constructor time on Monday.';
		const extraction = extractArticle(text);
		assert.ok(extraction.mentions.every(m => m.kind !== 'number'), JSON.stringify(extraction.mentions.filter(m => m.kind === 'number')));
		assert.ok(extraction.mentions.every(m => m.kind !== 'time' || m.zone === null || typeof m.zone === 'number' || typeof m.zone === 'string'));
	});
});
