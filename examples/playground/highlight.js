// Pure helpers for the page: findings → highlighted HTML (overlaps split at every boundary, the
// most severe finding on top), findings grouped by rule, and fix titles.

const RANK = { error: 3, warning: 2, info: 1 }

export function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}

/** The text as HTML with a <mark> over every finding; `data-ids` lists the findings it shows. */
export function highlight(text, findings) {
  const cuts = new Set([0, text.length])
  for (const f of findings) {
    if (f.end > f.start) cuts.add(f.start).add(f.end)
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const piece = escapeHtml(text.slice(from, to))
    const over = findings.filter((f) => f.start <= from && to <= f.end && f.end > f.start)
    if (over.length === 0) {
      html += piece
      continue
    }
    const top = over.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a))
    const ids = over.map((f) => f.id).join(' ')
    html += `<mark class="hl ${top.severity}" data-ids="${ids}">${piece}</mark>`
  }
  // A textarea shows an empty last line after a final newline; the backdrop must too.
  return `${html}${text.endsWith('\n') ? ' ' : ''}`
}

/** Findings grouped by rule, the groups in order of their most severe finding, then first place. */
export function groupByRule(findings) {
  const groups = new Map()
  for (const f of findings) {
    if (!groups.has(f.ruleId)) groups.set(f.ruleId, { ruleId: f.ruleId, url: f.url, findings: [] })
    groups.get(f.ruleId).findings.push(f)
  }
  const worst = (g) => Math.max(...g.findings.map((f) => RANK[f.severity]))
  return [...groups.values()].sort((a, b) => worst(b) - worst(a) || a.findings[0].start - b.findings[0].start)
}

/** "Replace “claimed” with “said”", or "Remove “so-called”" when the fix deletes words. */
export function fixLabel(flagged, replacement) {
  if (replacement === '') return { verb: 'Remove', text: flagged }
  if (flagged.length > replacement.length && flagged.toLowerCase().endsWith(replacement.toLowerCase())) {
    const removed = flagged.slice(0, flagged.length - replacement.length).replace(/[\s,;:]+$/, '').trim()
    if (removed) return { verb: 'Remove', text: removed }
  }
  return { verb: 'Use', text: replacement }
}

/** "unsourced-figure" → "Unsourced figure". */
export function ruleName(ruleId) {
  const words = ruleId.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
