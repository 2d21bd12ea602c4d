/**
 * A newsroom's own entries (`deny` in the configuration): its style book's banned or contested
 * words, in the lexicon's own format and checked by the same validator as the built-in data. They
 * join the loaded-terms scan, so they get the same treatment as built-in words: not flagged inside
 * a direct quotation or an attributed label, one finding per span, the entry's note and
 * alternatives in the message. Where a newsroom's entry has the same phrase as a built-in one,
 * the newsroom's wins.
 */
import { LexiconError, normalizePhrase, validateEntry, type LexiconEntry } from './schema.js'

/** The rules a `deny` entry may belong to: the loaded-terms rules that flag a phrase where it stands. */
export const DENY_RULES = ['contested-label', 'framed-term', 'euphemism', 'doubt-marker', 'emotive-language', 'puffery', 'editorializing'] as const

type DataKind = 'words' | 'boolean' | 'number' | readonly string[]

/**
 * The conditions a `deny` entry may carry in `data` (the same the built-in entries use), the kind
 * of value each takes, and what it means (docs/lexicon.md shows this table).
 */
export const DENY_DATA: Readonly<Record<string, { value: DataKind; means: string }>> = {
  notBefore: { value: 'words', means: 'not flagged right before one of these words or phrases (another sense: "shake-up call")' },
  notAfter: { value: 'words', means: 'not flagged right after one of these words or phrases' },
  onlyBefore: { value: 'words', means: 'flagged only right before one of these' },
  onlyAfter: { value: 'words', means: 'flagged only right after one of these' },
  onlyNear: { value: 'words', means: 'flagged only with one of these words within `window` words' },
  window: { value: 'number', means: 'the reach of `onlyNear`, in words (default 5)' },
  notNear: { value: 'words', means: 'not flagged with one of these words in the sentence or the one before' },
  notInDocumentWith: { value: 'words', means: 'not flagged in a story that uses one of these words anywhere' },
  fixed: { value: 'words', means: 'fixed names and terms that contain the phrase ("slum landlord")' },
  notBeforeQuote: { value: 'boolean', means: 'not flagged right before a quotation mark (so-called "smart guns")' },
  notAfterName: { value: 'boolean', means: 'not flagged right after a capitalised word ("the Srebrenica massacre")' },
  notBeforeName: { value: 'boolean', means: 'not flagged right before a capitalised word' },
  needsName: { value: 'boolean', means: 'flagged only next to a name ("the Assad regime")' },
  attributive: { value: 'boolean', means: 'flagged only between a determiner and a following word' },
  notInSport: { value: 'boolean', means: 'not flagged in sport copy (match reports judge by design)' },
  notInArts: { value: 'boolean', means: 'not flagged in film, book, music or game copy' },
  uncountable: { value: 'boolean', means: 'the alternatives take no article' },
  capitalised: { value: 'boolean', means: 'the term is written with a capital, so a capital does not make it a name' },
  anywhere: { value: 'boolean', means: '(editorializing) flagged anywhere in the clause, not only as a sentence adverb' },
  pos: { value: ['noun', 'verb', 'adj'], means: 'how the fix inflects the alternative (default noun: plural for plural)' },
}

/** Where a newsroom's entry names no reference, the message says it comes from the house style. */
export const HOUSE_REFERENCE = 'house style'

const OWNERS: ReadonlySet<string> = new Set(DENY_RULES)

function checkData(entry: LexiconEntry, at: string): void {
  for (const [key, value] of Object.entries(entry.data)) {
    const kind = DENY_DATA[key]?.value
    if (kind === undefined) {
      throw new LexiconError(`${at}: unknown condition data.${key}; accepted conditions: ${Object.keys(DENY_DATA).join(', ')}`)
    }
    const ok =
      kind === 'words'
        ? Array.isArray(value) && value.length > 0
        : kind === 'boolean'
          ? typeof value === 'boolean'
          : kind === 'number'
            ? typeof value === 'number' && Number.isInteger(value) && value > 0
            : typeof value === 'string' && kind.includes(value)
    if (!ok) {
      const accepted =
        kind === 'words' ? 'a list of words or phrases' : kind === 'boolean' ? 'true or false' : kind === 'number' ? 'a whole number above 0' : kind.map((v) => `'${v}'`).join(' | ')
      throw new LexiconError(`${at}: data.${key} must be ${accepted}; got ${JSON.stringify(value)}`)
    }
  }
}

/**
 * Validate a `deny` list; `where` names the configuration (a file path). Each entry needs a
 * `term`, a `rule` (one of DENY_RULES) and a `note`; `reference` defaults to the house style and
 * `severity` to warning. Throws a LexiconError naming the entry, the field and the accepted values.
 */
export function validateDeny(raw: unknown, where: string): LexiconEntry[] {
  if (!Array.isArray(raw)) throw new LexiconError(`${where}: "deny" must be a list of lexicon entries (objects with term, rule and note)`)
  const out: LexiconEntry[] = []
  const ids = new Map<string, number>()
  const phrases = new Map<string, number>()
  raw.forEach((item: unknown, index) => {
    const at = `${where}: deny[${index}]`
    if (typeof item === 'object' && item !== null && !Array.isArray(item) && (item as Record<string, unknown>).rule === undefined) {
      throw new LexiconError(`${at}: every entry needs a "rule"; accepted values: ${DENY_RULES.join(', ')}`)
    }
    const entry = validateEntry(item, { category: 'deny', reference: HOUSE_REFERENCE }, at, OWNERS)
    const named = `${at} (${entry.term})`
    checkData(entry, named)
    const previous = ids.get(entry.id)
    if (previous !== undefined) throw new LexiconError(`${named}: the id "${entry.id}" is already used by deny[${previous}]; give one an "id"`)
    ids.set(entry.id, index)
    for (const phrase of [entry.term, ...entry.forms, ...entry.british].map(normalizePhrase)) {
      const other = phrases.get(phrase)
      if (other !== undefined && other !== index) throw new LexiconError(`${named}: "${phrase}" is already matched by deny[${other}]; one phrase, one entry`)
      phrases.set(phrase, index)
    }
    out.push({ ...entry, id: `deny:${entry.id}` })
  })
  return out
}
