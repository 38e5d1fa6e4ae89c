// The principles behind the wording rules, each on both sides, in wording of our own: a rule that only
// lists the words of its corpora would pass those and fail these.

import assert from 'node:assert/strict';
import type { RuleId } from '../../server/src/data/catalogue';
import { findingsFor } from '../fixtures/goals/harness';
import type { GoalCase } from '../fixtures/goals/corpus';

/** The goals of `cases` the rule flags. */
const flagged = (ruleId: RuleId, cases: readonly GoalCase[]): GoalCase[] => cases.filter((c) => findingsFor(ruleId, c).length > 0);
const fuzzy = (c: GoalCase): boolean => findingsFor('vague-goal', c).length + findingsFor('symptom-goal', c).length > 0;

function sides(ruleId: RuleId, fires: readonly GoalCase[], silent: readonly GoalCase[]): void {
  assert.deepEqual(flagged(ruleId, fires), fires, 'flags every goal that should fire');
  assert.deepEqual(flagged(ruleId, silent), [], 'leaves every near miss alone');
}

describe('wording principles', () => {
  it('a deadline is a horizon, not a result', () => {
    sides(
      'vague-goal',
      ['Be a more generous host by 2028', 'Shift up a notch in the second half of 2027', 'Become a kinder chair of governors within 18 months', 'Get sharper in negotiations by March 2027', 'Grow as a carer before Christmas'],
      ['Be a more generous host: run four supper clubs by 2028', 'Get sharper in negotiations: close 6 renewals at list price by March 2027', 'Grow as a carer by completing the Care Certificate before Christmas'],
    );
  });

  it('a number counts only when it counts or measures the result, not when it grades the person or counts the unobservable', () => {
    sides(
      'vague-goal',
      ['Be 4x more decisive in planning meetings', 'Be a 20% better listener', 'Score two big wins for the allotment society', 'Make five quick improvements to my mindset', 'Be a better coach to the under-9s'],
      ['Answer 95% of parent emails within two days', 'Cut the waiting list from 120 to 80 families', 'Run 3 open days for the allotment society', 'Coach the under-9s to their first league win'],
    );
  });

  it('an outcome naming a standing, a reputation or a quality is fuzzy; a success line that only grades the mentee does not rescue it', () => {
    sides(
      'vague-goal',
      [
        'Build a name for myself in the Cotswolds wedding trade',
        'Raise my standing among the parish councillors',
        { statement: 'Be seen as a safe pair of hands', fields: ['Success looks like: being trusted more by the board'] },
        { statement: 'Improve my seamanship', fields: ['Success looks like: a better sailor all round'] },
      ],
      [
        'Get my name onto the council approved-supplier list',
        { statement: 'Improve my seamanship', fields: ['Success looks like: pass the Day Skipper practical in June'] },
        { statement: 'Be a stronger writer', fields: ['Success looks like: my editor says the March pieces need no restructuring'] },
      ],
    );
  });

  it('learning a field with no product, and a bare label or theme as the whole goal, are fuzzy', () => {
    sides(
      'vague-goal',
      ['Learn the retail side of floristry', 'Study the world of charity finance', 'Theme for the year: patience', 'Fundraising 2.0', '2028: the year of saying no'],
      ['Learn the retail side of floristry by running the shop alone for a week in August', 'Learn to drive', 'Tile the bathroom', 'Parish newsletter', 'Head gardener post'],
    );
  });

  it('a fuzzy aim followed by the act that shows it is a result', () => {
    sides(
      'vague-goal',
      ['Understand tax law better', 'Be more present with my family'],
      ['Understand VAT well enough to file the shop\'s return myself', 'Be more present: leave the phone in the car on Saturdays', 'Learn about soil health by testing all six beds with the county lab'],
    );
  });

  it('a feeling stays a feeling with a date, a percentage, a person or its cause attached', () => {
    sides(
      'symptom-goal',
      ['Feel at home on the ward by the autumn rotation', 'Feel 40% less jittery before exams', 'Stop feeling small around Dr Okafor', 'Feel proud of my dissertation', 'Feel less uneasy about the Ofsted visit'],
      ['Feel ready to lead the Friday handover alone by May', 'Stop feeling small in meetings by presenting the budget to the governors in June', { statement: 'Feel less uneasy about the Ofsted visit', fields: ['Success looks like: I lead the inspector round the Reception class'] }],
    );
  });

  it('where or when a feeling is felt is its setting, not a result', () => {
    sides(
      'symptom-goal',
      ['Feel less out of place as the youngest on the Parish Council', 'Feel calm at the wheel on the M25', 'Feel confident before my driving test in March'],
      ['Feel confident enough to drive the M25 alone by June', 'Feel calmer at handover by writing the notes the night before'],
    );
  });

  it('status quo needs no listed word, and a maintenance word beside a first time, a new role, a new scale or a harder bar is growth', () => {
    sides(
      'no-stretch',
      ['Bake the same bread range as this year', 'Leave the bell-ringing rota as it is', 'Hold my place in the county squad', 'Keep running the food bank shift while Tom is away', 'Continue mentoring the new volunteers'],
      [
        'Keep the food bank shift going while taking over as coordinator',
        'Continue the evening classes, now as the lead tutor',
        'Stay in the choir but sing my first solo at the carol service',
        'Maintain the allotment while absorbing 40% more plots after the merger',
        'Keep the bakery going through the move to the bigger unit on Mill Street',
      ],
    );
  });

  it('status quo by an adverb or a pointer to the present practice; growth set against the kept thing or under a load counted anew', () => {
    sides(
      'no-stretch',
      ['Still open the community hall every Saturday', 'Hold on to my seat on the district council', 'Book the usual spring coach trip for the residents', 'Run the Sunday league fixtures like we already do', 'Hold onto my spot in the front row of the altos', 'Stay in the second row of the altos for the spring concert'],
      [
        'Keep the waiting list under 30 while covering three surgeries',
        'Maintain the seed archive at five times its present size',
        'Stay on the parish council but stand for chair in May',
        'Keep the market stall, but now selling through the website too',
        "Hold the club's grading pass rate while the squad doubles to 60 players",
      ],
    );
  });

  it('someone else\'s goal: a review, a scheme, a relative or hedged hearsay; mentioning people is not borrowing', () => {
    sides(
      'borrowed-goal',
      ['Apparently I ought to chair the PTA next year', 'Grandma says I should train as a vet', 'My probation report wants better record keeping', 'The apprenticeship scheme requires every trainee to log 20 site hours', 'According to my mentor, I need a portfolio website'],
      ['Ask my probation officer to sign off my CV', 'Put myself forward for the PTA chair', 'Train as a vet, as Grandma did', 'Tell the scheme lead which placement I want'],
    );
  });

  it('a goal handed over under its source\'s name, or done at someone\'s request, is borrowed; a label of the mentee\'s own is not', () => {
    sides(
      'borrowed-goal',
      [
        "Head of department's request: run the Year 9 revision evenings",
        'Appraisal action: shadow the finance lead for a week',
        'The inspection report says: publish the fire drill log every term',
        'As instructed by the site manager, renew the scaffold tags',
        "At the vicar's request, lead the harvest supper",
      ],
      ['My target: swim 40 lengths in one session', "Mum's birthday: book the restaurant in Whitby", 'Review prep: rehearse the case study twice with Jo', 'Request the archive boxes from the county records office'],
    );
  });

  it('a verb of change after a whole act, and something brought in alongside, are second outcomes; company or a setting alongside is not', () => {
    sides(
      'compound-goal',
      ['Clear the flood-damaged stock and reduce insurance claims by a third', 'Set up the night-feed rota and improve ward sleep scores', 'Open the second kiln alongside a weekend pottery class'],
      ['Train for the triathlon alongside a colleague from the depot', 'Write my dissertation alongside my day job', 'Improve the speed and accuracy of my shorthand', 'Cut and style the bridal party before noon'],
    );
  });

  it('wishes about other people are wishes; a feature customers wished for is not', () => {
    sides(
      'wish-goal',
      ['Wish the regulars tipped the Saturday staff', 'I wish my sister saw how hard the night shifts are'],
      ['Build the gift-voucher page customers wished for', "Open the 'Wish You Were Here' exhibition at the library", 'Clear the someday pile on my desk before the move'],
    );
  });

  it('a hope about others, or a goal under a condition contrary to fact, is a wish; a plain condition is not', () => {
    sides(
      'wish-goal',
      ['Hope the new head of year lets me run the debating club', 'If I could choose freely, I would run my own bakery', 'If only I were on the cabin crew for the long-haul routes'],
      ['If I pass the HGV test in March, apply for the night trunking route', 'Hope Street food bank: run the Tuesday sorting shift', 'Ask the head of year whether I can run the debating club'],
    );
  });

  it('several outcomes in one statement; one act with two parts, and an outcome with its deadline, stay one', () => {
    sides(
      'compound-goal',
      ['Tile the bathroom, rewire the loft, sell the old van', 'Finish the apprenticeship then open my own salon', 'Run the charity 10k along with training the club juniors'],
      ['Prune and feed the orchard before spring', 'Sit the advanced driving test; by the end of July', 'Plan a menu covering starters, mains and puddings'],
    );
  });

  it('the fuzzy judgement (vague-goal or symptom-goal) reads both families', () => {
    assert.deepEqual(['Be a more patient parent by summer', 'Feel 25% less rushed on school mornings'].map(fuzzy), [true, true]);
    assert.deepEqual(['Be a more patient parent: read with Ava for 20 minutes every evening'].map(fuzzy), [false]);
  });
  it('a new outcome joined to the kept one, a bar to reach, a second of something or a new setting is growth', () => {
    sides(
      'no-stretch',
      ['Keep doing the Sunday stocktake, as always', 'Go on running the lunchtime choir', 'Not lose a single regular this winter', 'Stay on the night rota for another year', 'Keep my first-aid certificate up to date'],
      [
        'Keep the allotment and add a second polytunnel',
        'Carry on with the evening shifts but sit the plumbing exam',
        'Hold my delivery rating while I train as a dispatcher',
        'Continue my Welsh classes up to Level 4',
        'Keep practising scales until I can play the Grade 5 pieces',
        'Keep the café open at weekends across a second unit',
        "Carry on teaching yoga, now as the studio's treasurer",
        'Stay on the rota while completing my diploma',
        'Stay on the PTA and chair its summer fair committee',
        'Continue the evening course by submitting the final portfolio in July',
      ],
    );
  });

  it('one verb of attaining with several results, a passive result and an act after a semicolon or "then" are several outcomes; a note after a semicolon is not', () => {
    sides(
      'compound-goal',
      [
        'Win the regional contract, a second van and a part-time driver',
        'Gain my HGV licence and a warehouse job',
        'Finish the apprenticeship and get signed off by the assessor',
        'Qualify as a paramedic, then specialise in critical care',
        'Open the second shop; hire two bakers for it',
        'Publish the walking guide along with a new trail map',
      ],
      [
        'Pass the food hygiene course; exam booked for the 3rd',
        'Land the bakery contract; closing date Friday 12 June',
        'Launch the spring menu; start date 1 April',
        'Get promoted to sous chef, the job I have wanted for years',
        'Get the balance, timing and tone of the speech right',
      ],
    );
  });

  it('an age, a score worn as an adjective, a share of what the mentee knows, an effect with nothing named, an opinion held, a figure of speech for settling in and a label titled with a dash or brackets are no results', () => {
    sides(
      'vague-goal',
      [
        'Understand the wine trade better before I turn 45',
        'Be a 9/10 line manager',
        'Make a difference in the youth club',
        'Increase my understanding of pensions by 40%',
        'Integrate into the local farming community',
        'Career growth – the bakery',
        'Resilience (community nursing)',
        'Find my stride as a new site manager',
        'Build bridges with the estates team',
        'Develop my public speaking as a former Marine',
        'Brush up my people skills before the interviews in May',
        { statement: 'Become the person everyone turns to for rotas', fields: ['Success looks like: the nurses think of me first'] },
      ],
      [
        'Score 8/10 or more on the mock inspection',
        'Head chef post (Leeds)',
        'Find a rehearsal space for the youth band',
        'Build a footbridge over the brook at the farm',
        'Chair the parish council – from May',
        'Make a proposal to the trustees',
        "Increase our stall's takings by 15%",
        { statement: 'Become the person everyone turns to for rotas', fields: ['Success looks like: the ward manager signs off my rota without changes'] },
      ],
    );
  });

  it('an order handed on, a plural someone who expects, someone enrolling the mentee and a say-so carrying an obligation borrow the goal; the mentee putting their own name forward does not', () => {
    sides(
      'borrowed-goal',
      [
        'My supervisor said to retake the module',
        'The trainer reckons I should go for the instructor badge',
        'The practice partners expect a new appointments system by summer',
        "I've been told to get my forklift ticket if I want the shift",
        "The head has decided I'll run the sixth form open evening",
        'My sergeant has put me down for the driving course',
        { statement: 'Do the refresher course', fields: ["Why this matters: my sister says I've left it too long and must get on with it"] },
      ],
      [
        'Put my name down for the marathon ballot',
        'Coach the cadets who were told to shadow me',
        'Sign the apprentices up for their first-aid training',
        'Ask the head to put me forward for the leadership course',
      ],
    );
  });
});
