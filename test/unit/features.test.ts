import * as assert from 'node:assert';
import { createCorroborateService, noCancellation } from '../../server/src/core';

const a = ' date 2024-03-04 \n\nBEIRUT — An Israeli airstrike in Beirut on Monday killed three members of Kataib al-Fath, police said.\nThe group named one of the dead as Abu Hassan al-Saedi.\n';
const b = ' date 2024-03-04 \n\nBEIRUT — Five members of Kataeb al-Fath were killed when an airstrike hit Beirut on Monday, the group said.\nAbu Hassan al-Saadi was among them, according to Abu Hassan al-Saadi\'s family.\n';
const c = ' date 2024-03-05 \n\nBEIRUT — Officials said the strike on Monday in Beirut targeted Kataib al-Fath; Abu Hassan al-Saadi, a commander, died.\n';

function service() {
	const s = createCorroborateService();
	s.setArticle('file:///ws/a.txt', a);
	s.setArticle('file:///ws/b.txt', b);
	s.setArticle('file:///ws/c.txt', c);
	return s;
}

suite('Editor features in the core', () => {
	test('Should hint at a transliteration variant, pointing at the common spelling', () => {
		const hints = service().computeDiagnostics('file:///ws/a.txt', noCancellation).filter(f => f.code === 'actor.spelling-variant');
		assert.strictEqual(hints.length, 1);
		assert.strictEqual(a.slice(hints[0].span.start, hints[0].span.end), 'Abu Hassan al-Saedi');
		assert.match(hints[0].message, /al-Saadi/);
		assert.ok(hints[0].related[0].uri !== 'file:///ws/a.txt');
	});

	test('Should outline the article\'s events with their claims', () => {
		const symbols = service().getDocumentSymbols('file:///ws/a.txt', noCancellation);
		const events = symbols.find(s => s.name === 'Events');
		assert.ok(events, JSON.stringify(symbols.map(s => s.name)));
		const claims = events.children.flatMap(e => e.children);
		assert.ok(claims.some(c => c.name === 'Death toll' && /three/.test(c.detail)), JSON.stringify(claims));
	});

	test('Should list on an actor\'s hover the compared statements that name it', () => {
		const s = service();
		const at = b.indexOf('Kataeb al-Fath') + 2;
		const card = s.getHover('file:///ws/b.txt', at, noCancellation);
		assert.ok(card);
		assert.match(card.markdown, /a\.txt: “Kataib al-Fath”/);
		assert.match(card.markdown, /In compared statements/);
		assert.match(card.markdown, /Death toll: “[^”]*three/);
	});
});
