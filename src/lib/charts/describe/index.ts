export * from './describe';
export { default as ChartSummary } from './ChartSummary.svelte';
