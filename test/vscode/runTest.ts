import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/** Downloads VS Code (cached in `.vscode-test/`) and runs the suite in `index.ts` inside it, with `seeds/` open. */
async function main(): Promise<void> {
	// Compiled to out/test/vscode/runTest.js, so the repository root is three levels up.
	const root = path.resolve(__dirname, '../../..');
	try {
		const exitCode = await runTests({
			extensionDevelopmentPath: root,
			extensionTestsPath: path.resolve(__dirname, 'index'),
			launchArgs: [path.join(root, 'seeds'), '--disable-extensions'],
		});
		process.exit(exitCode);
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		console.error(`VS Code tests could not run: ${message}`);
		console.error('@vscode/test-electron needs to download VS Code from update.code.visualstudio.com (or find it in .vscode-test/). '
			+ 'Without network access, or on a machine that cannot start Electron, this suite cannot run; the other test tiers do not need it.');
		process.exit(1);
	}
}

void main();
