/**
 * emotive-language: sensational, demonising or victimising words in the writer's voice
 * (massacre, carnage, horrific, brutal, tragedy…). The facts carry the weight; the adjective tells
 * the reader how to feel.
 */
import { checkLexical, parseLoadedOptions, type LexicalConfig, type LoadedOptions } from './loaded-common.js'
import type { Rule } from './types.js'

export type EmotiveLanguageOptions = LoadedOptions

const config: LexicalConfig<EmotiveLanguageOptions> = {
  id: 'emotive-language',
  reason: (words) => `Emotive language: ${words} tells the reader how to feel.`,
  skipNegated: true,
}

export const emotiveLanguage: Rule<EmotiveLanguageOptions> = {
  id: 'emotive-language',
  plugin: 'retextLoadedTerms',
  summary: 'Sensational, demonising or victimising words in the writer’s voice: massacre, carnage, horrific, brutal, tragedy…',
  defaultSeverity: 'info',
  docs: [
    'Flags sensational, demonising and victimising words stated in the writer’s own voice: massacre, slaughter, carnage, horrific, barbaric, brutal, vicious, evil, devastating, tragedy, chaos… Conflict-sensitive reporting guides (Howard; Lynch and McGoldrick) and the BBC ask reporters to describe what happened (who was killed, how, by whom) and leave the adjectives to the people quoted. Strong words are kept for their precise meaning.',
    '',
    'Not flagged: words in a direct quotation (option `quoted: \'info\'` reports them at info), attributed characterisations (“condemned the attack as barbaric”, “what the minister called a massacre”), fixed names (“the Boston Massacre”, “the Srebrenica massacre”), and other senses listed in each entry (“a brutal schedule”, “toxic chemicals”, “police brutality” as a topic).',
    '',
    'Info in `recommended` and `wire`, warning in `conflict` and `strict`. Where a contested label and an emotive word share words, contested-label reports them.',
    '',
    'Fix: `expected` deletes an adjective (taking the next word, so the sentence stays clean) or offers the plain word (“killing” for “slaughter”).',
  ].join('\n'),
  parseOptions(raw, where) {
    return { quoted: parseLoadedOptions(raw, where).quoted }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
  },
}
