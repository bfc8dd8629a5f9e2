/** A named version as the app shows it: who saved it, when, at which chart version. */
export interface ChartVersionSummary {
  id: string;
  name: string;
  version: number;
  createdAt: string;
  createdBy: string | null;
}
