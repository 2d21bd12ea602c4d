/**
 * Plugin options are validated when the plugin is attached: an unknown option or a bad value throws
 * an error whose message names the option and lists the accepted values (DESIGN.md, "Plugins are
 * unified attachers with validated options"). Checked both through a full lint and through
 * `unified().use(...).freeze()`, which attaches without running.
 */
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { lintText } from '../helpers.js'
import { retextUnsourcedFigures } from '../../src/plugins/unsourced-figures.js'

const SEVERITIES = ['off', 'info', 'warning', 'error']
const KINDS = ['harm', 'share', 'poll', 'crowd', 'estimate', 'money', 'count', 'result']
const RULES = ['unsourced-figure', 'vague-quantity']

interface BadOptions {
  name: string
  options: unknown
  /** Strings the error message must contain: the option's name and every accepted value. */
  names: string[]
  accepted: string[]
}

const invalid: BadOptions[] = [
  { name: 'unknown rule id', options: { 'unsourced-figures': 'warning' }, names: ['unsourced-figures'], accepted: RULES },
  { name: 'a rule id from another plugin', options: { 'vague-source': 'warning' }, names: ['vague-source'], accepted: RULES },
  { name: 'options that are not an object', options: 'warning', names: ['retextUnsourcedFigures'], accepted: RULES },
  { name: 'bad severity', options: { 'unsourced-figure': 'loud' }, names: ['unsourced-figure', 'loud'], accepted: SEVERITIES },
  { name: 'bad severity in a tuple', options: { 'unsourced-figure': ['severe', { kinds: ['harm'] }] }, names: ['unsourced-figure'], accepted: SEVERITIES },
  { name: 'bad severity for vague-quantity', options: { 'vague-quantity': true }, names: ['vague-quantity'], accepted: SEVERITIES },
  { name: 'unknown kind in a list', options: { 'unsourced-figure': ['warning', { kinds: ['toll'] }] }, names: ['toll', 'kinds'], accepted: KINDS },
  { name: 'unknown kind in a map', options: { 'unsourced-figure': ['warning', { kinds: { deaths: 'warning' } }] }, names: ['deaths'], accepted: KINDS },
  { name: 'bad severity for a kind', options: { 'unsourced-figure': ['warning', { kinds: { money: 'loud' } }] }, names: ['money', 'loud'], accepted: SEVERITIES },
  { name: 'kinds neither a list nor a map', options: { 'unsourced-figure': ['warning', { kinds: 'harm' }] }, names: ['kinds'], accepted: KINDS },
  { name: 'unknown option of unsourced-figure', options: { 'unsourced-figure': ['warning', { kind: ['harm'] }] }, names: ['kind'], accepted: ['kinds', 'citations'] },
  { name: 'citations not a boolean', options: { 'unsourced-figure': ['warning', { citations: 'yes' }] }, names: ['citations'], accepted: ['true', 'false'] },
]

const valid: { name: string; options: unknown }[] = [
  { name: 'no options', options: undefined },
  { name: 'empty object', options: {} },
  ...SEVERITIES.map((severity) => ({ name: `severity ${severity}`, options: { 'unsourced-figure': severity, 'vague-quantity': severity } })),
  { name: 'a one-element tuple', options: { 'unsourced-figure': ['info'] } },
  { name: 'a kind map', options: { 'unsourced-figure': ['warning', { kinds: { money: 'warning', result: 'info', harm: 'off' } }] } },
  { name: 'a kind list', options: { 'unsourced-figure': ['warning', { kinds: ['harm', 'share'] }] } },
  { name: 'an empty kind list', options: { 'unsourced-figure': ['warning', { kinds: [] }] } },
  { name: 'citations false', options: { 'unsourced-figure': ['warning', { citations: false }] } },
]

function attach(options: unknown): void {
  // The plugin's own options type is deliberately bypassed: these are bad options from a config file.
  unified()
    .use(retextEnglish)
    .use(retextUnsourcedFigures, options as never)
    .freeze()
}

function messageOf(run: () => void): string {
  try {
    run()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  return '(no error thrown)'
}

describe('options: bad options throw a helpful error', () => {
  test.each(invalid)('$name (freeze)', ({ options, names, accepted }) => {
    const message = messageOf(() => attach(options))
    for (const name of names) expect(message).toContain(name)
    for (const value of accepted) expect(message).toContain(value)
  })

  test.each(invalid)('$name (lint)', ({ options, names }) => {
    const message = messageOf(() => lintText('Floods killed 40 people.', [[retextUnsourcedFigures, options]]))
    for (const name of names) expect(message).toContain(name)
  })

  test('an option given to a rule that takes none says it takes none', () => {
    const message = messageOf(() => attach({ 'vague-quantity': ['info', { kinds: ['harm'] }] }))
    expect(message).toContain('vague-quantity')
    expect(message).toContain('kinds')
    expect(message).toMatch(/no options|takes none|accepts none|none/i)
  })

  test('the error is an Error thrown when attaching, before any file is linted', () => {
    expect(() => attach({ 'unsourced-figure': 'loud' })).toThrow(Error)
  })
})

describe('options: good options are accepted', () => {
  test.each(valid)('$name', ({ options }) => {
    expect(() => attach(options)).not.toThrow()
    expect(() => lintText('Floods killed 40 people.', [[retextUnsourcedFigures, options]])).not.toThrow()
  })
})
