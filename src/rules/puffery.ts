/**
 * puffery: promotional adjectives ("peacock terms") in the writer's voice (iconic, legendary,
 * world-class, groundbreaking…).
 */
import { checkLexical, parseLoadedOptions, type LexicalConfig, type LoadedOptions } from './loaded-common.js'
import type { Rule } from './types.js'

export type PufferyOptions = LoadedOptions

const config: LexicalConfig<PufferyOptions> = {
  id: 'puffery',
  reason: (words) => `Puffery: ${words} promotes rather than informs.`,
  skipNegated: true,
}

export const puffery: Rule<PufferyOptions> = {
  id: 'puffery',
  plugin: 'retextLoadedTerms',
  summary: 'Promotional words in the writer’s voice: iconic, legendary, world-class, groundbreaking…',
  defaultSeverity: 'info',
  docs: [
    'Flags promotional words (Wikipedia’s “peacock terms”) stated in the writer’s own voice: iconic, legendary, world-class, renowned, acclaimed, groundbreaking, cutting-edge, state-of-the-art, award-winning… Show why something matters with facts (what it won, who said so) instead of praise.',
    '',
    'Words that are usually neutral in news copy are not in the list: great, hit, leading, popular, notable, landmark, prominent, unique (“leading to”, “the Great Lakes”, “the popular vote”, “a landmark ruling”). Other senses are conditions in each entry (“fans celebrated the win”, “an extraordinary general meeting”, “outstanding debts”).',
    '',
    'Not flagged: quotes (option `quoted: \'info\'`) and attributed praise (“hailed as groundbreaking by critics”). Info in `recommended`, `wire` and `strict`, warning in `wikipedia`, off in `conflict`.',
    '',
    'Fix: `expected` deletes the word, taking the next word so the sentence stays clean (“an iconic tower” → “a tower”, “innovative and exciting music” → “exciting music”); a predicative word (“has been critically acclaimed since its release”) gets no mechanical fix: rewrite with the facts.',
  ].join('\n'),
  parseOptions(raw, where) {
    return { quoted: parseLoadedOptions(raw, where).quoted }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
  },
}
