import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { defineGraphStoreSuite } from './graph-store.suite';
import { miniBundle } from './fixture';

defineGraphStoreSuite('memory', async () => new MemoryGraphStore(miniBundle()), miniBundle);
