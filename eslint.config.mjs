// Flat config: typescript-eslint with the rules STYLE.md asks for, and purity of the core.
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['**/out/**', 'node_modules/**', 'test/e2e/**/*.mjs', 'esbuild.mjs', 'scripts/**'] },
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { project: './tsconfig.json' } },
		rules: {
			curly: 'error',
			eqeqeq: 'error',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// The analysis core is pure: text in, plain data out.
		files: ['server/src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The core must not depend on VS Code or LSP.' },
					{ group: ['fs', 'node:*', 'path', 'os', 'child_process', 'worker_threads'], message: 'The core must not touch the file system or the process.' },
				],
			}],
		},
	},
);
