/**
 * agentless-harm: a passive harm verb ("were killed", "was shot") with no agent in its clause or
 * the sentence before, and no statement that the agent is unknown. Passive reports of violence
 * lower the perpetrator's perceived responsibility (Henley, Miller and Beazley 1995); AP and the
 * BBC ask who did what to whom.
 *
 * Vocabulary is data (loaded-harm.yml): harm verbs, and context words with a `role`: `agent`
 * (gunmen, police, troops, "opened fire"), `violence` (air strike, shelling, clashes), `accident`
 * (crash, earthquake, training) and `unknown` ("it was not clear who", "unidentified").
 */
import type { Severity } from '../lexicon/schema.js'
import type { ProseModel, Token } from '../model/types.js'
import { emit, levelFor, parseLoadedOptions, q, QUOTED_NOTE, ruleHits, type LoadedOptions } from './loaded-common.js'
import { prevSolid } from '../model/tokens.js'
import { BE_FORMS, isNameWord, scanLoaded, type TermHit } from './loaded-scan.js'
import type { Rule } from './types.js'

export type AgentlessHarmOptions = LoadedOptions

const PASSIVE_AUX = new Set([...BE_FORMS, 'get', 'gets', 'got', 'getting', 'gotten'])
/** Adverbs allowed between the auxiliary and the participle ("were reportedly killed"). */
const BETWEEN = new Set(['also', 'reportedly', 'allegedly', 'fatally', 'seriously', 'critically', 'badly', 'slightly', 'severely', 'mortally', 'later', 'then', 'subsequently', 'apparently', 'all', 'both', 'each', 'just', 'already', 'nearly', 'almost', 'initially', 'first', 'eventually', 'again', 'repeatedly', 'brutally', 'allegedly'])
/** No harm was done: "were not injured", "no one was hurt", "no evidence that any detainee was tortured". */
const NEGATIVES = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nothing', 'any'])
/**
 * Not a report of harm done: a purpose or a possibility ("foxes to be shot", "species that can be
 * shot", "without risk of them being tortured"), or the generic "you" ("when you get shot").
 */
