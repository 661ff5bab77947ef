// `stopword` ships no types; the lists are plain arrays of lowercase words, one export per ISO 639-3 code.
declare module 'stopword' {
  export const eng: readonly string[];
}
