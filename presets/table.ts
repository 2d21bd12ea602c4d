/**
 * The presets table (RULES.md is canonical): every rule's severity and options in each preset.
 * Rule options named here are validated by the rules themselves when the processor attaches them.
 */
import type { RuleId } from '../src/rules/ids.js'
import type { Preset, PresetName, RuleSetting } from './types.js'

const all = (severity: RuleSetting): Record<RuleId, RuleSetting> =>
  ({
    'quote-without-speaker': severity,
    'vague-source': severity,
    'anonymous-source-without-reason': severity,
    'loaded-attribution-verb': severity,
    'estimate-without-estimator': severity,
    'contested-label': severity,
    'emotive-language': severity,
    euphemism: severity,
    puffery: severity,
    editorializing: severity,
    'doubt-marker': severity,
    'framed-term': severity,
    'agentless-harm': severity,
    'unsourced-figure': severity,
    'vague-quantity': severity,
  }) as Record<RuleId, RuleSetting>

/** RULES.md: wikipedia, conflict and strict flag every tier of loaded attribution verbs (truth and stance included). */
const EVERY_TIER: RuleSetting = ['warning', { tiers: { doubt: 'warning', culpability: 'warning', emotive: 'warning', nonspeech: 'warning', truth: 'warning', stance: 'warning' } }]

const recommended: Preset = {
  name: 'recommended',
  description: 'The default: findings a careful editor would agree with almost every time.',
  citations: true,
  inclusive: false,
  rules: {
    ...all('warning'),
    'anonymous-source-without-reason': 'off',
    'loaded-attribution-verb': ['warning', { tiers: { doubt: 'warning', culpability: 'warning', emotive: 'warning', nonspeech: 'warning', truth: 'off', stance: 'off' } }],
    'emotive-language': 'info',
    puffery: 'info',
    editorializing: 'info',
    'doubt-marker': ['warning', { scareQuotes: 'info' }],
    // "militant" is an accepted alternative (AP, BBC); "undocumented immigrant" is accepted (NAHJ).
    'contested-label': ['warning', { militant: 'off' }],
    'framed-term': ['warning', { undocumented: 'accept' }],
    'agentless-harm': 'off',
    'unsourced-figure': ['warning', { kinds: { harm: 'warning', share: 'warning', poll: 'warning', crowd: 'warning', estimate: 'warning', money: 'info', count: 'info', result: 'off' }, citations: true }],
    'vague-quantity': 'off',
  },
}

const wire: Preset = {
  name: 'wire',
  description: 'An AP/Reuters newsroom: attribution belongs in the text, so links do not count as sources.',
  citations: false,
  inclusive: false,
  rules: {
    ...all('warning'),
    'anonymous-source-without-reason': 'info',
    'loaded-attribution-verb': ['warning', { tiers: { doubt: 'warning', culpability: 'warning', emotive: 'warning', nonspeech: 'warning', truth: 'info', stance: 'info' } }],
    'emotive-language': 'info',
    puffery: 'info',
    editorializing: 'info',
    // AP: "militant" is an accepted alternative; "undocumented" is not AP style ("living in the
    // country illegally").
    'contested-label': ['warning', { militant: 'off' }],
    'framed-term': ['warning', { undocumented: 'flag' }],
    // RULES.md: the whole rule at warning outside recommended, scare quotes included.
    'doubt-marker': ['warning', { scareQuotes: 'warning' }],
    'agentless-harm': 'info',
    'unsourced-figure': ['warning', { kinds: { harm: 'warning', share: 'warning', poll: 'warning', crowd: 'warning', estimate: 'warning', money: 'warning', count: 'warning', result: 'info' }, citations: false }],
    'vague-quantity': 'info',
  },
}

const wikipedia: Preset = {
  name: 'wikipedia',
  description: 'Wikipedia’s neutral point of view and Words to Watch: puffery and editorializing are warnings; references count.',
  citations: true,
  inclusive: false,
  rules: {
    ...all('warning'),
    'anonymous-source-without-reason': 'off',
    'loaded-attribution-verb': EVERY_TIER,
    'emotive-language': 'info',
    'doubt-marker': ['warning', { scareQuotes: 'warning' }],
    'agentless-harm': 'off',
    'unsourced-figure': ['warning', { kinds: { harm: 'warning', share: 'warning', poll: 'warning', crowd: 'warning', estimate: 'warning', money: 'warning', count: 'warning', result: 'warning' }, citations: true }],
    'vague-quantity': 'info',
  },
}

const conflict: Preset = {
  name: 'conflict',
  description: 'Conflict-sensitive reporting (Howard, BBC): emotive words and passive harm are warnings.',
  citations: false,
  inclusive: false,
  rules: {
    ...all('warning'),
    'anonymous-source-without-reason': 'info',
    'loaded-attribution-verb': EVERY_TIER,
    puffery: 'off',
    editorializing: 'info',
    // Conflict-sensitive guides ask to call groups what they call themselves: "militant" at info.
    'contested-label': ['warning', { militant: 'info' }],
    'doubt-marker': ['warning', { scareQuotes: 'warning' }],
    'unsourced-figure': ['warning', { kinds: { harm: 'warning', share: 'warning', poll: 'info', crowd: 'warning', estimate: 'warning', money: 'info', count: 'info', result: 'info' }, citations: false }],
    'vague-quantity': 'info',
  },
}

const strict: Preset = {
  name: 'strict',
  description: 'Everything, the noisy items included (alleged, apparent, inclusive language): for a last read.',
  citations: false,
  inclusive: true,
  rules: {
    ...all('warning'),
    'loaded-attribution-verb': EVERY_TIER,
    'emotive-language': 'warning',
    puffery: 'info',
    editorializing: 'info',
    'doubt-marker': ['warning', { scareQuotes: 'warning', alleged: true, apparent: true }],
    'contested-label': ['warning', { militant: 'info' }],
    'framed-term': ['warning', { undocumented: 'flag' }],
    'agentless-harm': 'info',
    'unsourced-figure': ['warning', { kinds: { harm: 'warning', share: 'warning', poll: 'warning', crowd: 'warning', estimate: 'warning', money: 'warning', count: 'warning', result: 'warning' }, citations: false }],
    'vague-quantity': 'info',
  },
}

/** `inclusive` is `recommended` plus retext-equality; it composes with any other preset. */
const inclusive: Preset = { ...recommended, name: 'inclusive', description: 'recommended plus inclusive-language checks (retext-equality, configured for news copy); composes with any preset.', inclusive: true }

export const PRESETS: Readonly<Record<PresetName, Preset>> = { recommended, wire, wikipedia, conflict, strict, inclusive }
