/**
 * The lexicon entry schema: one shape for every vocabulary list, from cue verbs to loaded labels.
 * The build step (`scripts/build-lexicon.ts`) validates the data files with `validateEntry` and
 * compiles them into `src/lexicon/generated/`, so nothing is read from disk at run time; the same
 * validator checks a newsroom's own `deny` entries.
 */

export type Severity = 'off' | 'info' | 'warning' | 'error'
export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error']

/** Who owns an entry: a rule id, or `model` for vocabulary the prose model itself uses. */
export type Owner = string

export interface LexiconEntry {
  /** Stable id, unique in the whole lexicon (defaults to the term, hyphenated). */
  id: string
  /** The base form, one or more words ("say", "according to", "collateral damage"). */
  term: string
  /** Inflections and variants, each matched like the term ("said", "says"). */
  forms: string[]
  /** British spellings ("neutralised"). */
  british: string[]
  /** The data file's category. */
  category: string
  /** The one rule that owns the entry, or `model`. */
  rule: Owner
  /** Default severity where the owning rule reports it. */
  severity: Severity
  /** One line, in newsroom language: why it matters and what to do. */
  note: string
  /** Neutral alternatives; `''` means "delete it". */
  alternatives: string[]
  /** The guide that backs the entry: a tag resolved in `references.yml`. */
  reference: string
  /** When the word is fine (other senses, fixed names), in words; the must-pass examples show them. */
  conditions: string[]
  /** Category-specific attributes (a verb's tier, a number word's value, a unit's kind). */
  data: Record<string, string | number | boolean | string[]>
  /** Sentences that must be flagged (the flagged words in [brackets]) and must pass. */
  examples: { flag: string[]; pass: string[] }
}

export interface Reference {
  tag: string
  title: string
  url?: string
}

export class LexiconError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LexiconError'
  }
}

