// Lint the example draft with copydesk's figures plugin and print the vfile-reporter output.
// Run: node examples/lint-draft.js [file]   (after npm install, which builds dist/)
import { readFile } from 'node:fs/promises'
import { retext } from 'retext'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { retextUnsourcedFigures } from 'copydesk'

const path = process.argv[2] ?? new URL("draft-floods.txt", import.meta.url).pathname
const file = new VFile({ path: path.replace(/^.*\/examples\//, 'examples/'), value: await readFile(path, 'utf8') })

await retext().use(retextUnsourcedFigures, { 'vague-quantity': 'info' }).process(file)

console.log(reporter(file, { verbose: false }))
