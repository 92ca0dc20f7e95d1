import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { defineApiSuite } from './api-suite';

defineApiSuite('memory', async (bundle) => new MemoryGraphStore(bundle));
