/**
 * Where a rule or a default value comes from. Either a citation of a public document or
 * an explicit, reasoned assumption: a model card lists one or the other for every number.
 */
export type Source =
  | {
      /** Author or body, title, outlet: enough to find the document. */
      readonly citation: string;
      /** Publication date, ISO 8601 (`2023-08-05`). */
      readonly date?: string;
      readonly url?: string;
      /** How the value was read off the source. */
      readonly note?: string;
      /**
       * Set when the document supports the parameter's meaning or direction but not its level:
       * why the level was chosen. Such a parameter counts as an assumption in evidence shares.
       */
      readonly assumedLevel?: string;
    }
  | {
      /** Why this value was chosen without a source. */
      readonly assumption: string;
    };

/** True when the source is an assumption rather than a citation. */
export function isAssumption(source: Source): source is { readonly assumption: string } {
  return 'assumption' in source;
}
