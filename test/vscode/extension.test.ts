import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

// Compiled to out/test/vscode/, so the repository root is three levels up.
const seeds = path.resolve(__dirname, '../../../seeds');
const diagnosticsTimeout = 30_000;

suite('Extension', () => {
	test('Should show other sources in the hover of a disputed number', async () => {
		const diagnosticsReady = waitForSeedDiagnostics();
		const document = await vscode.workspace.openTextDocument(path.join(seeds, '000_4db70d2cf16ce39b.txt'));
		await vscode.window.showTextDocument(document);
		await diagnosticsReady;

		const offset = document.getText().indexOf('two commanders were killed');
		assert.ok(offset >= 0, 'seed 000 should contain "two commanders were killed"');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
		const markdown = hovers.flatMap(hover => hover.contents.map(hoverText)).join('\n');

		assert.match(markdown, /00[1-9]_[0-9a-f]{16}\.txt/, `hover should name another seed article, got:\n${markdown}`);
	});
});

/** Resolves once any file in `seeds/` has diagnostics; rejects after {@link diagnosticsTimeout} ms. */
function waitForSeedDiagnostics(): Promise<void> {
	const hasSeedDiagnostics = () => vscode.languages.getDiagnostics()
		.some(([uri, diagnostics]) => uri.fsPath.startsWith(seeds) && diagnostics.length > 0);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			listener.dispose();
			reject(new Error(`no diagnostics for any file in ${seeds} within ${diagnosticsTimeout} ms`));
		}, diagnosticsTimeout);
		const listener = vscode.languages.onDidChangeDiagnostics(() => {
			if (hasSeedDiagnostics()) {
				clearTimeout(timer);
				listener.dispose();
				resolve();
			}
		});
		// Diagnostics may already be there if the server indexed the folder before the test started.
		if (hasSeedDiagnostics()) {
			clearTimeout(timer);
			listener.dispose();
			resolve();
		}
	});
}

function hoverText(content: vscode.MarkdownString | vscode.MarkedString): string {
	if (typeof content === 'string') {
		return content;
	}
	return content.value;
}
