/**
 * The text of a fix (`expected`), shaped like the words it replaces: their capitals, and the
 * article the next word needs. One copy for every rule that offers a replacement.
 */

/** Match the capitals of the original words: ALL CAPS, or a capital first letter. */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '') return ''
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase()
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

/** "an" before a vowel sound: "an attacker", "an undocumented", but "a union", "a US-born", "a one-off". */
export function article(next: string, original: string): string {
  const consonantSound = /^(?:U[SKN]\b|one\b|once\b|eu|uni|use|usu|uti|ura|uro)/i.test(next)
  const vowelSound = /^(?:[aeiou]|hour|honest|heir)/i.test(next)
  return matchCase(vowelSound && !consonantSound ? 'an' : 'a', original)
}
