// The linter runs here, off the main thread, so typing never waits for it. It receives the whole
// text with the preset and format, and answers with plain findings (offsets into that text).
/* global self */
import { lintSync, PRESETS, PRESET_NAMES, rules } from '../../src/index.ts'

const SEVERITY = (fatal) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info')

function findings(file) {
  return file.messages.map((m) => ({
    start: m.place && 'start' in m.place ? m.place.start.offset : (m.place?.offset ?? 0),
    end: m.place && 'start' in m.place ? m.place.end.offset : (m.place?.offset ?? 0),
    ruleId: m.ruleId ?? 'copydesk',
    severity: SEVERITY(m.fatal),
    reason: m.reason,
    note: m.note ?? '',
    url: m.url ?? '',
    actual: m.actual ?? '',
    expected: Array.isArray(m.expected) ? m.expected : [],
  }))
}

self.onmessage = ({ data }) => {
  const started = performance.now()
  let result
  try {
    const file = lintSync(data.text, { preset: data.preset, format: data.format })
    result = { id: data.id, findings: findings(file) }
  } catch (error) {
    result = { id: data.id, findings: [], error: String(error?.message ?? error) }
  }
  result.ms = performance.now() - started
  self.postMessage(result)
}

// The first lint in a fresh worker is many times slower than the rest: pay for it now.
lintSync('The ministry said 40 people were killed. Floods killed 12 people.')
self.postMessage({
  ready: true,
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.summary])),
  presets: PRESET_NAMES.filter((name) => name !== 'inclusive').map((name) => ({ name, description: PRESETS[name].description })),
})
