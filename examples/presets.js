// The same draft through every preset: how many findings each rule gives, per preset.
import { readFile } from 'node:fs/promises'
import { lint, PRESET_NAMES } from 'copydesk'

const text = await readFile(new URL('draft-floods.md', import.meta.url), 'utf8')
const counts = new Map()
for (const preset of PRESET_NAMES) {
  const file = await lint(text, { preset, format: 'markdown' })
  for (const message of file.messages) {
    const key = `${message.source === 'copydesk' ? '' : message.source + ': '}${message.ruleId}`
    if (!counts.has(key)) counts.set(key, {})
    const row = counts.get(key)
    const level = message.fatal === true ? 'E' : message.fatal === false ? 'W' : 'i'
    row[preset] = (row[preset] ?? '') + level
  }
}
const cell = (levels = '') => {
  const parts = [['E', 'error'], ['W', 'warning'], ['i', 'info']].map(([l, name]) => [levels.split(l).length - 1, name]).filter(([n]) => n > 0)
  return parts.length > 0 ? parts.map(([n, name]) => `${n} ${name}`).join(', ') : '–'
}
const header = ['rule', ...PRESET_NAMES]
const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([rule, row]) => [rule, ...PRESET_NAMES.map((p) => cell(row[p]))])
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
console.log(line(header))
for (const row of rows) console.log(line(row))
