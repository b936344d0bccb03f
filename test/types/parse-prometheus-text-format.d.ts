/** Types for the test-only Prometheus text-format parser (the package ships none). */
declare module 'parse-prometheus-text-format' {
  type Sample = { labels?: Record<string, string>; value: string };
  type Family = { name: string; help: string; type: string; metrics: Sample[] };
  const parsePrometheusTextFormat: (text: string) => Family[];
  // eslint-disable-next-line no-restricted-syntax -- the package's own export is a default one
  export default parsePrometheusTextFormat;
}
