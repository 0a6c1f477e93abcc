/** The education panels that can be embedded and shared on their own: the ones with a chart. */
export const EDUCATION_PANELS = ['schools', 'skills', 'connectivity', 'context'] as const;
export type EducationPanel = (typeof EDUCATION_PANELS)[number];
export const isEducationPanel = (s: string): s is EducationPanel => (EDUCATION_PANELS as readonly string[]).includes(s);
