/** Rule ids (RULES.md is canonical) and the plugin that owns each. */
export const RULE_IDS = [
  'quote-without-speaker',
  'vague-source',
  'anonymous-source-without-reason',
  'loaded-attribution-verb',
  'estimate-without-estimator',
  'contested-label',
  'emotive-language',
  'euphemism',
  'puffery',
  'editorializing',
  'doubt-marker',
  'framed-term',
  'agentless-harm',
  'unsourced-figure',
  'vague-quantity',
] as const

export type RuleId = (typeof RULE_IDS)[number]

/** Owners a lexicon entry may name: a rule, or the prose model itself. */
export const LEXICON_OWNERS: ReadonlySet<string> = new Set<string>([...RULE_IDS, 'model'])
