import * as assert from 'node:assert';
import { uri, article, corpus, summary, findingsOf, findingAt, assertConflict, assertNoFindings, assertNone, hoverAt, checkPair, NUMBER_CODES, type Pair } from './helpers';

/**
 * Cross-article claims: every test builds a small in-memory corpus of
 * synthetic wire, broadcast and blog articles about invented events, and
 * checks what a careful fact-checker would flag (or not) between them.
 */

suite('Claims across sources: numbers', () => {

	// --- Hedged numbers that are compatible -----------------------------------------------------------
	const hedged: Pair[] = [
		{
			name: 'Should not set one article\'s county against another\'s when the first names two (two fires of one story)',
			a: [' date 2025-01-09 ', 'Two wildfires burn in the hills', 'The Ridgeview fire in Hale County has burned 9,000 acres, fire officials said on Thursday. The Sespe fire in Dunmore County has burned 3,100 acres.'],
			b: [' date 2025-01-09 ', 'Fire officials said on Thursday that the wildfire in Dunmore County had forced hundreds of people from their homes.'],
		},
		{
			name: 'Should not set an office against the same office written with fewer words',
			a: [' date 2025-09-02 ', 'Energy Minister Ivan Petrov said the truce with the rebels took effect in Orvel on Tuesday.'],
			b: [' date 2025-09-02 ', 'Minister Ivan Petrov said the truce with the rebels took effect in Orvel on Tuesday.'],
		},
		{
			name: 'Should read a state\'s own toll, told by the state ("Ohio reported 9 deaths"), as a part of the toll across states',
			a: [' date 2025-04-08 ', 'Storms kill 16 across three states', 'Storms killed 16 people across Ohio, Indiana and Kentucky on Monday, officials said.', 'Ohio reported 9 deaths and Indiana five, state officials said.'],
			b: [' date 2025-04-08 ', 'At least 16 people were killed when storms swept across three Midwestern states on Monday.'],
		},
		{
			name: 'Should accept "more than 40" and "dozens" killed in the same Mogadishu market bombing',
			a: [' date 2024-03-12 ', 'Car bomb hits crowded Mogadishu market', 'More than 40 people were killed when a car bomb exploded at a busy market in Mogadishu on Monday, police said.', 'Witnesses described overturned fruit stalls and burning minibuses.'],
			b: [' date 2024-03-12 ', 'Dozens of people were killed on Monday in a bombing at a market in Mogadishu, the Somali capital.', 'Ambulances ferried the wounded to Medina hospital through the night.'],
			hover: ['a.txt', 'More than 40', /b\.txt/, /≈ (?:is|are) compatible/],
		},
		{
			name: 'Should accept "more than 230" and "nearly 240" killed in the same Khartoum shelling',
			a: [' date 2023-06-11 ', 'More than 230 people were killed in the shelling of a residential district in Khartoum on Saturday, the health ministry said.'],
			b: [' date 2023-06-11 ', 'Sudan: toll rises after weekend shelling', 'Nearly 240 people were killed in the shelling in Khartoum on Saturday, according to volunteer medics.'],
			hover: ['b.txt', 'Nearly 240', /a\.txt/],
		},
		{
			name: 'Should accept "about 64" and "64" targets struck in northern Yemen',
			a: [' date 2024-02-03 ', 'Coalition strikes in northern Yemen on Friday hit about 64 targets, the military said.'],
			b: [' date 2024-02-03 ', 'The strikes on Friday hit 64 targets in northern Yemen, including command centers and drone depots.'],
			hover: ['a.txt', 'about 64', /b\.txt/],
		},
		{
			name: 'Should accept "at least 12" and "15" wounded in a Kabul suicide bombing',
			a: [' date 2023-09-08 ', 'At least 12 people were wounded in a suicide bombing in Kabul on Thursday.'],
			b: [' date 2023-09-08 ', 'KABUL (AFP) - A suicide bombing in Kabul on Thursday wounded 15 people near a bank branch.'],
			hover: ['a.txt', 'At least 12', /b\.txt/],
		},
		{
			name: 'Should accept "as many as 30" and "27" killed in a Maiduguri attack',
			a: [' date 2023-11-20 ', 'As many as 30 people were killed in an attack on a livestock market in Maiduguri on Sunday.'],
			b: [' date 2023-11-20 ', '27 people were killed in the attack in Maiduguri on Sunday, a local vigilante leader told reporters.'],
			hover: ['a.txt', 'As many as 30', /b\.txt/],
		},
		{
			name: 'Should accept "several" and "five" wounded in a Peshawar blast',
			a: [' date 2023-10-03 ', 'Several people were wounded in a blast near a police checkpoint in Peshawar on Monday.'],
			b: [' date 2023-10-03 ', 'Five people were wounded in a blast in Peshawar on Monday, a rescue official said.'],
			hover: ['b.txt', 'Five', /a\.txt/],
		},
		{
			name: 'Should accept "nearly 20" and "19" killed in a Quetta bombing',
			a: [' date 2023-04-15 ', 'Nearly 20 people were killed in a bombing at a mosque in Quetta on Friday.'],
			b: [' date 2023-04-15 ', '19 people were killed in the bombing in Quetta on Friday, officials at the civil hospital said.'],
			hover: ['a.txt', 'Nearly 20', /b\.txt/],
		},
		{
			name: 'Should accept "about 50" and "55" killed in a Tripoli clash',
			a: [' date 2023-08-17 ', 'About 50 people were killed in an attack on a militia compound in Tripoli on Tuesday.'],
			b: [' date 2023-08-17 ', '55 people were killed in the attack in Tripoli on Tuesday, the emergency medicine center said.'],
			hover: ['a.txt', 'About 50', /b\.txt/],
		},
		{
			name: 'Should not set a toll of another town an article mentions against the reported toll',
			a: [' date 2024-04-08 ', 'Gunman kills five at a Dunmore warehouse', 'A gunman killed five people at a warehouse in Dunmore on Sunday, police said.', 'The shooting comes as the county still mourns the deaths of 12 at Pellston.'],
			b: [' date 2024-04-08 ', 'Five people were killed when a gunman opened fire at a warehouse in Dunmore on Sunday.', 'Police said the suspect was arrested hours later.'],
			none: NUMBER_CODES,
			hover: ['b.txt', 'Five', /a\.txt/],
		},
		{
			name: 'Should read a participial ", killing N people" as a death toll and compare it',
			a: [' date 2024-03-12 ', 'A car bomb exploded at a market in Mogadishu on Monday, killing 30 people.'],
			b: [' date 2024-03-12 ', 'More than 40 people were killed when a car bomb exploded at a market in Mogadishu on Monday.'],
			at: ['30', 'More than 40'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should keep a toll that follows a Reuters-style " - " dateline dash',
			a: [' date 2024-03-12 ', 'MOGADISHU, Somalia (Reuters) - More than 40 people were killed when a car bomb exploded at a busy market in Mogadishu on Monday.'],
			b: [' date 2024-03-12 ', '30 people were killed when a car bomb exploded at a market in Mogadishu on Monday.'],
			at: ['More than 40', '30'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should keep a toll that follows an AP-style " — " dateline dash',
			a: [' date 2024-07-09 ', 'JENIN, West Bank (AP) — Three fighters were killed in a raid in Jenin on Monday.'],
			b: [' date 2024-07-09 ', 'Five fighters were killed in a raid in Jenin on Monday.'],
			at: ['Three', 'Five'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should accept a turnout written whole ("61%") and to a decimal ("60.7 percent") as one figure rounded',
			a: [' date 2024-04-15 ', 'Marta Kowal was elected mayor of Tarnow on Sunday. Turnout was 61%, the election commission said.'],
			b: [' date 2024-04-15 ', 'Marta Kowal won the Tarnow mayoral election on Sunday. Turnout was 60.7 percent.'],
			hover: ['a.txt', '61%', /b\.txt/],
		},
		{
			name: 'Should accept a headline\'s "20 years" for a body\'s "20 years and six months"',
			a: [' date 2024-10-21 ', 'Former president jailed for 20 years', 'A court in Lima on Monday sentenced the former president to 20 years and six months in prison.'],
			b: [' date 2024-10-21 ', 'The former president was jailed in Lima on Monday for 20 years and six months.'],
		},
		{
			name: 'Should not compare a conversion in brackets on its own: "120 mph (195 km/h)" agrees with "193 km/h"',
			a: [' date 2024-09-10 ', 'The storm came ashore near Port Arvel on Tuesday with winds of 120 miles per hour (195 km per hour).'],
			b: [' date 2024-09-10 ', 'The storm made landfall near Port Arvel on Tuesday, with winds of 193 km/h.'],
			quiet: /195|193|120/,
		},
		{
			name: 'Should not compare people said to be aboard a launch that agree, only its capacities',
			a: [' date 2024-09-20 ', 'The launch, licensed to carry 30 passengers, had about 45 people on board when it sank off Kalvo island on Friday.'],
			b: [' date 2024-09-20 ', 'The launch had a capacity of 40 passengers but was carrying 45 people when it sank off Kalvo island on Friday.'],
			quiet: /«[^»]*\b45\b/,
		},
		{
			name: 'Should not compare speeds an article gives several of (at landfall, hours later, its own motion) with another article\'s',
			a: [' date 2024-09-11 ', 'The storm came ashore near Port Arvel on Tuesday with winds of 115 mph. By midday on Wednesday its winds had eased to 60 mph, and it was moving north at 14 mph.'],
			b: [' date 2024-09-11 ', 'The storm made landfall near Port Arvel on Tuesday with winds of 190 km/h.'],
			quiet: /Speed/,
		},
		{
			name: 'Should read "20 years and six months" as one prison term, not a term of six months',
			a: [' date 2024-10-21 ', 'A court in Lima on Monday sentenced the former president to 20 years and six months in prison.'],
			b: [' date 2024-10-21 ', 'The former president was jailed in Lima on Monday for 20 years and six months.'],
		},
		{
			name: 'Should accept "$1.8bn" and "$1.84 billion" paid for the same takeover as one figure rounded',
			a: [' date 2024-06-03 ', 'Harbor Mills agreed to buy the cereal maker Oatfield for $1.8bn on Monday.'],
			b: [' date 2024-06-03 ', 'Harbor Mills said on Monday it had agreed to acquire Oatfield for $1.84 billion in cash.'],
		},
		{
			name: 'Should accept a winner\'s share rounded from a partial count as the same figure, not an update',
			a: [' date 2024-04-15 ', 'Marta Kowal won the Tarnow mayoral race on Sunday with 53.6 percent of the vote with 97 percent of ballots counted.'],
			b: [' date 2024-04-15 ', 'Marta Kowal was elected mayor of Tarnow on Sunday with 54% of the vote.'],
		},
		{
			name: 'Should accept the passengers and crew one account lists against the people aboard another gives',
			a: [' date 2025-07-14 ', 'A Kestrel Air jet carrying 140 passengers and five crew made an emergency landing in Orvel on Sunday.'],
			b: [' date 2025-07-14 ', 'The Kestrel Air jet with 145 people aboard landed safely in Orvel on Sunday after an engine fire.'],
		},
		{
			name: 'Should agree on votes for counted as lawmakers and as votes',
			a: [' date 2026-06-18 ', 'The assembly of Vessin approved the budget on Thursday, with 185 lawmakers voting in favour and 93 against.'],
			b: [' date 2026-06-18 ', 'Vessin lawmakers voted 185 to 93 on Thursday to approve the budget.'],
		},
		{
			name: 'Should not compare how many a prison held with how many escaped from it',
			a: [' date 2026-01-12 ', 'Gunmen attacked the jail in Dorvik on Sunday. The jail held 480 inmates, the prison service said.'],
			b: [' date 2026-01-12 ', 'Gunmen attacked the jail in Dorvik on Sunday and 62 inmates escaped, the justice ministry said.'],
		},
		{
			name: 'Should not compare sums of one company a tenfold apart that no fact word ties to one thing',
			a: [' date 2025-03-04 ', 'Harrow Ridge Energy shares jump in debut after $900 million listing', 'The shares of Harrow Ridge Energy rose on Tuesday.'],
			b: [' date 2025-03-04 ', 'Harrow Ridge Energy shares open at $17 in debut', 'The shares of Harrow Ridge Energy began trading on Tuesday.'],
		},
		{
			name: 'Should compare a headline figure in the words its own body gives it',
			a: [' date 2025-02-03 ', 'Fire at Orvel flats kills 6, injures 40', 'A fire at a block of flats in Orvel killed six people on Sunday and injured about 40, the fire service said.'],
			b: [' date 2025-02-03 ', 'Six people were killed and 42 injured in a fire at a block of flats in Orvel on Sunday, officials said.'],
			quiet: /injured/,
		},
		{
			name: 'Should take a toll placed by a phrase opening its sentence for a part of the whole toll',
			a: [' date 2025-04-07 ', 'Floods in southern Orvel killed 38 people on Sunday, the disaster agency said.', 'In the hardest-hit district of Vessa, 22 people died, officials said.'],
			b: [' date 2025-04-07 ', 'The toll from Sunday’s floods in southern Orvel stands at 38, the disaster agency said.'],
		},
		{
			name: 'Should take a vague headline figure that the body makes precise as said by the body',
			a: [' date 2025-04-07 ', 'Floods in Orvel leave thousands displaced', 'Floods in Orvel displaced about 23,000 people on Sunday, the disaster agency said.'],
			b: [' date 2025-04-07 ', 'Some 23,400 people were displaced by floods in Orvel on Sunday, the disaster agency said.'],
		},
		{
			name: 'Should accept a toll that counts the gunman against one of the victims alone',
			a: [' date 2025-04-07 ', 'Seven people, including the gunman, died in a shooting at a school in Orvel on Monday, police said.'],
			b: [' date 2025-04-07 ', 'A gunman killed six people at a school in Orvel on Monday before he was shot dead by police.'],
		},
	];
	for (const p of hedged) { test(p.name, () => checkPair(p)); }

	test('Should compare a suspect\'s age named after a sentence about a second site with the other articles\' ages', () => {
		const files = {
			'a.txt': article(' date 2024-04-08 ', 'Shooting at two farms near Dunmore', 'A gunman killed five people at a farm near Dunmore on Sunday.', 'Shortly afterwards, two more people were found dead at a separate shooting scene at Hallow Farms, two miles away.', 'Deputies later arrested the suspect, identified as 58-year-old Arlo Benning, in a parking lot.'),
			'b.txt': article(' date 2024-04-08 ', 'A gunman killed seven people at two farms near Dunmore on Sunday.', 'Police arrested Arlo Benning, 61, at a sheriff\'s substation.'),
		};
		const service = corpus(files);
		const finding = findingAt(service, files, 'a.txt', '58-year-old');
		assert.ok(finding, `no finding on the age; findings: ${summary(service, files).join(' | ')}`);
		assert.match(finding.message, /58 years/);
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
		assert.match(hoverAt(service, files, 'b.txt', 'Seven'), /2 other articles: 2 ≈ are compatible/);
	});

	// --- Disjoint numbers, no attribution: mismatch -----------------------------------------------------
	const disjoint: Pair[] = [
		{
			name: 'Should flag two counts of drones shot down in one night\'s attack, and not the drones against the missiles launched',
			a: [' date 2025-03-09 ', 'Drones hit Zelva overnight', 'Attackers launched 88 drones and three missiles at Zelva overnight, and air defences shot down 61 drones, the army said.'],
			b: [' date 2025-03-09 ', 'Of the 88 drones launched at Zelva overnight, 67 drones were shot down, the regional governor said. Three missiles were also fired.'],
			at: ['61', '67'], code: 'claim.number-attributed', severity: 'warning', none: ['claim.number-mismatch'], quiet: /Number launched/,
		},
		{
			name: 'Should flag two levels of a central bank rate in articles that name no event, and not the size of the cut or the inflation target',
			a: [' date 2024-10-23 ', 'Orvel central bank lowers key rate', 'The Orvel central bank lowered its benchmark interest rate by half a percentage point on Wednesday, bringing it to 3.75 per cent.', 'Inflation had come down to its 2% target, governor Ilse Marr said.'],
			b: [' date 2024-10-23 ', 'The Orvel central bank on Wednesday cut its policy rate by 50 basis points, to 4.25 per cent, as inflation eased to 1.6%.'],
			at: ['3.75 per cent', '4.25 per cent'], code: 'claim.number-mismatch', severity: 'error', quiet: /»: (?!Interest rate: here (?:3\.75|4\.25)% \(2024-10-23\); 1 source at the same time gives (?:3\.75|4\.25)%$)/,
		},
		{
			name: 'Should flag votes for counted as lawmakers against votes for of the same division as a hard error',
			a: [' date 2026-06-18 ', 'The assembly of Vessin approved the budget on Thursday, with 185 lawmakers voting in favour and 93 against.'],
			b: [' date 2026-06-18 ', 'Vessin lawmakers voted 158 to 93 on Thursday to approve the budget.'],
			at: ['185', '158'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag two flight numbers for one flight, and read neither as a year',
			a: [' date 2025-07-14 ', 'Kestrel Air Flight 1842 made an emergency landing in Orvel on Sunday after an engine fire.'],
			b: [' date 2025-07-14 ', 'Kestrel Air Flight 1824 returned to Orvel on Sunday after an engine fire, the airline said.'],
			at: ['1842', '1824'], code: 'claim.name-conflict', severity: 'warning',
		},
		{
			name: 'Should compare two accounts that give no date at all when each is the other\'s closest and they share many names',
			a: ['Fire on ferry Kestrel Star kills four off Orvel', 'Published 18:52 Tuesday', 'Four people were killed when fire swept through the ferry Kestrel Star off the island of Orvel, coast guard spokesman Piet Marlo said. The fire broke out at about 2:40 a.m. on the car deck of the ship, which had left Tamsworth bound for Dunmore under Captain Aris Dovel.'],
			b: ['Kestrel Star ferry fire: captain questioned', 'Wednesday edition', 'The fire broke out at about 4:10 a.m. on the ferry Kestrel Star off Orvel, coast guard spokesman Piet Marlo said. Captain Aris Dovel, whose ship had left Tamsworth bound for Dunmore, was questioned.'],
			at: ['2:40 a.m.', '4:10 a.m.'], code: 'claim.time-conflict', severity: 'warning',
		},
		{
			name: 'Should flag two offices given one person on one day',
			a: [' date 2025-09-02 ', 'Kasaria’s Energy Minister, Ivan Petrov, said the truce with the rebels took effect in Orvel on Tuesday.'],
			b: [' date 2025-09-02 ', 'Ivan Petrov, Kasaria’s deputy prime minister, said the truce with the rebels took effect in Orvel on Tuesday.'],
			at: ['Energy Minister, Ivan Petrov', 'Ivan Petrov, Kasaria’s deputy prime minister'], code: 'claim.name-conflict', severity: 'warning',
		},
		{
			name: 'Should flag two closing levels of one index on one day',
			a: [' date 2026-10-08 ', 'The Orvel Composite index fell 2.3% to 8,412.50 on Thursday as chipmakers slumped.'],
			b: [' date 2026-10-08 ', 'The Orvel Composite index lost 2.3% on Thursday to end at 8,396.10 as banks fell.'],
			at: ['8,412.50', '8,396.10'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "a seven-year sentence" against "jailed for nine years"',
			a: [' date 2024-05-03 ', 'A court in Turin on Friday handed the former mayor a seven-year prison sentence for fraud.'],
			b: [' date 2024-05-03 ', 'The former mayor was jailed in Turin on Friday for nine years for fraud.'],
			at: ['seven-year', 'nine years'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag prison terms written in years and months that differ in the months, and show them as written',
			a: [' date 2024-05-03 ', 'A court in Turin on Friday sentenced the former mayor to 3 years and 4 months in prison.'],
			b: [' date 2024-05-03 ', 'The former mayor was sentenced in Turin on Friday to 3 years and 8 months in prison.'],
			at: ['3 years and 4 months', '3 years and 8 months'], code: 'claim.number-mismatch', severity: 'error',
			message: /^Prison sentence: here 3 years and 4 months \(2024-05-03\); 1 source at the same time gives 3 years and 8 months$/,
		},
		{
			name: 'Should flag two counts of people aboard, but not the breakdown that adds up to an article\'s total',
			a: [' date 2024-03-08 ', 'A plane carrying 52 people crashed near Velsk on Friday. It was carrying 48 passengers and four crew, the airline said.'],
			b: [' date 2024-03-08 ', 'The plane had 56 people on board when it crashed near Velsk on Friday.'],
			at: ['52', '56'], code: 'claim.number-mismatch', severity: 'error', quiet: /\b48\b/,
		},
		{
			name: 'Should give a speed in mph without a plural ("80 mph", not "80 mphs") and flag two speeds of one derailment',
			a: [' date 2024-05-02 ', 'The train was travelling at 80 mph when it derailed near Dunmore on Wednesday, investigators said.'],
			b: [' date 2024-05-02 ', 'The train derailed near Dunmore on Wednesday while travelling at 65 mph, the rail operator said.'],
			at: ['80 mph', '65 mph'], code: 'claim.number-attributed', severity: 'information', message: /here 80 mph \(.*gives 65 mph \(/,
		},
		{
			name: 'Should read the sets of a tennis score as one score, and flag two scores that differ in the last set',
			a: [' date 2024-06-09 ', 'Ana Petrova beat Lena Hart 6-4, 3-6, 7-5 in the Kestrel Open final on Sunday.'],
			b: [' date 2024-06-09 ', 'Lena Hart lost the Kestrel Open final on Sunday as Ana Petrova won 6-4, 3-6, 7-6.'],
			c: [' date 2024-06-09 ', 'Ana Petrova won the Kestrel Open final on Sunday, needing three sets to defeat Lena Hart 6-4, 3-6, 7-5.'],
			at: ['6-4, 3-6, 7-5', '6-4, 3-6, 7-6'], code: 'claim.name-conflict', severity: 'warning', message: /^Score: here 6-4, 3-6, 7-5 /,
		},
		{
			name: 'Should flag two scores of one final, and not two accounts of the same score',
			a: [' date 2024-05-18 ', 'Rovers beat United 2-1 in the cup final at Hampden on Saturday.'],
			b: [' date 2024-05-18 ', 'Rovers won the cup final at Hampden on Saturday, a 3-1 win over United.'],
			c: [' date 2024-05-18 ', 'United lost the cup final at Hampden to Rovers on Saturday, beaten 2–1 after extra time.'],
			at: ['2-1', '3-1'], code: 'claim.name-conflict', severity: 'warning',
		},
		{
			// "Flight OV352" is flight 352 with its airline's code.
			name: 'Should flag two flight numbers of one crash, and take a number with the airline\'s code for the same flight',
			a: [' date 2023-03-10 ', 'An Orvel Air plane crashed near Tamsworth on Friday. The aircraft, flight 352 from Varna, was carrying 61 people.'],
			b: [' date 2023-03-10 ', 'Orvel Air flight 325 crashed near Tamsworth on Friday with 61 people aboard.'],
			c: [' date 2023-03-10 ', 'The Orvel Air plane, Flight OV352, crashed near Tamsworth on Friday, the airline said.'],
			at: ['352', '325'], code: 'claim.name-conflict', severity: 'warning',
		},
		{
			name: 'Should name both agencies of two magnitudes, initials and an event word in a name included',
			a: [' date 2024-08-02 ', 'A magnitude 5.8 earthquake struck southern Bolivia on Thursday, according to the U.S. Geological Survey.'],
			b: [' date 2024-08-02 ', 'The earthquake that struck southern Bolivia on Thursday measured 6.2 on the Richter scale, the National Earthquake Centre said.'],
			at: ['5.8', '6.2'], code: 'claim.number-attributed', severity: 'information',
			message: /here 5\.8 M \(2024-08-02, the U\.S\. Geological Survey\);.* 6\.2 M \(the National Earthquake Centre\)/,
		},
		{
			name: 'Should flag two capacities of the boat that sank, and not the people aboard that agree',
			a: [' date 2024-09-20 ', 'The launch, licensed to carry 30 passengers, had about 45 people on board when it sank off Kalvo island on Friday.'],
			b: [' date 2024-09-20 ', 'The launch had a capacity of 40 passengers but was carrying 45 people when it sank off Kalvo island on Friday.'],
			at: ['30', '40'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag a magnitude written to one decimal ("7.0") against "6.8": no rounding makes them one',
			a: [' date 2024-08-02 ', 'A magnitude 7.0 earthquake struck off the coast of Tarapaca on Thursday.'],
			b: [' date 2024-08-02 ', 'A 6.8-magnitude earthquake struck off the coast of Tarapaca on Thursday.'],
			at: ['7.0', '6.8'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag two ages of the winner even when the count of her votes is partial',
			a: [' date 2024-04-15 ', 'Marta Kowal, 44, won the Tarnow mayoral race on Sunday with 53.6 percent of the vote with 97 percent of ballots counted.'],
			b: [' date 2024-04-15 ', 'Marta Kowal, 47, was elected mayor of Tarnow on Sunday.'],
			at: ['44', '47'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "more than 40" killed against "30" killed',
			a: [' date 2024-03-12 ', 'More than 40 people were killed in a bombing at a market in Mogadishu on Monday.'],
			b: [' date 2024-03-12 ', '30 people were killed in the bombing at the market in Mogadishu on Monday.'],
			at: ['More than 40', '30'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "fewer than 10" wounded against "12" wounded',
			a: [' date 2024-01-16 ', 'Fewer than 10 people were wounded in a rocket attack in Beirut on Monday.'],
			b: [' date 2024-01-16 ', '12 people were wounded in the rocket attack in Beirut on Monday.'],
			at: ['Fewer than 10', '12'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "nearly 240" killed against "243" killed',
			a: [' date 2023-06-11 ', 'Nearly 240 people were killed in the shelling in Khartoum on Saturday.'],
			b: [' date 2023-06-11 ', '243 people were killed in the shelling in Khartoum on Saturday.'],
			at: ['Nearly 240', '243'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "nearly 100" killed against "60" killed',
			a: [' date 2024-03-12 ', '60 people were killed in a bombing at a market in Mogadishu on Monday.'],
			b: [' date 2024-03-12 ', 'Nearly 100 people were killed in the bombing at the market in Mogadishu on Monday.'],
			at: ['60', 'Nearly 100'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "one militant" against "three militants" killed as a plain mismatch (same group counted)',
			a: [' date 2024-07-09 ', 'One militant was killed during an Israeli raid in Jenin on Monday.'],
			b: [' date 2024-07-09 ', 'Three militants were killed during an Israeli raid in Jenin on Monday.'],
			at: ['One', 'Three'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag "64 targets" struck against "40 targets" struck',
			a: [' date 2024-02-03 ', 'The coalition strikes in northern Yemen on Friday hit 64 targets.'],
			b: [' date 2024-02-03 ', 'The coalition strikes in northern Yemen on Friday hit 40 targets.'],
			at: ['64', '40'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should flag troop counts that differ: "2,500 troops stationed" against "900 troops stationed" in Iraq',
			a: [' date 2024-01-21 ', 'Rockets struck Ain al-Asad air base in western Iraq on Saturday in an attack that wounded several U.S. personnel.', 'The United States has 2,500 troops stationed in Iraq.'],
			b: [' date 2024-01-21 ', 'A rocket attack hit Ain al-Asad air base in western Iraq on Saturday.', 'Washington has 900 troops stationed in Iraq.'],
			at: ['2,500', '900'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should not set a count of one nation\'s people against a count of all ("13 Vessini hostages" and "24 hostages" freed)',
			a: [' date 2024-11-24 ', 'The Kestrel Front freed 13 Ukrainian hostages on Friday, the first day of a truce, officials said.'],
			b: [' date 2024-11-24 ', 'The Kestrel Front released 24 hostages on Friday, the first day of a truce, officials said.'],
			none: [...NUMBER_CODES, 'claim.updated'],
		},
		{
			name: 'Should not take the seats of a chamber ("412 of the 650 seats") for the seats a party won',
			a: [' date 2024-07-05 ', 'The Greens won a landslide in the general election in Vessin on Thursday, taking 212 of the 350 seats in parliament.'],
			b: [' date 2024-07-05 ', 'The Greens won 212 seats in the general election in Vessin on Thursday, official results showed.'],
			none: NUMBER_CODES,
		},
		{
			name: 'Should not set soldiers of two nations killed in one attack against each other',
			a: [' date 2024-01-28 ', 'A drone attack on a base in Jordan on Sunday killed three American soldiers, officials said.'],
			b: [' date 2024-01-28 ', 'A drone attack on a base in Jordan on Sunday killed two Jordanian soldiers, officials said.'],
			none: [...NUMBER_CODES, 'claim.updated'],
		},
		{
			name: 'Should accept "about 2,500 troops stationed" and "2,500 troops stationed"',
			a: [' date 2024-01-21 ', 'A rocket attack hit Ain al-Asad air base in western Iraq on Saturday.', 'The United States has about 2,500 troops stationed in Iraq.'],
			b: [' date 2024-01-21 ', 'Rockets hit Ain al-Asad air base in western Iraq on Saturday in an attack claimed by a militia.', 'The United States has 2,500 troops stationed in Iraq.'],
			none: NUMBER_CODES,
			hover: ['a.txt', 'about 2,500', /b\.txt/],
		},
		{
			name: 'Should warn when a base was "targeted four times" by one source and "attacked seven times" by another',
			a: [' date 2024-01-21 ', 'Rocket attacks on Saturday targeted American troops at Ain al-Asad Air Base in Iraq four times, officials said.'],
			b: [' date 2024-01-21 ', 'Militias attacked American troops at Ain al-Asad Air Base in Iraq seven times in rocket attacks on Saturday, a military statement said.'],
			at: ['four', 'seven'], code: 'claim.number-attributed', severity: 'warning',
		},
	];
	for (const p of disjoint) { test(p.name, () => checkPair(p)); }

	test('Should flag "two killed" against "three killed" in the same Erbil drone strike on both passages', () => {
		const files = {
			'a.txt': article(' date 2024-05-02 ', 'Drone strike near Erbil', 'A drone strike near Erbil on Tuesday killed two people.'),
			'b.txt': article(' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'two' }, { file: 'b.txt', at: 'Three' }, 'claim.number-mismatch', 'error');
		assert.strictEqual(findingAt(service, files, 'a.txt', 'two')!.message, 'Death toll: here 2 (2024-05-02); 1 source at the same time gives 3');
		assert.strictEqual(findingAt(service, files, 'b.txt', 'Three')!.message, 'Death toll: here 3 (2024-05-02); 1 source at the same time gives 2');
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

	// --- Loose intervals only: tension ---------------------------------------------------------------
	const loose: Pair[] = [
		{
			name: 'Should note tension, not a contradiction, between "more than 40" and "nearly 100" killed',
			a: [' date 2024-03-12 ', 'More than 40 people were killed in a bombing at a market in Mogadishu on Monday.'],
			b: [' date 2024-03-12 ', 'Nearly 100 people were killed in the bombing at the market in Mogadishu on Monday.'],
			at: ['More than 40', 'Nearly 100'], code: 'claim.number-tension', severity: 'information',
			none: ['claim.number-mismatch', 'claim.number-attributed'],
		},
		{
			name: 'Should note tension between "dozens" and "hundreds" wounded',
			a: [' date 2023-07-30 ', 'Dozens of people were wounded in a bombing at a political rally in Peshawar on Sunday.'],
			b: [' date 2023-07-30 ', 'Hundreds of people were wounded in the bombing at the rally in Peshawar on Sunday.'],
			at: ['Dozens', 'Hundreds'], code: 'claim.number-tension', severity: 'information',
		},
	];
	for (const p of loose) { test(p.name, () => checkPair(p)); }

	// --- Attributed numbers: warning -------------------------------------------------------------------
	const attributed: Pair[] = [
		{
			name: 'Should only note, not flag as an error, "two commanders" and "five fighters" killed (they may be different groups)',
			a: [' date 2024-02-08 ', 'Two commanders were killed in a drone strike in Kirkuk on Wednesday.'],
			b: [' date 2024-02-08 ', 'Five fighters were killed in a drone strike in Kirkuk on Wednesday.'],
			at: ['Two', 'Five'], code: 'claim.number-attributed', severity: 'information',
			none: ['claim.number-mismatch'],
		},
		{
			name: 'Should find nothing when two attributed tolls agree',
			a: [' date 2024-06-02 ', 'Police said nine people were killed in a bombing at a bus station in Kandahar on Saturday.'],
			b: [' date 2024-06-02 ', '9 people were killed in the bombing in Kandahar on Saturday, according to hospital officials.'],
			hover: ['a.txt', 'nine', /✓ agrees/],
		},
		{
			name: 'Should not treat a passive "were reported killed" as a named source',
			a: [' date 2024-05-02 ', 'Two people were reported killed in a drone strike near Erbil on Tuesday.'],
			b: [' date 2024-05-02 ', 'Three people were killed in a drone strike near Erbil on Tuesday.'],
			at: ['Two', 'Three'], code: 'claim.number-mismatch', severity: 'error',
		},
		{
			name: 'Should still note sums of one company that differ by less than tenfold',
			a: [' date 2025-03-04 ', 'Harrow Ridge Energy shares jump in debut after $900 million listing', 'The shares of Harrow Ridge Energy rose on Tuesday.'],
			b: [' date 2025-03-04 ', 'Harrow Ridge Energy shares rise in debut after $700 million listing', 'The shares of Harrow Ridge Energy began trading on Tuesday.'],
			at: ['$900 million', '$700 million'], code: 'claim.number-mismatch', severity: 'information',
		},
		{
			name: 'Should compare homes, households and customers without power as one count',
			a: [' date 2025-01-19 ', 'Storm Vala hit Orvel on Sunday, and some 45,000 households lost power, the grid operator said.'],
			b: [' date 2025-01-19 ', 'Storm Vala hit Orvel on Sunday, leaving 70,000 homes without power, the grid operator said.'],
			at: ['45,000', '70,000'], code: 'claim.updated', severity: 'information',
			message: /without power/,
		},
		{
			name: 'Should still compare a headline figure its body does not give again',
			a: [' date 2025-02-03 ', 'Fire at Orvel flats kills 6, injures 40', 'A fire at a block of flats in Orvel killed six people on Sunday, the fire service said.'],
			b: [' date 2025-02-03 ', 'Six people were killed and 42 injured in a fire at a block of flats in Orvel on Sunday, officials said.'],
			at: ['40', '42'], code: 'claim.number-attributed', severity: 'warning',
		},
		{
			name: 'Should still flag a toll that counts the gunman against a victims’ toll it does not fit',
			a: [' date 2025-04-07 ', 'Seven people, including the gunman, died in a shooting at a school in Orvel on Monday, police said.'],
			b: [' date 2025-04-07 ', 'A gunman killed four people at a school in Orvel on Monday before he was shot dead by police.'],
			at: ['Seven', 'four'], code: 'claim.number-attributed', severity: 'warning',
		},
	];
	for (const p of attributed) { test(p.name, () => checkPair(p)); }

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

	test('Should note an initial assessment that differs from another toll as an update, marked preliminary', () => {
		const files = {
			'a.txt': article(' date 2023-02-19 ', 'An initial assessment found four soldiers were killed in an ambush near Bamako on Saturday.'),
			'b.txt': article(' date 2023-02-19 ', 'Seven soldiers were killed in an ambush near Bamako on Saturday.'),
		};
		const service = corpus(files);
		// A preliminary figure is expected to move: the later one updates it rather than contradicting it.
		assertConflict(service, files, { file: 'a.txt', at: 'four' }, { file: 'b.txt', at: 'Seven' }, 'claim.updated', 'information');
		assert.match(findingAt(service, files, 'a.txt', 'four')!.message, /^Death toll · soldier: here 4 \(2023-02-19, preliminary\)/);
		assertNone(service, files, NUMBER_CODES.filter(c => c !== 'claim.updated'));
	});

	test('Should take a toll an article states as a rise for the risen figure wherever it restates it', () => {
		const files = {
			'a.txt': article(' date 2024-03-10 ', 'A gas main exploded at a market in Tarvik on Saturday.', 'The death toll has risen to 41, officials said on Sunday.', 'A total of 41 people have been confirmed dead.'),
			'b.txt': article(' date 2024-03-10 ', 'A gas main exploded at a market in Tarvik on Saturday, killing 33 people, police said.'),
		};
		const service = corpus(files);
		// The same day, a toll that rose is an update of a lower one, not a contradiction, however the article restates it.
		assertNone(service, files, NUMBER_CODES.filter(c => c !== 'claim.updated'));
		assert.ok(findingsOf(service, 'a.txt').some(f => f.code === 'claim.updated'), summary(service, files).join(' | '));
	});

	test('Should flag two prison terms for one sentencing, and two prices for one takeover', () => {
		const files = {
			'a.txt': article(' date 2025-03-04 ', 'A court in Brno on Monday sentenced former mayor Ivo Hradil to 12 years in prison for fraud.', 'Orvel Group agreed on Monday to buy Tamsin Foods for $2.5 billion in cash.'),
			'b.txt': article(' date 2025-03-04 ', 'Former mayor Ivo Hradil was jailed for 10 years by a court in Brno on Monday.', 'Orvel Group will acquire Tamsin Foods in a deal worth $3.1 billion, it said on Monday.'),
		};
		const service = corpus(files);
		assert.match(findingAt(service, files, 'a.txt', '12 years')?.message ?? summary(service, files).join(' | '), /^Prison sentence: here 12 yr/);
		assert.match(findingAt(service, files, 'a.txt', '$2.5 billion')?.message ?? summary(service, files).join(' | '), /^Deal value/);
	});

	// --- Same number, different fact: reworded ----------------------------------------------------------
	const sameNumber: Pair[] = [
		{
			name: 'Should take "64 strikes" and "hit 64 targets" for one figure of the same fact, not a rise',
			a: [' date 2024-02-03 ', 'Coalition warplanes carried out 64 strikes in northern Yemen on Friday.'],
			b: [' date 2024-02-03 ', 'Coalition strikes in northern Yemen on Friday hit 64 targets.'],
			hover: ['b.txt', '64', /^\*\*Number of targets\*\* — here \*\*64\*\*[^\n]*\n\n1 other article: 1 ✓ agrees/],
		},
		{
			name: 'Should not note rewording when both say "64 targets"',
			a: [' date 2024-02-03 ', 'Coalition strikes in northern Yemen on Friday hit 64 targets.'],
			b: [' date 2024-02-03 ', 'The strikes in northern Yemen on Friday hit 64 targets, the military said.'],
			hover: ['a.txt', '64', /✓ agrees/],
		},
	];
	for (const p of sameNumber) { test(p.name, () => checkPair(p)); }

	test('Should note the same count of differently named people as reworded ("two commanders", "two members")', () => {
		const files = {
			'a.txt': article(' date 2024-02-03 ', 'Two commanders were killed in a drone strike near Qaim on Friday.'),
			'b.txt': article(' date 2024-02-03 ', 'Two members of the militia were killed in the drone strike near Qaim on Friday.'),
		};
		const service = corpus(files);
		assertConflict(service, files, { file: 'a.txt', at: 'Two' }, { file: 'b.txt', at: 'Two' }, 'claim.reworded', 'information');
		assertNone(service, files, NUMBER_CODES);
		assert.strictEqual(findingAt(service, files, 'a.txt', 'Two')!.message, 'Death toll: here 2 commanders; 2 members in b.txt');
	});

});
