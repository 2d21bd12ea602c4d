/**
 * euphemism: softening that hides harm or who caused it (collateral damage, neutralised,
 * officer-involved, passed away, lost their lives…).
 */
import { checkLexical, parseLoadedOptions, type LexicalConfig, type LoadedOptions } from './loaded-common.js'
import type { Rule } from './types.js'

export type EuphemismOptions = LoadedOptions

const config: LexicalConfig<EuphemismOptions> = {
  id: 'euphemism',
  reason: (words) => `Euphemism: ${words} softens what happened.`,
}

export const euphemism: Rule<EuphemismOptions> = {
  id: 'euphemism',
  plugin: 'retextLoadedTerms',
  summary: 'Softening that hides harm or agency: collateral damage, neutralised, officer-involved, passed away, lost their lives…',
  defaultSeverity: 'warning',
  docs: [
    'Flags euphemisms that hide harm or who caused it: collateral damage, neutralised (people), eliminated (people), surgical strike, enhanced interrogation, officer-involved shooting, passed away, lost their lives, executed where no court sentenced anyone. AP (“officer-involved”: say who shot), the BBC (“execute” needs a judicial process) and Wikipedia’s Words to watch (“died” is neutral) ask for the plain word.',
    '',
    'Not flagged: quotes (option `quoted: \'info\'`), attributed use, and other senses listed in each entry (“executed a plan”, “eliminated from the tournament”, “neutralised the bomb”, “passed away” is flagged but “passed the bill” never matches).',
    '',
    'Fix: `expected` offers the plain word in the same tense (“passed away” → “died”, “lost their lives” → “died”, “neutralised” → “killed”).',
  ].join('\n'),
  parseOptions(raw, where) {
    return { quoted: parseLoadedOptions(raw, where).quoted }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
  },
}
