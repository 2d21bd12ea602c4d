// The playground page: a textarea over a backdrop that draws the highlights, a Web Worker that
// lints, and a side panel of findings grouped by rule with one-click fixes.
/* global document, window, Worker, requestAnimationFrame */
import sample from './sample.txt?raw'
import { escapeHtml, fixLabel, groupByRule, highlight, ruleName } from './highlight.js'

const $ = (id) => document.getElementById(id)
const textarea = $('text')
const backdrop = $('backdrop')
const groupsEl = $('groups')
const summaryEl = $('summary')
const statusEl = $('status')
const presetEl = $('preset')
const inclusiveEl = $('inclusive')
const formatEl = $('format')
const presetNote = $('preset-note')

const DEBOUNCE = 120
const STORE = 'copydesk-playground'

let findings = []
let requested = 0
let shown = 0
let timer = null
let lastText = ''
let ruleSummaries = {}
let presetInfo = []
let lintMs = 0
let activeId = null
let ready = false

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })

// ---------------------------------------------------------------------------------------------
// Linting

function request() {
  timer = null
  if (!ready) return // the worker's first message (presets) schedules the first lint
  const preset = inclusiveEl.checked ? [presetEl.value, 'inclusive'] : presetEl.value
  worker.postMessage({ id: ++requested, text: textarea.value, preset, format: formatEl.value })
  document.body.dataset.linting = 'true'
}

function schedule(delay = DEBOUNCE) {
  if (timer) clearTimeout(timer)
  timer = setTimeout(request, delay)
}

worker.onmessage = ({ data }) => {
  if (data.ready) {
    ruleSummaries = data.rules
    presetInfo = data.presets
    presetEl.innerHTML = presetInfo.map((p) => `<option value="${p.name}">${p.name}</option>`).join('')
    restoreSettings()
    ready = true
    describePreset()
    schedule(0)
    return
  }
  // Answers to stale requests (the text changed since) are dropped; the newer one is on its way.
  if (data.id !== requested) return
  shown = data.id
  lintMs = data.ms
  findings = data.findings.map((f, i) => ({ ...f, id: `f${data.id}-${i}` }))
  document.body.dataset.linting = 'false'
  document.body.dataset.lintedVersion = String(shown)
  renderHighlights()
  renderFindings()
  renderStatus(data.error)
}

// ---------------------------------------------------------------------------------------------
// Typing: shift the highlights with the edit at once, lint after a pause

/** The single edit between two texts: where it starts, how much it removed and inserted. */
function diff(before, after) {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let tail = 0
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++
  return { start, removedEnd: before.length - tail, delta: after.length - before.length }
}

function onInput() {
  const text = textarea.value
  const edit = diff(lastText, text)
  lastText = text
  // Findings before the edit stay, after it move, and across it go until the next lint.
  findings = findings
    .filter((f) => f.end <= edit.start || f.start >= edit.removedEnd)
    .map((f) => (f.start >= edit.removedEnd ? { ...f, start: f.start + edit.delta, end: f.end + edit.delta } : f))
  renderHighlights()
  fit()
  schedule()
  save()
}

function fit() {
  textarea.style.height = 'auto'
  textarea.style.height = `${textarea.scrollHeight}px`
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderHighlights() {
  backdrop.innerHTML = highlight(textarea.value, findings)
  markActive()
}

function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`
}

function renderFindings() {
  const by = { error: 0, warning: 0, info: 0 }
  for (const f of findings) by[f.severity]++
  summaryEl.innerHTML =
    findings.length === 0
      ? `<p class="clean">No findings. Clean copy under <b>${escapeHtml(presetEl.value)}</b>.</p>`
      : `<h2>${count(findings.length, 'finding', 'findings')}</h2>
         <p class="counts">
           ${by.error ? `<span class="pill error">${count(by.error, 'error', 'errors')}</span>` : ''}
           ${by.warning ? `<span class="pill warning">${count(by.warning, 'warning', 'warnings')}</span>` : ''}
           ${by.info ? `<span class="pill info">${count(by.info, 'note', 'notes')}</span>` : ''}
         </p>`
  const text = textarea.value
  groupsEl.innerHTML = groupByRule(findings)
    .map(
      (group) => `
      <section class="group" data-rule="${group.ruleId}">
        <header class="group-head">
          <h3>${escapeHtml(ruleName(group.ruleId))} <span class="n">${group.findings.length}</span></h3>
          <a class="rule-id" href="${escapeHtml(group.url)}" target="_blank" rel="noopener" title="${escapeHtml(ruleSummaries[group.ruleId] ?? 'Rule documentation')}">${group.ruleId}</a>
        </header>
        ${group.findings.map((f) => card(f, text)).join('')}
      </section>`,
    )
    .join('')
  markActive()
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'note' }

/** "Unsourced figure: “40” is a toll…" under the heading "Unsourced figure" reads "“40” is a toll…". */
function shortReason(f) {
  const prefix = `${ruleName(f.ruleId)}: `
  if (!f.reason.toLowerCase().startsWith(prefix.toLowerCase())) return f.reason
  const rest = f.reason.slice(prefix.length)
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

function card(f, text) {
  const flagged = text.slice(f.start, f.end)
  const fixes = f.expected
    .map((replacement, i) => {
      const label = fixLabel(flagged, replacement)
      return `<button type="button" class="fix" data-id="${f.id}" data-fix="${i}" title="Replace “${escapeHtml(flagged)}” with “${escapeHtml(replacement)}”">${label.verb} <q>${escapeHtml(label.text)}</q></button>`
    })
    .join('')
  return `
    <article class="finding ${f.severity}" data-id="${f.id}" tabindex="0">
      <p class="quote"><q>${escapeHtml(flagged)}</q> <span class="where">${context(text, f)}</span><span class="sev">${SEVERITY_LABEL[f.severity]}</span></p>
      <p class="reason">${escapeHtml(shortReason(f))}</p>
      ${f.note ? `<p class="note">${escapeHtml(f.note)}</p>` : ''}
      ${fixes ? `<div class="fixes">${fixes}</div>` : ''}
    </article>`
}

/** A few words before the finding, so a reader can tell two findings of the same word apart. */
function context(text, f) {
  const before = text.slice(Math.max(0, f.start - 40), f.start).split(/\s+/).slice(-4).join(' ')
  return before ? `after “…${escapeHtml(before.trim())}”` : 'at the start'
}

function renderStatus(error) {
  const words = (textarea.value.match(/\S+/g) ?? []).length
  statusEl.textContent = error ? `Could not lint: ${error}` : `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'} · checked in ${Math.max(1, Math.round(lintMs))} ms`
}