const IRREALIS = new Set(['to', 'can', 'could', 'would', 'might', 'may', 'will', 'should', 'must', 'shall', "'ll", "'d", 'risk', 'danger', 'fear', 'fears', 'threat', 'chance', 'likely', 'you'])
/** "by" + these is a time, not an agent ("killed by Monday"). */
const BY_TIME = new Set(['the', 'then', 'now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'midday', 'midnight', 'dawn', 'nightfall', 'morning', 'evening', 'night', 'noon', 'last', 'early', 'late', 'mid'])
const BY_THE_TIME = new Set(['time', 'end', 'weekend', 'morning', 'evening', 'afternoon', 'night'])

/** The auxiliary ("were") before the participle, with only allowed adverbs between; -1 if none. */
function auxiliaryOf(tokens: readonly Token[], hit: TermHit): number {
  let i = prevSolid(tokens, hit.first)
  let steps = 0
  while (i >= 0 && tokens[i].type === 'word' && steps < 3) {
    if (PASSIVE_AUX.has(tokens[i].norm)) return i
    if (!BETWEEN.has(tokens[i].norm)) return -1
    i = prevSolid(tokens, i)
    steps++
  }
  return -1
}

/**
 * Negated, with a negative subject ("no one was hurt", "were not injured"), or not a report of harm
 * done (a purpose, a possibility, the generic "you").
 */
function negated(tokens: readonly Token[], aux: number, hit: TermHit): boolean {
  for (let i = aux; i < hit.first; i++) if (tokens[i].type === 'word' && NEGATIVES.has(tokens[i].norm)) return true
  let words = 0
  for (let i = aux - 1; i >= 0 && tokens[i].sentence === hit.sentence && words < 4; i--) {
    if (tokens[i].type !== 'word') {
      if (tokens[i].type === 'whitespace') continue
      break
    }
    words++
    if (NEGATIVES.has(tokens[i].norm) || IRREALIS.has(tokens[i].norm)) return true
  }
  return false
}

/** "by X" or "at the hands of X" after the verb, in its clause. */
function agentAfter(tokens: readonly Token[], hit: TermHit, end: number): boolean {
  let words = 0
  for (let i = hit.last; i < end && words < 14; i++) {
    const t = tokens[i]
    if (t.type === 'punctuation' && (t.value === ';' || t.value === ':')) return false
    if (t.type !== 'word') continue
    words++
    if (t.norm === 'by') {
      const next = nextWordNorm(tokens, i)
      const after = next ? nextWordNorm(tokens, next.index) : undefined
      if (next && BY_TIME.has(next.norm) && !(next.norm === 'the' && after && !BY_THE_TIME.has(after.norm))) continue
      return true
    }
    if (t.norm === 'hands' && tokens[i - 2]?.norm === 'the' && tokens[i - 4]?.norm === 'at') return true
  }
  return false
}

function nextWordNorm(tokens: readonly Token[], index: number): { index: number; norm: string } | undefined {
  for (let i = index + 1; i < tokens.length && tokens[i].sentence === tokens[index].sentence; i++) {
    if (tokens[i].type === 'whitespace') continue
    return tokens[i].type === 'word' ? { index: i, norm: tokens[i].norm } : undefined
  }
  return undefined
}

interface SentenceContext {
  /** Token indices of agent words (and attacks named by who made them, and active harm verbs). */
  agents: number[]
  violence: boolean
  accident: boolean
  unknown: boolean
}

/** What the context words (and agent labels) say about each sentence. */
function contextBySentence(model: ProseModel): Map<number, SentenceContext> {
  const scan = scanLoaded(model)
  const out = new Map<number, SentenceContext>()
  const get = (sentence: number): SentenceContext => {
    let c = out.get(sentence)
    if (!c) {
      c = { agents: [], violence: false, accident: false, unknown: false }
      out.set(sentence, c)
    }
    return c
  }
  for (const hit of scan.context) {
    if (hit.quote >= 0 && hit.entry.data.role !== 'unknown') continue
    const c = get(hit.sentence)
    switch (hit.entry.data.role) {
      case 'agent':
        c.agents.push(hit.first)
        break
      case 'violence':
        c.violence = true
        // "an Israeli air strike", "Russian shelling": the attack is named by who made it.
        if (namedBefore(model.tokens, hit)) c.agents.push(hit.first)
        break
      case 'accident':
        c.accident = true
        break
      case 'unknown':
      case 'identified':
        c.unknown = true
        break
    }
  }
  // Labels and framed nouns for armed actors count as agents ("militants", "terrorists"), and so
  // does a harm verb in the active voice: it has a subject ("He drugged and raped her").
  for (const hit of scan.hits) {
    if (hit.entry.data.agent === true) get(hit.sentence).agents.push(hit.first)
    else if (hit.entry.rule === 'agentless-harm' && hit.entry.data.role === undefined && activeWithObject(model.tokens, hit)) get(hit.sentence).agents.push(hit.first)
  }
  return out
}

/** Words that open an object: a harm verb followed by one is active ("raped her", "killed two men"). */
const OBJECT_STARTERS = new Set(['her', 'him', 'them', 'us', 'me', 'the', 'a', 'an', 'his', 'their', 'its', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'several', 'many', 'at'])

/** A harm verb in the active voice with an object: it has a subject, so the sentence names an agent. */
function activeWithObject(tokens: readonly Token[], hit: TermHit): boolean {
  if (auxiliaryOf(tokens, hit) >= 0) return false
  const next = nextWordNorm(tokens, hit.last - 1)
  return next !== undefined && next.index === hit.last + 1 && (OBJECT_STARTERS.has(next.norm) || /^\d/.test(next.norm))
}

/** A name among the two words before the context word ("an Israeli air strike", "Nato bombing"). */
function namedBefore(tokens: readonly Token[], hit: TermHit): boolean {
  let seen = 0
  for (let i = hit.first - 1; i >= 0 && tokens[i].sentence === hit.sentence && seen < 2; i--) {
    if (tokens[i].type === 'whitespace') continue
    if (tokens[i].type !== 'word') return false
    seen++
    if (isNameWord(tokens, i)) return true
  }
  return false
}

/** Words that open a new clause between an agent and the passive ("Gunmen opened fire and six were killed"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'as', 'when', 'after', 'while', 'before', 'then', 'so', 'until', 'where'])

/**
 * An agent word in the same sentence counts after the verb ("killed when gunmen opened fire"), or
 * before it across a clause boundary; right before the auxiliary it is the victim ("Two soldiers were killed").
 */
function agentCounts(tokens: readonly Token[], agent: number, aux: number, hit: TermHit): boolean {
  if (agent >= hit.last) return true
  if (agent >= aux) return false
  // Far before the verb it belongs to another clause (and the walk stays short in long sentences).
  if (aux - agent > 60) return true
  for (let i = agent + 1; i < aux; i++) {
    const t = tokens[i]
    if (t.type === 'punctuation' && t.value !== "'" && t.value !== '\u2019' && t.value !== '-') return true
    if (t.type === 'word' && CLAUSE_LINKS.has(t.norm)) return true
  }
  return false
}

const NOTE_TAIL = 'Name who did it (“Police shot…”, “An air strike by … killed…”), or say plainly that it is not known who did (“…by unidentified gunmen”, “It was not clear who fired”). Passive reports of violence hide the perpetrator (Henley, Miller and Beazley); the BBC asks reporters to let the audience judge who is doing what to whom.'

export const agentlessHarm: Rule<AgentlessHarmOptions> = {
  id: 'agentless-harm',
  plugin: 'retextLoadedTerms',
  summary: '“Were killed”, “was shot” with no agent named and no statement that it is unknown.',
  defaultSeverity: 'off',
  docs: [
    'Flags a passive harm verb (killed, shot, wounded, injured, beaten, abducted, detained, displaced…) after a form of “be” or “get”, when no agent is named in its clause (“by police”, “at the hands of”), in the same sentence or in the one before (“Gunmen opened fire on a bus. Six people were killed.”), and nothing near says the agent is unknown (“by unidentified gunmen”, “It was not clear who fired”). Verbs with peaceful senses (killed, injured, beaten, detained, displaced) are flagged only with violence nearby (an attack, shelling, clashes) and never with an accident, a disaster or sport (a crash, an earthquake, training).',
    '',
    'Not flagged: negations (“no one was hurt”, “no evidence that any detainee was tortured”), purposes and possibilities (“foxes to be shot”, “can be shot”, “at risk of being tortured”), the generic “you”, a story that says someone has been charged, tried or convicted (in the sentence, the one before or the one after), quotes (option `quoted: \'info\'`). Reported clauses are checked: “Police said a man was shot” still hides who shot him.',
    '',
    'Off in `recommended` and `wikipedia`, info in `wire` and `strict`, warning in `conflict`.',
    '',
    'Fix: `expected` inserts an agent slot to fill in (“killed by [whom]”); the note says how to name the agent or state that it is unknown.',
  ].join('\n'),
  parseOptions(raw, where) {
    return { quoted: parseLoadedOptions(raw, where).quoted }
  },
  check(model, report, severity, options) {
    const hits = ruleHits(model, 'agentless-harm', options, true)
    if (hits.length === 0) return
    const { tokens } = model
    const context = contextBySentence(model)
    const at = (sentence: number): SentenceContext => context.get(sentence) ?? { agents: [], violence: false, accident: false, unknown: false }
    for (const { hit, quoted } of hits) {
      if (hit.entry.data.role !== undefined) continue
      const aux = auxiliaryOf(tokens, hit)
      if (aux < 0 || negated(tokens, aux, hit)) continue
      const sentence = model.sentences[hit.sentence]
      if (agentAfter(tokens, hit, sentence.tokenEnd)) continue
      const here = at(hit.sentence)
      const before = at(hit.sentence - 1)
      const after = at(hit.sentence + 1)
      if (before.agents.length > 0 || here.agents.some((agent) => agentCounts(tokens, agent, aux, hit))) continue
      if (here.unknown || before.unknown || after.unknown) continue
      if (here.accident && !here.violence) continue
      if (hit.entry.data.needsViolence === true && !here.violence && !before.violence) continue
      let level: Severity = levelFor(hit.entry.severity, severity)
      if (level === 'off') continue
      if (quoted) level = 'info'
      const participle = model.text.slice(hit.start, hit.end)
      const phrase = model.text.slice(tokens[aux].start, hit.end)
      emit(
        report,
        {
          span: hit,
          severity: level,
          reason: `Agentless harm: ${q(phrase)} does not say who did it.`,
          note: quoted ? `${QUOTED_NOTE} ${hit.entry.note} ${NOTE_TAIL}` : `${hit.entry.note} ${NOTE_TAIL}`,
          data: { entry: hit.entry.id, ...(quoted ? { quoted: true } : {}) },
        },
        quoted ? null : { span: hit, expected: [`${participle} by [whom]`] },
      )
    }
  },
}
