/// <reference lib="dom" />
import { startExplorer } from './explorer-page.js';

startExplorer(document);