function describePreset() {
  const info = presetInfo.find((p) => p.name === presetEl.value)
  presetNote.textContent = info ? info.description : ''
}

// ---------------------------------------------------------------------------------------------
// Interaction: the caret in a finding lights its card; a card selects its words; a fix applies

function markActive() {
  const at = textarea.selectionStart
  const inside = document.activeElement === textarea ? findings.find((f) => f.start <= at && at <= f.end) : null
  const id = inside ? inside.id : activeId
  for (const el of document.querySelectorAll('.finding.active, mark.active')) el.classList.remove('active')
  if (!id) return
  document.querySelector(`.finding[data-id="${id}"]`)?.classList.add('active')
  for (const mark of backdrop.querySelectorAll('mark')) if (mark.dataset.ids.split(' ').includes(id)) mark.classList.add('active')
}

/** Scroll the findings panel (only it, never the page) so that a card is in view. */
function revealCard(card) {
  if (!card) return
  const panel = $('findings')
  const box = panel.getBoundingClientRect()
  const at = card.getBoundingClientRect()
  if (at.top < box.top) panel.scrollTop -= box.top - at.top + 12
  else if (at.bottom > box.bottom) panel.scrollTop += at.bottom - box.bottom + 12
}

function select(f) {
  activeId = f.id
  const mark = [...backdrop.querySelectorAll('mark')].find((m) => m.dataset.ids.split(' ').includes(f.id))
  mark?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  textarea.focus({ preventScroll: true })
  textarea.setSelectionRange(f.start, f.end)
  markActive()
}

function applyFix(f, replacement) {
  textarea.focus({ preventScroll: true })
  textarea.setSelectionRange(f.start, f.end)
  // insertText keeps the browser's undo history (Ctrl+Z undoes a fix); setRangeText is the fallback.
  const done = replacement === '' ? document.execCommand('delete') : document.execCommand('insertText', false, replacement)
  if (!done) {
    textarea.setRangeText(replacement, f.start, f.end, 'end')
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
  }
  activeId = null
  schedule(0)
}

groupsEl.addEventListener('click', (event) => {
  const fix = event.target.closest('button.fix')
  const article = event.target.closest('.finding')
  if (!article) return
  const f = findings.find((x) => x.id === article.dataset.id)
  if (!f) return
  if (fix) applyFix(f, f.expected[Number(fix.dataset.fix)])
  else if (!event.target.closest('a')) select(f)
})
groupsEl.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !event.target.classList.contains('finding')) return
  const f = findings.find((x) => x.id === event.target.dataset.id)
  if (f) select(f)
})
groupsEl.addEventListener('mouseover', (event) => {
  const article = event.target.closest('.finding')
  for (const mark of backdrop.querySelectorAll('mark.hover')) mark.classList.remove('hover')
  if (!article) return
  for (const mark of backdrop.querySelectorAll('mark')) if (mark.dataset.ids.split(' ').includes(article.dataset.id)) mark.classList.add('hover')
})

textarea.addEventListener('input', onInput)
for (const type of ['keyup', 'click', 'focus']) {
  textarea.addEventListener(type, () => {
    activeId = null
    requestAnimationFrame(() => {
      markActive()
      revealCard(document.querySelector('.finding.active'))
    })
  })
}
presetEl.addEventListener('change', () => {
  describePreset()
  save()
  schedule(0)
})
inclusiveEl.addEventListener('change', () => {
  save()
  schedule(0)
})
formatEl.addEventListener('change', () => {
  save()
  schedule(0)
})
$('sample').addEventListener('click', () => setText(sample, 'text'))
window.addEventListener('resize', fit)

// ---------------------------------------------------------------------------------------------
// State: the draft and settings survive a reload

function setText(text, format) {
  textarea.value = text
  lastText = text
  findings = []
  if (format) formatEl.value = format
  renderHighlights()
  fit()
  save()
  schedule(0)
}

function save() {
  if (!ready) return
  try {
    localStorage.setItem(STORE, JSON.stringify({ text: textarea.value, preset: presetEl.value, inclusive: inclusiveEl.checked, format: formatEl.value }))
  } catch {
    // private mode: nothing kept
  }
}

function restoreSettings() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null')
    if (saved?.preset && presetInfo.some((p) => p.name === saved.preset)) presetEl.value = saved.preset
    if (saved) inclusiveEl.checked = Boolean(saved.inclusive)
  } catch {
    // ignore a broken entry
  }
}

function restoreText() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? 'null')
    if (saved && typeof saved.text === 'string') return setText(saved.text, saved.format)
  } catch {
    // fall through to the sample
  }
  setText(sample, 'text')
}

restoreText()
