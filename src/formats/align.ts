/**
 * Exact source positions for decoded text. remark-retext and rehype-retext compute every word's
 * position from its text node's start plus the offset in the DECODED value, so after an entity
 * (`AT&amp;T`), an escape (`\*`) or a line prefix (`> ` in a block quote) every later position is
 * wrong. Here each UTF-16 unit of a decoded value is aligned with the source it came from.
 */

/** Where each unit of a piece of text came from: `starts[i]`..`ends[i]` in the source. */
export interface Alignment {
  starts: number[]
  ends: number[]
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y

/**
 * Align `value` (decoded text) with `source` between `from` and `to`, appending to `out`. Never
 * throws: where the source cannot be matched, the rest is mapped linearly from the last match.
 */
export function alignInto(out: Alignment, value: string, source: string, from: number, to: number): void {
  let p = from
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    const code = ch.charCodeAt(0)
    // A low surrogate shares its high surrogate's source.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const prev = value.charCodeAt(i - 1)
      if (prev >= 0xd800 && prev <= 0xdbff && out.starts.length > 0 && source.charCodeAt(out.starts[out.starts.length - 1]) !== prev) {
        out.starts.push(out.starts[out.starts.length - 1])
        out.ends.push(out.ends[out.ends.length - 1])
        continue
      }
    }
    if (p < to) {
      // An entity decoded into this character (and not a literal "&name;" left as is).
      if (source.charCodeAt(p) === 38 /* & */) {
        ENTITY.lastIndex = p
        const m = ENTITY.exec(source)
        if (m && m.index === p && value.slice(i, i + m[0].length) !== m[0]) {
          out.starts.push(p)
          out.ends.push(p + m[0].length)
          p += m[0].length
          continue
        }
      }
      // A backslash escape: "\*" gave "*".
      if (source.charCodeAt(p) === 92 /* \ */ && p + 1 < to && source[p + 1] === ch && ch !== '\\') {
        out.starts.push(p)
        out.ends.push(p + 2)
        p += 2
        continue
      }
      if (source[p] === ch) {
        out.starts.push(p)
        out.ends.push(p + 1)
        p++
        continue
      }
      // CRLF read as one line ending.
      if (ch === '\n' && source[p] === '\r' && source[p + 1] === '\n') {
        out.starts.push(p)
        out.ends.push(p + 2)
        p += 2
        continue
      }
      // Markup between characters of one text node (block-quote and list prefixes, indentation):
      // skip ahead to the character, within a bounded window.
      const limit = Math.min(to, p + 256)
      let q = p + 1
      while (q < limit && source[q] !== ch && source.charCodeAt(q) !== 38) q++
      if (q < limit && source[q] === ch) {
        out.starts.push(q)
        out.ends.push(q + 1)
        p = q + 1
        continue
      }
      if (q < limit && source.charCodeAt(q) === 38) {
        p = q
        i--
        continue
      }
    }
    // Unmatched: keep positions monotonic inside the node.
    const at = Math.min(p, to)
    out.starts.push(at)
    out.ends.push(Math.min(at + 1, Math.max(to, at)))
    if (p < to) p++
  }
}
