/**
 * unsourced-figure: a statistic in the writer's voice that no attribution covers, with a severity
 * per figure kind. Reads the model's figures (kind, quote, coveredBy); never re-parses text.
 */
import type { Severity } from '../lexicon/schema.js'
import { isStatisticKind, STATISTIC_KINDS } from '../model/figures.js'
import type { Figure, StatisticKind } from '../model/types.js'
import { OptionsError, objectOptions, severityOption } from '../plugins/options.js'
import type { Rule } from './types.js'

export { STATISTIC_KINDS }

/** The `recommended` column of RULES.md: warning for tolls, shares, polls, crowds, estimates. */
export const DEFAULT_KIND_SEVERITY: Readonly<Record<StatisticKind, Severity>> = {
  harm: 'warning',
  share: 'warning',
  poll: 'warning',
  crowd: 'warning',
  estimate: 'warning',
  money: 'info',
  count: 'info',
  result: 'off',
}

export interface UnsourcedFigureOptions {
  /** Severity per figure kind; kinds not given keep their defaults. */
  kinds: Record<StatisticKind, Severity>
  /** Count the document's links and footnotes in a covered clause as citations (Markdown/HTML). */
  citations: boolean
}

const KIND_WORDS: Record<StatisticKind, string> = {
  harm: 'a toll',
  share: 'a share',
  poll: 'a poll result',
  crowd: 'a crowd size',
  estimate: 'an estimate',
  money: 'a sum of money',
  count: 'a count',
  result: 'a result',
}

const KIND_NOTES: Record<StatisticKind, string> = {
  harm: 'Tolls of dead, injured, missing or arrested need a source in the same sentence: say who counted them ("…, according to the health ministry"). AP, Reuters and the BBC attribute casualty figures they did not gather themselves.',
  share: 'Percentages and shares need a source in the same sentence: name whose data they are ("…, according to the Office for National Statistics"). BBC guidance: attribute statistics and give their source.',
  poll: 'Poll and survey results need the pollster, the date and ideally the sample and margin of error in the same sentence. BBC guidance on reporting statistics.',
  crowd: 'Crowd sizes are contested: say who estimated them ("…, police said"; "organisers put the turnout at…").',
  estimate: 'An estimate or projection needs its estimator: say who made it and how ("the UN estimated…").',
  money: 'Costs, damages and budgets need a source unless they are public record in this story: say whose figure it is.',
  count: 'Counts and measurements need a source unless your staff counted them: say whose figure it is.',
  result: 'Results (scores, tallies, company results, prices) are usually public record; name the source if it is not obvious.',
}

function parse(raw: unknown, where: string): UnsourcedFigureOptions {
  const options = objectOptions(raw, where, ['kinds', 'citations'])
  const kinds = { ...DEFAULT_KIND_SEVERITY }
  if (options.kinds !== undefined) {
    if (Array.isArray(options.kinds)) {
      // A list of kinds: those kinds at the rule's severity, the others off.
      for (const kind of STATISTIC_KINDS) kinds[kind] = 'off'
      for (const kind of options.kinds) {
        if (!(STATISTIC_KINDS as readonly unknown[]).includes(kind)) {
          throw new OptionsError(`${where}: unknown figure kind ${JSON.stringify(kind)} in "kinds"; accepted kinds: ${STATISTIC_KINDS.join(', ')}`)
        }
        kinds[kind as StatisticKind] = 'warning'
      }
    } else {
      const map = objectOptions(options.kinds, `${where} kinds`, STATISTIC_KINDS)
      for (const [kind, severity] of Object.entries(map)) kinds[kind as StatisticKind] = severityOption(severity, `${where} kinds.${kind}`)
    }
  }
  if (options.citations !== undefined && typeof options.citations !== 'boolean') {
    throw new OptionsError(`${where}: "citations" must be true or false`)
  }
  return { kinds, citations: options.citations !== false }
}

/** The severity for a figure: the kind's level, where a kind at 'warning' takes the rule's severity. */
function severityFor(figure: Figure, ruleSeverity: Exclude<Severity, 'off'>, options: UnsourcedFigureOptions): Severity {
  const kind = figure.kind as StatisticKind
  const level = options.kinds[kind]
  if (level === undefined || level === 'off') return 'off'
  return level === 'warning' ? ruleSeverity : level
}

export function isStatistic(figure: Figure): boolean {
  return isStatisticKind(figure.kind)
}

export const unsourcedFigure: Rule<UnsourcedFigureOptions> = {
  id: 'unsourced-figure',
  plugin: 'retextUnsourcedFigures',
  summary: 'A statistic in the writer’s voice that no attribution covers (tolls, shares, polls, crowds, estimates; money and counts at info).',
  defaultSeverity: 'warning',
  docs: [
    'Flags a figure stated in the writer’s own voice that no attribution covers. Attribution covers what it governs: the quote attached to a cue, the clause a reporting verb introduces (“The army said [its troops killed 40 fighters]”), or the clause “according to X” attaches to. A figure elsewhere in the same sentence is not covered: in `He stressed "the need for calm", as the offensive killed 23,000 people.` the toll is unsourced.',
    '',
    'Kinds and default severities (the `recommended` preset): harm, share, poll, crowd and estimate (projections: “expected to reach”, “could cost”) at warning; money and count at info; result off. Dates, years, times, durations, ages, ordinals, identifiers, legal references, addresses, phone numbers and numbers inside direct quotations are never flagged. A figure hedged as an estimate (“an estimated 600”, “as many as 600”) belongs to `estimate-without-estimator`; a conversion in brackets (“2bn reais ($725m)”) and the far end of a range are the same claim as the figure before them and are not flagged again.',
    '',
    'Options: `kinds`, a map of kind to severity (`{"money": "warning"}`) or a list of kinds to flag; `citations` (default `true`), whether links and footnotes in a covered clause count as sources (Markdown and HTML).',
    '',
    'Fix: name the source in the same sentence (“…, according to the health ministry”).',
  ].join('\n'),
  parseOptions: parse,
  check(model, report, severity, options) {
    // A link or footnote in the figure's sentence sources it, where the preset counts citations
    // (Wikipedia style: the reference at the end of the sentence is its source).
    const cited = new Set<number>()
    if (options.citations && model.citations.length > 0) {
      // The sentence a citation belongs to: the last one that starts before it (a footnote mark
      // right after the full stop belongs to the sentence it closes).
      const starts = model.sentences.map((s) => s.start)
      for (const citation of model.citations) {
        let lo = 0
        let hi = starts.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (starts[mid] <= citation.start) lo = mid + 1
          else hi = mid
        }
        if (lo > 0) cited.add(lo - 1)
      }
    }
    for (const figure of model.figures) {
      if (cited.has(figure.sentence)) continue
      // A conversion ("$725m" after "2bn reais") is the same claim: one finding, on the original.
      // "An estimated N", "as many as N" belong to estimate-without-estimator (RULES.md).
      if (!isStatistic(figure) || figure.vague || figure.restates >= 0 || figure.estimate) continue
      if (figure.quote >= 0 || figure.coveredBy >= 0) continue
      const level = severityFor(figure, severity, options)
      if (level === 'off') continue
      const kind = figure.kind as StatisticKind
      report({
        span: figure,
        severity: level,
        reason: `Unsourced figure: “${figure.text}” is ${KIND_WORDS[kind]} stated with no source.`,
        note: KIND_NOTES[kind],
        data: { kind },
      })
    }
  },
}
