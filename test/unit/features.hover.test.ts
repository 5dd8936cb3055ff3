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
		assert.doesNotMatch(card, /No other article|none states this fact/);
	});

	test('Should show the current figure on the words of a toll that also name its earlier figure', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A mine collapsed in Kestrel on Tuesday.', 'The death toll, once reported at 12, has now risen to 19, the governor said.'),
			'b.txt': article(' date 2024-05-02 ', 'Nineteen miners were killed when a mine collapsed in Kestrel on Tuesday.'),
		};
		const service = corpus(files);
		// "death" opens the words of both figures; the card is the current one's, compared with b.txt.
		const card = hoverAt(service, files, 'a.txt', 'death toll');
		assert.match(card, /here \*\*19\*\*/);
		assert.match(card, /b\.txt/);
	});

	test('Should say the event is matched but the fact not stated elsewhere, for a toll no other article gives', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Kurdish officials condemned the drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		assert.match(card, /1 other article tells of this event, but none states this fact/);
		assert.doesNotMatch(card, /b\.txt/);
	});

	test('Should say why a number is not compared when no fact word stands beside it', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'The bombing hit a market in Mogadishu on Monday.', 'Traders said 300 of them would reopen next week.'),
			'b.txt': article(' date 2024-03-12 ', 'The bombing at the market in Mogadishu on Monday wounded dozens.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', '300');
		assert.match(card, /Not compared: Corroborate found no fact this number states/);
		assert.doesNotMatch(card, /No other article/);
	});

	test('Should say when no other article was matched to the event, and how many state the fact of other events', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'A flood in Dhaka on Sunday killed 40 people.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		assert.match(card, /No other article was matched to this event \([^)]*Erbil[^)]*\); 1 other article states this fact about other events\./);
	});

	test('Should group the other articles by value on a fact card, one line per value, each quoted', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
			'c.txt': article(' date 2024-05-02 ', 'The drone strike near Erbil on Tuesday killed three people, officials said.'),
			'd.txt': article(' date 2024-05-02 ', 'Two people died when a drone struck near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		const lines = card.split('\n');
		assert.match(lines[0], /^\*\*Death toll\*\* — here \*\*2\*\* “killed two people”/);
		assert.match(card, /3 other articles: /);
		const three = lines.filter(l => /^- ✗ \*\*3\*\*/.test(l));
		assert.strictEqual(three.length, 1, card);
		assert.match(three[0], /“Three people were killed” \[b\.txt:2\]/);
		assert.match(three[0], /also \[c\.txt:2\]\(file:\/\/\/ws\/c\.txt#L2\) \(officials\)/);
		assert.strictEqual(lines.filter(l => /^- ✓ \*\*2\*\*/.test(l)).length, 1, card);
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
		assert.match(hoverAt(service, files, 'a.txt', 'two'), /^\*\*Death toll\*\* — here \*\*2\*\*[^\n]*\n\nNo other article was matched to this event[^;]*\.$/);
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
