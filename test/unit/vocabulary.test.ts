import * as assert from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { VOCABULARY, fingerprintOf, VOCABULARY_FINGERPRINT } from '../../server/src/core/vocabulary';
import { extractionKey, ExtractionCache } from '../../server/src/extractionCache';
import { defaultLimits, extractArticle } from '../../server/src/core';

const dir = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'core', 'vocabulary');

suite('Vocabulary', () => {
	test('Should validate every vocabulary data file against the schema', () => {
		const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(dir, 'vocabulary.schema.json'), 'utf8')));
		const files = readdirSync(dir).filter(f => f.endsWith('.json') && !['vocabulary.schema.json', 'gazetteer.json', 'commonWords.json'].includes(f));
		assert.ok(files.length >= 5, `data files: ${files.join(', ')}`);
		for (const f of files) {
			const ok = validate(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
			assert.ok(ok, `${f}: ${JSON.stringify(validate.errors)}`);
		}
	});

	test('Should reject a misspelt key or an upper-case word', () => {
		const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(dir, 'vocabulary.schema.json'), 'utf8')));
		assert.strictEqual(validate({ titel: ['mayor'] }), false);
		assert.strictEqual(validate({ titles: ['Mayor'] }), false);
	});

	test('Should change the fingerprint when a word list changes', () => {
		const changed = { ...VOCABULARY, names: { ...VOCABULARY.names, titles: [...VOCABULARY.names.titles, 'archduke'] } };
		assert.notStrictEqual(fingerprintOf(changed), VOCABULARY_FINGERPRINT);
		assert.strictEqual(fingerprintOf({ ...VOCABULARY }), VOCABULARY_FINGERPRINT);
	});
});

suite('Extraction cache key', () => {
	const text = 'LIMA, March 3, 2025 — Four people were hurt when a bus overturned, police said.\n';

	test('Should miss the cache when the vocabulary or the engine changed', () => {
		const cache = new ExtractionCache('/nonexistent/never-written.json');
		const extraction = extractArticle(text);
		cache.set(extractionKey(text, defaultLimits, 'engine-a', 'vocab-a'), extraction);
		assert.strictEqual(cache.get(extractionKey(text, defaultLimits, 'engine-a', 'vocab-a')), extraction);
		assert.strictEqual(cache.get(extractionKey(text, defaultLimits, 'engine-a', 'vocab-b')), undefined, 'changed vocabulary reused an old extraction');
		assert.strictEqual(cache.get(extractionKey(text, defaultLimits, 'engine-b', 'vocab-a')), undefined, 'changed engine reused an old extraction');
	});

	test('Should key by the text and the limits too', () => {
		const key = extractionKey(text, defaultLimits);
		assert.strictEqual(extractionKey(text, defaultLimits), key);
		assert.notStrictEqual(extractionKey(`${text} `, defaultLimits), key);
		assert.notStrictEqual(extractionKey(text, { ...defaultLimits, maxMentions: 5 }), key);
	});

	test('Should remember across sessions which cached texts read as articles by their shape', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-cache-unit-')), 'extractions.json');
		const written = new ExtractionCache(file);
		written.set('by-shape', extractArticle(text), true);
		written.set('forced', extractArticle(text));
		await written.save();
		const read = new ExtractionCache(file);
		assert.strictEqual(await read.load(), 2);
		assert.strictEqual(read.byShape('by-shape'), true);
		assert.strictEqual(read.byShape('forced'), false, 'a text made an article by the user is read again next time');
		assert.strictEqual(read.byShape('unknown'), false);
		assert.deepStrictEqual(read.get('by-shape'), JSON.parse(JSON.stringify(extractArticle(text))));
		rmSync(path.dirname(file), { recursive: true, force: true });
	});

	test('Should use the loaded vocabulary fingerprint by default', () => {
		assert.strictEqual(extractionKey(text, defaultLimits), extractionKey(text, defaultLimits, undefined, VOCABULARY_FINGERPRINT));
		assert.notStrictEqual(extractionKey(text, defaultLimits), extractionKey(text, defaultLimits, undefined, fingerprintOf({ changed: true })));
	});
});
