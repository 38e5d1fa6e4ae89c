// What every output format is given besides the report.

export interface FormatOptions {
  readonly colour: boolean;
  /** Include hints in the formats meant for people (stylish, github); json and sarif always hold them. */
  readonly hints: boolean;
  /** Columns to wrap stylish messages to. */
  readonly width: number;
}
