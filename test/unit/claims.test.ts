import * as assert from 'node:assert';
import { createCorroborateService, noCancellation, type Finding, type ICorroborateService, type Span } from '../../server/src/core/index';

/**
 * Cross-article claims: every test builds a small in-memory corpus of
 * synthetic wire, broadcast and blog articles about invented events, and
 * checks what a careful fact-checker would flag (or not) between them.
 */

type Files = Record<string, string>;

const uri = (name: string): string => `file:///ws/${name}`;

/** An article: one paragraph per line, the dateline first. */
const article = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** A service holding the given articles, keyed by file name. */
function corpus(files: Files): ICorroborateService {
	const service = createCorroborateService();
	for (const [name, text] of Object.entries(files)) { service.setArticle(uri(name), text); }
	return service;
}

/** Offset of the `occurrence`-th `needle` in a file's text; fails when absent. */
function offsetOf(files: Files, name: string, needle: string, occurrence = 0): number {
	let at = -1;
	for (let k = 0; k <= occurrence; k++) {
		at = files[name].indexOf(needle, at + 1);
		assert.ok(at >= 0, `'${needle}' (occurrence ${occurrence}) not found in ${name}`);
	}
	return at;
}

/** True when a span covers the whole of `needle` in a file. */
function covers(files: Files, name: string, span: Span, needle: string, occurrence = 0): boolean {
	const at = offsetOf(files, name, needle, occurrence);
	return span.start <= at && at + needle.length <= span.end;
}

/** Every finding of the corpus, as readable lines for assertion messages. */
function summary(service: ICorroborateService, files: Files): string[] {
	return service.getReport(noCancellation).findings.map(f => {
		const name = f.uri.slice(uri('').length);
		const text = files[name] ?? '';
		return `${name} ${f.code} [${f.severity}] «${text.slice(f.span.start, f.span.end)}»: ${f.message}`;
	});
}

/** The findings of one file. */
function findingsOf(service: ICorroborateService, name: string): Finding[] {
	return service.computeDiagnostics(uri(name), noCancellation);
}

/** The finding of a file whose passage covers `needle`, if any. */
function findingAt(service: ICorroborateService, files: Files, name: string, needle: string, code?: string): Finding | undefined {
	return findingsOf(service, name).find(f => covers(files, name, f.span, needle) && (code === undefined || f.code === code));
}

interface Side {
	readonly file: string;
	/** Words inside the passage that states the claim (the number or date as written). */
	readonly at: string;
}

/**
 * Asserts a finding with `code` and `severity` on each side's passage, whose
 * related information points at the other side's passage and whose message
 * quotes both.
 */
function assertConflict(service: ICorroborateService, files: Files, a: Side, b: Side, code: string, severity: Finding['severity']): void {
	const all = summary(service, files);
	for (const [self, other] of [[a, b], [b, a]] as const) {
		const f = findingAt(service, files, self.file, self.at, code);
		assert.ok(f, `expected ${code} on «${self.at}» in ${self.file}; findings:\n${all.join('\n') || '(none)'}`);
		assert.strictEqual(f.severity, severity, `severity of ${code} on «${self.at}» in ${self.file}: ${f.message}`);
		assert.ok(f.related.some(r => r.uri === uri(other.file) && covers(files, other.file, r.span, other.at)), `related of «${self.at}» should point at «${other.at}» in ${other.file}: ${JSON.stringify(f.related)}`);
		assert.ok(f.message.includes(self.at) && f.message.includes(other.at), `message should quote «${self.at}» and «${other.at}»: ${f.message}`);
	}
}

/** Asserts the corpus has no findings at all. */
function assertNoFindings(service: ICorroborateService, files: Files): void {
	assert.deepStrictEqual(summary(service, files), []);
}

/** Asserts no finding of the given codes anywhere in the corpus. */
function assertNone(service: ICorroborateService, files: Files, codes: readonly string[]): void {
	assert.deepStrictEqual(summary(service, files).filter(line => codes.some(c => line.includes(` ${c} `))), []);
}

/** The hover card's markdown at `needle` in a file. */
function hoverAt(service: ICorroborateService, files: Files, name: string, needle: string, occurrence = 0): string {
	const card = service.getHover(uri(name), offsetOf(files, name, needle, occurrence), noCancellation);
	assert.ok(card, `a hover card at «${needle}» in ${name}`);
	return card.markdown;
}

/** The entity id the report gives the first actor mention spelled `text` in a file. */
function entityOf(service: ICorroborateService, name: string, text: string): string | undefined {
	const file = service.getReport(noCancellation).files.find(f => f.uri === uri(name));
	assert.ok(file, `${name} in the report`);
	const mention = file.mentions.find(m => m.kind === 'actor' && m.text === text);
	assert.ok(mention, `actor «${text}» in ${name}; actors: ${file.mentions.filter(m => m.kind === 'actor').map(m => m.text).join(', ')}`);
	return mention.entity;
}

const NUMBER_CODES = ['claim.number-mismatch', 'claim.number-attributed', 'claim.number-tension'];
const DATE_CODES = ['claim.date-conflict'];
const TIME_CODES = ['claim.time-conflict'];

