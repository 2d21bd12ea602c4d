import { retext } from 'retext'
import { reporter } from 'vfile-reporter'
import { retextUnsourcedFigures } from 'copydesk'

const file = await retext()
  .use(retextUnsourcedFigures)
  .process('Floods killed at least 40 people on Tuesday, and 12 fishermen are missing. The ministry said 300 homes were destroyed.')

console.log(reporter(file))
