import * as assert from 'node:assert';
import { Overlay } from '../../server/src/core/util/collections';
import { memoised, memoisedBy } from '../../server/src/core/util/memo';

suite('Overlay map (an edit over the last full view)', () => {
	const base = new Map([['a', 1], ['b', 2], ['c', 3]]);

	test('Should read changed entries from the changes and the others from the base, leaving the base alone', () => {
		const overlay = new Overlay(base).set('b', 20).set('d', 4);
		assert.strictEqual(overlay.get('a'), 1);
		assert.strictEqual(overlay.get('b'), 20);
		assert.strictEqual(overlay.get('d'), 4);
		assert.strictEqual(overlay.get('e'), undefined);
		assert.ok(overlay.has('d') && overlay.has('a') && !overlay.has('e'));
		assert.deepStrictEqual([...base], [['a', 1], ['b', 2], ['c', 3]]);
	});

	test('Should count and iterate every key once, in the base order then the new keys', () => {
		const overlay = new Overlay(base).set('b', 20).set('d', 4).set('d', 5);
		assert.strictEqual(overlay.size, 4);
		assert.deepStrictEqual([...overlay], [['a', 1], ['b', 20], ['c', 3], ['d', 5]]);
		assert.deepStrictEqual([...overlay.keys()], ['a', 'b', 'c', 'd']);
		assert.deepStrictEqual([...overlay.values()], [1, 20, 3, 5]);
		const seen: string[] = [];
		overlay.forEach((v, k) => seen.push(`${k}=${v}`));
		assert.deepStrictEqual(seen, ['a=1', 'b=20', 'c=3', 'd=5']);
	});
});

suite('Remembered values', () => {
	test('Should compute a value once per string key, and again after the bound empties the memory', () => {
		let calls = 0;
		const upper = memoised((s: string) => { calls++; return s.toUpperCase(); }, 2);
		assert.deepStrictEqual([upper('a'), upper('a'), upper('b')], ['A', 'A', 'B']);
		assert.strictEqual(calls, 2);
		upper('c');
		upper('a');
		assert.strictEqual(calls, 4);
	});

	test('Should compute a value once per object, from the arguments of the first call', () => {
		let calls = 0;
		const sizeOf = memoisedBy((list: readonly number[], offset: number) => { calls++; return list.length + offset; });
		const list = [1, 2, 3];
		assert.strictEqual(sizeOf(list, 10), 13);
		assert.strictEqual(sizeOf(list, 99), 13);
		assert.strictEqual(sizeOf([1], 0), 1);
		assert.strictEqual(calls, 2);
	});
});
