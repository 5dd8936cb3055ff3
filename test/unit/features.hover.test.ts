import * as assert from 'node:assert';
import { uri, article, corpus, summary, findingsOf, findingAt, assertNoFindings, assertNone, hoverAt, DATE_CODES } from './helpers';

/**
 * Cross-article claims: every test builds a small in-memory corpus of
 * synthetic wire, broadcast and blog articles about invented events, and
 * checks what a careful fact-checker would flag (or not) between them.
 */

suite('Claims across sources: hovers and edits', () => {

	// --- Hover cards --------------------------------------------------------------------------------

	test('Should list the contradicting article on the hover of a number', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		assert.match(card, /b\.txt/);
		assert.match(card, /✗ contradicts/);
		assert.match(card, /Three people were killed/);
		assert.doesNotMatch(card, /Only this article/);
	});

	test('Should say "Only this article reports this" for a toll no other article gives', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Kurdish officials condemned the drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		assert.match(card, /Only this article reports this/);
		assert.doesNotMatch(card, /b\.txt/);
	});

	test('Should say "No other article states this fact" for a number that is no claim', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'The bombing hit a market in Mogadishu on Monday.', 'The market has 300 stalls selling fruit and clothes.'),
			'b.txt': article(' date 2024-03-12 ', 'The bombing at the market in Mogadishu on Monday wounded dozens.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', '300');
		assert.match(card, /No other article states this fact/);
	});

	test('Should show the agreeing article on the hover of a date', () => {
		const files = {
			'a.txt': article(' date 2024-01-10 ', 'Israeli forces raided Jenin on Jan. 7, killing a commander of Islamic Jihad.'),
			'b.txt': article(' date 2024-01-08 ', 'The raid in Jenin on Sunday targeted Islamic Jihad, residents said.'),
		};
		// 2024-01-08 was a Monday: "Sunday" is Jan. 7.
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		const card = hoverAt(service, files, 'a.txt', 'Jan. 7');
		assert.match(card, /✓ agrees/);
		assert.match(card, /b\.txt/);
	});

	// --- Corpus updates -------------------------------------------------------------------------------

	test('Should drop a contradiction when the other article is deleted', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		assert.ok(findingAt(service, files, 'a.txt', 'two', 'claim.number-mismatch'), summary(service, files).join('\n'));
		assert.ok(service.deleteArticle(uri('b.txt')));
		assert.deepStrictEqual(findingsOf(service, 'a.txt'), []);
		assert.match(hoverAt(service, files, 'a.txt', 'two'), /Only this article reports this/);
	});

	test('Should clear a contradiction when the article is corrected', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		assert.ok(findingAt(service, files, 'b.txt', 'Three', 'claim.number-mismatch'), summary(service, files).join('\n'));
		const corrected = { ...files, 'b.txt': article(' date 2024-05-02 ', 'Two people were killed in a drone strike near Erbil on Tuesday.') };
		service.setArticle(uri('b.txt'), corrected['b.txt']);
		assertNoFindings(service, corrected);
		assert.match(hoverAt(service, corrected, 'a.txt', 'two'), /✓ agrees/);
	});
});
