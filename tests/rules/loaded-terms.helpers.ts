/**
 * Table-test helpers for the eight retextLoadedTerms rules: run the plugin with one rule's setting,
 * check every field of the message contract (RULES.md), and apply `expected` fixes.
 */
import type { VFileMessage } from 'vfile-message'
import { retextLoadedTerms } from '../../src/plugins/loaded-terms.js'
import { lintText } from '../helpers.js'

export type Level = 'error' | 'warning' | 'info'

export interface FlagCase {
  /** What the case shows (used in the test name). */
  name?: string
  text: string
  /** The text the message's place covers (the fix's span: "Clearly, the"). */
  flagged: string
  /** Which occurrence of `flagged` in `text` (default the first). */
  nth?: number
  level: Level
  /** `expected` exactly, or absent when there is no mechanical fix. */
  expected?: string[]
  /** The sentence after applying expected[0]. */
  fixed?: string
  /** The rule's options (`[severity, options]` is built from `level` unless `setting` is given). */
  options?: Record<string, unknown>
  /** The rule's full setting, when the test needs another rule severity than `level`. */
  setting?: unknown
  /** A word the reason must name (defaults to the flagged text's core: `flagged` itself). */
  names?: string
}

export interface PassCase {
  name?: string
  text: string
  options?: Record<string, unknown>
}

export type Pass = string | PassCase

export function fatalFor(level: Level): boolean | undefined {
  return level === 'error' ? true : level === 'warning' ? false : undefined
}

export function findingsOf(rule: string, text: string, setting?: unknown): VFileMessage[] {
  const options = setting === undefined ? {} : { [rule]: setting }
  return lintText(text, [[retextLoadedTerms, options]]).filter((message) => message.ruleId === rule)
}

export function offsetOf(text: string, part: string, nth = 0): number {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1)
    if (at < 0) throw new Error(`"${part}" not in "${text}"`)
  }
  return at
}

export function placeOf(message: VFileMessage): { start: number; end: number } {
  const place = message.place as { start: { offset?: number }; end: { offset?: number } }
  return { start: place.start.offset ?? -1, end: place.end.offset ?? -1 }
}

/** Apply a replacement over a message's place. */
export function applyFix(text: string, message: VFileMessage, replacement: string): string {
  const { start, end } = placeOf(message)
  return text.slice(0, start) + replacement + text.slice(end)
}

/** The rule setting for a case: its own, or `[rule severity, options]` when options are given. */
export function settingFor(testCase: FlagCase, ruleSeverity: Level): unknown {
  if (testCase.setting !== undefined) return testCase.setting
  if (testCase.options) return [ruleSeverity, testCase.options]
  return ruleSeverity
}

/** Check one must-flag case against the message contract. */
export function expectFlag(rule: string, testCase: FlagCase, ruleSeverity: Level): void {
  const messages = findingsOf(rule, testCase.text, settingFor(testCase, ruleSeverity))
  const start = offsetOf(testCase.text, testCase.flagged, testCase.nth)
  const message = messages.find((m) => placeOf(m).start === start && placeOf(m).end === start + testCase.flagged.length)
  if (!message) {
    throw new Error(`no ${rule} finding on "${testCase.flagged}" at ${start}; got ${JSON.stringify(messages.map((m) => [m.actual, placeOf(m)]))}`)
  }
  expect(message.source).toBe('copydesk')
  expect(message.ruleId).toBe(rule)
  expect(message.url).toMatch(new RegExp(`#${rule}$`))
  expect(message.actual).toBe(testCase.flagged)
  expect(typeof message.note).toBe('string')
  expect((message.note ?? '').length).toBeGreaterThan(20)
  expect(message.reason).toContain(testCase.names ?? testCase.flagged)
  expect(message.fatal).toBe(fatalFor(testCase.level))
  if (testCase.expected === undefined) expect(message.expected).toBeUndefined()
  else expect(message.expected).toEqual(testCase.expected)
  if (testCase.fixed !== undefined) {
    expect(message.expected?.length).toBeGreaterThan(0)
    expect(applyFix(testCase.text, message, message.expected![0])).toBe(testCase.fixed)
  }
}

/** Check a must-pass case: no finding of the rule at all. */
export function expectPass(rule: string, pass: Pass): void {
  const testCase = typeof pass === 'string' ? { text: pass } : pass
  const setting = testCase.options ? ['warning', testCase.options] : 'warning'
  const messages = findingsOf(rule, testCase.text, setting)
  expect(messages.map((m) => m.actual)).toEqual([])
}

export const passText = (pass: Pass): string => (typeof pass === 'string' ? pass : pass.text)

/**
 * The table tests every loaded-terms rule runs: each must-flag case flagged (rule id, words,
 * place, level, fix), each must-pass case not, and at least 20 of each.
 */
export function describeTables(rule: string, invalid: readonly FlagCase[], valid: readonly Pass[], ruleSeverity: Level, more?: () => void): void {
  describe(rule, () => {
    test.each(invalid.map((c) => [c.name ?? c.text, c]))('flags: %s', (_name, testCase) => expectFlag(rule, testCase as FlagCase, ruleSeverity))
    test.each(valid.map((p) => [passText(p), p]))('passes: %s', (_name, pass) => expectPass(rule, pass as Pass))
    test('has at least 20 must-flag and 20 must-pass cases', () => {
      expect(invalid.length).toBeGreaterThanOrEqual(20)
      expect(valid.length).toBeGreaterThanOrEqual(20)
    })
    more?.()
  })
}