suite('Claims across sources', () => {

	// --- Hedged numbers that are compatible -----------------------------------------------------------

	test('Should accept "more than 40" and "dozens" killed in the same Mogadishu market bombing', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'Car bomb hits crowded Mogadishu market', 'More than 40 people were killed when a car bomb exploded at a busy market in Mogadishu on Monday, police said.', 'Witnesses described overturned fruit stalls and burning minibuses.'),
			'b.txt': article(' date 2024-03-12 ', 'Dozens of people were killed on Monday in a bombing at a market in Mogadishu, the Somali capital.', 'Ambulances ferried the wounded to Medina hospital through the night.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		const card = hoverAt(service, files, 'a.txt', 'More than 40');
		assert.match(card, /b\.txt/);
		assert.match(card, /≈ compatible/);
	});

	test('Should accept "more than 160" and "nearly 170" killed in the same Khartoum shelling', () => {
		const files = {
			'a.txt': article(' date 2023-06-11 ', 'More than 160 people were killed in the shelling of a residential district in Khartoum on Saturday, the health ministry said.'),
			'b.txt': article(' date 2023-06-11 ', 'Sudan: toll rises after weekend shelling', 'Nearly 170 people were killed in the shelling in Khartoum on Saturday, according to volunteer medics.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'Nearly 170'), /a\.txt/);
	});

	test('Should accept "about 85" and "85" targets struck in eastern Syria', () => {
		const files = {
			'a.txt': article(' date 2024-02-03 ', 'U.S. strikes in eastern Syria on Friday hit about 85 targets, the military said.'),
			'b.txt': article(' date 2024-02-03 ', 'The strikes on Friday hit 85 targets in eastern Syria, including command centers and drone depots.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'about 85'), /b\.txt/);
	});

	test('Should accept "at least 12" and "15" wounded in a Kabul suicide bombing', () => {
		const files = {
			'a.txt': article(' date 2023-09-08 ', 'At least 12 people were wounded in a suicide bombing in Kabul on Thursday.'),
			'b.txt': article(' date 2023-09-08 ', 'KABUL (AFP) - A suicide bombing in Kabul on Thursday wounded 15 people near a bank branch.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'At least 12'), /b\.txt/);
	});

	test('Should accept "as many as 30" and "27" killed in a Maiduguri attack', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'As many as 30 people were killed in an attack on a livestock market in Maiduguri on Sunday.'),
			'b.txt': article(' date 2023-11-20 ', '27 people were killed in the attack in Maiduguri on Sunday, a local vigilante leader told reporters.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'As many as 30'), /b\.txt/);
	});

	test('Should accept "several" and "five" wounded in a Peshawar blast', () => {
		const files = {
			'a.txt': article(' date 2023-10-03 ', 'Several people were wounded in a blast near a police checkpoint in Peshawar on Monday.'),
			'b.txt': article(' date 2023-10-03 ', 'Five people were wounded in a blast in Peshawar on Monday, a rescue official said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'Five'), /a\.txt/);
	});

	test('Should accept "nearly 20" and "19" killed in a Quetta bombing', () => {
		const files = {
			'a.txt': article(' date 2023-04-15 ', 'Nearly 20 people were killed in a bombing at a mosque in Quetta on Friday.'),
			'b.txt': article(' date 2023-04-15 ', '19 people were killed in the bombing in Quetta on Friday, officials at the civil hospital said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'Nearly 20'), /b\.txt/);
	});

	test('Should accept "about 50" and "55" killed in a Tripoli clash', () => {
		const files = {
			'a.txt': article(' date 2023-08-17 ', 'About 50 people were killed in an attack on a militia compound in Tripoli on Tuesday.'),
			'b.txt': article(' date 2023-08-17 ', '55 people were killed in the attack in Tripoli on Tuesday, the emergency medicine center said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'About 50'), /b\.txt/);
	});

	test('Should mark "three" and "3" killed as agreeing', () => {
		const files = {
			'a.txt': article(' date 2024-04-22 ', 'Three people were killed in a drone strike in Sanaa on Sunday.'),
			'b.txt': article(' date 2024-04-22 ', 'SANAA, Yemen - 3 people were killed in the drone strike in Sanaa on Sunday.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		const card = hoverAt(service, files, 'a.txt', 'Three');
		assert.match(card, /✓ agrees/);
		assert.match(card, /b\.txt/);
		assert.doesNotMatch(card, /✗ contradicts/);
	});

	test('Should find no conflict among three compatible tolls: "at least 7", "seven", "about 8"', () => {
		const files = {
			'a.txt': article(' date 2023-12-02 ', 'At least 7 people were killed in an airstrike in Idlib on Friday.'),
			'b.txt': article(' date 2023-12-02 ', 'Seven people were killed in the airstrike in Idlib on Friday.'),
			'c.txt': article(' date 2023-12-02 ', 'About 8 people were killed in an airstrike in Idlib on Friday, residents said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'Seven'), /2 other statements/);
	});

	test('Should read a participial ", killing N people" as a death toll and compare it', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'A car bomb exploded at a market in Mogadishu on Monday, killing 30 people.'),
			'b.txt': article(' date 2024-03-12 ', 'More than 40 people were killed when a car bomb exploded at a market in Mogadishu on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '30' }, { file: 'b.txt', at: 'More than 40' }, 'claim.number-mismatch', 'error');
	});

	test('Should keep a toll that follows a Reuters-style " - " dateline dash', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'MOGADISHU, Somalia (Reuters) - More than 40 people were killed when a car bomb exploded at a busy market in Mogadishu on Monday.'),
			'b.txt': article(' date 2024-03-12 ', '30 people were killed when a car bomb exploded at a market in Mogadishu on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'More than 40' }, { file: 'b.txt', at: '30' }, 'claim.number-mismatch', 'error');
	});

	test('Should keep a toll that follows an AP-style " — " dateline dash', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'JENIN, West Bank (AP) — Three fighters were killed in a raid in Jenin on Monday.'),
			'b.txt': article(' date 2024-07-09 ', 'Five fighters were killed in a raid in Jenin on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Three' }, { file: 'b.txt', at: 'Five' }, 'claim.number-mismatch', 'error');
	});

	// --- Disjoint numbers, no attribution: mismatch -----------------------------------------------------

	test('Should flag "two killed" against "three killed" in the same Erbil drone strike on both passages', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'Drone strike near Erbil', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'two' }, { file: 'b.txt', at: 'Three' }, 'claim.number-mismatch', 'error');
		assert.match(findingAt(service, files, 'a.txt', 'two')!.message, /b\.txt/);
		assert.match(findingAt(service, files, 'b.txt', 'Three')!.message, /a\.txt/);
	});

	test('Should flag "more than 40" killed against "30" killed', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'More than 40 people were killed in a bombing at a market in Mogadishu on Monday.'),
			'b.txt': article(' date 2024-03-12 ', '30 people were killed in the bombing at the market in Mogadishu on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'More than 40' }, { file: 'b.txt', at: '30' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag "fewer than 10" wounded against "12" wounded', () => {
		const files = {
			'a.txt': article(' date 2024-01-16 ', 'Fewer than 10 people were wounded in a rocket attack in Beirut on Monday.'),
			'b.txt': article(' date 2024-01-16 ', '12 people were wounded in the rocket attack in Beirut on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Fewer than 10' }, { file: 'b.txt', at: '12' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag "nearly 170" killed against "172" killed', () => {
		const files = {
			'a.txt': article(' date 2023-06-11 ', 'Nearly 170 people were killed in the shelling in Khartoum on Saturday.'),
			'b.txt': article(' date 2023-06-11 ', '172 people were killed in the shelling in Khartoum on Saturday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Nearly 170' }, { file: 'b.txt', at: '172' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag "nearly 100" killed against "60" killed', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', '60 people were killed in a bombing at a market in Mogadishu on Monday.'),
			'b.txt': article(' date 2024-03-12 ', 'Nearly 100 people were killed in the bombing at the market in Mogadishu on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '60' }, { file: 'b.txt', at: 'Nearly 100' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag "one militant" against "three militants" killed as a plain mismatch (same group counted)', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'One militant was killed during an Israeli raid in Jenin on Monday.'),
			'b.txt': article(' date 2024-07-09 ', 'Three militants were killed during an Israeli raid in Jenin on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'One' }, { file: 'b.txt', at: 'Three' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag only the outlier among three accounts and relate it to both others', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'Two people were killed in a drone strike near Erbil on Tuesday.'),
			'b.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed 2 people.'),
			'c.txt': article(' date 2024-05-02 ', 'Five people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const outlier = findingAt(service, files, 'c.txt', 'Five', 'claim.number-mismatch');
		assert.ok(outlier, summary(service, files).join('\n'));
		assert.deepStrictEqual(outlier.related.map(r => r.uri).sort(), [uri('a.txt'), uri('b.txt')]);
		for (const name of ['a.txt', 'b.txt']) {
			const f = findingsOf(service, name).filter(x => NUMBER_CODES.includes(x.code));
			assert.strictEqual(f.length, 1, `${name}: ${summary(service, files).join('\n')}`);
			assert.deepStrictEqual(f[0].related.map(r => r.uri), [uri('c.txt')], `${name} must not be related to its agreeing peer`);
		}
	});

	test('Should flag "85 targets" struck against "60 targets" struck', () => {
		const files = {
			'a.txt': article(' date 2024-02-03 ', 'The U.S. strikes in eastern Syria on Friday hit 85 targets.'),
			'b.txt': article(' date 2024-02-03 ', 'The U.S. strikes in eastern Syria on Friday hit 60 targets.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '85' }, { file: 'b.txt', at: '60' }, 'claim.number-mismatch', 'error');
	});

	test('Should flag troop counts that differ: "2,500 troops stationed" against "900 troops stationed" in Iraq', () => {
		const files = {
			'a.txt': article(' date 2024-01-21 ', 'Rockets struck Ain al-Asad air base in western Iraq on Saturday in an attack that wounded several U.S. personnel.', 'The United States has 2,500 troops stationed in Iraq.'),
			'b.txt': article(' date 2024-01-21 ', 'A rocket attack hit Ain al-Asad air base in western Iraq on Saturday.', 'Washington has 900 troops stationed in Iraq.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '2,500' }, { file: 'b.txt', at: '900' }, 'claim.number-mismatch', 'error');
	});

	test('Should accept "about 2,500 troops stationed" and "2,500 troops stationed"', () => {
		const files = {
			'a.txt': article(' date 2024-01-21 ', 'A rocket attack hit Ain al-Asad air base in western Iraq on Saturday.', 'The United States has about 2,500 troops stationed in Iraq.'),
			'b.txt': article(' date 2024-01-21 ', 'Rockets hit Ain al-Asad air base in western Iraq on Saturday in an attack claimed by a militia.', 'The United States has 2,500 troops stationed in Iraq.'),
		};
		const service = corpus(files);
		assertNone(service, files, NUMBER_CODES);
		assert.match(hoverAt(service, files, 'a.txt', 'about 2,500'), /b\.txt/);
	});

	test('Should warn when a base was "targeted four times" by one source and "attacked seven times" by another', () => {
		const files = {
			'a.txt': article(' date 2024-01-21 ', 'Rocket attacks on Saturday targeted American troops at Ain al-Asad Air Base in Iraq four times, officials said.'),
			'b.txt': article(' date 2024-01-21 ', 'Militias attacked American troops at Ain al-Asad Air Base in Iraq seven times in rocket attacks on Saturday, a military statement said.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'four' }, { file: 'b.txt', at: 'seven' }, 'claim.number-attributed', 'warning');
	});

	// --- Loose intervals only: tension ---------------------------------------------------------------

	test('Should note tension, not a contradiction, between "more than 40" and "nearly 100" killed', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'More than 40 people were killed in a bombing at a market in Mogadishu on Monday.'),
			'b.txt': article(' date 2024-03-12 ', 'Nearly 100 people were killed in the bombing at the market in Mogadishu on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'More than 40' }, { file: 'b.txt', at: 'Nearly 100' }, 'claim.number-tension', 'information');
		assertNone(service, files, ['claim.number-mismatch', 'claim.number-attributed']);
	});

	test('Should note tension between "dozens" and "hundreds" wounded', () => {
		const files = {
			'a.txt': article(' date 2023-07-30 ', 'Dozens of people were wounded in a bombing at a political rally in Peshawar on Sunday.'),
			'b.txt': article(' date 2023-07-30 ', 'Hundreds of people were wounded in the bombing at the rally in Peshawar on Sunday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Dozens' }, { file: 'b.txt', at: 'Hundreds' }, 'claim.number-tension', 'information');
	});

	// --- Attributed numbers: warning -------------------------------------------------------------------

	test('Should warn, naming the sources, when "officials said one was killed" and "the group said three"', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'Israeli forces raid Jenin camp', 'JENIN, West Bank (AP) — Israeli officials said one was killed during the raid in Jenin on Monday.'),
			'b.txt': article(' date 2024-07-09 ', 'The Jenin Brigade said three were killed during the raid in Jenin on Monday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'one' }, { file: 'b.txt', at: 'three' }, 'claim.number-attributed', 'warning');
		assert.match(findingAt(service, files, 'a.txt', 'one')!.message, /Israeli officials/);
		assert.match(findingAt(service, files, 'a.txt', 'one')!.message, /Jenin Brigade/);
		assert.match(findingAt(service, files, 'b.txt', 'three')!.message, /Israeli officials/);
	});

	test('Should warn with the "according to" source when a ministry toll differs from an unattributed one', () => {
		const files = {
			'a.txt': article(' date 2024-08-11 ', 'Twelve people were killed in an airstrike on a school in Gaza on Saturday, according to the health ministry.'),
			'b.txt': article(' date 2024-08-11 ', '15 people were killed in an airstrike on a school in Gaza on Saturday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Twelve' }, { file: 'b.txt', at: '15' }, 'claim.number-attributed', 'warning');
		assert.match(findingAt(service, files, 'b.txt', '15')!.message, /health ministry/);
	});

	test('Should warn, marking it preliminary, when an initial assessment differs from a later toll', () => {
		const files = {
			'a.txt': article(' date 2023-02-19 ', 'An initial assessment found four soldiers were killed in an ambush near Bamako on Saturday.'),
			'b.txt': article(' date 2023-02-19 ', 'Seven soldiers were killed in an ambush near Bamako on Saturday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'four' }, { file: 'b.txt', at: 'Seven' }, 'claim.number-attributed', 'warning');
		assert.match(findingAt(service, files, 'b.txt', 'Seven')!.message, /preliminary/);
	});

	test('Should warn, not error, when "two commanders" and "five fighters" killed may count different groups', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'Two commanders were killed in a U.S. drone strike in Baghdad on Wednesday.'),
			'b.txt': article(' date 2024-02-08 ', 'Five fighters were killed in a U.S. drone strike in Baghdad on Wednesday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Two' }, { file: 'b.txt', at: 'Five' }, 'claim.number-attributed', 'warning');
		assertNone(service, files, ['claim.number-mismatch']);
	});

	test('Should find nothing when two attributed tolls agree', () => {
		const files = {
			'a.txt': article(' date 2024-06-02 ', 'Police said nine people were killed in a bombing at a bus station in Kandahar on Saturday.'),
			'b.txt': article(' date 2024-06-02 ', '9 people were killed in the bombing in Kandahar on Saturday, according to hospital officials.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'nine'), /✓ agrees/);
	});

	test('Should not treat a passive "were reported killed" as a named source', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'Two people were reported killed in a drone strike near Erbil on Tuesday.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Two' }, { file: 'b.txt', at: 'Three' }, 'claim.number-mismatch', 'error');
	});

	// --- Same number, different fact: reworded ----------------------------------------------------------

	test('Should note "85 strikes" and "85 targets" as reworded', () => {
		const files = {
			'a.txt': article(' date 2024-02-03 ', 'U.S. warplanes carried out 85 strikes in eastern Syria on Friday.'),
			'b.txt': article(' date 2024-02-03 ', 'U.S. strikes in eastern Syria on Friday hit 85 targets.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '85' }, { file: 'b.txt', at: '85' }, 'claim.reworded', 'information');
		assertNone(service, files, NUMBER_CODES);
	});

	test('Should not note rewording when both say "85 targets"', () => {
		const files = {
			'a.txt': article(' date 2024-02-03 ', 'U.S. strikes in eastern Syria on Friday hit 85 targets.'),
			'b.txt': article(' date 2024-02-03 ', 'The strikes in eastern Syria on Friday hit 85 targets, the military said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', '85'), /✓ agrees/);
	});

	// --- Dates --------------------------------------------------------------------------------------

	test('Should accept "in January" and "on January 4th" for the same strike', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'A U.S. drone strike in Baghdad in January killed a senior commander of Harakat al-Nujaba.'),
			'b.txt': article(' date 2024-01-20 ', 'The drone strike in Baghdad on January 4th targeted a Harakat al-Nujaba headquarters.'),
		};
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'b.txt', 'January 4th'), /≈ compatible/);
	});

	test('Should flag "on Jan. 5" against "on Jan. 9" for the same strike on a named group in a named city', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'A U.S. drone strike in Baghdad on Jan. 5 hit a Harakat al-Nujaba headquarters.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. drone strike in Baghdad on Jan. 9 destroyed a Harakat al-Nujaba headquarters.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 5' }, { file: 'b.txt', at: 'Jan. 9' }, 'claim.date-conflict', 'warning');
		const message = findingAt(service, files, 'a.txt', 'Jan. 5')!.message;
		assert.match(message, /2024-01-05/);
		assert.match(message, /2024-01-09/);
	});

	test('Should resolve "on Monday" against the dateline and accept "Feb. 5"', () => {
		// 2024-02-07 was a Wednesday: "Monday" is Feb. 5.
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'An Israeli airstrike on a car in Nablus on Monday killed two members of the Lions\' Den.'),
			'b.txt': article(' date 2024-02-09 ', 'The airstrike in Nablus on Feb. 5 hit a car carrying Lions\' Den members.'),
		};
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		const card = hoverAt(service, files, 'a.txt', 'Monday');
		assert.match(card, /2024-02-05/);
		assert.match(card, /b\.txt/);
	});

	test('Should flag the same weekday word when two datelines put it in different weeks', () => {
		// Dated Wed 2024-02-07, "Tuesday" is Feb. 6; dated Wed 2024-02-14, "Tuesday" is Feb. 13.
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'A drone strike in Baghdad on Tuesday hit a Kataib Hezbollah weapons depot.'),
			'b.txt': article(' date 2024-02-14 ', 'The drone strike in Baghdad on Tuesday destroyed a Kataib Hezbollah weapons depot.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Tuesday' }, { file: 'b.txt', at: 'Tuesday' }, 'claim.date-conflict', 'warning');
		const message = findingAt(service, files, 'a.txt', 'Tuesday')!.message;
		assert.match(message, /2024-02-06/);
		assert.match(message, /2024-02-13/);
	});

	test('Should resolve a weekday equal to the dateline\'s own day to that day', () => {
		// 2024-02-07 was a Wednesday.
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'A U.S. strike in Baghdad on Wednesday killed a Kataib Hezbollah commander.'),
			'b.txt': article(' date 2024-02-08 ', 'The U.S. strike in Baghdad on Feb. 7 killed a Kataib Hezbollah commander, the Pentagon said.'),
		};
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'a.txt', 'Wednesday'), /2024-02-07/);
	});

	test('Should resolve "yesterday" against the dateline and accept the explicit date', () => {
		const files = {
			'a.txt': article(' date 2024-06-15 ', 'Gunmen in a raid on a village near Maiduguri yesterday abducted dozens of farmers, Boko Haram fighters were blamed.'),
			'b.txt': article(' date 2024-06-16 ', 'Boko Haram fighters carried out the raid near Maiduguri on June 14, residents said.'),
		};
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'a.txt', 'yesterday'), /2024-06-14/);
	});

	test('Should lower a date conflict to information when one side\'s date is estimated from another dateline', () => {
		const files = {
			'a.txt': article(' date 2024-01-10 ', 'Israeli forces carried out a raid in Jenin on Jan. 7 against Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
			'b.txt': article('The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters, witnesses said.', 'Funerals were held in the camp on Jan. 9.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 7' }, { file: 'b.txt', at: 'Jan. 5' }, 'claim.date-conflict', 'information');
		assert.match(findingAt(service, files, 'b.txt', 'Jan. 5')!.message, /estimated from a\.txt/);
		const report = service.getReport(noCancellation);
		assert.deepStrictEqual(report.files.find(f => f.uri === uri('b.txt'))?.reference, { date: '2024-01-10', from: uri('a.txt') });
	});

	test('Should keep an estimated date at information even when a dated article says the same date', () => {
		const files = {
			'a.txt': article(' date 2024-01-10 ', 'Israeli forces carried out a raid in Jenin on Jan. 7 against Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
			'b.txt': article(' date 2024-01-10 ', 'The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters.'),
			'c.txt': article('The raid in Jenin on Jan. 5 targeted Islamic Jihad fighters.', 'Funerals were held in the camp on Jan. 9.'),
		};
		const service = corpus(files);
		const dated = findingAt(service, files, 'b.txt', 'Jan. 5', 'claim.date-conflict');
		const estimated = findingAt(service, files, 'c.txt', 'Jan. 5', 'claim.date-conflict');
		assert.ok(dated && estimated, summary(service, files).join('\n'));
		assert.strictEqual(dated.severity, 'warning', dated.message);
		assert.match(estimated.message, /estimated from a\.txt/);
		assert.strictEqual(estimated.severity, 'information', `c.txt's year is only estimated: ${estimated.message}`);
	});

	test('Should keep a town named first in a headline a place, so its raid still matches another account', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'Two fighters were killed in a raid in Jenin on Monday.'),
			'b.txt': article(' date 2024-07-09 ', 'Jenin raid: camp counts its dead', 'Five fighters were killed in the raid in Jenin on Monday.'),
		};
		const service = corpus(files);
		const file = service.getReport(noCancellation).files.find(f => f.uri === uri('b.txt'))!;
		const inJenin = file.mentions.find(m => m.kind === 'actor' && m.span.start === offsetOf(files, 'b.txt', 'Jenin', 1));
		assert.strictEqual(inJenin?.type, 'place', '"in Jenin" names a place');
		assertConflict(service, files, { file: 'a.txt', at: 'Two' }, { file: 'b.txt', at: 'Five' }, 'claim.number-mismatch', 'error');
	});

	test('Should not connect two Kharkiv shellings two days apart when no party is shared', () => {
		const files = {
			'a.txt': article(' date 2024-03-06 ', 'Russian shelling of a residential district in Kharkiv on March 3 killed four people.'),
			'b.txt': article(' date 2024-03-06 ', 'Shelling in Kharkiv on March 5 killed nine people, the regional governor said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'four'), /Only this article reports this/);
	});

	test('Should not connect strikes more than 30 days apart even with the same place and group', () => {
		const files = {
			'a.txt': article(' date 2024-03-01 ', 'A drone strike in Baghdad on Jan. 5 killed two Harakat al-Nujaba commanders.'),
			'b.txt': article(' date 2024-03-01 ', 'A drone strike in Baghdad on Feb. 20 killed five Harakat al-Nujaba commanders.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'five'), /Only this article reports this/);
	});

	test('Should flag "in January" against "on Feb. 3" for the same strike', () => {
		const files = {
			'a.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad in January destroyed a Kataib Hezbollah command post.'),
			'b.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad on Feb. 3 destroyed a Kataib Hezbollah command post.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'January' }, { file: 'b.txt', at: 'Feb. 3' }, 'claim.date-conflict', 'warning');
	});

	test('Should accept "early January" and "Jan. 4" for the same strike', () => {
		const files = {
			'a.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad in early January destroyed a Kataib Hezbollah command post.'),
			'b.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad on Jan. 4 destroyed a Kataib Hezbollah command post.'),
		};
		const service = corpus(files);
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'b.txt', 'Jan. 4'), /a\.txt/);
	});

	test('Should flag "late January" against "Jan. 4" for the same strike', () => {
		const files = {
			'a.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad in late January destroyed a Kataib Hezbollah command post.'),
			'b.txt': article(' date 2024-02-20 ', 'The U.S. strike in Baghdad on Jan. 4 destroyed a Kataib Hezbollah command post.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'January' }, { file: 'b.txt', at: 'Jan. 4' }, 'claim.date-conflict', 'warning');
	});

	test('Should report one date finding per article when the same wrong date is repeated', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'A U.S. drone strike in Baghdad on Jan. 5 hit a Harakat al-Nujaba headquarters.', 'The strike on Jan. 5 was the first in the capital this year.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. drone strike in Baghdad on Jan. 9 destroyed a Harakat al-Nujaba headquarters.'),
		};
		const service = corpus(files);
		const dates = findingsOf(service, 'a.txt').filter(f => f.code === 'claim.date-conflict');
		assert.strictEqual(dates.length, 1, summary(service, files).join('\n'));
	});

	// --- Dateline formats -------------------------------------------------------------------------------

	test('Should read "February 21, 2024" alone on a line as the dateline and resolve weekdays against it', () => {
		// 2024-02-21 was a Wednesday: "Tuesday" is Feb. 20.
		const files = {
			'a.txt': article('February 21, 2024', 'A drone attack on a fuel depot near Odesa on Tuesday set tanks ablaze.'),
			'b.txt': article(' date 2024-02-21 ', 'The drone attack near Odesa on Feb. 20 hit a fuel depot.'),
		};
		const service = corpus(files);
		const report = service.getReport(noCancellation);
		assert.strictEqual(report.files.find(f => f.uri === uri('a.txt'))?.published, '2024-02-21');
		assertNone(service, files, DATE_CODES);
		assert.match(hoverAt(service, files, 'a.txt', 'Tuesday'), /2024-02-20/);
	});

	test('Should read "BAGHDAD, Feb. 7, 2024 —" as the dateline', () => {
		const files = {
			'a.txt': article('BAGHDAD, Feb. 7, 2024 — A U.S. drone strike in Baghdad on Monday killed a Kataib Hezbollah commander.'),
			'b.txt': article(' date 2024-02-07 ', 'The U.S. drone strike in Baghdad on Feb. 4 killed a Kataib Hezbollah commander.'),
		};
		const service = corpus(files);
		const report = service.getReport(noCancellation);
		assert.strictEqual(report.files.find(f => f.uri === uri('a.txt'))?.published, '2024-02-07');
		// Monday before Wed 2024-02-07 is Feb. 5, one day after the other account's Feb. 4.
		assertConflict(service, files, { file: 'a.txt', at: 'Monday' }, { file: 'b.txt', at: 'Feb. 4' }, 'claim.date-conflict', 'warning');
	});

	// --- Times --------------------------------------------------------------------------------------

	test('Should accept "9:30 p.m. local time" in Baghdad and "18:30 GMT"', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'The drone strike in Baghdad on Wednesday came at 9:30 p.m. local time.'),
			'b.txt': article(' date 2024-02-07 ', 'The strike in Baghdad on Wednesday came at 18:30 GMT, a U.S. official said.'),
		};
		const service = corpus(files);
		assertNone(service, files, TIME_CODES);
		const card = hoverAt(service, files, 'a.txt', '9:30');
		assert.match(card, /18:30 UTC/);
		assert.match(card, /b\.txt/);
	});

	test('Should flag "20:00 GMT" against "9:30 p.m. local time" in Baghdad', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'The drone strike in Baghdad on Wednesday came at 9:30 p.m. local time.'),
			'b.txt': article(' date 2024-02-07 ', 'The strike in Baghdad on Wednesday came at 20:00 GMT.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '9:30 p.m.' }, { file: 'b.txt', at: '20:00' }, 'claim.time-conflict', 'warning');
	});

	test('Should treat an unzoned time as the local time of the event\'s place', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'The drone strike in Baghdad on Wednesday came at 9:30 p.m.'),
			'b.txt': article(' date 2024-02-07 ', 'The strike in Baghdad on Wednesday came at 18:30 GMT.'),
		};
		const service = corpus(files);
		assertNone(service, files, TIME_CODES);
		assert.match(hoverAt(service, files, 'b.txt', '18:30'), /a\.txt/);
	});

	test('Should accept unzoned "10 p.m." and "10:20 p.m." for the same attack', () => {
		const files = {
			'a.txt': article(' date 2023-10-03 ', 'The attack on a police station in Peshawar on Monday began at 10 p.m.'),
			'b.txt': article(' date 2023-10-03 ', 'The attack in Peshawar on Monday began at 10:20 p.m., police said.'),
		};
		const service = corpus(files);
		assertNone(service, files, TIME_CODES);
		assert.match(hoverAt(service, files, 'a.txt', '10 p.m.'), /b\.txt/);
	});

	test('Should flag unzoned "2 a.m." against "4 a.m." for the same raid', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'The raid in Jenin on Monday began at 2 a.m., residents said.'),
			'b.txt': article(' date 2024-07-09 ', 'The raid in Jenin on Monday began at 4 a.m.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '2 a.m.' }, { file: 'b.txt', at: '4 a.m.' }, 'claim.time-conflict', 'warning');
	});

	test('Should accept "11:50 p.m." and "midnight" across the day boundary', () => {
		const files = {
			'a.txt': article(' date 2024-07-09 ', 'The raid in Jenin on Monday began at 11:50 p.m.'),
			'b.txt': article(' date 2024-07-09 ', 'The raid in Jenin on Monday began at midnight, witnesses said.'),
		};
		const service = corpus(files);
		assertNone(service, files, TIME_CODES);
		assert.match(hoverAt(service, files, 'a.txt', '11:50'), /b\.txt/);
	});

	test('Should convert Kharkiv local time with winter time: "6:10 a.m. local time" equals "04:10 GMT" in January', () => {
		const files = {
			'a.txt': article(' date 2024-01-24 ', 'The missile attack in Kharkiv on Tuesday struck at 6:10 a.m. local time.'),
			'b.txt': article(' date 2024-01-24 ', 'The missile attack in Kharkiv on Tuesday struck at 04:10 GMT.'),
		};
		const service = corpus(files);
		assertNone(service, files, TIME_CODES);
		assert.match(hoverAt(service, files, 'a.txt', '6:10'), /04:10 UTC/);
	});

	test('Should convert Kharkiv local time with summer time: "6:10 a.m. local time" is not "04:10 GMT" in July', () => {
		const files = {
			'a.txt': article(' date 2024-07-17 ', 'The missile attack in Kharkiv on Tuesday struck at 6:10 a.m. local time.'),
			'b.txt': article(' date 2024-07-17 ', 'The missile attack in Kharkiv on Tuesday struck at 04:10 GMT.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: '6:10' }, { file: 'b.txt', at: '04:10' }, 'claim.time-conflict', 'warning');
	});

	// --- Different events with the same actors ---------------------------------------------------------

	test('Should not connect a 2021 and a 2024 article about the same militia in Baghdad', () => {
		const files = {
			'a.txt': article(' date 2021-06-28 ', 'A U.S. airstrike on a Kataib Hezbollah depot near Baghdad on Sunday killed four fighters, the militia said.'),
			'b.txt': article(' date 2024-02-08 ', 'A U.S. drone strike on a Kataib Hezbollah commander in Baghdad on Wednesday killed two fighters.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'two'), /Only this article reports this/);
	});

	test('Should not connect two strikes in different countries in the same week', () => {
		const files = {
			'a.txt': article(' date 2024-02-05 ', 'A U.S. airstrike in Syria on Friday killed six fighters.'),
			'b.txt': article(' date 2024-02-05 ', 'A U.S. airstrike in Iraq on Friday killed 16 fighters.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'six'), /Only this article reports this/);
	});

	test('Should not connect airstrikes on two different Syrian cities on the same day', () => {
		const files = {
			'a.txt': article(' date 2024-03-05 ', 'An airstrike in Aleppo on Monday killed three civilians.'),
			'b.txt': article(' date 2024-03-05 ', 'An airstrike in Idlib on Monday killed seven civilians.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'seven'), /Only this article reports this/);
	});

	test('Should not connect attacks claimed by different armed groups in the same city on the same day', () => {
		const files = {
			'a.txt': article(' date 2024-03-15 ', 'Hamas gunmen carried out an attack in Nablus on Thursday that wounded two soldiers.'),
			'b.txt': article(' date 2024-03-15 ', 'Hezbollah fighters carried out an attack in Nablus on Thursday that wounded six soldiers.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'a.txt', 'two'), /Only this article reports this/);
	});

	// --- Running counts "since" a date --------------------------------------------------------------

	test('Should flag the same running total counted from Oct. 18 and from Oct. 17', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'Militias have carried out 140 attacks on U.S. forces in Iraq and Syria since Oct. 18, the Pentagon said.'),
			'b.txt': article(' date 2024-01-20 ', 'Militias have carried out 140 attacks on U.S. forces in Iraq and Syria since Oct. 17, officials said.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Oct. 18' }, { file: 'b.txt', at: 'Oct. 17' }, 'claim.count-window', 'warning');
	});

	test('Should flag the same running total counted from Nov. 18 and from Nov. 19', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on commercial ships in the Red Sea since Nov. 18, the Pentagon said.'),
			'b.txt': article(' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on ships in the Red Sea since Nov. 19, officials said.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Nov. 18' }, { file: 'b.txt', at: 'Nov. 19' }, 'claim.count-window', 'warning');
	});

	test('Should accept "more than 160 times" and "nearly 170 attacks" since the same date', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'Iran-backed militias have attacked U.S. forces in Iraq and Syria more than 160 times since Oct. 17.'),
			'b.txt': article(' date 2024-02-07 ', 'Militias have carried out nearly 170 attacks on U.S. forces in Iraq and Syria since Oct. 17.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'nearly 170'), /a\.txt/);
	});

	test('Should flag running totals since the same date that cannot both be true', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'Militias have carried out more than 160 attacks on U.S. forces in Iraq and Syria since Oct. 17.'),
			'b.txt': article(' date 2024-02-07 ', 'Militias have carried out about 60 attacks on U.S. forces in Iraq and Syria since Oct. 17.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'more than 160' }, { file: 'b.txt', at: 'about 60' }, 'claim.number-mismatch', 'error');
	});

	test('Should not compare running totals counted from months apart', () => {
		const files = {
			'a.txt': article(' date 2024-02-07 ', 'Militias have carried out more than 160 attacks on U.S. forces in Iraq and Syria since Oct. 17.'),
			'b.txt': article(' date 2024-02-07 ', 'Militias have carried out 20 attacks on U.S. forces in Iraq and Syria since Jan. 1.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', '20 attacks'), /Only this article reports this/);
	});

	test('Should not compare running totals of different campaigns (Red Sea shipping vs bases in Syria)', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'Houthi forces have carried out 30 attacks on commercial ships in the Red Sea since Oct. 19, the Pentagon said.'),
			'b.txt': article(' date 2024-01-20 ', 'Iran-backed militias have carried out 30 attacks on U.S. bases in Syria since Oct. 17, officials said.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
	});

	// --- Name variants ----------------------------------------------------------------------------

	test('Should give Kataib Hezbollah and Kataeb Hezbollah one entity id', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'A U.S. drone strike in Baghdad on Wednesday killed a commander of Kataib Hezbollah.'),
			'b.txt': article(' date 2024-02-08 ', 'Kataeb Hezbollah confirmed that one of its commanders died in the strike in Baghdad on Wednesday.'),
		};
		const service = corpus(files);
		const a = entityOf(service, 'a.txt', 'Kataib Hezbollah');
		assert.ok(a);
		assert.strictEqual(entityOf(service, 'b.txt', 'Kataeb Hezbollah'), a);
	});

	test('Should give Abu Baqir al-Saedi and Abu Baqir al-Saadi one entity id', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'The strike in Baghdad on Wednesday killed Abu Baqir al-Saedi, a senior militia commander.'),
			'b.txt': article(' date 2024-02-08 ', 'Abu Baqir al-Saadi was killed in the drone strike in Baghdad on Wednesday.'),
		};
		const service = corpus(files);
		const a = entityOf(service, 'a.txt', 'Abu Baqir al-Saedi');
		assert.ok(a);
		assert.strictEqual(entityOf(service, 'b.txt', 'Abu Baqir al-Saadi'), a);
	});

	test('Should keep Iraq and Iran, and Kataib Hezbollah and Asaib Ahl al-Haq, apart', () => {
		const files = {
			'a.txt': article(' date 2024-02-08 ', 'Kataib Hezbollah, backed by Iran, claimed the drone attack in Iraq on Sunday.'),
			'b.txt': article(' date 2024-02-08 ', 'Asaib Ahl al-Haq, also close to Iran, denied any role in the attack in Iraq on Sunday.'),
		};
		const service = corpus(files);
		assert.notStrictEqual(entityOf(service, 'a.txt', 'Iran'), entityOf(service, 'a.txt', 'Iraq'));
		assert.notStrictEqual(entityOf(service, 'a.txt', 'Kataib Hezbollah'), entityOf(service, 'b.txt', 'Asaib Ahl al-Haq'));
		assert.strictEqual(entityOf(service, 'a.txt', 'Iraq'), entityOf(service, 'b.txt', 'Iraq'));
	});

	test('Should match the same strike across spellings of the group and flag its dates', () => {
		const files = {
			'a.txt': article(' date 2024-01-20 ', 'Kataib Hezbollah said a U.S. strike in Baghdad on Jan. 5 destroyed one of its depots.'),
			'b.txt': article(' date 2024-01-20 ', 'The U.S. strike in Baghdad on Jan. 9 destroyed a Kataeb Hezbollah depot.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Jan. 5' }, { file: 'b.txt', at: 'Jan. 9' }, 'claim.date-conflict', 'warning');
	});

	// --- Same-article contradictions -----------------------------------------------------------------

	test('Should warn on both passages when one article quotes two sources with different tolls', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'Gunmen attack village near Maiduguri', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'A local councillor said eleven civilians were killed in the attack.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'two' }, { file: 'a.txt', at: 'eleven' }, 'claim.number-attributed', 'warning');
		const f = findingAt(service, files, 'a.txt', 'two')!;
		assert.match(f.message, /army/);
		assert.match(f.message, /councillor/);
	});

	test('Should not flag one source repeating its own toll in the same article', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'Later the army said two civilians were killed and the attackers fled.'),
			'b.txt': article(' date 2023-11-20 ', 'Two civilians were killed in an attack near Maiduguri on Sunday.'),
		};
		const service = corpus(files);
		assertNoFindings(service, files);
		assert.match(hoverAt(service, files, 'b.txt', 'Two'), /✓ agrees/);
	});

	test('Should flag an article whose two sources disagree while another article agrees with one of them', () => {
		const files = {
			'a.txt': article(' date 2023-11-20 ', 'The army said two civilians were killed in the attack near Maiduguri on Sunday.', 'A local councillor said eleven civilians were killed in the attack.'),
			'b.txt': article(' date 2023-11-20 ', 'Eleven civilians were killed in an attack near Maiduguri on Sunday.'),
		};
		const service = corpus(files);
		const b = findingAt(service, files, 'b.txt', 'Eleven');
		assert.ok(b, summary(service, files).join('\n'));
		assert.ok(b.related.some(r => r.uri === uri('a.txt') && covers(files, 'a.txt', r.span, 'two')));
		assert.ok(!b.related.some(r => covers(files, 'a.txt', r.span, 'eleven')), 'b agrees with the councillor');
		assert.match(hoverAt(service, files, 'b.txt', 'Eleven'), /✓ agrees/);
	});

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
		assert.doesNotMatch(card, /Only this article/);
	});

	test('Should say "Only this article reports this" for a toll no other article gives', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Kurdish officials condemned the drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', 'two');
		assert.match(card, /Only this article reports this/);
		assert.doesNotMatch(card, /b\.txt/);
	});

	test('Should say "No other article states this fact" for a number that is no claim', () => {
		const files = {
			'a.txt': article(' date 2024-03-12 ', 'The bombing hit a market in Mogadishu on Monday.', 'The market has 300 stalls selling fruit and clothes.'),
			'b.txt': article(' date 2024-03-12 ', 'The bombing at the market in Mogadishu on Monday wounded dozens.'),
		};
		const service = corpus(files);
		const card = hoverAt(service, files, 'a.txt', '300');
		assert.match(card, /No other article states this fact/);
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
		assert.match(hoverAt(service, files, 'a.txt', 'two'), /Only this article reports this/);
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
