// The attribution and loaded-terms plugins in a hand-built retext pipeline.
import { retext } from 'retext'
import { reporter } from 'vfile-reporter'
import { retextAttribution, retextLoadedTerms } from 'copydesk'

const file = await retext()
  .use(retextAttribution, { 'loaded-attribution-verb': ['warning', { tiers: { stance: 'info' } }] })
  .use(retextLoadedTerms)
  .process(
    'Critics say the reforms have failed. The minister insisted the plan was working. ' +
      '"We will not back down now." An estimated 600 people fled after terrorists shelled the town, ' +
      'and the so-called peace talks collapsed.',
  )

console.log(reporter(file))
