import * as assert from 'node:assert';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { extractArticle } from '../../server/src/core/claims/extractArticle';
import type { ResolvedClaim } from '../../server/src/core/events/placedClaims';

/**
 * How one article's figures are read as claims: which fact a figure states,
 * whose it is, and how it stands (a part, a figure of another time, a
 * preliminary count, a rise). Every sentence is written for these tests.
 */

interface Expect {
	/** The fact the figure states; `null` when it must not be a claim at all. */
	readonly fact: string | null;
	readonly head?: string | null;
	readonly subset?: boolean;
	readonly background?: boolean;
	readonly preliminary?: boolean;
	readonly rising?: boolean;
	readonly weak?: boolean;
	readonly added?: boolean;
	readonly superseded?: boolean;
	/** `sum:N` for a total over N events, `bg…` for another time, '' for the reported event. */
	readonly scope?: string;
	/** Text of the mention the value belongs to (a person, a named fire). */
	readonly subject?: string | null;
	/** Tied to an event word the article says came before the one reported ("after last year's attack"). */
	readonly prior?: boolean;
}

interface Row {
	readonly why: string;
	readonly text: string;
	/** The figure as written. */
	readonly at: string;
	readonly expect: Expect;
}

const DATELINE = ' date 2024-05-14 ';

function claimsOf(text: string): readonly ResolvedClaim[] {
	const corpus = new Corpus();
	corpus.set('file:///ws/a.txt', `${DATELINE}\n${text}\n`);
	return corpus.view().claimsOf('file:///ws/a.txt');
}

function claimAt(text: string, at: string): ResolvedClaim | undefined {
	const full = `${DATELINE}\n${text}\n`;
	const start = full.indexOf(at);
	assert.ok(start >= 0, `'${at}' is not in the text`);
	return claimsOf(text).find(c => c.mention.span.start <= start && start < c.mention.span.end);
}

