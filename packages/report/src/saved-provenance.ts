/** Where a saved analysis came from: the scenario and version, named in the file so that a report can check it. */
export interface SavedProvenance {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The command that reproduces the analysis. */
  readonly replay: string;
}