const ENTRY_KEYS = new Set([
  'id',
  'term',
  'forms',
  'british',
  'rule',
  'severity',
  'note',
  'alternatives',
  'reference',
  'conditions',
  'data',
  'examples',
])

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** Normalise a phrase for look-up: lower case, curly quotes and dashes folded, spaces single. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Validate one raw entry (from a data file or a user's `deny` list) and fill its defaults.
 * Throws a LexiconError naming `where`, the field and the accepted values.
 */
export function validateEntry(
  raw: unknown,
  defaults: { category: string; rule?: Owner; severity?: Severity; reference?: string },
  where: string,
  knownOwners?: ReadonlySet<string>,
): LexiconEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LexiconError(`${where}: an entry must be an object with at least "term", "note" and "reference"`)
  }
  const entry = raw as Record<string, unknown>
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) {
      throw new LexiconError(`${where}: unknown field "${key}"; accepted fields: ${[...ENTRY_KEYS].join(', ')}`)
    }
  }
  const term = entry.term
  if (typeof term !== 'string' || term.trim() === '') {
    throw new LexiconError(`${where}: "term" must be a non-empty string`)
  }
  const at = `${where} (${term})`
  const stringList = (key: string): string[] => {
    const value = entry[key]
    if (value === undefined) return []
    if (!isStringArray(value)) throw new LexiconError(`${at}: "${key}" must be a list of strings`)
    return value
  }
  const note = entry.note
  if (typeof note !== 'string' || note.trim() === '') {
    throw new LexiconError(`${at}: every entry needs a "note" (one line, in newsroom language)`)
  }
  const reference = entry.reference ?? defaults.reference
  if (typeof reference !== 'string' || reference.trim() === '') {
    throw new LexiconError(`${at}: every entry needs a "reference" (the guide that backs it)`)
  }
  const rule = entry.rule ?? defaults.rule
  if (typeof rule !== 'string' || rule === '') {
    throw new LexiconError(`${at}: every entry needs an owning "rule"`)
  }
  if (knownOwners && !knownOwners.has(rule)) {
    throw new LexiconError(`${at}: unknown rule "${rule}"; accepted values: ${[...knownOwners].join(', ')}`)
  }
  const severity = entry.severity ?? defaults.severity ?? 'warning'
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new LexiconError(`${at}: "severity" must be one of ${SEVERITIES.join(', ')}`)
  }
  const data = entry.data ?? {}
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError(`${at}: "data" must be an object`)
  }
  for (const [key, value] of Object.entries(data)) {
    const ok =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isStringArray(value)
    if (!ok) throw new LexiconError(`${at}: data.${key} must be a string, number, boolean or list of strings`)
  }
  const examplesRaw = entry.examples ?? {}
  if (typeof examplesRaw !== 'object' || examplesRaw === null || Array.isArray(examplesRaw)) {
    throw new LexiconError(`${at}: "examples" must be an object with "flag" and "pass" lists`)
  }
  const examples = examplesRaw as Record<string, unknown>
  for (const key of Object.keys(examples)) {
    if (key !== 'flag' && key !== 'pass') {
      throw new LexiconError(`${at}: unknown examples field "${key}"; accepted: flag, pass`)
    }
  }
  const flag = examples.flag ?? []
  const pass = examples.pass ?? []
  if (!isStringArray(flag) || !isStringArray(pass)) {
    throw new LexiconError(`${at}: examples.flag and examples.pass must be lists of sentences`)
  }
  for (const sentence of flag) {
    if (!/\[[^\]]+\]/.test(sentence)) {
      throw new LexiconError(`${at}: a must-flag example marks the flagged words in [brackets]: ${sentence}`)
    }
  }
  const id = entry.id ?? normalizePhrase(term).replace(/[^a-z0-9']+/g, '-')
  if (typeof id !== 'string' || id === '') throw new LexiconError(`${at}: "id" must be a non-empty string`)
  return {
    id,
    term,
    forms: stringList('forms'),
    british: stringList('british'),
    category: defaults.category,
    rule,
    severity: severity as Severity,
    note: note.trim(),
    alternatives: stringList('alternatives'),
    reference: reference.trim(),
    conditions: stringList('conditions'),
    data: data as LexiconEntry['data'],
    examples: { flag, pass },
  }
}

/** Every phrase an entry matches: the term, its forms and British spellings, normalised. */
export function entryPhrases(entry: LexiconEntry): string[] {
  const phrases = new Set<string>()
  for (const phrase of [entry.term, ...entry.forms, ...entry.british]) phrases.add(normalizePhrase(phrase))
  return [...phrases]
}

/**
 * Check a whole lexicon: ids unique; within a category no phrase twice; and across categories no
 * phrase owned by two rules (one term, one owner). The prose model's own vocabularies (`rule:
 * model`) may share a word across facets (the figures facet reads "police" as a head noun, the cues
 * facet as an institution), but a word a rule flags is flagged by that rule alone.
 */
export function checkLexicon(entries: readonly LexiconEntry[], references: ReadonlySet<string>): void {
  const ids = new Map<string, LexiconEntry>()
  const inCategory = new Map<string, LexiconEntry>()
  const byRule = new Map<string, LexiconEntry>()
  for (const entry of entries) {
    const previous = ids.get(entry.id)
    if (previous) {
      throw new LexiconError(`entry id "${entry.id}" is used twice (${previous.category} and ${entry.category})`)
    }
    ids.set(entry.id, entry)
    for (const tag of entry.reference.split(/[,\s]+/).filter(Boolean)) {
      if (!references.has(tag)) {
        throw new LexiconError(`${entry.category} (${entry.term}): reference "${tag}" is not in references.yml`)
      }
    }
    for (const phrase of entryPhrases(entry)) {
      const key = `${entry.category}\u0000${phrase}`
      const twin = inCategory.get(key)
      if (twin) throw new LexiconError(`"${phrase}" is listed twice in ${entry.category}: ${twin.id} and ${entry.id}`)
      inCategory.set(key, entry)
      if (entry.rule === 'model') continue
      const owner = byRule.get(phrase)
      if (owner && owner.rule !== entry.rule) {
        throw new LexiconError(`"${phrase}" is owned twice: ${owner.category}/${owner.id} (${owner.rule}) and ${entry.category}/${entry.id} (${entry.rule})`)
      }
      if (owner && owner !== entry) {
        throw new LexiconError(`"${phrase}" is listed twice for ${entry.rule}: ${owner.category}/${owner.id} and ${entry.category}/${entry.id}`)
      }
      byRule.set(phrase, entry)
    }
  }
}
