/** The one poll-until helper, kept beside the scripts so that the benchmarks can use it too. */
export { eventually, type EventuallyOptions } from '../../scripts/lib/eventually';
