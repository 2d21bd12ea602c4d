import { isReportingCue, REPORTING_EXPRESSIONS, reportingExpressionIn } from '../../scripts/eval/reporting-expressions.js'

describe('reporting expressions', () => {
  it('is frozen', () => {
    expect(Object.isFrozen(REPORTING_EXPRESSIONS)).toBe(true)
    expect(REPORTING_EXPRESSIONS).toContain('according to')
    expect(REPORTING_EXPRESSIONS).toContain('reportedly')
  })
  it.each([
    ['said', 'said'],
    ['has said', 'said'],
    ['Said Friday', 'said'],
    ['said:', 'said'],
    ['According  to', 'according to'],
    ['told reporters', 'told'],
    ['reportedly', 'reportedly'],
    ['also tweeted', 'tweeted'],
  ])('matches %j', (cue, expression) => {
    expect(reportingExpressionIn(cue)).toBe(expression)
  })
  it.each([':', '―', 'called', 'shows', 'unsaid', 'according', 'sayings', 'toldo', 'in'])('does not match %j', (cue) => {
    expect(isReportingCue(cue)).toBe(false)
  })
})
