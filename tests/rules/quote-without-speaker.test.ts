/**
 * quote-without-speaker: a direct quotation (four words or more) that nothing attributes.
 *
 * `invalid`: texts with exactly one unattributed quotation; `flagged` is the quotation with its
 * marks. `valid`: every exception in the issue and RULES.md: cues of each form, the speaker's
 * following quotes and multi-paragraph continuations, colon introductions, a speaker named in the
 * sentence before or after, scare quotes (doubt-marker's), titles, slogans, signs, words as words,
 * nicknames, partial quotes inside the writer's sentence, and headline colons.
 */
import type { Pluggable } from 'unified'
import { flagged, lintText, expectContract } from '../helpers.js'
import { retextAttribution } from '../../src/plugins/attribution.js'

const RULE = 'quote-without-speaker'

function findings(text: string, plugins: Pluggable[] = [retextAttribution]) {
  return lintText(text, plugins).filter((message) => message.ruleId === RULE)
}

const invalid: { text: string; flagged: string }[] = [
  { text: 'The storm hit at dawn. "We lost everything we had in the space of an hour."', flagged: '"We lost everything we had in the space of an hour."' },
  { text: '"Nobody told us the river would rise this fast." The water reached the first floor by noon.', flagged: '"Nobody told us the river would rise this fast."' },
  { text: 'The council met on Monday.\n\n"This decision will haunt the town for a generation."', flagged: '"This decision will haunt the town for a generation."' },
  { text: '“We are going to rebuild this town brick by brick.”', flagged: '“We are going to rebuild this town brick by brick.”' },
  { text: 'Prices rose again in March. ‘We cannot afford to heat our homes this winter.’', flagged: '‘We cannot afford to heat our homes this winter.’' },
  { text: 'The vote was close. «We will appeal against this ruling tomorrow.»', flagged: '«We will appeal against this ruling tomorrow.»' },
  { text: 'Shares fell 3%. "The market has lost its nerve completely." Trading resumes on Monday.', flagged: '"The market has lost its nerve completely."' },
  { text: "The plant closed in 2019. ''Nobody came to help us when the jobs went.''", flagged: "''Nobody came to help us when the jobs went.''" },
  { text: '"It was the worst night of my life." Firefighters arrived an hour later.', flagged: '"It was the worst night of my life."' },
  { text: 'The storm hit at dawn. "We lost everything we had in an hour" - and the water kept rising.', flagged: '"We lost everything we had in an hour"' },
  { text: 'The river rose overnight. "Nobody listens to the people who live here." - a common complaint this week.', flagged: '"Nobody listens to the people who live here."' },
  { text: '"We have no food. We have no water. Nobody has come." The village lies 40 miles from the coast.', flagged: '"We have no food. We have no water. Nobody has come."' },
  { text: 'Voters are tired. "Why should we trust any of them again?"', flagged: '"Why should we trust any of them again?"' },
  { text: 'The mood was grim. "This is the end."', flagged: '"This is the end."' },
  { text: 'It was a long night for the rescuers. "We kept digging until our hands bled."', flagged: '"We kept digging until our hands bled."' },
  { text: 'Officials met all day.\n\n"There is no plan B for the city."', flagged: '"There is no plan B for the city."' },
  { text: 'In the village, the mood is different. "Nobody here trusts a word of it any more."', flagged: '"Nobody here trusts a word of it any more."' },
  { text: 'The report runs to 90 pages. "The system failed every child in its care."', flagged: '"The system failed every child in its care."' },
  { text: 'Rain fell all week. “The roads have turned into rivers and nobody is coming.” Schools stayed shut.', flagged: '“The roads have turned into rivers and nobody is coming.”' },
  { text: '"This is a disaster for every family on this street." The road has been closed since May.', flagged: '"This is a disaster for every family on this street."' },
  { text: 'The plan was dropped in June.\n\n"We will fight this all the way to the highest court', flagged: '"We will fight this all the way to the highest court' },
  { text: 'Trains were cancelled. "Nobody knows when the line will reopen, and nobody cares."', flagged: '"Nobody knows when the line will reopen, and nobody cares."' },
  { text: 'The ground shook for a minute. ‘The whole building swayed like a ship at sea.’ Power returned by evening.', flagged: '‘The whole building swayed like a ship at sea.’' },
  { text: 'Exports slowed in the spring. "Our order book has never looked this thin."', flagged: '"Our order book has never looked this thin."' },
]

