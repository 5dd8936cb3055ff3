import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { recogniseArticle, SHAPE_SAMPLE_CHARS } from '../../server/src/core';

const root = path.resolve(__dirname, '..', '..', '..');
const seedsDir = path.join(root, 'seeds');
const negativesDir = path.join(root, 'test', 'fixtures', 'not-articles');
// The labelled corpus beside the main checkout (as scripts/shared.mjs finds it).
const corpusDir = path.join(process.env.CORROBORATE_SHARED ? path.resolve(process.env.CORROBORATE_SHARED) : path.resolve(root, '..', 'shared'), 'corpus', 'news');

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const LEDE = 'A fire in a warehouse near the port on Tuesday destroyed stocks of grain, the fire brigade said in a statement.';
const SECOND = 'Firefighters worked through the night to stop the blaze from reaching two fuel tanks nearby, officials said.';

/** Small texts, each with what it must be recognised as and a pattern its reason must match. */
const CASES: { name: string; text: string; article: boolean; reason: RegExp }[] = [
	{ name: 'an ISO dateline line', text: lines('date 2024-03-05', 'Warehouse fire destroys grain stocks', LEDE), article: true, reason: /^a dateline over 1 line of prose$/ },
	{ name: 'a "Published:" line', text: lines('Published: March 5, 2024 at 9:30 a.m. EST', LEDE, SECOND), article: true, reason: /^a dateline/ },
	{ name: 'a date on a line of its own', text: lines('Tuesday, 5 March 2024', '', LEDE), article: true, reason: /^a dateline/ },
	{ name: 'a wire dateline with an agency', text: lines('HAMBURG (AP) — A fire in a warehouse near the port destroyed stocks of grain on Tuesday, police said.'), article: true, reason: /^a wire dateline/ },
	{ name: 'a wire dateline with a date', text: lines('HAMBURG, March 5, 2024 - A fire in a warehouse near the port destroyed stocks of grain, police said.'), article: true, reason: /^a wire dateline/ },
	{ name: 'a place in capitals, its state and a full date', text: lines('KESTREL, Calif., Feb. 21, 2024 - Orvel Systems said on Wednesday that its revenue for the quarter rose to a record $2.1 billion.'), article: true, reason: /^a wire dateline/ },
	{ name: 'a title-case place and a full date', text: lines('Kestrel, Oct. 8, 2023 - Mara Oduya, 24, won the city marathon in 2:05:12 on Sunday, ahead of two runners from her own club.'), article: true, reason: /^a wire dateline/ },
	{ name: 'a date and an agency without a place', text: lines('Aug 6 (Reuters) - Orvel Systems will cut about 1,200 jobs as it reorganises its sales teams, according to a memo seen by Reuters.'), article: true, reason: /^a wire dateline/ },
	{ name: 'a title-case place with the agency in brackets', text: lines('Turin (AFP) May 3, 2024 - A court on Friday sentenced the former mayor to nine years in prison for taking bribes from a builder.'), article: true, reason: /^a wire dateline/ },
	{ name: 'an undated court report without "said"', text: lines('Former mayor jailed for nine years', 'A court in Turin on Friday sentenced the former mayor to nine years in prison for taking bribes from a builder.', 'Prosecutors had asked the judge for twelve years, and the trial lasted more than two years in all.', 'The former president of the regional council was cleared of the same charge.'), article: true, reason: /reads as news/ },
	{ name: 'an undated report with attributions', text: lines('Warehouse fire destroys grain stocks', LEDE, SECOND, 'The police said the cause of the fire was not yet known and that nobody had been injured or killed.'), article: true, reason: /reads as news/ },
	{ name: 'an article about software licences, with a dateline', text: lines('date 2024-03-05', 'A maker of database software said on Tuesday it would move its code from the Apache License to a licence of its own, a change that angered contributors.', 'The company said cloud providers had profited from its work without paying.'), article: true, reason: /^a dateline/ },
	{ name: 'an article with key points in a list, with a dateline', text: lines('date 2024-03-05', LEDE, '• Two fuel tanks were saved', '• Nobody was hurt', '• The port reopened at noon'), article: true, reason: /^a dateline/ },
	{ name: 'an empty file', text: '', article: false, reason: /^empty$/ },
	{ name: 'white space only', text: ' \n\t\r\n  ', article: false, reason: /^empty$/ },
	{ name: 'one sentence without a dateline', text: lines('The council met on Monday and agreed to repair the harbour wall before the winter storms arrive.'), article: false, reason: /^too short for an article \(\d+ words\)$/ },
	{ name: 'a to-do file of "TODO - …" lines', text: lines('TODO - fix the parser so that it reads files without a final newline at the end.', 'TODO - write the documentation for the new station option of the plot command.'), article: false, reason: /too short/ },
	{ name: 'a hyphenated identifier that is no wire dateline', text: lines('CVE-2024-1234 lets a crafted tide table overflow the parser buffer and crash the whole mapper service, the maintainers say.'), article: false, reason: /too short/ },
	{ name: 'a log with a dateline-like first line', text: lines('date 2024-03-05', '2024-03-05 09:14:02 INFO started', '2024-03-05 09:14:03 WARN no readings', '2024-03-05 09:14:04 ERROR fetch timed out'), article: false, reason: /^a log/ },
	{ name: 'a licence phrase density', text: lines('Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the software without restriction.', 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.'), article: false, reason: /^a licence or notice \("permission is hereby granted"\)$/ },
	{ name: 'a pinned dependency list', text: lines('flask==3.0.2', 'gunicorn>=21.2', 'psycopg[binary]==3.1.18', '# tests', 'pytest'), article: false, reason: /^a dependency list \(4 of 4 lines name packages\)$/ },
	{ name: 'code with braces and semicolons', text: lines('function total(items) {', '\tlet sum = 0;', '\tfor (const item of items) { sum += item.price; }', '\treturn sum;', '}'), article: false, reason: /^code/ },
	{ name: 'release notes with a version in the title', text: lines('Tide Mapper 2.4 Release Notes', '', 'This release reads station files that end without a newline and draws each', 'curve in the time zone of its station rather than in UTC, which the harbour', 'office asked for after the spring tides were plotted an hour off last year.', 'It also adds a GeoJSON export of the curves and a station option to the plot', 'command, both of which the web page of the harbour office uses from now on.'), article: false, reason: /^a changelog or release notes$/ },
	{ name: 'hard-wrapped documentation prose', text: lines('The mapper reads the readings of coastal tide stations and draws one curve', 'per station for each day. It runs as a nightly job and writes the plots', 'into a folder that the web page of the harbour office serves to visitors', 'and to the pilots who bring ships into the port at high water. Officials', 'of the port said the plots were used every day by the pilots, and said so', 'again at the last meeting of the harbour board on a Tuesday in March.'), article: false, reason: /^hard-wrapped text/ },
	{ name: 'plain prose without news habits', text: lines('The mapper reads the readings of coastal tide stations and draws one curve per station for each day.', 'It runs as a nightly job and writes the plots into a folder that the web page of the harbour office serves.', 'Install the dependencies with pip and the requirements file, then copy the example configuration into place.'), article: false, reason: /^prose without a dateline/ },
];

/** What each negative fixture must be taken for. */
const NEGATIVES: Record<string, RegExp> = {
	'CHANGELOG.txt': /^a changelog/,
	'ChangeLog-gnu.txt': /^a changelog/,
	'LICENSE-apache-playwright.txt': /^a licence or notice/,
	'LICENSE-bsd-diff.txt': /^a licence or notice/,
	'LICENSE-mit-mocha.txt': /^a licence or notice/,
	'NOTICE-playwright.txt': /^a licence or notice/,
	'NOTICE.txt': /^a licence or notice/,
	'NOTICES-oniguruma.txt': /^a licence or notice/,
	'README.txt': /^prose without a dateline/,
	'TODO.txt': /^a list/,
	'app-log.txt': /^a log/,
	'syslog.txt': /^a log/,
	'config-ini.txt': /^code/,
	'snippet-js.txt': /^code/,
	'snippet-python.txt': /^code/,
	'empty.txt': /^empty$/,
	'notes.txt': /^no sentences of prose$/,
	'requirements.txt': /^a dependency list/,
};

suite('Article recognition', () => {
	for (const c of CASES) {
		test(`Should take ${c.name} for ${c.article ? 'an article' : 'another kind of file'}`, () => {
			const shape = recogniseArticle(c.text);
			assert.strictEqual(shape.article, c.article, `reason: ${shape.reason}`);
			assert.match(shape.reason, c.reason);
		});
	}

	test('Should recognise every bundled seed as an article', () => {
		const seeds = readdirSync(seedsDir).filter(f => f.endsWith('.txt'));
		assert.strictEqual(seeds.length, 5);
		const missed = seeds.map(f => ({ f, shape: recogniseArticle(readFileSync(path.join(seedsDir, f), 'utf8')) })).filter(r => !r.shape.article);
		assert.deepStrictEqual(missed.map(m => `${m.f}: ${m.shape.reason}`), []);
	});

	test('Should recognise every article of the labelled corpus (../shared/corpus/news)', function () {
		if (!existsSync(corpusDir)) {
			console.log(`      skipped: ${corpusDir} not found beside this clone (set CORROBORATE_SHARED to run it)`);
			this.skip();
		}
		const files = readdirSync(corpusDir, { withFileTypes: true }).filter(d => d.isDirectory()).flatMap(d => readdirSync(path.join(corpusDir, d.name)).filter(f => f.endsWith('.txt')).map(f => path.join(d.name, f)));
		assert.strictEqual(files.length, 96);
		const missed = files.map(f => ({ f, shape: recogniseArticle(readFileSync(path.join(corpusDir, f), 'utf8')) })).filter(r => !r.shape.article);
		assert.deepStrictEqual(missed.map(m => `${m.f}: ${m.shape.reason}`), []);
	});

	test('Should take none of the licences, notices, lists, logs, changelogs and code in test/fixtures/not-articles for an article', () => {
		const files = readdirSync(negativesDir).filter(f => f.endsWith('.txt')).sort();
		assert.deepStrictEqual(files, Object.keys(NEGATIVES).sort(), 'every fixture has an expected reason');
		for (const f of files) {
			const shape = recogniseArticle(readFileSync(path.join(negativesDir, f), 'utf8'));
			assert.strictEqual(shape.article, false, `${f} taken for an article: ${shape.reason}`);
			assert.match(shape.reason, NEGATIVES[f], f);
		}
	});

	test('Should read only the start of a file', () => {
		const story = lines('date 2024-03-05', LEDE, SECOND);
		const code = 'const x = f(y);\n'.repeat(200_000);
		assert.strictEqual(recogniseArticle(`${story}${'\n'.repeat(SHAPE_SAMPLE_CHARS)}${code}`).article, true, 'code after the sample does not count');
		assert.strictEqual(recogniseArticle(`${story}${code}`).article, false, 'code within the sample counts');
		assert.strictEqual(recogniseArticle(`${code}${story}`).article, false, 'an article after the sample does not count');
	});

	test('Should decide on a 3 MB file in a few milliseconds', () => {
		const seed = readFileSync(path.join(seedsDir, '001_68df400132d9e05e.txt'), 'utf8');
		const text = seed.repeat(Math.ceil(3_000_001 / seed.length));
		assert.ok(text.length > 3_000_000);
		const started = process.hrtime.bigint();
		for (let i = 0; i < 200; i++) { recogniseArticle(text); }
		const perCall = Number(process.hrtime.bigint() - started) / 1e6 / 200;
		assert.ok(perCall < 5, `${perCall.toFixed(2)} ms a file`);
	});
});
