export type FieldErrors = Record<string, string>;

export const splitList = (text: string, separator: RegExp = /,/): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
