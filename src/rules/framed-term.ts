/**
 * framed-term: one side's term where a neutral one exists (pro-life, illegal alien, death tax…).
 * "Undocumented" is a preset-dependent choice: NAHJ recommends it, AP (2013) does not.
 */
import { checkLexical, parseLoadedOptions, type LexicalConfig, type LoadedOptions } from './loaded-common.js'
import { OptionsError } from '../plugins/options.js'
import type { Rule } from './types.js'

export type UndocumentedSetting = 'accept' | 'flag'

export interface FramedTermOptions extends LoadedOptions {
  /** "undocumented immigrant": accepted and offered as an alternative (`'accept'`, the default, as in `recommended`) or flagged with AP's wording (`'flag'`, as in `wire`). */
  undocumented: UndocumentedSetting
}

const config: LexicalConfig<FramedTermOptions> = {
  id: 'framed-term',
  reason: (words) => `Framed term: ${words} is one side’s term.`,
  choiceLevel: (choice, options) => (choice === 'undocumented' && options.undocumented === 'accept' ? 'off' : undefined),
  alternatives: (hit, options) => (options.undocumented === 'flag' ? hit.entry.alternatives.filter((alt) => !alt.includes('undocumented')) : hit.entry.alternatives),
}

export const framedTerm: Rule<FramedTermOptions> = {
  id: 'framed-term',
  plugin: 'retextLoadedTerms',
  summary: 'One side’s term where a neutral one exists: pro-life, illegal alien, death tax…',
  defaultSeverity: 'warning',
  docs: [
    'Flags the vocabulary of one side of a public argument where a neutral term exists: pro-life and pro-choice (AP: anti-abortion, abortion-rights), abortionist, late-term abortion, heartbeat bill, crisis pregnancy centre, illegal alien, illegal immigrant, illegals, anchor baby, death tax, homicide bomber, forced busing, disease names tied to a place or people.',
    '',
    'Not flagged: quotes (option `quoted: \'info\'`), attributed use, and proper names (“Pro-Life Action League”, “National Right to Life”).',
    '',
    'Options: `quoted` (`\'off\'` | `\'info\'`); `undocumented` (`\'accept\'` | `\'flag\'`; default `\'accept\'`). NAHJ recommends “undocumented immigrant” and `recommended` accepts it (and offers it as an alternative); AP (2013) does not use “undocumented” and prefers “living in the country illegally”, so `wire` sets `\'flag\'`.',
    '',
    'Fix: `expected` offers the neutral term, inflected to fit (“illegal immigrants” → “undocumented immigrants”, “immigrants living in the country illegally”).',
  ].join('\n'),
  parseOptions(raw, where) {
    const { quoted, rest } = parseLoadedOptions(raw, where, ['undocumented'])
    const value = rest.undocumented ?? 'accept'
    if (value !== 'accept' && value !== 'flag') {
      throw new OptionsError(`${where}: "undocumented" must be one of 'accept', 'flag'; got ${JSON.stringify(value)}`)
    }
    return { quoted, undocumented: value }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
  },
}
