// Flat config: typescript-eslint with the rules STYLE.md asks for, and purity of the core.
import tseslint from 'typescript-eslint';

const corePurity = [
	{ group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The core must not depend on VS Code or LSP.' },
	{ group: ['fs', 'node:*', 'path', 'os', 'child_process', 'worker_threads'], message: 'The core must not touch the file system or the process.' },
];

/**
 * The analysis core's folders are its stages, in pipeline order; a file may import from its own stage and earlier
 * ones only (types.ts and engine.ts sit below every stage, index.ts above all of them).
 */
export const STAGES = ['util', 'vocabulary', 'text', 'mentions', 'claims', 'events', 'findings', 'config', 'corpus', 'features'];

const stageRules = STAGES.map((stage, i) => {
	const later = STAGES.slice(i + 1);
	return {
		files: [`server/src/core/${stage}/**/*.ts`],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					...corePurity,
					...(later.length ? [{ regex: `^\\.\\./(?:${later.join('|')})(?:/|$)`, message: `The ${stage} stage may import only from earlier stages (${STAGES.slice(0, i + 1).join(' → ')}), not from ${later.join(', ')}.` }] : []),
					{ regex: '^\\.\\./?(?:index)?$', message: 'Stages do not import the facade (core/index.ts).' },
				],
			}],
		},
	};
});

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
		rules: { 'no-restricted-imports': ['error', { patterns: corePurity }] },
	},
	...stageRules,
);