const ROWS: Row[] = [
	// --- What a figure states ---------------------------------------------------------------------------------
	{ why: 'an age beside a fact word is an age, not a toll', text: 'A 58-year-old driver was killed when the bus overturned near Kisumu on Monday.', at: '58', expect: { fact: 'age' } },
	{ why: 'a duration is not what was contained', text: 'Crews contained the blaze near Ronda after 36 hours of work on Sunday.', at: '36', expect: { fact: 'duration' } },
	{ why: 'a share may be what was contained', text: 'The Cedar Ridge fire was 40% contained by Sunday night, firefighters said.', at: '40', expect: { fact: 'contained' } },
	{ why: 'a noun after a fact word makes another noun', text: 'Prosecutors in Lyon issued 25 arrest warrants after the riot on Saturday.', at: '25', expect: { fact: '~issued' } },
	{ why: 'a count of times counts the action', text: 'Rebels shelled the town of Kidal more than 30 times since January 4.', at: '30', expect: { fact: 'attacks', head: null } },
	{ why: 'a verb acting on what is counted is no rise', text: 'Warplanes struck the port of Hodeidah on Tuesday and hit 40 targets.', at: '40', expect: { fact: 'targets', rising: false } },
	{ why: 'a number word after a list bullet is a figure, not a name', text: 'Storms this week:\n\n• Twelve people died when the river burst its banks near Vardo on Monday.', at: 'Twelve', expect: { fact: 'dead' } },
	{ why: 'a toll that climbs to a figure rises', text: 'The death toll from the landslide in Enga rose to 40 on Tuesday.', at: '40', expect: { fact: 'dead', rising: true } },
	// --- Parts and totals ---------------------------------------------------------------------------------------
	{ why: 'those left are a part of all ever counted', text: 'The ferry sank off Goma on Friday; 40 passengers were still in hospital on Sunday.', at: '40', expect: { fact: 'hospitalized', subset: true } },
	{ why: '"one of the" makes a part', text: 'Police in Turin detained nine fans after the match on Sunday, and one of the men arrested was a minor.', at: 'one', expect: { fact: 'arrested', subset: true } },
	{ why: 'a smaller figure at a place is a part of the larger one', text: 'Nine people were killed in the flood in Derna on Monday. Four people were killed at a school in the old town.', at: 'Four', expect: { fact: 'dead', subset: true } },
	{ why: 'a smaller figure "in the attack" is no part', text: 'Nine people were killed in the flood in Derna on Monday, officials said. A local doctor said four people were killed in the flood.', at: 'four', expect: { fact: 'dead', subset: false } },
	{ why: 'a total over several events is compared only with totals over as many', text: 'At least 19 people have died in four floods across the province this month.', at: '19', expect: { fact: 'dead', background: true, scope: 'sum:4' } },
	{ why: 'a toll said of a town the lead never names is about that town', text: 'A flood in Merrow killed four people on Sunday. Rescuers searched the river banks overnight. The region still mourns the deaths of nine in Callard last spring.', at: 'nine', expect: { fact: 'dead', scope: 'at:place:callard' } },
	{ why: 'a toll said of the town the lead names is about the reported event', text: 'A flood hit the town of Merrow on Sunday. Four people were killed in Merrow, officials said.', at: 'Four', expect: { fact: 'dead', scope: '' } },
	{ why: 'one who died of wounds since is added to the toll, a part of it', text: 'Six people were killed in the fire at the depot. One of the workers taken to hospital with burns died of his wounds on Tuesday.', at: 'One', expect: { fact: 'dead', subset: true, added: true } },
	{ why: 'the smaller toll that those added since bring up to the larger is the earlier count', text: 'Seven dead after depot fire. Six people were killed in the fire at the depot. One of the workers taken to hospital with burns died of his wounds on Tuesday.', at: 'Six', expect: { fact: 'dead', superseded: true } },
	{ why: 'a toll "once reported at" is the earlier count', text: 'Floods hit Derna on Monday. The death toll, once reported at 12, has now risen to 19, the governor said.', at: '12', expect: { fact: 'dead', superseded: true } },
	{ why: 'the toll it rose to is current', text: 'Floods hit Derna on Monday. The death toll, once reported at 12, has now risen to 19, the governor said.', at: '19', expect: { fact: 'dead', superseded: false } },
	{ why: '"the figure" takes the fact of the sentence before', text: 'A gas main exploded in Tarvik on Sunday. About 30 people were injured. The figure is now 45, officials said.', at: '45', expect: { fact: 'injured' } },
	{ why: 'a weekday after the figure is when it was given, not what it counts', text: 'Floods hit Derna on Monday. The death toll rose to 23 Tuesday, officials said.', at: '23', expect: { fact: 'dead', head: null } },
	{ why: 'a tally named before its verb is the fact, not a fact word of a later clause', text: 'Two trains collided near Kestrel on Friday. The death toll in the collision climbed to 140 on Sunday as divers recovered more bodies that were trapped in the flooded carriages.', at: '140', expect: { fact: 'dead' } },
	{ why: 'those treated for wounds are counted as wounded', text: 'Police fired on the march in Velmora on Tuesday. Nine people died and 30 were being treated for gunshot wounds, doctors said.', at: '30', expect: { fact: 'injured' } },
	{ why: 'those pronounced dead at the scene are a part of the toll', text: 'Nine people were pronounced dead at the scene, the fire chief said.', at: 'Nine', expect: { fact: 'dead', subset: true } },
	{ why: 'a headline figure the body restates with a hedge stands for the body\'s', text: 'Ferry sinking claims 40 lives\nNo fewer than 40 passengers were confirmed dead after the ferry capsized.', at: '40 lives', expect: { fact: 'dead', superseded: true } },
	{ why: 'several related shootings are one event', text: 'Five people were killed in two related shootings in Tulsa on Monday.', at: 'Five', expect: { fact: 'dead', background: false, scope: '' } },
	// --- Other times and other events ----------------------------------------------------------------------------
	{ why: 'the event a "since …, when" names is an earlier one', text: 'It was the worst crash on the road since March 3, when 30 people died in a bus fire.', at: '30', expect: { fact: 'dead', background: true } },
	{ why: 'a count under way makes its figures preliminary', text: 'With 80% of ballots counted, the mayor had 55% of the vote in the runoff on Sunday.', at: '55', expect: { fact: 'vote-share', preliminary: true } },
	{ why: 'how far a count has got is no claim', text: 'With 80% of ballots counted, the mayor had 55% of the vote in the runoff on Sunday.', at: '80', expect: { fact: null } },
	// --- Courts and deals ------------------------------------------------------------------------------------------
	{ why: 'a prison term is a sentence', text: 'A court in Brno on Monday sentenced the former mayor to 12 years in prison for fraud.', at: '12 years', expect: { fact: 'sentence' } },
	{ why: 'a fine is a fact of its own', text: 'A court in Brno on Monday fined the company 2 million euros for fraud.', at: '2 million euros', expect: { fact: 'fine' } },
	{ why: 'people on board a vessel are a fact of their own', text: 'The launch had about 45 people on board when it sank off Kalvo island on Friday.', at: 'about 45', expect: { fact: 'aboard' } },
	{ why: 'a plane carrying passengers: the count aboard', text: 'The plane, carrying 88 passengers and five crew, crashed near Ostrava on Friday.', at: '88', expect: { fact: 'aboard' } },
	{ why: 'what a vessel may carry is its capacity', text: 'The launch, licensed to carry 30 passengers, sank off Kalvo island on Friday.', at: '30', expect: { fact: 'capacity' } },
	{ why: '"its capacity of 30" is the capacity', text: 'The launch was carrying 45 people, well over its capacity of 30, when it sank on Friday.', at: '30', expect: { fact: 'capacity' } },
	{ why: 'a tanker carrying fuel carries no people', text: 'A tanker carrying 30,000 litres of diesel overturned near Kalvo on Friday.', at: '30,000 litres', expect: { fact: 'volume' } },
	{ why: 'a score after "beat" is one value of its own', text: 'Rovers beat United 2-1 in the cup final at Hampden on Saturday.', at: '2-1', expect: { fact: 'score' } },
	{ why: 'a tally before "decision" is a score of the vote', text: 'The appeals court upheld the ban in a 5-4 decision on Friday.', at: '5-4', expect: { fact: 'score' } },
	{ why: 'a range of people is no score', text: 'Some 10-12 people were hurt when the stand collapsed at the stadium on Saturday.', at: '12', expect: { fact: 'injured' } },
	{ why: 'cases of a disease are a count of their own', text: 'The measles outbreak in Vessin has infected 1,240 people since March, the health ministry said on Friday.', at: '1,240', expect: { fact: 'cases' } },
	{ why: '"cases recorded" are cases', text: 'The ministry said 3,118 cases had been recorded in the outbreak by Thursday.', at: '3,118', expect: { fact: 'cases' } },
	{ why: 'seats a party won are the party\'s', text: 'The Greens won 41 seats in the regional election in Varna on Sunday.', at: '41', expect: { fact: 'seats' } },
	{ why: 'the price of a takeover is the deal value', text: 'Orvel Group agreed on Monday to buy Tamsin Foods for $2.5 billion in cash.', at: '$2.5 billion', expect: { fact: 'deal-value' } },
	{ why: 'a tally that rose by one figure to another is the second, a rise', text: 'The death toll from the flood in Vessin rose by 14 to 63 on Friday, officials said.', at: '63', expect: { fact: 'dead', rising: true } },
	{ why: 'the change a tally rose by is no toll', text: 'The death toll from the flood in Vessin rose by 14 to 63 on Friday, officials said.', at: '14', expect: { fact: null } },
	{ why: 'a central bank\'s rate is an interest rate', text: 'The central bank of Vessin cut its key interest rate by a quarter point to 4.5% on Thursday.', at: '4.5%', expect: { fact: 'interest-rate' } },
	{ why: 'inflation is a fact of its own', text: 'Annual inflation in Vessin eased to 3.1% in March, the statistics office said.', at: '3.1%', expect: { fact: 'inflation' } },
	{ why: 'the jobless rate is unemployment', text: 'The jobless rate in Vessin rose to 5.2 percent in May.', at: '5.2 percent', expect: { fact: 'unemployment' } },
	{ why: 'a share written before its noun is that noun\'s, not the fact named before it', text: 'Inflation in Vessin has fallen back to the bank\'s 2% target.', at: '2%', expect: { fact: 'share' } },
	{ why: 'people abducted are a count of their own', text: 'Gunmen abducted 41 pupils from a boarding school in Vessin on Monday, police said.', at: '41', expect: { fact: 'abducted' } },
	{ why: 'customers left without power are not a toll named after them', text: 'The storm swept across Vessin on Tuesday, knocking out power to more than 70,000 customers and killing two people.', at: 'more than 70,000', expect: { fact: 'without-power' } },
	{ why: 'homes without power are customers without power', text: 'About 120,000 homes and businesses in Vessin were still without power on Wednesday.', at: 'About 120,000', expect: { fact: 'without-power' } },
	{ why: 'an age is no figure of another year named past a comma', text: 'Mara Oduya won the Kestrel marathon on Sunday. The 31-year-old beat the course record of 2:06:40, set by Ilse Marr in 2019.', at: '31-year-old', expect: { fact: 'age', background: false } },
	{ why: 'a figure with a year in its own clause is of that year', text: 'The Kestrel marathon was run on Sunday. The race drew 9,000 runners in 2019.', at: '9,000', expect: { fact: 'count', background: true } },
	{ why: '"by 195 votes to 106": the first figure is for', text: 'Lawmakers in Vessin approved the budget by 195 votes to 106 on Tuesday.', at: '195', expect: { fact: 'votes-for' } },
	{ why: '"by 195 votes to 106": the second figure is against', text: 'Lawmakers in Vessin approved the budget by 195 votes to 106 on Tuesday.', at: '106', expect: { fact: 'votes-against' } },
	{ why: '"a crew of 21" counts the crew aboard', text: 'The cargo ship Orla, which hit the pier in Vessin on Tuesday, had a crew of 21, its owner said.', at: '21', expect: { fact: 'aboard', head: 'crew' } },
	{ why: 'a comparison with a year earlier after a comma is of the change, not of the figure', text: 'Orvel Systems reported quarterly revenue of $2.1 billion on Wednesday, up 31% from a year earlier.', at: '$2.1 billion', expect: { fact: 'amount', background: false } },
	{ why: 'a time of the past that opens the sentence is the time of its figures', text: 'A bomb exploded in a market in Vessin on Sunday. Last month, a car bombing in the city left 26 dead.', at: '26', expect: { fact: 'dead', background: true } },
	{ why: '"alone" makes a figure a part of a larger one', text: 'Floods in Vessin have killed 52 people this month. Six people died on Thursday alone, officials said.', at: 'Six', expect: { fact: 'dead', subset: true } },
	{ why: 'an adverb after a figure is no noun it counts ("300 still missing")', text: 'The death toll from the floods in Vessin has climbed to 1,200, with 300 still missing, officials said.', at: '300', expect: { fact: 'missing' } },
	// --- Whose a figure is ----------------------------------------------------------------------------------------
	{ why: 'a share before "to X’s" figure is the winner’s, not X’s', text: 'In the runoff on Sunday, Anna Berg won 51.2 percent of the vote to Maria Kovac’s 48.8%, the election board said.', at: '51.2', expect: { fact: 'vote-share', subject: 'Anna Berg' } },
	{ why: 'an unnamed gunman’s age is not the age of the person the article names most', text: 'Police named the victim as Rina Dahl. Rina Dahl was a teacher. A 58-year-old gunman opened fire at the hall in Kestrel on Saturday.', at: '58-year-old', expect: { fact: 'age', subject: null } },
	{ why: 'an age between commas is the person\'s before it, not the club\'s after "for"', text: 'Mara Oduya, 31, has signed for Kestrel United from Orvel City in a deal worth 30 million euros.', at: '31', expect: { fact: 'age', subject: 'Mara Oduya' } },
	{ why: 'a bare whole number after "was", said of one person, is an age, not a toll', text: 'The woman who died was 63 and ran a bakery near the square, police in Tavel said.', at: '63', expect: { fact: 'age' } },
	{ why: 'an age brought in with "a" is someone new, not the person the article names most', text: 'Police named the dead man as Oren Falk. Oren Falk ran a bakery in Tavel. A 45-year-old man was also hurt in the stabbing.', at: '45-year-old', expect: { fact: 'age', subject: null } },
	{ why: 'where an article gives several ages, an age without a name is not the main person’s', text: 'Oren Falk, 63, died in the stabbing in Tavel. Oren Falk ran a bakery. The 45-year-old man who was hurt is in hospital.', at: '45-year-old', expect: { fact: 'age', subject: null } },
	{ why: 'months before "after" put an event named in many words in the past, and its relative clause’s figures with it', text: 'A man stabbed three people in Tavel on Friday. It came 14 months after the Orlen Christmas market attack, in which two people were killed and nine injured.', at: 'nine', expect: { fact: 'injured', prior: true } },
	{ why: 'soldiers seizing power is an event: the day they did is its date', text: 'Soldiers seized power in Tavara early on Wednesday, detaining the president and closing the borders.', at: 'Wednesday', expect: { fact: 'event-date' } },
	{ why: 'a truce is an event: the time it took effect is its time', text: 'The truce between the two sides took effect at 7 a.m. on Thursday, mediators said.', at: '7 a.m.', expect: { fact: 'event-time' } },
	{ why: 'a count “for every” one of another is a rate, not a count of what was done', text: 'Under the deal the government releases three prisoners for every hostage freed, mediators said.', at: 'three', expect: { fact: null } },
	{ why: '“two of its soldiers” counts soldiers', text: 'The army said two of its soldiers had died in rocket fire near the border.', at: 'two', expect: { fact: 'dead', head: 'soldier' } },
	{ why: '“one of its commanders” beside a name says who the person is, not how many', text: 'The group said Omar Tahan, one of its commanders, was among the dead in Tavara.', at: 'one', expect: { fact: null } },
	{ why: 'an earlier event that opens its sentence owns its figures, past an aside', text: 'Soldiers seized power in Tavara on Wednesday. The country’s last coup, in March 2009, was led by a colonel and left more than 40 people dead.', at: 'more than 40', expect: { fact: 'dead', prior: true } },
	{ why: 'an age brought in with "a" is not the age of a name said before it in the clause', text: 'The prime minister moved his finance minister, Ana Sorel, to the foreign ministry and handed the treasury to a 41-year-old junior minister.', at: '41-year-old', expect: { fact: 'age', subject: null } },
	{ why: '“shortly after” a time is when it happened, not a bound', text: 'The stabbing began shortly after 10.15 p.m. near the main stage in Tavel, police said.', at: '10.15 p.m.', expect: { fact: 'event-time' } },
	{ why: 'a time said with a verb of ending is when the event ended, not when it happened', text: 'Landfall of the cyclone was completed around 8.30 am on Friday near Tavel, the weather office said.', at: '8.30 am', expect: { fact: null } },
	{ why: 'a total after an age is no part of an age: only counts have totals', text: 'Aid reached Tavel on Thursday. “We can sleep again,” said Mariam, a 34-year-old mother of three. A total of 86 lorries crossed before the gates closed.', at: '86', expect: { fact: '~crossed', head: 'vehicle' } },
	{ why: 'an age belongs to the person named beside it', text: 'Police arrested Tomas Varga, 41, after the stabbing in Brno on Monday.', at: '41', expect: { fact: 'age', subject: 'Tomas Varga' } },
	{ why: 'a name inside a relative clause between commas is not the subject of the verb after it', text: 'After the cyberattack on Tuesday, the Grey Lynx gang, which named Orvel Bank on its website, demanded a ransom of $4 million.', at: '$4 million', expect: { fact: 'amount', subject: 'Grey Lynx' } },
	{ why: 'a verb in the past right before a figure is its predicate, as the same participle after the noun is', text: 'Divers had retrieved 40 bodies from the lake near Vessin by Sunday.', at: '40', expect: { fact: '~retrieved', weak: true } },
	{ why: 'the same predicate after the counted noun', text: 'The ferry sank near Vessin on Friday. By Sunday 40 bodies were retrieved from the lake.', at: '40', expect: { fact: '~retrieved', weak: true } },
	{ why: 'an adjective after a determiner is no predicate', text: 'The ferry sank near Vessin on Friday with an estimated 40 tourists aboard.', at: '40', expect: { fact: 'aboard' } },
	{ why: 'those taken to hospital are counted apart from those still in it', text: 'The bus overturned near Kisumu on Monday and 23 people were taken to hospitals in the town.', at: '23', expect: { fact: 'taken-to-hospital' } },
	{ why: 'those treated at hospitals were taken there', text: 'The bus overturned near Kisumu on Monday. Officials said 23 people were treated at hospitals in the town.', at: '23', expect: { fact: 'taken-to-hospital' } },
	{ why: 'who says a figure is not whose it is', text: 'A pipeline burst near Orvel on Tuesday. Crews have skimmed 900 barrels, according to the Orvel Land Office, which said the oil had spread across 40 acres of marsh.', at: '40', expect: { fact: 'extent', subject: null } },
	{ why: 'makes or models named before the noun counted are not what is counted', text: 'Orvel Motors is recalling 120,000 Tarn and Vesper pickup trucks because a brake line can leak.', at: '120,000', expect: { fact: 'recalled', head: 'vehicle' } },
	{ why: 'a figure closed by "against" in a clause about a vote is the votes against', text: 'The assembly of Vessin approved the plan on Friday, with 120 members voting in favour and 41 against.', at: '41', expect: { fact: 'votes-against' } },
	{ why: 'those who cast the votes are anyone the votes count', text: 'The assembly of Vessin approved the plan on Friday, with 120 members voting in favour and 41 against.', at: '120', expect: { fact: 'votes-for', head: 'member' } },
	{ why: 'a part of the wounded who died in hospital is added to the toll', text: 'The toll from the bombing in Kestrel rose to 15 on Tuesday, as three of the wounded died in hospital.', at: 'three', expect: { fact: 'dead', subset: true, added: true } },
	{ why: 'debts listed in a bankruptcy are the liabilities', text: 'The Orvel chain filed for bankruptcy on Monday, listing debts of $900 million.', at: '$900 million', expect: { fact: 'liabilities' } },
	{ why: 'the level a change went to is the level of what is named before the verb', text: 'The Orvel Composite index fell 2.3% to close at 8,412.50 on Thursday, its biggest drop since March.', at: '8,412.50', expect: { fact: 'level', subject: 'Orvel Composite' } },
	{ why: 'a toll that rose to a figure is still a toll, not a level', text: 'The toll from the flood in Vessin rose to 36 on Monday, officials said.', at: '36', expect: { fact: 'dead' } },
	{ why: 'what a part did is said past the whole it is taken from', text: 'Nine miners were trapped when the pit near Orvel flooded on Monday, while 38 of the 52 people working underground escaped.', at: '38', expect: { fact: '~escaped', subset: true } },
	{ why: 'a part of the wounded that a hospital treated is not a toll', text: 'Ten people were killed in the shooting in Orvel on Sunday. The clinic, which treated three of the 11 wounded, said on Monday that one died of his injuries.', at: 'three', expect: { fact: '~treated' } },
	{ why: 'a recall counts what is recalled', text: 'Orvel Motors is recalling about 120,000 pickups because a brake line can leak, the safety agency said on Tuesday.', at: '120,000', expect: { fact: 'recalled', head: 'vehicle' } },
	{ why: 'those in critical condition are counted apart from the toll and the wounded', text: 'Four people died after the bus fell into a ravine near Orvel on Monday, and doctors said at least six of the 20 injured were in critical condition.', at: 'six', expect: { fact: 'critical', subset: true } },
	{ why: 'patients said to be critical are those in critical condition', text: 'The gas leak at the Vessin plant on Friday left 40 workers in hospital; officials said 12 patients were critical.', at: '12', expect: { fact: 'critical' } },
	{ why: 'a verb of winning votes is no share of the vote when it counts other things', text: 'The Vessin border post received 115 soldiers in the prisoner swap on Saturday.', at: '115', expect: { fact: '~received' } },
	{ why: 'a verb of taking votes is no share of the vote when it counts objects', text: 'Masked thieves took eight pieces of jewellery from the Orvel museum on Sunday.', at: 'eight', expect: { fact: 'count', head: 'piece' } },
	{ why: 'a share of the vote may still count ballots', text: 'In the mayoral runoff in Vessin on Sunday, Ana Lind received 48,200 ballots, the election board said.', at: '48,200', expect: { fact: 'vote-share', subject: 'Ana Lind' } },
	{ why: 'the price an offering is set at is a price', text: 'Orvel Robotics priced its initial public offering at $18 a share on Wednesday, the company said.', at: '$18', expect: { fact: 'price' } },
	{ why: 'money a company raised is the amount raised', text: 'Orvel Robotics raised $640 million in its initial public offering on Wednesday.', at: '$640 million', expect: { fact: 'raised' } },
	{ why: 'what a listing values a company at is its valuation', text: 'Orvel Robotics listed on Thursday, valuing the company at about $5.1 billion.', at: '$5.1 billion', expect: { fact: 'valuation' } },
	{ why: 'dying at an age states the age, not a toll', text: 'The painter Ines Harlan has died at the age of 91, her gallery in Orvel said on Friday.', at: '91', expect: { fact: 'age', subject: 'Ines Harlan' } },
	{ why: 'a headline that someone dies at a figure gives the age', text: 'Painter Ines Harlan dies at 91\nThe gallery said she died in her sleep on Friday.', at: '91', expect: { fact: 'age' } },
	{ why: 'a figure after "died at" that counts a noun is no age', text: 'Seven people died at 3 sites along the Orvel river on Friday.', at: '3', expect: { fact: 'sites' } },
	{ why: 'a name, an aside about it, then the verb: the age is the name’s', text: 'The painter Ines Harlan, whose murals line the Orvel metro, has died at the age of 91.', at: '91', expect: { fact: 'age', subject: 'Ines Harlan' } },
	{ why: 'a name, a noun phrase about it and "who": the age is the name’s', text: 'Tributes were paid on Friday to Maria Harlan, the painter of the Orvel Murals, who has died at the age of 91.', at: '91', expect: { fact: 'age', subject: 'Maria Harlan' } },
	{ why: 'a relative clause after a name in a phrase of its own is that name’s', text: 'Ana Lind won the mayoral race in Vessin on Sunday with 56% of the vote, beating her rival Per Holm, who took 40%.', at: '40', expect: { fact: 'vote-share', subject: 'Per Holm' } },
	{ why: 'diplomats a country expels are the number expelled', text: 'Vessin expelled 13 diplomats of its neighbour on Monday over a spying case.', at: '13', expect: { fact: 'expelled' } },
	{ why: 'the span a record is counted over is no duration of the event', text: 'The flood in Vessin on Monday was the worst in more than 40 years, officials said.', at: '40', expect: { fact: null } },
	{ why: 'a window a rate is counted over is no duration either', text: 'Prices in Vessin rose 6.1% in the 12 months through March, the statistics office said.', at: '12', expect: { fact: null } },
	{ why: 'how long an event lasted is its duration', text: 'The siege of the hotel in Orvel lasted 11 hours, police said on Saturday.', at: '11', expect: { fact: 'duration' } },
	{ why: 'rain measured in a town is rainfall', text: 'The storm dumped 131 mm of rain on Orvel on Sunday, the weather service said.', at: '131', expect: { fact: 'rainfall' } },
	{ why: 'snow measured in a town is snowfall', text: 'The blizzard left 62 cm of snow in Vessin by Monday morning.', at: '62', expect: { fact: 'snowfall' } },
	{ why: 'support in an opinion poll is a poll share of the party named before it', text: 'The Green Alliance had 31% support in the Orvel Institute poll published on Monday.', at: '31%', expect: { fact: 'poll-share', subject: 'Green Alliance' } },
	{ why: 'a party that polled a share in a survey has that poll share, not a share of the vote', text: 'In the survey published on Monday, the Green Alliance polled 29%.', at: '29%', expect: { fact: 'poll-share', subject: 'Green Alliance' } },
	{ why: 'drones shot down are a count of their own', text: 'Air defences shot down 31 drones over the Zelva region overnight, the army said.', at: '31', expect: { fact: 'intercepted', head: 'drone' } },
	{ why: 'rockets fired are a count of their own', text: 'Militants fired 45 rockets at the border town of Orsk on Tuesday.', at: '45', expect: { fact: 'launched', head: 'rocket' } },
	{ why: 'people fired are not launched', text: 'The Orsk mill fired 300 workers on Tuesday.', at: '300', expect: { fact: 'count', head: 'worker' } },
	{ why: 'the people a poll asked are no poll share', text: 'The Green Alliance had 31% support, according to the Orvel Institute survey of 1,250 voters.', at: '1,250', expect: { fact: 'count', head: 'voter' } },
	{ why: '"among the dead were" opens a part of the toll', text: 'A fire killed 11 people in Orvel on Monday. Among the dead were four children, the prosecutor said.', at: 'four', expect: { fact: 'dead', subset: true } },
	{ why: 'what a part of the injured is, said past them, is its fact', text: 'A fire injured 23 people in Orvel on Monday. Seven of the injured were in critical condition, doctors said.', at: 'Seven', expect: { fact: 'critical', subset: true } },
	{ why: 'a part of the injured with nothing said past them is still of the injured', text: 'A fire injured 23 people in Orvel on Monday. Three of the injured were firefighters, the city said.', at: 'Three', expect: { fact: 'injured', subset: true } },
	{ why: 'a figure analysts expected is no fact of the event', text: 'Orvel Bank said on Tuesday its profit rose to $3.2 billion, beating analysts’ estimates of $2.9 billion.', at: '$2.9 billion', expect: { fact: null } },
	{ why: 'a figure economists forecast is no fact either', text: 'Employers in Vessin added 93,000 jobs in May; economists had expected 120,000, the statistics office said.', at: '120,000', expect: { fact: null } },
	{ why: 'a figure that came in above what was expected is the actual one', text: 'The jobless rate in Vessin rose more than expected to 6.2% in May, the statistics office said.', at: '6.2%', expect: { fact: 'unemployment' } },
	{ why: 'a time cue after a second figure is that figure’s, not the first one’s', text: 'Turnout in the Vessin election on Sunday rose to 71.3% from 66.9% four years ago.', at: '71.3%', expect: { fact: 'turnout', background: false } },
	{ why: 'the share of voters who cast a ballot is the turnout', text: 'About 64 percent of eligible voters in Vessin cast a ballot in the election on Sunday.', at: '64', expect: { fact: 'turnout' } },
	{ why: 'a share written after a party’s votes is its share of the vote', text: 'With all ballots counted on Monday, the Green Alliance had 804,112 votes, or 31.4%.', at: '31.4%', expect: { fact: 'vote-share', subject: 'Green Alliance' } },
	{ why: 'how many took part in a march is the crowd size', text: 'Police said about 31,000 people took part in the march in Vessin on Saturday.', at: 'about 31,000', expect: { fact: 'crowd' } },
	{ why: 'a crowd put at a figure is the crowd size', text: 'Organisers put the number at more than 90,000 after the rally in Vessin on Saturday.', at: 'more than 90,000', expect: { fact: 'crowd' } },
	{ why: 'fans watching a final are its crowd', text: 'Orvel won the cup final on Sunday, watched by 61,000 fans at the national stadium.', at: '61,000', expect: { fact: 'crowd', head: 'fan' } },
	{ why: 'a score beside a crowd word is no crowd', text: 'Orvel beat Vessin 2-1 in the final on Sunday, watched by a crowd of 61,000.', at: '1 in', expect: { fact: null } },
	{ why: 'a crowd that did something is still a crowd', text: 'A crowd of 61,000 watched the final between Orvel and Vessin on Sunday.', at: '61,000', expect: { fact: 'crowd' } },
	{ why: 'a verb in the past right after a bare figure is what was done, not what is counted', text: 'About 4,000 marched on the Vessin parliament on Saturday, police said.', at: '4,000', expect: { fact: 'crowd' } },
	{ why: 'a duration written before the event word is how long the event lasts, sure evidence', text: 'Nurses in Vessin began a four-day strike on Monday over pay, their union said.', at: 'four', expect: { fact: 'duration', weak: false } },
	{ why: 'a magnitude written before the event word is that event’s, sure evidence', text: 'A magnitude 6.3 earthquake struck off the coast of Vessin late on Tuesday.', at: '6.3', expect: { fact: 'magnitude', weak: false } },
	{ why: 'a duration with nothing to say whose it is stays weak evidence', text: 'Nurses in Vessin began a strike on Monday over pay after four days of talks failed.', at: 'four', expect: { fact: 'duration', weak: true } },
	{ why: 'two descriptions joined by "and" before a noun count that noun', text: 'The cyberattack on Monday exposed the data of 2.1 million current and former customers of Orvel Bank, the company said.', at: '2.1 million', expect: { fact: 'count', head: 'customer' } },
];

