/**
 * Each preset turns on the rules RULES.md's presets table says, at the severities it says. The
 * expectations are transcribed from RULES.md by hand, independently of presets/table.ts.
 */
import { PRESETS, PRESET_NAMES, type PresetName } from '../../presets/index.js'
import { RULE_IDS } from '../../src/rules/ids.js'

const W = 'warning'
const I = 'info'
const O = 'off'
// rule: [recommended, wire, wikipedia, conflict, strict]
const TABLE: Record<string, [string, string, string, string, string]> = {
  'quote-without-speaker': [W, W, W, W, W],
  'vague-source': [W, W, W, W, W],
  'anonymous-source-without-reason': [O, I, O, I, W],
  'loaded-attribution-verb': [W, W, W, W, W],
  'estimate-without-estimator': [W, W, W, W, W],
  'contested-label': [W, W, W, W, W],
  'emotive-language': [I, I, I, W, W],
  euphemism: [W, W, W, W, W],
  puffery: [I, I, W, O, I],
  editorializing: [I, I, W, I, I],
  'doubt-marker': [W, W, W, W, W],
  'framed-term': [W, W, W, W, W],
  'agentless-harm': [O, I, O, W, I],
  'unsourced-figure': [W, W, W, W, W],
  'vague-quantity': [O, I, I, I, I],
}
const COLUMNS: PresetName[] = ['recommended', 'wire', 'wikipedia', 'conflict', 'strict']

const severityOf = (setting: unknown): string => (Array.isArray(setting) ? String(setting[0]) : String(setting))
const optionsOf = (setting: unknown): Record<string, unknown> => (Array.isArray(setting) ? (setting[1] as Record<string, unknown>) : {})

test('every preset lists every rule id', () => {
  for (const name of PRESET_NAMES) expect(Object.keys(PRESETS[name].rules).sort()).toEqual([...RULE_IDS].sort())
})

test.each(COLUMNS.map((name, column) => [name, column] as const))('%s: rule severities as in RULES.md', (name, column) => {
  const actual = Object.fromEntries(RULE_IDS.map((id) => [id, severityOf(PRESETS[name].rules[id])]))
  const expected = Object.fromEntries(RULE_IDS.map((id) => [id, TABLE[id][column]]))
  expect(actual).toEqual(expected)
})

test('unsourced-figure severities per figure kind', () => {
  const kinds = (name: PresetName) => optionsOf(PRESETS[name].rules['unsourced-figure']).kinds
  expect(kinds('recommended')).toEqual({ harm: W, share: W, poll: W, crowd: W, estimate: W, money: I, count: I, result: O })
  expect(kinds('wire')).toEqual({ harm: W, share: W, poll: W, crowd: W, estimate: W, money: W, count: W, result: I })
  expect(kinds('wikipedia')).toEqual({ harm: W, share: W, poll: W, crowd: W, estimate: W, money: W, count: W, result: W })
  expect(kinds('conflict')).toEqual({ harm: W, share: W, poll: I, crowd: W, estimate: W, money: I, count: I, result: I })
  expect(kinds('strict')).toEqual({ harm: W, share: W, poll: W, crowd: W, estimate: W, money: W, count: W, result: W })
})

test('loaded-attribution-verb tiers: truth and stance off in recommended, info in wire, warnings elsewhere', () => {
  const tiers = (name: PresetName) => optionsOf(PRESETS[name].rules['loaded-attribution-verb']).tiers as Record<string, string>
  expect(tiers('recommended')).toMatchObject({ doubt: W, culpability: W, emotive: W, truth: O, stance: O })
  expect(tiers('wire')).toMatchObject({ doubt: W, culpability: W, emotive: W, truth: I, stance: I })
  // "warning" in RULES.md's other columns: every tier, truth and stance included.
  for (const name of ['wikipedia', 'conflict', 'strict'] as const) expect(tiers(name)).toEqual({ doubt: W, culpability: W, emotive: W, nonspeech: W, truth: W, stance: W })
})

test('scare quotes are info in recommended and warnings elsewhere; strict adds "alleged" and "apparent"', () => {
  expect(optionsOf(PRESETS.recommended.rules['doubt-marker'])).toMatchObject({ scareQuotes: I })
  for (const name of ['wire', 'wikipedia', 'conflict', 'strict'] as const) expect(optionsOf(PRESETS[name].rules['doubt-marker'])).toMatchObject({ scareQuotes: W })
  expect(optionsOf(PRESETS.strict.rules['doubt-marker'])).toMatchObject({ alleged: true, apparent: true })
})

test('links count as citations in recommended and wikipedia only', () => {
  expect(COLUMNS.map((name) => PRESETS[name].citations)).toEqual([true, false, true, false, false])
  for (const name of COLUMNS) expect(optionsOf(PRESETS[name].rules['unsourced-figure']).citations).toBe(PRESETS[name].citations)
})

test('inclusive adds retext-equality to recommended; strict includes it; recommended does not', () => {
  expect(PRESETS.inclusive.inclusive).toBe(true)
  expect(PRESETS.strict.inclusive).toBe(true)
  expect(PRESETS.recommended.inclusive).toBe(false)
  expect(PRESETS.inclusive.rules).toEqual(PRESETS.recommended.rules)
})

test('inclusive composes with any preset: ["wire", "inclusive"] is wire plus retext-equality', async () => {
  const { resolveConfig } = await import('../../src/config.js')
  const resolved = resolveConfig({ preset: ['wire', 'inclusive'] })
  expect(resolved.preset.rules).toEqual(PRESETS.wire.rules)
  expect(resolved.preset.inclusive).toBe(true)
  expect(() => resolveConfig({ preset: ['wire', 'strict'] })).toThrow(/one of them with "inclusive"/)
})

test('vocabulary choices where the guides disagree (RULES.md): militant and undocumented', () => {
  const label = (name: PresetName) => optionsOf(PRESETS[name].rules['contested-label']).militant ?? 'off'
  const framed = (name: PresetName) => optionsOf(PRESETS[name].rules['framed-term']).undocumented ?? 'accept'
  expect(COLUMNS.map(label)).toEqual(['off', 'off', 'off', 'info', 'info'])
  expect(framed('recommended')).toBe('accept')
  expect(framed('wire')).toBe('flag')
})
