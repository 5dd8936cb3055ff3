import * as assert from 'node:assert';
import { tokenize } from '../../server/src/core/text/scan';

/** A token as `text/kind`, with `+` before a part glued by a hyphen to the one before it. */
function shape(text: string): string[] {
	return tokenize(text).map(t => `${t.joined ? '+' : ''}${t.text}/${t.kind}`);
}

suite('Tokens', () => {
	const cases: [string, string, string[]][] = [
		['a hyphenated word is split, its parts glued', 'Moscow-based firm', ['Moscow/word', '+based/word', 'firm/word']],
		['a hyphen before a figure glues it too', 'the F-16 jets', ['the/word', 'F/word', '+16/num', 'jets/word']],
		['a spaced hyphen is punctuation', 'Oslo - The', ['Oslo/word', '-/punct', 'The/word']],
		['a hyphen at the end of the text is punctuation', 'pre-', ['pre/word', '-/punct']],
		['the dots of an abbreviation of single letters stay in the word', 'U.S. and U.K.-led forces', ['U.S./word', 'and/word', 'U.K./word', '+led/word', 'forces/word']],
		['a dot not followed by a letter and a dot ends the word', 'the U.S troops', ['the/word', 'U/word', './punct', 'S/word', 'troops/word']],
		['inner apostrophes, straight or curly, keep a word whole', "O’Neill's rock'n'roll", ["O’Neill's/word", "rock'n'roll/word"]],
		['a closing apostrophe is punctuation', "the players' union", ['the/word', 'players/word', "'/punct", 'union/word']],
		['separators inside figures', '27,000 at 9:30 on 3/4 or 2.5', ['27,000/num', 'at/word', '9:30/num', 'on/word', '3/4/num', 'or/word', '2.5/num']],
		['a separator without a digit after it ends the figure', 'rose 12. Then 4,', ['rose/word', '12/num', './punct', 'Then/word', '4/num', ',/punct']],
		['ordinal and plural endings belong to the figure', 'the 3rd in the 1990s, 21st', ['the/word', '3rd/num', 'in/word', 'the/word', '1990s/num', ',/punct', '21st/num']],
		['a combining accent stays in its word', 'cafe\u0301 owner', ['cafe\u0301/word', 'owner/word']],
		['Arabic words and Arabic-Indic digits', 'قتل ٣ أشخاص', ['قتل/word', '٣/num', 'أشخاص/word']],
		['no-break spaces and tabs separate tokens', 'two\u00a0dead\tin', ['two/word', 'dead/word', 'in/word']],
		['a letter outside the basic plane starts a word', '\u{1D400}bc def', ['\u{1D400}bc/word', 'def/word']],
	];
	for (const [what, text, expected] of cases) {
		test(`Should read ${what}`, () => assert.deepStrictEqual(shape(text), expected));
	}

	test('Should count offsets in UTF-16 code units: an emoji is one token two units long, and what follows keeps its place', () => {
		const tokens = tokenize('\u{1F600} 3 dead');
		assert.deepStrictEqual(tokens.map(t => [t.text, t.start, t.end, t.kind]), [['\u{1F600}', 0, 2, 'punct'], ['3', 3, 4, 'num'], ['dead', 5, 9, 'word']]);
	});

	test('Should make a lone surrogate a token of its own rather than fail', () => {
		assert.deepStrictEqual(shape('a\ud800b'), ['a/word', '\ud800/punct', 'b/word']);
	});

	test('Should lower-case words once and mark the capitalised ones', () => {
		const [a, b, c] = tokenize('Ömer said ÉTÉ');
		assert.deepStrictEqual([a.lower, a.cap, b.cap, c.lower, c.cap], ['ömer', true, false, 'été', true]);
	});
});