suite('Claims: what a figure states, whose it is and how it stands', () => {
	for (const row of ROWS) {
		test(`Should read '${row.at}' as ${row.expect.fact ?? 'no claim'}: ${row.why}`, () => {
			const c = claimAt(row.text, row.at);
			const e = row.expect;
			if (e.fact === null) {
				assert.ok(!c, `no claim on '${row.at}', got ${c?.draft.fact}`);
				return;
			}
			assert.ok(c, `a claim on '${row.at}'; claims: ${claimsOf(row.text).map(x => `${x.draft.fact} «${x.mention.text}»`).join(', ')}`);
			assert.strictEqual(c.draft.fact, e.fact);
			if (e.head !== undefined) { assert.strictEqual(c.draft.head, e.head, 'head'); }
			for (const flag of ['subset', 'background', 'preliminary', 'rising', 'weak', 'superseded'] as const) {
				if (e[flag] !== undefined) { assert.strictEqual(c.draft.status[flag], e[flag], flag); }
			}
			if (e.added !== undefined) { assert.strictEqual(c.draft.status.added ?? false, e.added, 'added'); }
			if (e.scope !== undefined) { assert.strictEqual(c.scope, e.scope, 'scope'); }
			if (e.subject !== undefined) {
				const subject = c.draft.subject >= 0 ? c.article.extraction.mentions[c.draft.subject].text : null;
				assert.strictEqual(subject, e.subject, 'subject');
			}
			if (e.prior !== undefined) { assert.strictEqual(c.article.extraction.events[c.draft.event]?.prior ?? false, e.prior, 'prior'); }
		});
	}

	test('Should read a public office written before or beside a person as that person’s role, not a second office', () => {
		const roles = (text: string) => claimsOf(text).filter(c => c.draft.fact === 'role').map(c => c.draft.name);
		assert.deepStrictEqual(roles('Kasarian Deputy Prime Minister Ivan Petrov said the deal was fair.'), ['deputy prime minister']);
		assert.deepStrictEqual(roles('Kasaria’s Energy Minister, Ivan Petrov, said the deal was fair.'), ['energy minister']);
		assert.deepStrictEqual(roles('Ivan Petrov, Kasaria’s interior minister, said the deal was fair.'), ['interior minister']);
		assert.deepStrictEqual(roles('Ivan Petrov, Energy Minister, said the deal was fair.'), ['energy minister']);
		assert.deepStrictEqual(roles('Deputy Prime Minister and Foreign Minister Ivan Petrov said the deal was fair.'), []);
		// An office held before is not the office now; "new" only says it is held now.
		assert.deepStrictEqual(roles('Ivan Petrov, the former energy minister, said the deal was fair.'), []);
		assert.deepStrictEqual(roles('Ivan Petrov, who was energy minister, said the deal was fair.'), []);
		assert.deepStrictEqual(roles('Outgoing Defence Minister Ivan Petrov said the deal was fair.'), []);
		assert.deepStrictEqual(roles('The new Foreign Minister Ivan Petrov said the deal was fair.'), ['foreign minister']);
		// An office goes back only over the words offices are made of, and not into a longer title ("Secretary-General").
		assert.deepStrictEqual(roles('Kasarian President Ivan Petrov said the deal was fair.'), ['president']);
		assert.ok(!roles('United Nations Secretary-General Ivan Petrov said the deal was fair.').some(r => r?.includes('secretary')));
	});

	test('Should make no claim of the other side of a result by one figure to another', () => {
		const text = 'Voters in Vessin rejected the amendment by 61.2% to 38.8% in the referendum on Friday, the election board said.';
		assert.deepStrictEqual(claimsOf(text).filter(c => c.mention.kind === 'number').map(c => [c.draft.fact, c.mention.text]), [['rejected', '61.2%']]);
	});

	test('Should make no claim of the other side of a result in shares, but keep both figures of a change "from" one "to" another', () => {
		const result = 'Voters in Vessin approved the measure 61% to 39% in the referendum on Sunday.';
		assert.deepStrictEqual(claimsOf(result).filter(c => c.mention.kind === 'number').map(c => [c.draft.fact, c.mention.text]), [['approved', '61%']]);
		const change = 'Support for the measure in Vessin rose from 40% to 52% in a week, a poll found on Sunday.';
		assert.deepStrictEqual(claimsOf(change).filter(c => c.mention.kind === 'number').map(c => c.mention.text), ['40%', '52%']);
	});

	test('Should make no claim of how much a level moved, only of the level', () => {
		const text = 'The central bank of Vessin cut its key interest rate by 0.25 percentage points to 4.5% on Thursday.';
		assert.deepStrictEqual(claimsOf(text).map(c => [c.draft.fact, c.mention.text]), [['interest-rate', '4.5%']]);
	});

	test('Should not give a figure the fact named for another figure after it in its sentence', () => {
		// "and the number of injured was 12": the injured are 12, not 40; nor is 60 the injured of the sentence before.
		const coordinated = 'A gas main exploded in Tarvik on Sunday. Officials said the tally was 40 and the number of injured was 12.';
		assert.notStrictEqual(claimAt(coordinated, '40')?.draft.fact, 'injured');
		assert.strictEqual(claimAt(coordinated, '12')?.draft.fact, 'injured');
		const followed = 'A gas main exploded in Tarvik on Sunday. About 30 people were injured. The figure is about 60 and the number of injured is 12, officials said.';
		assert.notStrictEqual(claimAt(followed, 'about 60')?.draft.fact, 'injured');
	});

	test('Should not take a "disaster declaration" for an event, nor date an event by when its containment was reported', () => {
		const text = 'A wildfire swept through Pinecrest on Tuesday. The governor issued a disaster declaration on June 1. As of the morning of June 3, the fire was 40% contained.';
		const x = extractArticle(text);
		assert.deepStrictEqual(x.events.map(e => e.word), ['wildfire', 'fire']);
		assert.deepStrictEqual(x.events.flatMap(e => e.dates.map(i => x.mentions[i].text)), ['Tuesday']);
	});

	test('Should read headline and body words of other kinds of events: a rally, a capsizing, an election, a landfall, a cyberattack, a kidnapping, a marathon', () => {
		const words = (text: string) => extractArticle(text).events.map(e => e.word);
		assert.deepStrictEqual(words('Fourteen people were detained at a rally in Vardo on Sunday.'), ['rally']);
		assert.deepStrictEqual(words('Ferry capsizes off Kalvo island'), ['capsizes']);
		assert.deepStrictEqual(words('Marta Kowal was elected mayor of Tarnow on Sunday.'), ['elected']);
		assert.deepStrictEqual(words('The storm made landfall near Port Arvel on Tuesday.'), ['storm', 'landfall']);
		assert.deepStrictEqual(words('Cholera outbreak spreads in Vessin'), ['outbreak']);
		assert.deepStrictEqual(words('Divers search the shipwreck off Kalvo island'), ['shipwreck']);
		assert.deepStrictEqual(words('Final results of the count were published on Sunday.'), []);
		assert.deepStrictEqual(words('Delia came ashore near Port Arvel on Tuesday.'), ['came ashore']);
		assert.deepStrictEqual(words('A ransomware attack on Orvel Bank exposed 2 million records.'), ['ransomware attack']);
		assert.deepStrictEqual(words('A data breach at the insurer was found on May 3, a year after its systems were hacked.'), ['data breach', 'hacked']);
		assert.deepStrictEqual(words('The kidnapping of the pupils was reported on Friday.'), ['kidnapping']);
		assert.deepStrictEqual(words('Mara Oduya won the city marathon in Kestrel on Sunday.'), ['marathon']);
		assert.deepStrictEqual(words('The assembly passed the budget after a marathon session on Thursday.'), []);
	});

	test('Should not take the time a fire burned until for when the event happened', () => {
		const claims = claimsOf('A warehouse caught fire in Leeds at 9:40 p.m. on Monday. It burned until 4.10 am (0310GMT) on Tuesday.');
		assert.deepStrictEqual(claims.filter(c => c.draft.fact === 'event-time').map(c => c.mention.text), ['9:40 p.m.']);
	});

	test('Should not take a date "as of" a report, nor the time a statement was posted, for when the event happened', () => {
		const claims = claimsOf('A bridge collapsed in Porto on Monday. The toll reached 12 as of Tuesday evening. The city posted at 4:15 p.m. that the bridge had fallen.');
		assert.deepStrictEqual(claims.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), ['Monday']);
		assert.deepStrictEqual(claims.filter(c => c.draft.fact === 'event-time').map(c => c.mention.text), []);
	});

	test('Should take a moment minutes or hours after an event word for a moment of that event, not for an earlier event', () => {
		const events = extractArticle('A rocket lifted off from Kestrel on Monday. The probe separated from it 48 minutes after launch.').events;
		assert.deepStrictEqual(events.map(e => [e.word, e.prior]), [['lifted off', false], ['launch', false]]);
		const earlier = extractArticle('Two days after the bombing at the market, a second blast hit the port of Kestrel.').events;
		assert.deepStrictEqual(earlier.map(e => [e.word, e.prior]), [['bombing', true], ['blast', false]]);
	});

	test('Should take "it" before an event word for the event told before, and a date after "rose to" or "until" for no date of the event', () => {
		const x = extractArticle(' date 2024-05-14 \nGunmen stormed a hotel in Kestrel. It began at 7:30 p.m. on Sunday with a car bomb.');
		assert.deepStrictEqual(x.events.map(e => [e.word, e.anaphoric]), [['gunmen', false], ['began', true]]);
		const risen = extractArticle(' date 2024-05-14 \nThe toll from the bombing in Kestrel rose to 15 on Tuesday.');
		assert.deepStrictEqual(risen.events.map(e => [e.word, e.dates.length]), [['bombing', 0]]);
		const hit = extractArticle(' date 2024-05-14 \nThe storm hit the town of Kestrel on Monday.');
		assert.deepStrictEqual(hit.events.map(e => [e.word, e.dates.length]), [['storm', 1]]);
		const hitPlace = extractArticle(' date 2024-05-14 \nThe storm hit Kestrel on Monday.');
		assert.deepStrictEqual(hitPlace.events.map(e => [e.word, e.dates.length]), [['storm', 1]]);
		const until = extractArticle(' date 2024-05-14 \nThe striker joined Kestrel in a deal running until June 2030.');
		assert.deepStrictEqual(until.events.map(e => [e.word, e.dates.length]), [['deal', 0]]);
	});

	test('Should read a figure glued to a noun as describing the noun after it, and look past it for the fact', () => {
		const text = 'About 40 wagons of the 120-wagon Orvel Rail freight train came off the tracks near Kestrel on Friday.';
		assert.deepStrictEqual(claimsOf(text).filter(c => c.mention.kind === 'number').map(c => [c.mention.text, c.draft.fact]), [['About 40', 'derailed']]);
	});

	test('Should not give the whole a part is taken from the predicate of the part', () => {
		const text = 'Nine miners were trapped when the pit near Orvel flooded on Monday, while 38 of the 52 people working underground escaped.';
		assert.deepStrictEqual(claimsOf(text).filter(c => c.mention.kind === 'number').map(c => [c.mention.text, c.draft.fact]), [['Nine', 'trapped'], ['38', '~escaped']]);
	});

	test('Should not date an event by the day a verb before it was done, nor by a day after the article', () => {
		const upgraded = claimsOf('The weather service on Tuesday upgraded the tornado that struck Marlow on Sunday to an EF4.');
		assert.deepStrictEqual(upgraded.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), ['Sunday']);
		const risen = claimsOf('The death toll from the landslide in Kestrel rose to 25 on Saturday, the police said.');
		assert.deepStrictEqual(risen.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), []);
		const towns = claimsOf('The storm hit 3 towns near Kestrel on Sunday, the police said.');
		assert.deepStrictEqual(towns.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), ['Sunday']);
		const struck = claimsOf('The storm hit the coast near Kestrel on Sunday, the police said.');
		assert.deepStrictEqual(struck.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), ['Sunday']);
		const planned = claimsOf('A train derailed near Kestrel on Monday. The minister will visit the crash site tomorrow.');
		assert.deepStrictEqual(planned.filter(c => c.draft.fact === 'event-date').map(c => c.mention.text), ['Monday']);
	});

	// Who a figure is said by: the clause of the verb, not across "after", a quotation mark, a relative clause, a figure
	// or a plural noun; initials and an event word inside a name are part of it.
	const speakers: { readonly text: string; readonly at: string; readonly speaker: string }[] = [
		{ text: 'Eleven miners died after rescuers said the shaft near Zonguldak had flooded on Friday.', at: 'Eleven', speaker: 'rescuers' },
		{ text: '“We found the bodies of six climbers,” the mountain rescue service said on Sunday.', at: 'six', speaker: 'the mountain rescue service' },
		{ text: 'Turnout in the vote on Sunday reached 61 per cent, the commission said.', at: '61', speaker: 'the commission' },
		{ text: 'Police detained 30 people after a march against a law that critics say curbs the press, the interior ministry said.', at: '30', speaker: 'the interior ministry' },
		{ text: 'The quake struck at a depth of 12 km, according to the U.S. Geological Survey.', at: '12 km', speaker: 'the U.S. Geological Survey' },
		{ text: 'The tremor measured 5.9 on the Richter scale, the National Earthquake Centre said.', at: '5.9', speaker: 'the National Earthquake Centre' },
		{ text: 'Forty people were missing after the mine flooded in Valdor on Monday, state radio said, with three confirmed dead.', at: 'three', speaker: 'state radio' },
		{ text: 'The heat killed 14 people, the health ministry said, as temperatures in several states climbed above 45 degrees.', at: '45 degrees', speaker: 'the health ministry' },
		{ text: 'The chain, which has 412 stores across 38 states, listed debts of $900 million, its lawyers said.', at: '$900 million', speaker: 'its lawyers' },
		{ text: '“In all, 37 people confirmed dead and 60 are in hospital,” Okafor disclosed on Friday after the tanker fire in Orvel.', at: '37', speaker: 'Okafor' },
		{ text: 'The Green Alliance had 31% support on Monday, according to an Orvel Institute survey of 1,250 voters.', at: '31%', speaker: 'an Orvel Institute survey of 1,250 voters' },
	];
	const noSpeaker: { readonly text: string; readonly at: string }[] = [
		{ text: 'Tracking site OutageWatch logged 1.2 million user reports during the outage on Tuesday.', at: '1.2 million' },
		{ text: 'More than 900 problem reports were logged during the outage on Tuesday.', at: '900' },
	];
	for (const r of noSpeaker) {
		test(`Should give '${r.at}' no source in: ${r.text}`, () => {
			const c = claimAt(r.text, r.at);
			assert.ok(c, `a claim on '${r.at}'`);
			assert.strictEqual(c.draft.attribution, null);
		});
	}
	for (const r of speakers) {
		test(`Should take ${r.speaker} for the source of '${r.at}' in: ${r.text}`, () => assert.strictEqual(claimAt(r.text, r.at)?.draft.attribution?.text, r.speaker));
	}
});
