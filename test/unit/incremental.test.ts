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
});
