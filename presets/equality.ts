/**
 * retext-equality, configured for news copy (the `inclusive` preset, and `strict`). Its patterns
 * were written for documentation; in news they fire on correct usage. Each group below is ignored
 * for the reason given; copydesk's own rules own the words it already judges.
 */
export const EQUALITY_IGNORE: readonly string[] = [
  // Pronouns and nouns for a named person: news names people in almost every sentence
  // (retext-equality#2); "he said" about a named man is correct.
  'he', 'she', 'her', 'hers', 'him', 'his', 'herself', 'himself',
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls',
  'husband', 'wife', 'mother', 'father', 'son', 'daughter', 'brother', 'sister',
  'king', 'queen', 'prince', 'princess', 'actor', 'actress',
  // A named person's own title: "the company's chairman, John Smith".
  'chairman', 'chairmen', 'chairwoman', 'chairwomen', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen',
  // "Heroes" is a word people use about rescuers; it is not a gendered pair in news copy.
  'hero', 'heroes', 'heroine', 'heroines',
  // Condescension in tutorials ("just", "easy"), not in news; "obviously" is copydesk's editorializing.
  'just', 'easy', 'easily', 'simple', 'simply', 'basically', 'obvious', 'obviously', 'clearly',
  // copydesk's loaded-terms rules own these, with guide-backed alternatives; retext-equality
  // suggests "fanatic" and "zealot" for "Islamist", which conflict guides themselves flag.
  'islamist', 'islamists',
]
