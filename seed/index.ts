// The seed's public entry, for the server's start-up (main.ts, app.ts): the papers, the dataset
// loader, the translation to graph rows and the writer. Nothing else of seed/ is imported by server/.
export { DOCUMENTS } from './documents.js';
export { SeedValidationError } from './issues.js';
export { seedDatabase } from './load.js';
export { loadSeedDataset } from './loadDataset.js';
export { toGraph } from './toGraph.js';
