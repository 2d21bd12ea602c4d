/**
 * contested-label: value-laden labels for people, groups and governments in the writer's voice
 * (terrorist, extremist, thug, cult, regime for a named government…). Quoted, attributed and
 * fixed-name uses are left alone; "militant" is a preset-dependent choice.
 */
import type { Severity } from '../lexicon/schema.js'
import { checkLexical, parseLoadedOptions, severityOption, type LexicalConfig, type LoadedOptions } from './loaded-common.js'
import type { Rule } from './types.js'

export interface ContestedLabelOptions extends LoadedOptions {
  /** "militant" and "insurgent": accepted (`'off'`, the default, as in `recommended` and `wire`) or flagged at this level (`conflict`, `strict`: `'info'`). */
  militant: Severity
}

const config: LexicalConfig<ContestedLabelOptions> = {
  id: 'contested-label',
  reason: (words) => `Contested label: ${words} is a label in the writer’s own voice.`,
  choiceLevel: (choice, options, ruleSeverity) => {
    if (choice !== 'militant') return undefined
    return options.militant === 'warning' ? ruleSeverity : options.militant
  },
  // Where "militant" is itself flagged, do not offer it as the replacement.
  alternatives: (hit, options) => (options.militant === 'off' ? hit.entry.alternatives : hit.entry.alternatives.filter((alt) => !/militant|insurgent/.test(alt))),
}

export const contestedLabel: Rule<ContestedLabelOptions> = {
  id: 'contested-label',
  plugin: 'retextLoadedTerms',
  summary: 'Contested labels in the writer’s voice: terrorist, extremist, thug, cult, regime for a named government…',
  defaultSeverity: 'warning',
  docs: [
    'Flags value-laden labels for people, groups and governments stated in the writer’s own voice: terrorist, terror attack, extremist, fanatic, jihadist, thug, cult, a named government called a regime, bigot, racist… AP, Reuters and the BBC describe the act and the actor instead (bomber, gunman, attacker; the Syrian government) and keep the label for quotes and attributed speech.',
    '',
    'Not flagged: words inside a direct quotation (the speaker’s; option `quoted: \'info\'` reports them at info); attributed labels (“what the ministry called a terrorist attack”, “designated a terrorist group by the State Department”, “the group, which the US lists as a terrorist organisation”, “the ministry said the attack was terrorism”, “critics branded him a thug”); proper names and fixed terms (“the Terrorism Act”, “counter-terrorism police”, “terrorism charges”, “Islamic State”); other senses listed in each entry (“tax regime”, “cult following”).',
    '',
    'Options: `quoted` (`\'off\'` | `\'info\'`); `militant` (a severity; default `\'off\'`): AP and the BBC use “militant” and “insurgent” as the neutral alternative, so `recommended` and `wire` accept them, and `conflict` and `strict` flag them at info.',
    '',
    'Fix: `expected` offers the concrete alternatives of the entry (“attacker”, “gunman”, “bomber”; “government”), inflected to fit the sentence.',
  ].join('\n'),
  parseOptions(raw, where) {
    const { quoted, rest } = parseLoadedOptions(raw, where, ['militant'])
    return { quoted, militant: rest.militant === undefined ? 'off' : severityOption(rest.militant, `${where} militant`) }
  },
  check(model, report, severity, options) {
    checkLexical(config, model, report, severity, options)
  },
}
