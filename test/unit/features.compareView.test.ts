import * as assert from 'node:assert';
import { renderCompare, STANDINGS } from '../../client/src/compareHtml';
import type { CompareCell, CompareResult, PassageLocation } from '../../server/src/protocol';

/** The Compare Sources page, rendered from a comparison as the server sends it. */

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const cell = (file: string, value: string, standing: CompareCell['standing'], asOf: string, line = 3): CompareCell =>
	({ uri: `file:///news/${file}`, range: range(line), quote: `${value} people were killed`, value, attribution: file === 'b.txt' ? 'police <officials>' : null, asOf, verdict: standing === 'agrees' ? 'update' : standing, standing });

const RESULT: CompareResult = {
	event: 1,
	label: 'shooting · Half Moon Bay · 2023-01-23',
	articles: [{ uri: 'file:///news/a.txt', published: '2023-01-23' }, { uri: 'file:///news/b.txt', published: '2023-01-23' }, { uri: 'file:///news/c.txt', published: '2023-01-24' }, { uri: 'file:///news/d.txt', published: null }],
	facts: [
		{
			fact: 'dead', label: 'Death toll', change: 'rises', reference: '7',
			cells: [cell('a.txt', '7', 'agrees', '2023-01-23'), cell('b.txt', '4', 'contradicts', '2023-01-23'), cell('c.txt', '7', 'agrees', '2023-01-24')],
			values: [{ value: '7', uris: ['file:///news/a.txt', 'file:///news/c.txt'] }, { value: '4', uris: ['file:///news/b.txt'] }],
			timeline: [cell('a.txt', '7', 'agrees', '2023-01-23'), cell('b.txt', '4', 'contradicts', '2023-01-23'), cell('c.txt', '7', 'agrees', '2023-01-24')],
		},
		{
			fact: 'age', label: 'Age', change: 'fixed', reference: '67',
			cells: [cell('a.txt', '67', null, '2023-01-23', 5)],
			values: [{ value: '67', uris: ['file:///news/a.txt'] }],
			timeline: [],
		},
	],
	timeline: [],
};

function render(result = RESULT): { html: string; links: PassageLocation[] } {
	const links: PassageLocation[] = [];
	const html = renderCompare(result, { cspSource: 'vscode-resource:', nonce: 'n0nce', link: l => links.push(l) - 1 });
	return { html, links };
}

suite('Compare Sources page', () => {
	test('Should lay the facts out as a real table: caption, column headers per source oldest first, row headers per fact', () => {
		const { html } = render();
		assert.match(html, /<table id="facts" aria-describedby="legend">\s*<caption>Facts of shooting · Half Moon Bay · 2023-01-23 against 4 sources, oldest first<\/caption>/);
		const heads = [...html.matchAll(/<th scope="col"><span class="file">([^<]+)<\/span>/g)].map(m => m[1]);
		assert.deepStrictEqual(heads, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
		assert.deepStrictEqual([...html.matchAll(/<th scope="row">([^<]+)/g)].map(m => m[1]), ['Death toll', 'Age']);
		assert.match(html, /<span class="published">undated<\/span>/);
	});

	test('Should tell contradiction, agreement, a single source and "not reported" apart by mark and word, not colour alone', () => {
		const { html } = render();
		for (const kind of ['contradicts', 'agrees', 'only'] as const) {
			assert.match(html, new RegExp(`<td class="cell ${kind}"><a [^>]*aria-label="[^"]*${STANDINGS[kind].spoken}[^"]*"[^>]*><span class="mark ${kind}" aria-hidden="true">${STANDINGS[kind].mark}</span>`), kind);
			assert.match(html, new RegExp(`<span class="note" aria-hidden="true">${STANDINGS[kind].word}`), `${kind}: its word under the value`);
		}
		assert.match(html, /<td class="absent" tabindex="-1" aria-label="d\.txt: Death toll not reported">not reported<\/td>/);
		assert.ok(new Set(Object.values(STANDINGS).map(s => s.mark)).size === Object.keys(STANDINGS).length, 'one mark per standing');
	});

	test('Should group the values, most reported first, with how many sources give each', () => {
		const { html } = render();
		assert.match(html, /<td class="values" tabindex="-1"><ul><li class="reference">7 <span class="count">× 2<\/span><\/li><li>4 <span class="count">× 1<\/span><\/li><\/ul><\/td>/);
	});

	test('Should give the timeline of a changing figure, oldest first, and none for a fixed one', () => {
		const { html } = render();
		assert.match(html, /<h2>How the changing figures moved<\/h2>/);
		assert.match(html, /<section aria-label="Timeline of Death toll">/);
		assert.doesNotMatch(html, /Timeline of Age/);
		const days = [...html.matchAll(/<ol class="timeline">([\s\S]*?)<\/ol>/g)][0][1].match(/<time>([^<]+)<\/time>/g);
		assert.deepStrictEqual(days, ['<time>2023-01-23</time>', '<time>2023-01-23</time>', '<time>2023-01-24</time>']);
	});

	test('Should link each passage by an index the extension recorded, and escape what articles say', () => {
		const { html, links } = render();
		const indices = [...html.matchAll(/data-loc="(\d+)"/g)].map(m => Number(m[1]));
		assert.deepStrictEqual(indices, links.map((_, i) => i), 'every link is an index into the recorded passages');
		assert.ok(links.every(l => l.uri.startsWith('file:///news/')));
		assert.match(html, /per police &lt;officials&gt;/);
		assert.doesNotMatch(html, /<officials>/);
		assert.match(html, /<script nonce="n0nce">/);
		assert.match(html, /script-src 'nonce-n0nce'/);
		assert.ok(html.includes('ArrowRight') && html.includes('ArrowDown'), 'arrow keys move between cells');
	});
});
