/**
 * The FROZEN list of reporting expressions that decides which human (PolNeAR) cues count as
 * "reporting cues" for reporting-cue recall, coverage recall and the unsourced-figure false-positive
 * measure.
 *
 * Frozen on purpose: it defines the evaluation's denominators, so figures stay comparable across
 * commits. It is NOT the model's cue lexicon (that lives in src/lexicon) and must not be tuned to
 * what the model finds. Changing it changes every number built on it: note the change with the
 * numbers in the same commit.
 *
 * Matching: a cue's text counts when it contains one of these as a whole word or phrase, case
 * insensitive ("has said", "said Friday", "said:" all count). A bare colon or dash introducing a
 * quote (PolNeAR marks ":" and "―" as cues) does not count: no word, no match.
 */
export const REPORTING_EXPRESSIONS: readonly string[] = Object.freeze([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tell',
  'tells',
  'according to',
  'wrote',
  'writes',
  'added',
  'adds',
  'asked',
  'announced',
  'reported',
  'reports',
  'stated',
  'estimated',
  'explained',
  'noted',
  'claimed',
  'insisted',
  'argued',
  'warned',
  'replied',
  'responded',
  'testified',
  'confirmed',
  'denied',
  'acknowledged',
  'admitted',
  'tweeted',
  'declared',
  'predicted',
  'suggested',
  'revealed',
  'reportedly',
])

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Longest first so "according to" wins over any shorter alternative at the same place.
const alternatives = [...REPORTING_EXPRESSIONS]
  .sort((a, b) => b.length - a.length)
  .map((expression) => expression.split(' ').map(escape).join('\\s+'))
  .join('|')

// Word boundaries that understand Unicode letters, digits, apostrophes and hyphens ("unsaid",
// "said-so" and "says's" do not match).
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(?:${alternatives})(?![\\p{L}\\p{N}'\u2019-])`, 'iu')

/** The reporting expression `cueText` contains (lower-cased, spaces normalised), or null. */
export function reportingExpressionIn(cueText: string): string | null {
  const match = PATTERN.exec(cueText)
  return match ? match[0].toLowerCase().replace(/\s+/g, ' ') : null
}

/** `cueText` contains a reporting expression from the frozen list. */
export function isReportingCue(cueText: string): boolean {
  return reportingExpressionIn(cueText) !== null
}
