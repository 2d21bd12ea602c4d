/**
 * Every format maps positions back to the source exactly: entities, escapes, block-quote prefixes,
 * CRLF, emoji and RTL marks do not shift later words. Code, front matter and comments are not prose.
 */
import { VFile } from 'vfile'
import { lintSync } from '../../src/lint.js'

interface Case {
  name: string
  path: string
  text: string
  /** The flagged source text of each unsourced-figure finding, in order. */
  flagged: string[]
}

function findings(path: string, text: string) {
  const file = lintSync(new VFile({ path, value: text }))
  return file.messages
    .filter((m) => m.ruleId === 'unsourced-figure')
    .map((m) => {
      const place = m.place as { start: { offset: number; line: number; column: number }; end: { offset: number } }
      return { start: place.start.offset, end: place.end.offset, line: place.start.line, column: place.start.column, actual: m.actual }
    })
}

const cases: Case[] = [
  { name: 'Markdown: a named entity before the figure', path: 'a.md', text: 'AT&amp;T staff said little. Floods killed 12 people.', flagged: ['12'] },
  { name: 'Markdown: a numeric entity and curly-quote entities', path: 'a.md', text: 'The &#8220;worst&#8221; floods killed 12 people.', flagged: ['12'] },
  { name: 'Markdown: backslash escapes', path: 'a.md', text: '\\*Update\\* Floods killed 12 people.', flagged: ['12'] },
  { name: 'Markdown: emphasis and a link before the figure', path: 'a.md', text: 'The *worst* floods in [the region](https://example.org/x) killed 12 people.\n\nA storm killed 40 people.', flagged: ['40'] },
  { name: 'Markdown: block-quote prefixes inside a paragraph', path: 'a.md', text: '> The storm\n> killed 12 people in the north.', flagged: ['12'] },
  { name: 'Markdown: list items and headings are prose', path: 'a.md', text: '# Storm kills 30\n\n- The storm killed 12 people.\n- Nothing else.', flagged: ['30', '12'] },
  { name: 'Markdown: a table cell is prose', path: 'a.md', text: '| Place | Note |\n|---|---|\n| North | The storm killed 12 people. |', flagged: ['12'] },
  { name: 'Markdown: CRLF line endings', path: 'a.md', text: 'First line.\r\n\r\nThe storm\r\nkilled 12 people.\r\n', flagged: ['12'] },
  { name: 'Markdown: emoji before the figure (UTF-16 offsets)', path: 'a.md', text: '🌊🌊 The storm killed 12 people.', flagged: ['12'] },
  { name: 'Markdown: RTL and zero-width marks', path: 'a.md', text: '\u200fThe storm\u200d killed 12 people.', flagged: ['12'] },
  {
    name: 'Markdown: code, inline code and front matter are not prose',
    path: 'a.md',
    text: '---\ntitle: 40 killed\n---\n\nRun `40 killed` now.\n\n```\n40 people were killed\n```\n\n    99 people were killed\n\nThe storm killed 12 people.',
    flagged: ['12'],
  },
  { name: 'Markdown: an HTML comment is not prose', path: 'a.md', text: '<!-- 40 people were killed -->\n\nThe storm killed 12 people.', flagged: ['12'] },
  { name: 'HTML: entities and non-breaking spaces', path: 'a.html', text: '<p>The &ldquo;worst&rdquo; storm killed 12&nbsp;people &amp; 30 cows.</p>', flagged: ['12', '30'] },
  { name: 'HTML: script, style, code and the head are not prose', path: 'a.html', text: '<html><head><title>40 killed</title><style>p{}</style></head><body><script>var x = "40 killed"</script><p>The storm killed 12 people. <code>99 killed</code></p></body></html>', flagged: ['12'] },
  { name: 'HTML: headings, list items and captions are prose', path: 'a.html', text: '<h2>Storm kills 30</h2><ul><li>The storm killed 12 people.</li></ul><figure><figcaption>Floods killed 9 people.</figcaption></figure>', flagged: ['30', '12', '9'] },
  { name: 'HTML: inline elements do not split a sentence', path: 'a.html', text: '<p>The <em>worst</em> storm <span class="x">in <b>years</b></span> killed 12 people.</p>', flagged: ['12'] },
  { name: 'HTML: CRLF and emoji', path: 'a.html', text: '<p>🌊 First line.</p>\r\n<p>The storm killed 12 people.</p>\r\n', flagged: ['12'] },
  { name: 'Text: CRLF, emoji and RTL marks', path: 'a.txt', text: '🌊 First line.\r\n\r\n\u200fThe storm killed 12 people.\r\n', flagged: ['12'] },
  { name: 'MDX: ESM and expressions are not prose', path: 'a.mdx', text: "import Chart from './chart.js'\n\n<Chart value={40} />\n\nThe storm killed 12 people.", flagged: ['12'] },
]

test.each(cases)('$name', ({ path, text, flagged }) => {
  const found = findings(path, text)
  expect(found.map((f) => text.slice(f.start, f.end))).toEqual(flagged)
  let from = 0
  for (const [i, f] of found.entries()) {
    // Each flagged text sits at its own place in the source, and actual is the source text.
    const at = text.indexOf(flagged[i], from)
    expect(f.start).toBe(at)
    expect(f.actual).toBe(flagged[i])
    from = at + flagged[i].length
    // Line and column agree with the offset.
    const before = text.slice(0, f.start)
    expect(f.line).toBe(before.split(/\r\n|\r|\n/).length)
  }
})

describe('links and footnotes as citations', () => {
  const md = 'Unemployment rose to 5% last year.[^1] The storm killed 12 people.\n\n[^1]: Labour market survey, statistics office.'
  const html = '<p>Unemployment rose to 5% last year.<sup><a href="#fn1">1</a></sup> The storm killed 12 people.</p>'
  test('count as sources in recommended and wikipedia', () => {
    for (const preset of ['recommended', 'wikipedia'] as const) {
      expect(lintSync(new VFile({ path: 'a.md', value: md }), { preset }).messages.map((m) => m.actual)).toEqual(['12'])
      expect(lintSync(new VFile({ path: 'a.html', value: html }), { preset }).messages.map((m) => m.actual)).toEqual(['12'])
    }
  })
  test('do not in wire, where attribution belongs in the text', () => {
    expect(lintSync(new VFile({ path: 'a.md', value: md }), { preset: 'wire' }).messages.map((m) => m.actual)).toEqual(['5%', '12'])
  })
})
