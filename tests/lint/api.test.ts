/** The one-call API: inputs, formats, sorted messages, bad bytes, and configuration errors. */
import { VFile } from 'vfile'
import { lint, lintSync, resolveConfig } from '../../src/index.js'
import { expectConfigError } from '../helpers.js'

const text = 'Floods killed 40 people. The ministry said 12 were missing. Another 30 were injured.'

test('lint takes a string, bytes or a VFile and resolves to a VFile with sorted messages', async () => {
  const fromString = await lint(text)
  const fromBytes = await lint(new TextEncoder().encode(text))
  const fromFile = await lint(new VFile({ path: 'draft.txt', value: text }))
  for (const file of [fromString, fromBytes, fromFile]) {
    expect(file.messages.map((m) => m.actual)).toEqual(['40', '30'])
    const starts = file.messages.map((m) => (m.place as { start: { offset: number } }).start.offset)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  }
  expect(lintSync(text).messages.map((m) => m.actual)).toEqual(['40', '30'])
})

test('the format comes from the extension unless given', () => {
  const md = '`40 people were killed`\n\nFloods killed 12 people.'
  expect(lintSync(new VFile({ path: 'a.md', value: md })).messages.map((m) => m.actual)).toEqual(['12'])
  expect(lintSync(md, { format: 'markdown' }).messages.map((m) => m.actual)).toEqual(['12'])
  // As plain text the backticks are just characters: the code is read as prose.
  expect(lintSync(md).messages.map((m) => m.actual)).toEqual(['40', '12'])
})

test('invalid UTF-8 and binary bytes give a clear file-level error, never a throw', () => {
  const invalid = lintSync(new Uint8Array([0x46, 0x6c, 0xff, 0xfe, 0x6f, 0x64]))
  expect(invalid.messages).toHaveLength(1)
  expect(invalid.messages[0].fatal).toBe(true)
  expect(invalid.messages[0].reason).toMatch(/not valid UTF-8/)
  const binary = lintSync(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))
  expect(binary.messages[0].fatal).toBe(true)
  expect(binary.messages[0].reason).toMatch(/binary/)
})

test('empty input lints to no messages', () => {
  expect(lintSync('').messages).toEqual([])
  expect(lintSync(new VFile({ path: 'a.md', value: '' })).messages).toEqual([])
  expect(lintSync(new VFile({ path: 'a.html', value: '' })).messages).toEqual([])
})

test('config: the user over the preset over the entry default', () => {
  // recommended puts money at info; the user turns the rule to error and keeps the kinds.
  const file = lintSync('The bridge cost $40m. Floods killed 12 people.', { config: { rules: { 'unsourced-figure': 'error' } } })
  expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([
    ['$40m', undefined],
    ['12', true],
  ])
  const off = lintSync('Floods killed 12 people.', { config: { rules: { 'unsourced-figure': 'off' } } })
  expect(off.messages).toEqual([])
  const kinds = lintSync('The bridge cost $40m.', { config: { rules: { 'unsourced-figure': ['warning', { kinds: { money: 'warning' } }] } } })
  expect(kinds.messages.map((m) => [m.actual, m.fatal])).toEqual([['$40m', false]])
})

test('allow: phrases and rule ids never reported', () => {
  expect(lintSync('Floods killed 12 people.', { config: { allow: ['12'] } }).messages).toEqual([])
  expect(lintSync('Floods killed 12 people.', { config: { allow: ['unsourced-figure'] } }).messages).toEqual([])
})

test.each([
  [{ rules: { 'no-such-rule': 'warning' } }, ['no-such-rule', 'unsourced-figure', 'vague-source']],
  [{ rules: { 'unsourced-figure': 'loud' } }, ['rules.unsourced-figure', "'off' | 'info' | 'warning' | 'error'"]],
  [{ preset: 'newsroom' }, ['"preset"', 'recommended, wire, wikipedia, conflict, strict, inclusive']],
  [{ colour: 'red' }, ['"colour"', 'preset, rules, allow, deny']],
  [{ allow: 'militant' }, ['"allow"']],
])('invalid configuration names the option and the accepted values: %j', (config, words) => {
  expectConfigError(config, '/drafts/.copydeskrc.json', words)
})

test('a bad rule option from the config is reported by the rule, naming it', () => {
  expect(() => lintSync('x', { config: { rules: { 'unsourced-figure': ['warning', { kinds: ['tolls'] }] } } })).toThrow(/tolls.*accepted kinds: harm, share/)
})

test('resolveConfig groups rules by plugin', () => {
  const resolved = resolveConfig({}, 'wire')
  expect(resolved.preset.name).toBe('wire')
  expect(resolved.plugins.get('retextUnsourcedFigures')).toMatchObject({ 'vague-quantity': 'info' })
})