const valid: { name: string; text: string }[] = [
  // Cues of every form
  { name: 'trailing cue', text: '"We will rebuild every home," the mayor said.' },
  { name: 'inverted cue', text: '"We will rebuild every home," said the mayor.' },
  { name: 'cue with a colon', text: 'The mayor said: "We will rebuild every home."' },
  { name: 'colon introduction', text: 'The minister was blunt: "We will not pay a penny more."' },
  { name: 'a quote broken by its attribution', text: '“We are ready for this,” the coach said, “and we will win.”' },
  { name: 'a manner verb as a cue', text: '"Get out of the building now," a firefighter shouted.' },
  { name: 'a loaded verb is still a cue', text: '"It came as a bolt out of the blue to us," admitted the manager.' },
  { name: 'a document as the speaker', text: '"Stop the war now or we will all pay," read one placard.' },
  // The same speaker going on
  { name: "the speaker's next quote in the paragraph", text: '"We will not pay a penny more for this," she said. "It is simply wrong and we know it."' },
  { name: 'a quote continued across paragraphs', text: '“The first thing we did was count the children.\n\n“Then we ran for the hills,” the teacher said.' },
  { name: 'a closed quote followed by the same speaker’s next quote', text: '“Slavery was ingrained in our society,” the bank said in a letter. “We apologise to every family.” “The era was a tragic time for all.”' },
  { name: 'a quote paragraph after the speaker’s attributed quote', text: '"We will win this seat," Smith said.\n\n"Nobody in this party is giving up now."' },
  { name: 'a quote paragraph after a paragraph that names the speaker', text: 'Smith said the party would win the seat.\n\n"We are going to win this by a mile."' },
  // Speaker named in the sentence before or after
  { name: 'asked in the sentence before', text: 'Clinton was asked why she voted for the war. "Because I believed the intelligence at the time."' },
  { name: 'a reporting verb in the sentence before', text: 'The mayor said she was proud of the town. "We came through the worst of it together."' },
  { name: 'a speaker word in the sentence after', text: '"We are not going anywhere and we will fight this." The mayor spoke outside city hall on Tuesday.' },
  { name: 'a message from the speaker in the sentence after', text: '"We have to win this election for the country." That was the message from the candidate on Friday.' },
  { name: 'a reporting word in the quote’s own sentence', text: 'His eyes gleamed, as if to say, "Did you see me pull that off?"' },
  { name: 'a name right after the quote', text: '"This will probably mark the start of a difficult period," Mr Bootle.' },
  { name: 'a credit in brackets after the quote', text: 'HOW THE SLOWDOWN SPREADS “Slumps in one market are fostering a cycle of panic across the world.” [WaPo.]' },
  { name: 'an attribution line after the quote paragraph', text: 'The claim needs context.\n\n"Almost all new income and wealth is going to the top 1 percent."\n\n- Bernie Sanders.' },
  { name: 'a vox-pop credit after a dash', text: '“The buses never come on time and nobody answers the phone.” ― Maria Lopez, 41, a cleaner' },
  { name: 'a credit after an em dash', text: 'We asked readers about the bridge. “We were promised a new bridge ten years ago.” — Tom Reyes, farmer' },
  { name: 'a credit line under the quote', text: '"I have voted in every election since 1970."\n— Ellen Park, retired teacher' },
  { name: 'a manner-of-speech verb after the quote', text: '"Did you see what they did to him?" she yells while running down the street.' },
  { name: 'a dash introducing the quote', text: 'Trump also embraced the technique -- "I think it is peanuts compared to what they do."' },
  // Not speech: scare quotes, titles, slogans, words as words, nicknames
  { name: 'a scare quote of two words', text: 'Critics called it a "cash grab".' },
  { name: 'a single quoted word', text: 'The word "regime" appears 40 times in the report.' },
  { name: 'a title after "the film"', text: 'She starred in the film "The Lord of the Rings" before turning to theatre.' },
  { name: 'a title in title case', text: 'She starred in "The Lord of the Rings" before turning to theatre.' },
  { name: 'a title after "titled"', text: 'The report, titled "Fixing the roads we have", came out on Monday.' },
  { name: 'a chant', text: 'Protesters chanted "No justice, no peace" outside the court.' },
  { name: 'a sign', text: 'The banner read "Stop the war now or else".' },
  { name: 'a slogan named after the quote', text: '"Taking responsibility for tough choices" is this year\'s official talking point.' },
  { name: 'words as words', text: 'The phrase "take back control of our borders" appears 40 times in the leaflet.' },
  { name: 'a nickname', text: 'He is known as "The Man With The Golden Arm" in Chicago.' },
  { name: 'a nickname four words before', text: 'He went to a grammar school known then as the "Eton of the valleys".' },
  { name: 'a truth-tier verb after the quote', text: '"When the chancellor opens the coffers, nobody has paid any tax," observed Mr MacKenzie.' },
  // Partial quotes inside the writer's sentence
  { name: 'a partial quote in a reported clause', text: 'He said the plan would "destroy thousands of jobs in the north".' },
  { name: 'a partial quote as an object', text: 'She called the plan "a reckless gamble with our jobs".' },
  // Headlines and typewriter quotes
  { name: 'a headline speaker before a colon', text: 'Trump: Cruz Has ‘To Come a Long Way’ On Ethanol' },
  { name: 'typewriter quotes with a quote inside', text: "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said." },
  { name: 'a decade elision inside a quote', text: '“Back in the ’90s we had nothing at all,” he said.' },
]

describe('quote-without-speaker: flagged', () => {
  test.each(invalid)('$text', ({ text, flagged: expected }) => {
    const messages = findings(text)
    expect(messages.map((m) => flagged(text, m))).toEqual([expected])
    const [message] = messages
    expectContract(message, RULE, text, expected)
    expect(message.reason).toMatch(/^Quote with no speaker: “.+” is not attributed to anyone\.$/)
    expect(message.note).toMatch(/attribute/)
    expect(message.actual).toBe(expected)
    expect(message.expected).toBeUndefined()
    expect(message.fatal).toBe(false)
  })
})

describe('quote-without-speaker: not flagged', () => {
  test.each(valid)('$name: $text', ({ text }) => {
    expect(findings(text).map((m) => flagged(text, m))).toEqual([])
  })
})

describe('quote-without-speaker: severity', () => {
  const text = 'The storm hit at dawn. "We lost everything we had in the space of an hour."'
  test('error is fatal, info is not', () => {
    expect(findings(text, [[retextAttribution, { 'quote-without-speaker': 'error' }]])[0].fatal).toBe(true)
    expect(findings(text, [[retextAttribution, { 'quote-without-speaker': 'info' }]])[0].fatal).toBeUndefined()
    expect(findings(text, [[retextAttribution, { 'quote-without-speaker': 'off' }]])).toEqual([])
  })
})
