/** The site's build unminified, for bench/profile.ts: the profiler then names the functions that cost. */
import { mergeConfig } from 'vite';
import config from '../vite.config.ts';

export default mergeConfig(config, { build: { minify: false } });
