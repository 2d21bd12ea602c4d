/**
 * Each preset on the example draft (examples/draft-floods.md, which we wrote to exercise every
 * rule): the findings it should have, where they are, and at what level. A reader sees how the
 * presets differ; README's "presets" output is the same run, counted.
 */
import { readFileSync } from 'node:fs'
import { lintSync } from '../../src/lint.js'
import { PRESET_NAMES, type PresetName } from '../../presets/types.js'

const draft = readFileSync(new URL('../../examples/draft-floods.md', import.meta.url), 'utf8')

/** Levels per preset, in this order: W warning, i info, - not reported. */
const ORDER: readonly PresetName[] = ['recommended', 'wire', 'wikipedia', 'conflict', 'strict', 'inclusive']

// prettier-ignore
const FINDINGS: [place: string, rule: string, words: string, levels: string][] = [
  // The heading's "thousands" stands in for a count: info where vague-quantity is on.
  ['1:16', 'vague-quantity', 'thousands', '-iiii-'],
  // A toll in the sentence after the attributed one: the cue does not reach it.
  ['3:145', 'unsourced-figure', '37', 'WWWWWW'],
  ['3:216', 'retext-equality:fishermen-fisherwomen', 'fishermen', '----WW'],
  // Counts and money: info in recommended and conflict, warnings in wire, wikipedia and strict.
  // (The baker's shop "200 metres from the river" is where it is, not a statistic: never reported.)
  ['5:47', 'unsourced-figure', 'More than 2,300', 'iWWiWi'],
  ['5:87', 'unsourced-figure', 'about 40%', 'WWWWWW'],
  ['11:39', 'unsourced-figure', '12 million euros', 'iWWiWi'],
  ['13:222', 'unsourced-figure', '1.5 metres', 'iWWiWi'],
  ['15:1', 'vague-source', 'Critics say', 'WWWWWW'],
  ['15:35', 'estimate-without-estimator', 'An estimated 600', 'WWWWWW'],
  ['15:110', 'vague-source', 'officials said', 'WWWWWW'],
  // An anonymous source with no reason given: off in recommended and wikipedia.
  ['17:1', 'anonymous-source-without-reason', 'A senior official', '-i-iW-'],
  // A stance verb: off in recommended, info in wire, a warning where every tier is.
  ['17:19', 'loaded-attribution-verb', 'insisted', '-iWWW-'],
  ['17:62', 'editorializing', 'Tellingly, the', 'iiWiii'],
  ['17:77', 'puffery', 'state-of-the-art pumping', 'iiW-ii'],
  // The guide's own case: the quote is the minister's, the toll after "as" is not.
  ['23:122', 'unsourced-figure', '3,000', 'WWWWWW'],
  ['27:17', 'doubt-marker', '"temporary"', 'iWWWWi'],
  ['27:53', 'emotive-language', 'devastating flood', 'iiiWWi'],
  ['27:134', 'agentless-harm', 'shot dead', '-i-Wi-'],
  ['31:1', 'vague-quantity', 'Thousands', '-iiii-'],
  ['31:63', 'unsourced-figure', '500 euros', 'iWWiWi'],
  ['31:126', 'unsourced-figure', 'about 8 million euros', 'iWWiWi'],
  ['33:84', 'vague-source', 'are thought', 'WWWWWW'],
  ['39:111', 'unsourced-figure', 'Around 70%', 'WWWWWW'],
]

test('the table covers every preset', () => {
  expect([...ORDER].sort()).toEqual([...PRESET_NAMES].sort())
})

test.each(ORDER.map((preset, column) => [preset, column] as const))('%s lints the example draft with the findings it should have', (preset, column) => {
  const expected = FINDINGS.filter(([, , , levels]) => levels[column] !== '-').map(([place, rule, words, levels]) => `${place} ${levels[column]} ${rule} ${words}`)
  const file = lintSync(draft, { preset, format: 'markdown' })
  const got = file.messages.map((m) => {
    const level = m.fatal === true ? 'E' : m.fatal === false ? 'W' : 'i'
    const rule = m.source === 'copydesk' ? m.ruleId : `${m.source}:${m.ruleId}`
    return `${m.line}:${m.column} ${level} ${rule} ${m.actual}`
  })
  expect(got.sort()).toEqual(expected.sort())
})
