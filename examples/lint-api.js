// lint(): one call for any format. The format comes from the file name (here Markdown).
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { lint } from 'copydesk'

const draft = new VFile({
  path: 'storm.md',
  value: [
    '# Storm kills 40 in coastal towns',
    '',
    'The storm killed at least 40 people on Tuesday, the coastguard said. Another 12 are missing.',
    '',
    'Officials said the sea wall had failed.',
    '',
    '<!-- copydesk ignore unsourced-figure -->',
    'The same wall failed in 1998, when 300 homes were flooded.',
    '',
    'Repairs will cost about £30m, according to the council.',
  ].join('\n'),
})

const file = await lint(draft, { preset: 'recommended' })
console.log(reporter(file))
