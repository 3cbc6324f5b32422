// `stopword` ships no types (and @types/stopword describes its older API); only the list we use is declared.
declare module 'stopword' {
  export const spa: string[];
}
