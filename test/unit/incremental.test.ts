import * as assert from 'node:assert';
import { createCorroborateService, noCancellation } from '../../server/src/core';

const a = (toll: string) => ` date 2024-03-04 \n\nMOGADISHU — A car bombing at a market in Mogadishu on Monday killed ${toll} people, police said.\n`;
const b = ' date 2024-03-04 \n\nMOGADISHU — Five people were killed when a car bombing hit a market in Mogadishu on Monday, a hospital official said.\n';

suite('Edits', () => {
	test('Should report an edit at once from a provisional view, and the same after settling as a cold analysis', () => {
		const service = createCorroborateService();
		service.setArticle('file:///ws/a.txt', a('five'));
		service.setArticle('file:///ws/b.txt', b);
		assert.deepStrictEqual(service.computeDiagnostics('file:///ws/a.txt', noCancellation), []);
		service.setArticle('file:///ws/a.txt', a('nine'));
		assert.ok(service.isProvisional());
		const provisional = service.computeDiagnostics('file:///ws/b.txt', noCancellation);
		assert.ok(provisional.some(f => /^Death toll: here 5 \(2024-03-04, a hospital official\); 1 source at the same time gives 9 \(police\)$/.test(f.message)), `the other article sees the new toll before any full recomputation: ${provisional.map(f => f.message).join(' | ')}`);
		service.settle();
		assert.ok(!service.isProvisional());
		const cold = createCorroborateService();
		cold.setArticle('file:///ws/a.txt', a('nine'));
		cold.setArticle('file:///ws/b.txt', b);
		for (const uri of ['file:///ws/a.txt', 'file:///ws/b.txt']) {
			assert.deepStrictEqual(service.computeDiagnostics(uri, noCancellation), cold.computeDiagnostics(uri, noCancellation));
		}
	});
	test('Should give, from a provisional view, the findings of the whole folder in order, as a cold analysis does', () => {
		const flood = (count: string) => ` date 2024-05-10 \n\nPORTO ALEGRE — Floods in Porto Alegre on Thursday left ${count} people dead, the civil defence agency said.\n`;
		const texts: Record<string, string> = { 'a.txt': a('five'), 'b.txt': b, 'c.txt': flood('twelve'), 'd.txt': flood('fifteen'), 'e.txt': b.replace('Five', 'Seven') };
		const service = createCorroborateService();
		for (const [name, text] of Object.entries(texts)) { service.setArticle(`file:///ws/${name}`, text); }
		const before = service.getReport(noCancellation).findings;
		assert.ok(before.some(f => f.uri.endsWith('c.txt')) && before.some(f => f.uri.endsWith('e.txt')), `both events have findings before the edit: ${before.map(f => f.uri).join(' ')}`);
		for (const [name, text] of [['a.txt', a('nine')], ['d.txt', flood('twelve')]]) {
			service.setArticle(`file:///ws/${name}`, text);
			texts[name] = text;
			assert.ok(service.isProvisional());
			const cold = createCorroborateService();
			for (const [n, t] of Object.entries(texts)) { cold.setArticle(`file:///ws/${n}`, t); }
			const shown = (fs: readonly { uri: string; span: { start: number }; message: string }[]) => fs.map(f => `${f.uri.slice(-5)}@${f.span.start}: ${f.message}`);
			assert.deepStrictEqual(shown(service.getReport(noCancellation).findings), shown(cold.getReport(noCancellation).findings));
			for (const n of Object.keys(texts)) { assert.deepStrictEqual(service.computeDiagnostics(`file:///ws/${n}`, noCancellation), cold.computeDiagnostics(`file:///ws/${n}`, noCancellation), n); }
		}
	});
});
