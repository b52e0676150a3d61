import { Foundation1795424823099 } from './1795424823099-Foundation';

/** Applied in this order; `npm run migration:generate` writes new files here, then add them to the list. */
export const MIGRATIONS = [Foundation1795424823099];
